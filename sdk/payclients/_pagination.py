"""Auto-pagination of every listing operation, from the spec's `x-payclients-pagination`.

The mark reaches this module through generation: `scripts/generate.py` merges each listing's mark with
its style (`x-payclients-pagination-styles`), and the resource template turns it into a `Listing`
constant beside the operation and a method that calls `invoker.paginate` (see specs/README.md, "From a
spec's extensions to behaviour"). Nothing here knows a provider.

A generated listing method (`client.charges.list_charges(...)`) builds its first request and hands it,
with a `Listing` (the operation's mark and its style's fields, see specs/README.md "Pagination"), to
the invoker's `paginate`, which returns a `SyncPager` or `AsyncPager`. Iterating the pager walks every
item across pages; `iter_pages()` gives the typed pages; `first_page()` the first; `max_items` caps
the total.

What to ask for next is decided in one place, `_Walk`, which does no I/O: the two pagers only send
the requests it names. Whatever the provider says about more pages, a listing ends on an empty page,
on a page that repeats the one before it (the server ignored the paging parameters), at `MAX_PAGES`
pages, and before an offset the API refuses (`max_offset`); each of the last three logs a warning.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import ParameterError
from ._logging import logger
from ._provider import decode_json_body
from ._response import APIResponse

__all__ = ["MAX_PAGES", "AsyncPager", "SyncPager", "page_parser"]

P = TypeVar("P")
T = TypeVar("T")
MAX_PAGES = 10_000
"""No listing fetches more pages than this, whatever the provider says (a runaway guard)."""

Request = dict[str, Any]
"""The keyword arguments of one request, as a generated `_get_kwargs` returns them."""


def _check_cap(max_items: int | None) -> None:
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ParameterError("max_items", f"must be a whole number >= 0 or None, not {max_items!r}")


def _unset(value: Any) -> bool:
    """None, or the generated packages' `Unset` (any of them: they are falsy and of a class named so)."""
    return value is None or type(value).__name__ == "Unset"


def _dig(body: Any, path: str) -> Any:
    """The body field at a dotted path (`pageInfo.hasNextPage`); None when any part is missing."""
    for part in path.split("."):
        if not isinstance(body, Mapping) or part not in body:
            return None
        body = body[part]
    return body


def page_parser(parse: Callable[..., Any], listing: Any) -> Callable[..., Any]:
    """The operation's parser, reading a bare JSON list as a one-page envelope when the style allows it.

    Some APIs (DRF with pagination switched off) answer a listing with the bare list; the style says so
    with `bare_list: true`, and the list is parsed as the page model with only its items field set.
    """
    if not listing.rules.get("bare_list") or listing.items == ".":
        return parse

    def parse_page(*, client: Any, response: httpx.Response) -> Any:
        if response.is_success:
            body = decode_json_body(response)
            if isinstance(body, list):
                envelope: dict[str, Any] = {listing.items: body}
                if "next" in listing.rules:
                    envelope[listing.rules["next"]] = None  # the only page
                response = httpx.Response(response.status_code, json=envelope, request=response.request)
        return parse(client=client, response=response)

    return parse_page


@dataclass
class _Step:
    page: Any
    """The parsed page, or None when it is dropped (it repeats the page before it)."""
    items: list[Any]
    following: Request | None
    """The request for the next page; None when this page is the last."""


class _Walk:
    """One pass over a listing: the next request from the last response. No I/O, shared by both pagers."""

    def __init__(self, operation: str, request: Request, listing: Any) -> None:
        self.operation = operation
        self.listing = listing
        self.rules: Mapping[str, Any] = listing.rules
        self.first: Request = self._starting(request)
        self.pages = 0
        self._previous: list[Any] | None = None
        self._previous_request: Request = request

    def _starting(self, request: Request) -> Request:
        """The first request, naming where it starts (`skip=0`, `page=1`) when the caller did not."""
        params = dict(request.get("params") or {})
        if "offset" in self.rules:
            params.setdefault(self.rules["offset"], 0)
        else:
            params.setdefault(self.rules["page"], self.rules.get("first_page", 1))
        return {**request, "params": params}

    def items(self, page: Any) -> list[Any]:
        if not self.listing.attributes:
            return [] if _unset(page) else list(page)
        for attribute in self.listing.attributes:
            found: Any = getattr(page, attribute, None)
            if not _unset(found):
                return list(found)
        return []

    def read(self, request: Request, response: APIResponse[Any]) -> _Step:
        page = response.parsed
        items = self.items(page)
        if items and items == self._previous:
            moved = self._paging(request)
            self._warn(f"the API sent the same page for {moved} as for {self._paging(self._previous_request)}", request)
            return _Step(None, [], None)
        self.pages += 1
        self._previous, self._previous_request = items, request
        if not items:
            return _Step(page, items, None)  # an empty page ends every listing, whatever the totals say
        following = self._following(request, items, decode_json_body(response.http_response))
        if following is not None and self.pages >= MAX_PAGES:
            self._warn(f"the listing reached {MAX_PAGES} pages, the most a pager fetches", request)
            following = None
        return _Step(page, items, following)

    def _following(self, request: Request, items: list[Any], body: Any) -> Request | None:
        params = dict(request.get("params") or {})
        limit = params.get(self.rules["limit"])
        if "offset" in self.rules:
            name = self.rules["offset"]
            offset = int(params.get(name, 0)) + len(items)
            if not self._more(body, limit, items, offset=offset):
                return None
            maximum = self.listing.max_offset
            if maximum is not None and offset > maximum:
                self._warn(f"{self.operation} accepts offsets up to {maximum}; narrow the filters to see more", request)
                return None
            params[name] = offset
        else:
            name = self.rules["page"]
            number = int(params.get(name, self.rules.get("first_page", 1)))
            if not self._more(body, limit, items, page=number):
                return None
            params[name] = number + 1
        return {**request, "params": params}

    def _more(self, body: Any, limit: Any, items: list[Any], *, offset: int = 0, page: int = 0) -> bool:
        """Whether a page follows: the body's indicator when it has one, else whether this page was full."""
        rules = self.rules
        if isinstance(body, list) and self.listing.items != ".":
            return False  # a bare list where the style allows it (`bare_list`): the whole listing
        if "has_more" in rules and isinstance(flag := _dig(body, rules["has_more"]), bool):
            return flag
        if "next" in rules and isinstance(body, Mapping) and rules["next"] in body:
            return bool(body[rules["next"]])
        if "total_pages" in rules and isinstance(total := _dig(body, rules["total_pages"]), int):
            return page < total
        if "count" in rules and isinstance(count := _dig(body, rules["count"]), int) and "offset" in rules:
            return offset < count
        if isinstance(limit, int) and not isinstance(limit, bool):
            return len(items) >= limit
        return True  # nothing says: ask, and let an empty page end it

    def _paging(self, request: Request) -> str:
        """Where a request is in the listing: `skip=20` or `page=3`."""
        name = self.rules.get("offset", self.rules.get("page"))
        return f"{name}={(request.get('params') or {}).get(name)}"

    def _warn(self, why: str, request: Request) -> None:
        logger.warning("%s: %s; ending the listing at %s", self.operation, why, self._paging(request))


