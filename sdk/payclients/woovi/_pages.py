"""Woovi's offset pagination, for the shared pagers.

A list is asked for with `skip` and `limit` and answers with its items under a key of its own
(`charges`, `customers`, `invoices`, ...: the spec's `x-payclients-pagination.itemsField`) and a
`pageInfo` block. The next page starts where this one ended (`skip` + the items received, so a server
that sends fewer than `limit` loses nothing) while `pageInfo.hasNextPage` is true. A list without
`pageInfo` (the invoice list as documented) and the statements, which are bare arrays but take
`skip`/`limit` too, end at the first page shorter than `limit`. An empty page ends every list.

A server that ignored `skip` would send the same page again and again: a page identical to the one
before it is dropped (its items are not yielded twice), logged, and ends the listing.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._logging import logger
from .._pagination import PageStyle

__all__ = ["OffsetListing"]


def _unset(value: Any) -> bool:
    from payclients_woovi.types import Unset

    return value is None or isinstance(value, Unset)


def _fingerprint(items: Sequence[Any]) -> str:
    return json.dumps([item.to_dict() if hasattr(item, "to_dict") else item for item in items], sort_keys=True)


@dataclass
class OffsetListing:
    """One listing: its page style, and its fetch wrapped to spot a repeated page.

    `items_field` names the page model's attribute holding the items; None for a bare array.
    """

    items_field: str | None
    _seen: dict[int, str] = field(default_factory=dict)

    def items(self, page: Any) -> Sequence[Any]:
        found = page if self.items_field is None else getattr(page, self.items_field)
        return [] if _unset(found) else list(found)

    def next_params(self, params: Mapping[str, Any], page: Any) -> Mapping[str, Any] | None:
        received = self.items(page)
        if not received:
            return None
        page_info: Any = None if self.items_field is None else getattr(page, "page_info", None)
        has_next = None if _unset(page_info) else page_info.has_next_page
        more = len(received) >= int(params["limit"]) if _unset(has_next) else bool(has_next)
        return {**params, "skip": int(params.get("skip", 0)) + len(received)} if more else None

    @property
    def style(self) -> PageStyle:
        return PageStyle(items=self.items, next_params=self.next_params)

    def _checked(self, params: Mapping[str, Any], page: Any) -> Any:
        """The page, or an empty one when it repeats the page before it."""
        received = self.items(page)
        skip = int(params.get("skip", 0))
        fingerprint = _fingerprint(received)
        self._seen[skip] = fingerprint
        earlier = [s for s in self._seen if s < skip]
        if not received or not earlier or self._seen[max(earlier)] != fingerprint:
            return page
        logger.warning(
            "Woovi sent the same page for skip=%d as for skip=%d; ending the listing there", skip, max(earlier)
        )
        return [] if self.items_field is None else type(page)()

    def sync(self, fetch: Callable[..., Any]) -> Callable[..., Any]:
        def fetch_checked(**params: Any) -> Any:
            return self._checked(params, fetch(**params))

        return fetch_checked

    def asynchronous(self, fetch: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        async def fetch_checked(**params: Any) -> Any:
            return self._checked(params, await fetch(**params))

        return fetch_checked
