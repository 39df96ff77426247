"""Mindz list_invoices: limit/offset paging over DRF envelopes and bare lists, sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import AsyncMindz, AsyncPager, Mindz, ParameterError, ResponseValidationError, SyncPager
from tests.conftest import Script
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID, HOST, PLATFORM

LIST_PATH = f"/api/v2/mindzpay/accounts/{ACCOUNT}/invoices/"


def invoice(n: int) -> dict[str, Any]:
    return {"id": n, "status": 2, "amount": f"{n}.00"}


def drf_page(request: httpx.Request, *, total: int, fields: tuple[str, ...] = ("count", "next", "previous")) -> Any:
    """A fake DRF LimitOffsetPagination listing of `total` invoices."""
    limit = int(request.url.params.get("limit", "50"))
    offset = int(request.url.params.get("offset", "0"))
    items = [invoice(n) for n in range(offset + 1, min(offset + limit, total) + 1)]
    following = f"{HOST}{LIST_PATH}?limit={limit}&offset={offset + limit}" if offset + limit < total else None
    body: dict[str, Any] = {"results": items}
    if "count" in fields:
        body["count"] = total
    if "next" in fields:
        body["next"] = following
    if "previous" in fields:
        body["previous"] = f"{HOST}{LIST_PATH}?limit={limit}" if offset else None
    return httpx.Response(200, json=body)


def client(script: Script) -> Mindz:
    return Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport())


def offsets(script: Script) -> list[str]:
    return [r.url.params["offset"] for r in script.requests]


def test_iterates_items_across_envelope_pages() -> None:
    script = Script(lambda r: drf_page(r, total=7))
    pager = client(script).list_invoices(ACCOUNT, page_size=3)
    assert isinstance(pager, SyncPager)
    assert [i.id for i in pager] == list(range(1, 8))
    assert offsets(script) == ["0", "3", "6"]
    assert {r.url.params["limit"] for r in script.requests} == {"3"}
    assert {r.url.path for r in script.requests} == {LIST_PATH}


def test_the_offset_is_counted_not_taken_from_next() -> None:
    # `next` points at another host (a misconfigured proxy, say): the client keeps to its own tenant.
    def reply(request: httpx.Request) -> httpx.Response:
        page = drf_page(request, total=4)
        body = page.json()
        if body["next"]:
            body["next"] = "http://internal.example:8000/api/v2/elsewhere/?offset=999"
        return httpx.Response(200, json=body)

    script = Script(reply)
    assert [i.id for i in client(script).list_invoices(ACCOUNT, page_size=2)] == [1, 2, 3, 4]
    assert {r.url.host for r in script.requests} == {f"{PLATFORM}.mindz.com.br"}
    assert offsets(script) == ["0", "2"]


def test_a_bare_list_is_the_one_and_only_page() -> None:
    script = Script(httpx.Response(200, json=[invoice(1), invoice(2), invoice(3)]))
    pages = list(client(script).list_invoices(ACCOUNT, page_size=2).iter_pages())
    assert len(script.requests) == 1  # even though it holds more items than page_size
    assert [i.id for i in pages[0].results] == [1, 2, 3]
    assert pages[0].next_ is None


def test_an_empty_bare_list_is_an_empty_listing() -> None:
    script = Script(httpx.Response(200, json=[]))
    assert list(client(script).list_invoices(ACCOUNT)) == []
    assert len(script.requests) == 1


def test_without_next_the_count_decides() -> None:
    script = Script(lambda r: drf_page(r, total=5, fields=("count",)))
    assert [i.id for i in client(script).list_invoices(ACCOUNT, page_size=2)] == [1, 2, 3, 4, 5]
    assert offsets(script) == ["0", "2", "4"]


def test_without_next_or_count_a_short_page_ends_the_listing() -> None:
    script = Script(lambda r: drf_page(r, total=4, fields=()))
    assert [i.id for i in client(script).list_invoices(ACCOUNT, page_size=2)] == [1, 2, 3, 4]
    assert offsets(script) == ["0", "2", "4"]  # the third page comes back empty


def test_an_empty_page_stops_even_if_next_is_set() -> None:
    body = {"count": 10, "next": f"{HOST}{LIST_PATH}?limit=2&offset=2", "previous": None, "results": []}
    script = Script(httpx.Response(200, json=body))
    assert list(client(script).list_invoices(ACCOUNT, page_size=2)) == []
    assert len(script.requests) == 1


def test_max_items_stops_fetching_early() -> None:
    script = Script(lambda r: drf_page(r, total=100))
    ids = [i.id for i in client(script).list_invoices(ACCOUNT, page_size=10, max_items=15)]
    assert ids == list(range(1, 16))
    assert len(script.requests) == 2


def test_filters_are_sent_as_drf_query_parameters() -> None:
    script = Script(lambda r: drf_page(r, total=0))
    list(client(script).list_invoices(ACCOUNT, search="NFe 3526", ordering=" -created_at "))
    params = script.requests[0].url.params
    assert dict(params) == {"limit": "50", "offset": "0", "search": "NFe 3526", "ordering": "-created_at"}


def test_a_body_that_is_neither_envelope_nor_list_is_a_validation_error() -> None:
    script = Script(httpx.Response(200, json={"items": []}))
    with pytest.raises(ResponseValidationError):
        list(client(script).list_invoices(ACCOUNT))


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": True}, "page_size"),
        ({"page_size": "50"}, "page_size"),
        ({"max_items": -1}, "max_items"),
        ({"ordering": ""}, "ordering"),
        ({"ordering": "-"}, "ordering"),
        ({"search": 42}, "search"),
    ],
)
def test_bad_list_arguments_are_refused_before_sending(kwargs: dict[str, Any], param: str) -> None:
    script = Script(lambda r: drf_page(r, total=1))
    with pytest.raises(ParameterError) as caught:
        list(client(script).list_invoices(ACCOUNT, **kwargs))
    assert caught.value.param == param
    assert script.requests == []


@pytest.mark.parametrize("account", ["", "  ", None, 7])
def test_the_account_key_is_checked_before_sending(account: Any) -> None:
    script = Script(lambda r: drf_page(r, total=1))
    with pytest.raises(ParameterError, match="account_key"):
        client(script).list_invoices(account)
    assert script.requests == []


@pytest.mark.anyio
async def test_async_iterates_items_and_pages_of_both_shapes() -> None:
    script = Script(lambda r: drf_page(r, total=5))
    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.async_transport()) as m:
        pager = m.list_invoices(ACCOUNT, page_size=2)
        assert isinstance(pager, AsyncPager)
        ids = [i.id async for i in pager]
        pages = [len(p.results) async for p in m.list_invoices(ACCOUNT, page_size=2).iter_pages()]
        capped = await m.list_invoices(ACCOUNT, page_size=2, max_items=3).to_list()
    assert ids == [1, 2, 3, 4, 5]
    assert pages == [2, 2, 1]
    assert [i.id for i in capped] == [1, 2, 3]

    bare = Script(httpx.Response(200, json=[invoice(8), invoice(9)]))
    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=bare.async_transport()) as m:
        assert [i.id async for i in m.list_invoices(ACCOUNT, page_size=1)] == [8, 9]
    assert len(bare.requests) == 1
