"""Woovi offset pagination: skip/limit and pageInfo.hasNextPage, lists without pageInfo, bare arrays."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from payclients import AsyncPager, AsyncWoovi, ParameterError, SyncPager, Woovi
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"


def woovi(script: Script) -> Woovi:
    return Woovi(app_id=APP_ID, transport=script.transport())


def listing(
    key: str | None,
    total: int,
    make: Callable[[int], dict[str, Any]],
    *,
    page_info: bool = True,
    cap: int | None = None,
    ignore_skip: bool = False,
) -> Callable[[httpx.Request], httpx.Response]:
    """A fake Woovi listing of `total` items, served by skip/limit like Woovi does."""

    def serve(request: httpx.Request) -> httpx.Response:
        skip = 0 if ignore_skip else int(request.url.params.get("skip", "0"))
        limit = int(request.url.params.get("limit", "100"))
        if cap is not None:
            limit = min(limit, cap)
        items = [make(n) for n in range(skip + 1, min(skip + limit, total) + 1)]
        if key is None:
            return httpx.Response(200, json=items)
        body: dict[str, Any] = {key: items}
        if page_info:
            body["pageInfo"] = {
                "skip": skip,
                "limit": limit,
                "totalCount": total,
                "hasPreviousPage": skip > 0,
                "hasNextPage": skip + limit < total,
            }
        return httpx.Response(200, json=body)

    return serve


def charge(n: int) -> dict[str, Any]:
    return {"correlationID": f"order-{n}", "value": 100 * n, "status": "COMPLETED"}


def customer(n: int) -> dict[str, Any]:
    return {"name": f"Customer {n}", "correlationID": f"customer-{n}"}


def invoice(n: int) -> dict[str, Any]:
    moment = "2026-01-01T03:00:00.000Z"
    return {
        "id": f"inv{n}",
        "correlationID": f"nfse-{n}",
        "value": n,
        "date": moment,
        "billingDate": moment,
        "status": "CONFIRMED",
    }


def entry(n: int) -> dict[str, Any]:
    return {"id": f"entry{n}", "value": n, "type": "CREDIT", "time": "2026-01-01T00:00:00.000Z"}


def pages(script: Script) -> list[tuple[str, str]]:
    return [(r.url.params["skip"], r.url.params["limit"]) for r in script.requests]


# -- pageInfo.hasNextPage ---------------------------------------------------------------------------------------------


def test_charges_are_walked_across_several_pages() -> None:
    script = Script(listing("charges", 7, charge))
    pager = woovi(script).list_charges(page_size=3)
    assert isinstance(pager, SyncPager)
    assert [c.correlation_id for c in pager] == [f"order-{n}" for n in range(1, 8)]
    assert pages(script) == [("0", "3"), ("3", "3"), ("6", "3")]


def test_customers_are_walked_across_several_pages() -> None:
    script = Script(listing("customers", 5, customer))
    names = [c.name for c in woovi(script).list_customers(page_size=2)]
    assert names == [f"Customer {n}" for n in range(1, 6)]
    assert pages(script) == [("0", "2"), ("2", "2"), ("4", "2")]


@pytest.mark.parametrize(
    ("method", "key", "make"),
    [
        ("list_refunds", "refunds", lambda n: {"correlationID": f"refund-{n}", "value": n, "status": "REFUNDED"}),
        ("list_subscriptions", "subscriptions", lambda n: {"correlationID": f"sub-{n}", "value": n}),
        ("list_transactions", "transactions", lambda n: {"endToEndId": f"E{n}", "value": n}),
    ],
)
def test_other_listings_page_the_same_way(method: str, key: str, make: Callable[[int], dict[str, Any]]) -> None:
    script = Script(listing(key, 5, make))
    items = list(getattr(woovi(script), method)(page_size=2))
    assert [item.value for item in items] == [1, 2, 3, 4, 5]
    assert len(script.requests) == 3


def test_has_next_page_false_ends_the_listing_even_on_a_full_page() -> None:
    body = {"charges": [charge(1), charge(2)], "pageInfo": {"skip": 0, "limit": 2, "hasNextPage": False}}
    script = Script(httpx.Response(200, json=body))
    assert len(list(woovi(script).list_charges(page_size=2))) == 2
    assert len(script.requests) == 1


def test_an_empty_page_ends_the_listing_whatever_has_next_page_says() -> None:
    body = {"charges": [], "pageInfo": {"skip": 0, "limit": 2, "hasNextPage": True}}
    script = Script(httpx.Response(200, json=body))
    assert list(woovi(script).list_charges(page_size=2)) == []
    assert len(script.requests) == 1


def test_a_server_that_caps_the_limit_loses_no_item() -> None:
    # Asked for 10, Woovi sends 4 and says there is more: the next page starts after the 4 received.
    script = Script(listing("charges", 9, charge, cap=4))
    ids = [c.correlation_id for c in woovi(script).list_charges(page_size=10)]
    assert ids == [f"order-{n}" for n in range(1, 10)]
    assert [skip for skip, _ in pages(script)] == ["0", "4", "8"]


def test_a_server_that_ignores_skip_cannot_make_the_listing_loop_or_repeat_items(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = Script(listing("charges", 50, charge, ignore_skip=True))
    with caplog.at_level(logging.WARNING, logger="payclients"):
        ids = [c.correlation_id for c in woovi(script).list_charges(page_size=5)]
    assert ids == [f"order-{n}" for n in range(1, 6)]  # the repeated page is dropped and ends the listing
    assert len(script.requests) == 2
    assert "same page for skip=5 as for skip=0" in caplog.text


def test_a_bare_array_repeated_by_the_server_is_dropped() -> None:
    script = Script(listing(None, 50, entry, ignore_skip=True))
    assert [e.value for e in woovi(script).list_statement(page_size=2)] == [1, 2]
    assert len(script.requests) == 2


def test_a_listing_can_be_iterated_twice() -> None:
    script = Script(listing("customers", 3, customer))
    pager = woovi(script).list_customers(page_size=2)
    assert len(list(pager)) == 3
    assert len(list(pager)) == 3
    assert len(script.requests) == 4


def test_pages_can_be_walked_one_by_one() -> None:
    script = Script(listing("charges", 5, charge))
    walked = list(woovi(script).list_charges(page_size=2).iter_pages())
    assert [len(page.charges) for page in walked] == [2, 2, 1]
    assert [page.page_info.skip for page in walked] == [0, 2, 4]


def test_max_items_stops_fetching_early() -> None:
    script = Script(listing("charges", 100, charge))
    assert len(list(woovi(script).list_charges(page_size=10, max_items=15))) == 15
    assert len(script.requests) == 2


def test_max_items_zero_fetches_nothing() -> None:
    script = Script(listing("charges", 3, charge))
    assert list(woovi(script).list_charges(max_items=0)) == []
    assert script.requests == []


def test_the_default_page_size_is_woovis_default_limit() -> None:
    script = Script(listing("customers", 1, customer))
    list(woovi(script).list_customers())
    assert pages(script) == [("0", "100")]


# -- lists without pageInfo, and bare arrays --------------------------------------------------------------------------


def test_invoices_without_page_info_end_at_a_short_page() -> None:
    script = Script(listing("invoices", 5, invoice, page_info=False))
    ids = [i.correlation_id for i in woovi(script).list_invoices(page_size=2)]
    assert ids == [f"nfse-{n}" for n in range(1, 6)]
    assert pages(script) == [("0", "2"), ("2", "2"), ("4", "2")]


def test_invoices_without_page_info_ask_once_more_after_a_full_page() -> None:
    script = Script(listing("invoices", 4, invoice, page_info=False))
    assert len(list(woovi(script).list_invoices(page_size=2))) == 4
    assert pages(script) == [("0", "2"), ("2", "2"), ("4", "2")]  # the third page comes back empty


def test_invoice_periods_are_sent_as_dates() -> None:
    script = Script(listing("invoices", 0, invoice, page_info=False))
    list(woovi(script).list_invoices(start=dt.date(2025, 8, 1), end="2025-08-31T12:00:00-03:00"))
    params = script.requests[0].url.params
    assert (params["start"], params["end"]) == ("2025-08-01", "2025-08-31")


def test_a_short_bare_array_is_the_only_page() -> None:
    script = Script(listing(None, 3, entry))
    entries = list(woovi(script).list_statement(page_size=10))
    assert [e.id for e in entries] == ["entry1", "entry2", "entry3"]
    assert len(script.requests) == 1


def test_full_bare_arrays_are_followed_by_skip() -> None:
    # The statements take skip/limit although they send no pageInfo: a full array asks for more.
    script = Script(listing(None, 5, entry))
    entries = list(woovi(script).list_statement(page_size=2, start="2026-01-01T00:00:00Z"))
    assert [e.value for e in entries] == [1, 2, 3, 4, 5]
    assert pages(script) == [("0", "2"), ("2", "2"), ("4", "2")]
    assert {r.url.params["start"] for r in script.requests} == {"2026-01-01T00:00:00+00:00"}


def test_subaccount_statement_is_paged_by_pix_key() -> None:
    script = Script(listing(None, 3, entry))
    values = [e.value for e in woovi(script).list_subaccount_statement("sub@example.com", page_size=2)]
    assert values == [1, 2, 3]
    assert {r.url.raw_path.split(b"?")[0] for r in script.requests} == {
        b"/api/v1/subaccount/sub%40example.com/statement"
    }


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda w: w.list_customers(page_size=0), "page_size"),
        (lambda w: w.list_refunds(page_size=True), "page_size"),
        (lambda w: w.list_invoices(start="2025-09-01", end="2025-08-01"), "end"),
        (lambda w: w.list_statement(end=dt.datetime(2026, 1, 1)), "end"),
        (lambda w: w.list_transactions(charge=""), "charge"),
        (lambda w: w.list_subaccount_statement(""), "pix_key"),
    ],
)
def test_bad_listing_arguments_are_refused_before_sending(call: Callable[[Woovi], Any], param: str) -> None:
    script = Script(listing("charges", 1, charge))
    with pytest.raises(ParameterError) as caught:
        call(woovi(script))
    assert caught.value.param == param
    assert script.requests == []


# -- async -------------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_charges_are_walked_across_several_pages() -> None:
    script = Script(listing("charges", 5, charge))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as client:
        pager = client.list_charges(page_size=2)
        assert isinstance(pager, AsyncPager)
        ids = [c.correlation_id async for c in pager]
    assert ids == [f"order-{n}" for n in range(1, 6)]
    assert pages(script) == [("0", "2"), ("2", "2"), ("4", "2")]


@pytest.mark.anyio
async def test_async_bare_arrays_and_invoices() -> None:
    script = Script(listing(None, 3, entry))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as client:
        values = [e.value async for e in client.list_statement(page_size=2)]
        sub = await client.list_subaccount_statement("sub@example.com", page_size=5).to_list()
    assert values == [1, 2, 3]
    assert [e.value for e in sub] == [1, 2, 3]
    invoices = Script(listing("invoices", 3, invoice, page_info=False))
    async with AsyncWoovi(app_id=APP_ID, transport=invoices.async_transport()) as client:
        ids = [i.correlation_id async for i in client.list_invoices(page_size=2)]
    assert ids == ["nfse-1", "nfse-2", "nfse-3"]
