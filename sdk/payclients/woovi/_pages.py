"""Woovi's offset pagination, for the shared pagers.

A list is asked for with `skip` and `limit` and answers with its items under a key of its own
(`charges`, `customers`, `invoices`, ...: the spec's `x-payclients-pagination.itemsField`) and a
`pageInfo` block. The next page starts where this one ended (`skip` + the items received, so a server
that sends fewer than `limit` loses nothing) while `pageInfo.hasNextPage` is true. A list without
`pageInfo` (the invoice list as documented) and the statements, which are bare arrays but take
`skip`/`limit` too, end at the first page shorter than `limit`. An empty page ends every list.

A server that ignored `skip` would send the same page again and again: the shared pagers drop a page
identical to the one before it (its items are not yielded twice), log it, and end the listing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._pagination import PageStyle

__all__ = ["OffsetListing"]


def _unset(value: Any) -> bool:
    return value is None


@dataclass
class OffsetListing:
    """One listing's page style.

    `items_field` names the page model's attribute holding the items; None for a bare array.
    """

    items_field: str | None

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
