"""Solvimon list_invoices: page-number pagination, sync and async, with caps and filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from payclients import AsyncPager, AsyncSolvimon, ParameterError, Solvimon, SyncPager
from payclients._pagination import PageStyle
from tests.conftest import Script

KEY = "sk_test_payclients_1234567890"


def invoice(n: int) -> dict[str, Any]:
    return {"id": f"inv_{n}", "status": "FINAL", "type": "STANDARD", "invoice_date": "2026-01-01T00:00:00Z"}


def paged(request: httpx.Request, *, total: int, pages_field: bool = True) -> httpx.Response:
    """A fake Solvimon listing of `total` invoices, served page by page."""
    page = int(request.url.params.get("page", "1"))
    limit = int(request.url.params.get("limit", "50"))
    items = [invoice(n) for n in range((page - 1) * limit + 1, min(page * limit, total) + 1)]
    body: dict[str, Any] = {"data": items, "page": page, "limit": limit, "links": {"current": str(request.url)}}
    if pages_field:
        body["total_number_of_pages"] = max(1, -(-total // limit))
    return httpx.Response(200, json=body)


def test_iterates_items_across_pages() -> None:
    script = Script(lambda r: paged(r, total=7))
    pager = Solvimon(api_key=KEY, transport=script.transport()).list_invoices(page_size=3)
    assert isinstance(pager, SyncPager)
    assert [i.id for i in pager] == [f"inv_{n}" for n in range(1, 8)]
    assert [r.url.params["page"] for r in script.requests] == ["1", "2", "3"]
    assert {r.url.params["limit"] for r in script.requests} == {"3"}


def test_pages_can_be_walked_one_by_one() -> None:
    script = Script(lambda r: paged(r, total=5))
    pages = list(Solvimon(api_key=KEY, transport=script.transport()).list_invoices(page_size=2).iter_pages())
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert [p.page for p in pages] == [1, 2, 3]


def test_without_a_page_count_a_short_page_ends_the_listing() -> None:
    script = Script(lambda r: paged(r, total=4, pages_field=False))
    ids = [i.id for i in Solvimon(api_key=KEY, transport=script.transport()).list_invoices(page_size=2)]
    assert ids == ["inv_1", "inv_2", "inv_3", "inv_4"]
    assert len(script.requests) == 3  # the third page comes back empty


def test_max_items_stops_fetching_early() -> None:
    script = Script(lambda r: paged(r, total=100))
    ids = [i.id for i in Solvimon(api_key=KEY, transport=script.transport()).list_invoices(page_size=10, max_items=15)]
    assert len(ids) == 15
    assert len(script.requests) == 2


def test_max_items_zero_fetches_nothing() -> None:
    script = Script(lambda r: paged(r, total=3))
    assert list(Solvimon(api_key=KEY, transport=script.transport()).list_invoices(max_items=0)) == []
    assert script.requests == []


def test_a_server_repeating_the_same_page_cannot_loop_forever() -> None:
    calls: list[dict[str, Any]] = []

    def fetch(**params: Any) -> dict[str, Any]:
        calls.append(params)
        return {"items": [1, 2]}

    repeating = PageStyle(items=lambda page: page["items"], next_params=lambda params, page: params)
    assert list(SyncPager(fetch, {"page": 1}, repeating)) == [1, 2]
    assert len(calls) == 1


def test_filters_are_sent_in_solvimon_syntax() -> None:
    script = Script(lambda r: paged(r, total=0))
    list(
        Solvimon(api_key=KEY, transport=script.transport()).list_invoices(
            customer_id="cus_1",
            statuses=["OPEN", "FINAL"],
            invoice_date=(dt.date(2026, 1, 1), "2026-04-01T01:59:59+02:00"),
            paid=False,
            include_lines=True,
            order_by="invoice_date",
            order_direction="ASC",
        )
    )
    params = script.requests[0].url.params
    assert params["customer_id"] == "cus_1"
    assert params.get_list("statuses[]") == ["OPEN", "FINAL"]
    assert params["invoice_date"] == "[2026-01-01T00:00:00Z,2026-03-31T23:59:59Z]"
    assert params["paid"] == "false"
    assert params["include_lines"] == "true"
    assert params["order_by"] == "invoice_date"
    assert params["order_direction"] == "asc"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"page_size": 0}, "page_size"),
        ({"max_items": -1}, "max_items"),
        ({"order_direction": "up"}, "order_direction"),
        ({"invoice_date": (dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1))}, "invoice_date"),  # naive
        ({"invoice_date": ("2026-02-01", "2026-01-01")}, "invoice_date"),  # backwards
        ({"invoice_date": "2026-01-01"}, "invoice_date"),  # not a pair
    ],
)
def test_bad_list_arguments_are_refused_before_sending(kwargs: dict[str, Any], param: str) -> None:
    script = Script(lambda r: paged(r, total=1))
    with pytest.raises(ParameterError) as caught:
        list(Solvimon(api_key=KEY, transport=script.transport()).list_invoices(**kwargs))
    assert caught.value.param == param
    assert script.requests == []


@pytest.mark.anyio
async def test_async_iterates_items_and_pages() -> None:
    script = Script(lambda r: paged(r, total=5))
    async with AsyncSolvimon(api_key=KEY, transport=script.async_transport()) as solvimon:
        pager = solvimon.list_invoices(page_size=2)
        assert isinstance(pager, AsyncPager)
        ids = [i.id async for i in pager]
        pages = [len(p.data) async for p in solvimon.list_invoices(page_size=2).iter_pages()]
        capped = await solvimon.list_invoices(page_size=2, max_items=3).to_list()
    assert ids == [f"inv_{n}" for n in range(1, 6)]
    assert pages == [2, 2, 1]
    assert [i.id for i in capped] == ["inv_1", "inv_2", "inv_3"]


def test_a_server_that_ignores_the_page_number_cannot_repeat_items(caplog: pytest.LogCaptureFixture) -> None:
    full_page = httpx.Response(
        200, json={"data": [invoice(1), invoice(2)], "page": 1, "limit": 2, "total_number_of_pages": 5}
    )
    script = Script(full_page)
    with caplog.at_level("WARNING", logger="payclients"):
        ids = [i.id for i in Solvimon(api_key=KEY, transport=script.transport()).list_invoices(page_size=2)]
    assert ids == ["inv_1", "inv_2"]
    assert len(script.requests) == 2
    assert "same page for page=2 as for page=1" in caplog.text