class _PagerBase(Generic[P, T]):
    def __init__(self, operation: str, request: Request, listing: Any, send: Any, *, max_items: int | None) -> None:
        _check_cap(max_items)
        self.operation = operation
        self.max_items = max_items
        self._request = _Walk(operation, request, listing).first
        self._listing = listing
        self._send = send
        self._first: APIResponse[Any] | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation} max_items={self.max_items}>"

    def _take(self, items: list[T], taken: int) -> tuple[list[T], int]:
        """The items still wanted under `max_items`, and how many are taken with them."""
        if self.max_items is not None:
            items = items[: self.max_items - taken]
        return items, taken + len(items)


class SyncPager(_PagerBase[P, T]):
    """Every item of a listing (`for item in pager`), fetching pages as needed.

    `iter_pages()` gives each page as the API returned it, `first_page()` the first (fetched once).
    """

    def __init__(
        self,
        operation: str,
        request: Request,
        listing: Any,
        send: Callable[[Request], APIResponse[Any]],
        *,
        max_items: int | None = None,
    ) -> None:
        super().__init__(operation, request, listing, send, max_items=max_items)

    def first_page(self) -> P:
        if self._first is None:
            self._first = self._send(self._request)
        page: P = self._first.parsed
        return page

    def _steps(self) -> Iterator[_Step]:
        walk = _Walk(self.operation, self._request, self._listing)
        request: Request | None = walk.first
        while request is not None:
            cached = self._first if walk.pages == 0 else None
            response = cached if cached is not None else self._send(request)
            step = walk.read(request, response)
            if step.page is not None:
                yield step
            request = step.following

    def iter_pages(self) -> Iterator[P]:
        for step in self._steps():
            yield step.page

    def iter_page_items(self) -> Iterator[list[T]]:
        """Each page's items, as a list (within `max_items`)."""
        if self.max_items == 0:
            return
        taken = 0
        for step in self._steps():
            items, taken = self._take(step.items, taken)
            yield items
            if self.max_items is not None and taken >= self.max_items:
                return

    def __iter__(self) -> Iterator[T]:
        for items in self.iter_page_items():
            yield from items

    def to_list(self) -> list[T]:
        return list(self)


class AsyncPager(_PagerBase[P, T]):
    """Every item of a listing (`async for item in pager`), fetching pages as needed.

    `iter_pages()` gives each page as the API returned it, `await first_page()` the first.
    """

    def __init__(
        self,
        operation: str,
        request: Request,
        listing: Any,
        send: Callable[[Request], Awaitable[APIResponse[Any]]],
        *,
        max_items: int | None = None,
    ) -> None:
        super().__init__(operation, request, listing, send, max_items=max_items)

    async def first_page(self) -> P:
        if self._first is None:
            self._first = await self._send(self._request)
        page: P = self._first.parsed
        return page

    async def _steps(self) -> AsyncIterator[_Step]:
        walk = _Walk(self.operation, self._request, self._listing)
        request: Request | None = walk.first
        while request is not None:
            cached = self._first if walk.pages == 0 else None
            response = cached if cached is not None else await self._send(request)
            step = walk.read(request, response)
            if step.page is not None:
                yield step
            request = step.following

    async def iter_pages(self) -> AsyncIterator[P]:
        async for step in self._steps():
            yield step.page

    async def iter_page_items(self) -> AsyncIterator[list[T]]:
        """Each page's items, as a list (within `max_items`)."""
        if self.max_items == 0:
            return
        taken = 0
        async for step in self._steps():
            items, taken = self._take(step.items, taken)
            yield items
            if self.max_items is not None and taken >= self.max_items:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        async for items in self.iter_page_items():
            for item in items:
                yield item

    async def to_list(self) -> list[T]:
        return [item async for item in self]
