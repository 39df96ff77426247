"""The shared pagers' guards, sync and async alike: a repeated page ends the listing, `max_items=0`
fetches nothing, a cap stops fetching early, and a bad cap is a `ParameterError`."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import pytest

from payclients import ParameterError
from payclients._pagination import AsyncPager, PageStyle, SyncPager

STYLE = PageStyle(
    items=lambda page: page["items"],
    next_params=lambda params, page: (
        {**params, "offset": params["offset"] + len(page["items"])} if page["more"] else None
    ),
)


class Server:
    """Pages of `size` items out of `total`; `ignore_offset` answers the first page every time."""

    def __init__(self, total: int, size: int, *, ignore_offset: bool = False) -> None:
        self.total, self.size, self.ignore_offset = total, size, ignore_offset
        self.calls: list[Mapping[str, Any]] = []

    def page(self, **params: Any) -> dict[str, Any]:
        self.calls.append(params)
        start = 0 if self.ignore_offset else params["offset"]
        items = list(range(start, min(start + self.size, self.total)))
        return {"items": items, "more": True if self.ignore_offset else start + self.size < self.total}

    async def apage(self, **params: Any) -> dict[str, Any]:
        return self.page(**params)


def collect(mode: str, server: Server, **options: Any) -> list[Any]:
    if mode == "sync":
        return list(SyncPager(server.page, {"offset": 0}, STYLE, **options))

    async def main() -> list[Any]:
        return [item async for item in AsyncPager(server.apage, {"offset": 0}, STYLE, **options)]

    return asyncio.run(main())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_page_is_fetched(mode: str) -> None:
    server = Server(7, 3)
    assert collect(mode, server) == list(range(7))
    assert [c["offset"] for c in server.calls] == [0, 3, 6]


def test_a_repeated_page_ends_the_listing_without_repeating_items(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    server = Server(50, 5, ignore_offset=True)
    assert collect(mode, server) == [0, 1, 2, 3, 4]
    assert len(server.calls) == 2
    assert "same page" in caplog.text


def test_max_items_zero_fetches_nothing(mode: str) -> None:
    server = Server(10, 3)
    assert collect(mode, server, max_items=0) == []
    assert server.calls == []


def test_max_items_stops_fetching_early(mode: str) -> None:
    server = Server(100, 10)
    assert collect(mode, server, max_items=15) == list(range(15))
    assert len(server.calls) == 2


@pytest.mark.parametrize("cap", [-1, 1.5, "3", True])
def test_a_bad_cap_is_a_parameter_error(mode: str, cap: Any) -> None:
    with pytest.raises(ParameterError, match="max_items"):
        collect(mode, Server(3, 3), max_items=cap)
