"""Auto-pagination over any list operation.

A pager calls a generated list method again and again, each time with the parameters the provider's
`PageStyle` derives from the previous page, and yields the items (`for item in pager`) or the pages
(`pager.iter_pages()`). `max_items` caps what is fetched. A provider that keeps returning the same
page (one that ignores the paging parameters) cannot make a pager loop for ever or yield items twice:
a page whose items equal the previous page's ends the listing, with a warning.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._exceptions import ParameterError
from ._logging import logger

__all__ = ["AsyncPager", "PageStyle", "SyncPager"]

T = TypeVar("T")
MAX_PAGES = 100_000


@dataclass(frozen=True)
class PageStyle:
    """How a provider pages: where the items are and what the next request looks like."""

    items: Callable[[Any], Sequence[Any]]
    """The items of a page."""
    next_params: Callable[[Mapping[str, Any], Any], Mapping[str, Any] | None]
    """Parameters for the page after `page`, given the ones that fetched it; None on the last page."""


def _check_cap(max_items: int | None) -> None:
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ParameterError("max_items", f"must be a whole number >= 0 or None, not {max_items!r}")


class _PagerBase:
    def __init__(
        self,
        fetch: Callable[..., Any],
        params: Mapping[str, Any],
        style: PageStyle,
        *,
        max_items: int | None = None,
    ) -> None:
        _check_cap(max_items)
        self._fetch = fetch
        self._params = dict(params)
        self._style = style
        self.max_items = max_items

    def _repeats(
        self, items: list[Any], params: Mapping[str, Any], previous: tuple[Mapping[str, Any], list[Any]] | None
    ) -> bool:
        """True when a page holds the very items of the page before it: the server ignored the paging."""
        if previous is None or not items or items != previous[1]:
            return False
        earlier = previous[0]
        changed = sorted(key for key in params if params.get(key) != earlier.get(key))
        logger.warning(
            "the API sent the same page for %s as for %s; ending the listing there",
            ", ".join(f"{key}={params.get(key)}" for key in changed),
            ", ".join(f"{key}={earlier.get(key)}" for key in changed),
        )
        return True

    def _advance(self, params: Mapping[str, Any], page: Any, pages_seen: int) -> Mapping[str, Any] | None:
        following = self._style.next_params(params, page)
        if following is None:
            return None
        if dict(following) == dict(params) or pages_seen >= MAX_PAGES:
            return None  # the provider would hand back the page we just had: stop rather than loop
        return following


class SyncPager(_PagerBase, Generic[T]):
    """Iterate over every item of a listing, fetching pages as needed."""

    def _pages(self) -> Iterator[tuple[Any, list[Any]]]:
        """Each page with its items, until the last page (or a repeated one)."""
        params: Mapping[str, Any] | None = self._params
        previous: tuple[Mapping[str, Any], list[Any]] | None = None
        pages = 0
        while params is not None:
            page = self._fetch(**params)
            items = list(self._style.items(page))
            if self._repeats(items, params, previous):
                return
            pages += 1
            yield page, items
            previous = (params, items)
            params = self._advance(params, page, pages)

    def iter_pages(self) -> Iterator[Any]:
        """Each page as the API returned it (the generated page model)."""
        for page, _ in self._pages():
            yield page

    def __iter__(self) -> Iterator[T]:
        remaining = self.max_items
        if remaining == 0:
            return
        for _, items in self._pages():
            for item in items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    def to_list(self) -> list[T]:
        return list(self)


class AsyncPager(_PagerBase, Generic[T]):
    """Iterate (`async for`) over every item of a listing, fetching pages as needed."""

    def __init__(
        self,
        fetch: Callable[..., Awaitable[Any]],
        params: Mapping[str, Any],
        style: PageStyle,
        *,
        max_items: int | None = None,
    ) -> None:
        super().__init__(fetch, params, style, max_items=max_items)

    async def _pages(self) -> AsyncIterator[tuple[Any, list[Any]]]:
        """Each page with its items, until the last page (or a repeated one)."""
        params: Mapping[str, Any] | None = self._params
        previous: tuple[Mapping[str, Any], list[Any]] | None = None
        pages = 0
        while params is not None:
            page = await self._fetch(**params)
            items = list(self._style.items(page))
            if self._repeats(items, params, previous):
                return
            pages += 1
            yield page, items
            previous = (params, items)
            params = self._advance(params, page, pages)

    async def iter_pages(self) -> AsyncIterator[Any]:
        """Each page as the API returned it (the generated page model)."""
        async for page, _ in self._pages():
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self.max_items
        if remaining == 0:
            return
        async for _, items in self._pages():
            for item in items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    async def to_list(self) -> list[T]:
        return [item async for item in self]
