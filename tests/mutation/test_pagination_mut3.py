"""The shared pager's decisions, one style rule at a time, sync and async alike (issue 9, mutation wave).

A fake API answers each request from its query parameters; what each request asked for is recorded when
it is sent, so a test sees exactly which pages a listing fetched and where it stopped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from payclients._pagination import MAX_PAGES, AsyncPager, SyncPager, page_parser
from payclients._response import APIResponse
from payclients_woovi.types import UNSET, Listing

OFFSET = {"offset": "skip", "limit": "limit"}
PAGE = {"page": "page", "limit": "limit"}

Reply = Callable[[dict[str, Any]], Any]


class Api:
    """Answers `reply(params)`; the parsed page is `parse(body)` (by default the body's `items`, or the
    body itself when it is a list). Refuses to answer more than `most` requests (a runaway listing)."""

    def __init__(self, reply: Reply, *, parse: Callable[[Any], Any] | None = None, most: int = 50) -> None:
        self.reply, self.most = reply, most
        self.parse = parse or (lambda body: body if isinstance(body, list) else body.get("items"))
        self.calls: list[dict[str, Any]] = []

    def send(self, request: dict[str, Any]) -> APIResponse[Any]:
        params = dict(request["params"])
        self.calls.append(params)
        assert len(self.calls) <= self.most, "the listing did not stop"
        body = self.reply(params)
        return APIResponse(http_response=httpx.Response(200, json=body), parsed=self.parse(body), request_id=None)

    async def asend(self, request: dict[str, Any]) -> APIResponse[Any]:
        return self.send(request)

    def asked(self, name: str) -> list[Any]:
        return [call.get(name) for call in self.calls]


def numbers(start: int, count: int, total: int) -> list[int]:
    return list(range(start, min(start + count, total)))


def offset_pages(total: int, **extra: Callable[[int, int], Any]) -> Reply:
    """Offset paging over `total` numbers; each `extra` field is computed from (offset, limit)."""

    def reply(params: dict[str, Any]) -> Any:
        skip, limit = int(params["skip"]), int(params.get("limit", 3))
        return {"items": numbers(skip, limit, total), **{k: f(skip, limit) for k, f in extra.items()}}

    return reply


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pager(mode: str, api: Api, listing: Listing, params: dict[str, Any] | None = None, **options: Any) -> Any:
    request: dict[str, Any] = {"method": "get", "url": "/things"}
    if params is not None:
        request["params"] = params
    if mode == "sync":
        return SyncPager("list_things", request, listing, api.send, **options)
    return AsyncPager("list_things", request, listing, api.asend, **options)


def items(mode: str, api: Api, listing: Listing, params: dict[str, Any] | None = None, **options: Any) -> list[Any]:
    made = pager(mode, api, listing, params, **options)
    return made.to_list() if mode == "sync" else asyncio.run(made.to_list())


def pages(mode: str, made: Any) -> list[Any]:
    if mode == "sync":
        return list(made.iter_pages())

    async def walk() -> list[Any]:
        return [page async for page in made.iter_pages()]

    return asyncio.run(walk())


# -- where a listing starts ------------------------------------------------------------------------


def test_an_offset_listing_starts_at_zero_without_params(mode: str) -> None:
    api = Api(offset_pages(5))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items")) == [0, 1, 2, 3, 4]
    assert api.asked("skip") == [0, 3, 5]  # no limit sent: only the empty page ends it


def test_a_page_listing_starts_at_page_one_unless_the_style_says_otherwise(mode: str) -> None:
    def reply(params: dict[str, Any]) -> Any:
        return {"items": [params["page"]] * 2 if params["page"] < 3 else []}

    api = Api(reply)
    assert items(mode, api, Listing(style="p", rules=PAGE, items="items"), {"limit": 2}) == [1, 1, 2, 2]
    assert api.asked("page") == [1, 2, 3]

    api = Api(reply)
    zero_based = Listing(style="p", rules={**PAGE, "first_page": 0}, items="items")
    assert items(mode, api, zero_based, {"limit": 2}) == [0, 0, 1, 1, 2, 2]
    assert api.asked("page") == [0, 1, 2, 3]


def test_the_callers_start_is_kept(mode: str) -> None:
    api = Api(offset_pages(8))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"skip": 4, "limit": 3}) == [4, 5, 6, 7]
    assert api.asked("skip") == [4, 7]


# -- what says another page follows ----------------------------------------------------------------


def test_a_full_page_asks_for_more_and_a_short_page_ends_it(mode: str) -> None:
    api = Api(offset_pages(7))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3}) == list(range(7))
    assert api.asked("skip") == [0, 3, 6]
    assert api.asked("limit") == [3, 3, 3]


def test_without_a_limit_or_indicator_only_an_empty_page_ends_it(mode: str) -> None:
    api = Api(lambda params: {"items": [params["skip"]] if params["skip"] < 2 else []})
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items")) == [0, 1]
    assert api.asked("skip") == [0, 1, 2]


def test_a_has_more_flag_at_a_dotted_path_decides(mode: str) -> None:
    rules = {**OFFSET, "has_more": "info.more"}
    # a full page that says there is no more: the end
    api = Api(offset_pages(9, info=lambda skip, limit: {"more": skip == 0}))
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == list(range(6))
    assert api.asked("skip") == [0, 3]
    # a short page that says there is more: go on
    api = Api(lambda params: {"items": [params["skip"]] if params["skip"] < 3 else [], "info": {"more": True}})
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == [0, 1, 2]
    assert api.asked("skip") == [0, 1, 2, 3]


@pytest.mark.parametrize("info", [None, {}, {"more": "yes"}, "flat"], ids=["no-info", "no-flag", "not-bool", "text"])
def test_a_missing_has_more_flag_falls_back_to_the_page_size(mode: str, info: Any) -> None:
    rules = {**OFFSET, "has_more": "info.more"}
    extra = {} if info is None else {"info": lambda skip, limit: info}
    api = Api(offset_pages(5, **extra))
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == list(range(5))
    assert api.asked("skip") == [0, 3]


def test_next_decides_when_the_body_has_it(mode: str) -> None:
    rules = {**OFFSET, "next": "next"}
    # a full page with no next: the end
    api = Api(offset_pages(9, next=lambda skip, limit: "more" if skip == 0 else None))
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == list(range(6))
    assert api.asked("skip") == [0, 3]
    # a short page with a next: go on
    api = Api(lambda params: {"items": [params["skip"]] if params["skip"] < 2 else [], "next": "more"})
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == [0, 1]
    assert api.asked("skip") == [0, 1, 2]
    # no next in the body: the page size decides
    api = Api(offset_pages(5))
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == list(range(5))
    assert api.asked("skip") == [0, 3]


def test_a_page_count_decides(mode: str) -> None:
    rules = {**PAGE, "total_pages": "total"}
    # full pages, but page 2 of 2 is the last
    api = Api(lambda params: {"items": [params["page"]] * 2, "total": 2})
    assert items(mode, api, Listing(style="p", rules=rules, items="items"), {"limit": 2}) == [1, 1, 2, 2]
    assert api.asked("page") == [1, 2]
    # short pages, but three of them
    api = Api(lambda params: {"items": [params["page"]], "total": 3})
    assert items(mode, api, Listing(style="p", rules=rules, items="items"), {"limit": 2}) == [1, 2, 3]
    assert api.asked("page") == [1, 2, 3]
    # no count: the page size decides
    api = Api(lambda params: {"items": [params["page"]] * (2 if params["page"] == 1 else 1)})
    assert items(mode, api, Listing(style="p", rules=rules, items="items"), {"limit": 2}) == [1, 1, 2]
    assert api.asked("page") == [1, 2]


def test_an_item_count_decides_an_offset_listing(mode: str) -> None:
    rules = {**OFFSET, "count": "count"}
    # full pages, and the count says six items: no third page
    api = Api(offset_pages(99, count=lambda skip, limit: 6))
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == list(range(6))
    assert api.asked("skip") == [0, 3]
    # short pages, and the count says three items
    api = Api(lambda params: {"items": [params["skip"]], "count": 3})
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == [0, 1, 2]
    assert api.asked("skip") == [0, 1, 2]


def test_an_item_count_does_not_decide_a_page_listing(mode: str) -> None:
    rules = {**PAGE, "count": "count"}
    api = Api(lambda params: {"items": [params["page"]] * 2 if params["page"] < 3 else [], "count": 1})
    assert items(mode, api, Listing(style="p", rules=rules, items="items"), {"limit": 2}) == [1, 1, 2, 2]
    assert api.asked("page") == [1, 2, 3]


def test_the_largest_offset_the_api_accepts_is_asked_and_no_further(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    api = Api(offset_pages(99))
    listing = Listing(style="o", rules=OFFSET, items="items", max_offset=6)
    with caplog.at_level(logging.WARNING, logger="payclients"):
        assert items(mode, api, listing, {"limit": 3}) == list(range(9))
    assert api.asked("skip") == [0, 3, 6]
    assert caplog.messages == [
        "list_things: list_things accepts offsets up to 6; narrow the filters to see more; ending the listing at skip=6"
    ]


# -- the guards --------------------------------------------------------------------------------------


def test_a_repeated_page_is_dropped_and_named_in_the_warning(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    api = Api(lambda params: {"items": [0, 1, 2]})  # ignores skip
    made = pager(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3})
    with caplog.at_level(logging.WARNING, logger="payclients"):
        assert pages(mode, made) == [[0, 1, 2]]
    assert api.asked("skip") == [0, 3]
    assert caplog.messages == [
        "list_things: the API sent the same page for skip=3 as for skip=0; ending the listing at skip=3"
    ]


def test_an_endless_listing_stops_at_max_pages(
    mode: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("payclients._pagination.MAX_PAGES", 3)
    api = Api(lambda params: {"items": [params["skip"]]}, most=10)
    with caplog.at_level(logging.WARNING, logger="payclients"):
        assert items(mode, api, Listing(style="o", rules=OFFSET, items="items")) == [0, 1, 2]
    assert api.asked("skip") == [0, 1, 2]
    assert caplog.messages == [
        "list_things: the listing reached 3 pages, the most a pager fetches; ending the listing at skip=2"
    ]


def test_an_empty_first_page_ends_the_listing(mode: str) -> None:
    api = Api(lambda params: {"items": [], "info": {"more": True}})
    rules = {**OFFSET, "has_more": "info.more"}
    assert items(mode, api, Listing(style="o", rules=rules, items="items"), {"limit": 3}) == []
    assert api.asked("skip") == [0]


# -- reading a page's items ------------------------------------------------------------------------


def test_items_come_from_the_first_attribute_set(mode: str) -> None:
    def parse(body: Any) -> Any:
        return SimpleNamespace(old=UNSET, new=body["items"]) if body["items"] else SimpleNamespace(old=UNSET, new=UNSET)

    api = Api(offset_pages(4), parse=parse)
    listing = Listing(style="o", rules=OFFSET, items="items", attributes=("missing", "old", "new"))
    assert items(mode, api, listing, {"limit": 2}) == [0, 1, 2, 3]
    assert api.asked("skip") == [0, 2, 4]


@pytest.mark.parametrize("empty", [UNSET, None], ids=["unset", "none"])
def test_a_page_without_items_is_an_empty_page(mode: str, empty: Any) -> None:
    api = Api(offset_pages(9), parse=lambda body: SimpleNamespace(items=empty))
    listing = Listing(style="o", rules=OFFSET, items="items", attributes=("items",))
    assert items(mode, api, listing, {"limit": 3}) == []
    assert api.asked("skip") == [0]
    # a bare array whose parser gave nothing (no body)
    api = Api(offset_pages(9), parse=lambda body: empty)
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="."), {"limit": 3}) == []
    assert api.asked("skip") == [0]


def test_full_bare_arrays_are_followed(mode: str) -> None:
    api = Api(lambda params: numbers(params["skip"], 2, 5))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="."), {"limit": 2}) == list(range(5))
    assert api.asked("skip") == [0, 2, 4]


def test_a_bare_list_in_place_of_an_envelope_is_the_whole_listing(mode: str) -> None:
    rules = {**OFFSET, "next": "next", "bare_list": True}
    api = Api(lambda params: numbers(params["skip"], 2, 9))  # full, but a bare list: paging is off
    assert items(mode, api, Listing(style="o", rules=rules, items="results"), {"limit": 2}) == [0, 1]
    assert api.asked("skip") == [0]


# -- the pagers' own promises ------------------------------------------------------------------------


def test_the_first_page_is_fetched_once_and_reused(mode: str) -> None:
    api = Api(offset_pages(5))
    made = pager(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3})
    if mode == "sync":
        first, again, every = made.first_page(), made.first_page(), made.to_list()
    else:

        async def run() -> tuple[Any, Any, Any]:
            return await made.first_page(), await made.first_page(), await made.to_list()

        first, again, every = asyncio.run(run())
    assert first == [0, 1, 2]
    assert again is first
    assert every == list(range(5))
    assert api.asked("skip") == [0, 3]


def test_a_listing_walked_twice_refetches_all_but_the_first_page(mode: str) -> None:
    api = Api(offset_pages(5))
    made = pager(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3})
    assert pages(mode, made) == [[0, 1, 2], [3, 4]]
    assert pages(mode, made) == [[0, 1, 2], [3, 4]]
    assert api.asked("skip") == [0, 3, 0, 3]


@pytest.mark.parametrize(
    ("cap", "expected", "asked"), [(1, [0], [0]), (4, [0, 1, 2, 3], [0, 3]), (6, list(range(6)), [0, 3])]
)
def test_max_items_takes_exactly_that_many(mode: str, cap: int, expected: list[int], asked: list[int]) -> None:
    api = Api(offset_pages(99))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3}, max_items=cap) == expected
    assert api.asked("skip") == asked


def test_max_items_above_the_total_takes_everything(mode: str) -> None:
    api = Api(offset_pages(5))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3}, max_items=50) == list(
        range(5)
    )
    assert api.asked("skip") == [0, 3]


def test_max_items_zero_is_allowed_and_fetches_nothing(mode: str) -> None:
    api = Api(offset_pages(5))
    assert items(mode, api, Listing(style="o", rules=OFFSET, items="items"), {"limit": 3}, max_items=0) == []
    assert api.calls == []


def test_a_pager_names_its_operation_and_cap() -> None:
    api = Api(offset_pages(5))
    listing = Listing(style="o", rules=OFFSET, items="items")
    assert repr(SyncPager("list_things", {}, listing, api.send, max_items=5)) == "<SyncPager list_things max_items=5>"
    assert repr(AsyncPager("list_things", {}, listing, api.asend)) == "<AsyncPager list_things max_items=None>"
    assert api.calls == []


# -- page_parser: bare lists where the style allows them ----------------------------------------------


def _response(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("GET", "https://api.test/things"))


def _recording_parser() -> tuple[list[Any], Callable[..., Any]]:
    seen: list[Any] = []

    def parse(*, client: Any, response: httpx.Response) -> Any:
        seen.append((response.status_code, response.json()))
        return ("parsed", client)

    return seen, parse


def test_a_bare_list_is_read_as_a_one_page_envelope() -> None:
    seen, parse = _recording_parser()
    listing = Listing(style="drf", rules={**OFFSET, "next": "next", "bare_list": True}, items="results")
    assert page_parser(parse, listing)(client="c", response=_response([1, 2])) == ("parsed", "c")
    assert seen == [(200, {"results": [1, 2], "next": None})]


def test_a_bare_list_gets_no_next_field_when_the_style_has_none() -> None:
    seen, parse = _recording_parser()
    listing = Listing(style="drf", rules={**OFFSET, "bare_list": True}, items="results")
    page_parser(parse, listing)(client="c", response=_response([1]))
    assert seen == [(200, {"results": [1]})]


@pytest.mark.parametrize(
    ("body", "status"), [({"results": [1], "next": "x"}, 200), ([1, 2], 404)], ids=["envelope", "error-status"]
)
def test_an_envelope_or_an_error_reaches_the_parser_unchanged(body: Any, status: int) -> None:
    seen, parse = _recording_parser()
    listing = Listing(style="drf", rules={**OFFSET, "next": "next", "bare_list": True}, items="results")
    assert page_parser(parse, listing)(client="c", response=_response(body, status)) == ("parsed", "c")
    assert seen == [(status, body)]


@pytest.mark.parametrize(
    "listing",
    [
        Listing(style="o", rules=OFFSET, items="results"),
        Listing(style="o", rules={**OFFSET, "bare_list": False}, items="results"),
        Listing(style="o", rules={**OFFSET, "bare_list": True}, items="."),
    ],
    ids=["no-bare-list", "bare-list-off", "bare-array-style"],
)
def test_without_bare_list_a_list_reaches_the_parser_unchanged(listing: Listing) -> None:
    seen, parse = _recording_parser()
    assert page_parser(parse, listing)(client="c", response=_response([1, 2])) == ("parsed", "c")
    assert seen == [(200, [1, 2])]


# -- last, as the slowest: the real page cap ------------------------------------------------------------


def test_no_listing_fetches_more_than_ten_thousand_pages() -> None:
    assert MAX_PAGES == 10_000  # the documented cap, and the real one (not patched) below
    api = Api(lambda params: {"items": [params["skip"]]}, most=10_001)
    found = SyncPager("list_things", {"params": {}}, Listing(style="o", rules=OFFSET, items="items"), api.send)
    assert sum(1 for _ in found.iter_page_items()) == 10_000
    assert len(api.calls) == 10_000
