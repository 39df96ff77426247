"""`client.with_raw_response.<convenience>(...)`: the convenience's result with its final response.

One mechanism for every provider (`payclients._facade`): the result is an `APIResponse` whose
`parsed` is what the plain call returns, and whose status, headers and request id are those of the
last response the convenience received; a listing gives its first page.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from payclients import APIResponse, NotFoundError
from payclients.mindz import AsyncMindz, Mindz
from payclients.solvimon import AsyncSolvimon, Solvimon
from payclients.woovi import AsyncWoovi, Woovi
from tests.mindz.conftest import API_KEY, APP_ID, PLATFORM

SOLVIMON_INVOICE = {"id": "inv_1", "status": "OPEN", "type": "STANDARD", "invoice_date": "2026-01-01T00:00:00Z"}
WOOVI_CHARGE = {"charge": {"correlationID": "order-1", "value": 1500, "status": "ACTIVE", "brCode": "000201..."}}
MINDZ_INVOICE = {"id": 42, "status": 2, "amount": "150.00"}

# provider -> (sync class, async class, settings, call, body, what the parsed result holds)
CASES: dict[str, tuple[Any, Any, dict[str, Any], Callable[[Any], Any], Any, Callable[[Any], Any]]] = {
    "solvimon": (
        Solvimon,
        AsyncSolvimon,
        {"api_key": "sk_1"},
        lambda raw: raw.get_invoice("inv_1"),
        SOLVIMON_INVOICE,
        lambda parsed: parsed.id,
    ),
    "woovi": (
        Woovi,
        AsyncWoovi,
        {"app_id": "appid_1"},
        lambda raw: raw.get_charge("order-1"),
        WOOVI_CHARGE,
        lambda parsed: parsed.correlation_id,  # the envelope is unwrapped, as by `get_charge`
    ),
    "mindz": (
        Mindz,
        AsyncMindz,
        {"app_id": APP_ID, "api_key": API_KEY, "platform": PLATFORM},
        lambda raw: raw.get_invoice("acct_1", 42),
        MINDZ_INVOICE,
        lambda parsed: parsed.id,
    ),
}
EXPECTED = {"solvimon": "inv_1", "woovi": "order-1", "mindz": 42}


def _transport(body: Any, status: int = 200, *, is_async: bool) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-request-id": "req_raw_1", "X-Extra": "yes"})

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    return httpx.MockTransport(answer_async if is_async else answer)


@pytest.mark.parametrize("provider", list(CASES))
def test_a_convenience_returns_its_result_with_the_response_sync(provider: str) -> None:
    sync_class, _, settings, call, body, read = CASES[provider]
    client = sync_class(**settings, transport=_transport(body, is_async=False))
    raw = call(client.with_raw_response)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-extra"] == "yes"
    assert read(raw.parsed) == EXPECTED[provider]
    assert type(raw.parsed) is type(call(client))  # the same value the plain call returns


@pytest.mark.parametrize("provider", list(CASES))
def test_a_convenience_returns_its_result_with_the_response_async(provider: str) -> None:
    _, async_class, settings, call, body, read = CASES[provider]

    async def run() -> tuple[APIResponse[Any], Any]:
        client = async_class(**settings, transport=_transport(body, is_async=True))
        return await call(client.with_raw_response), await call(client)

    raw, plain = asyncio.run(run())
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-extra"] == "yes"
    assert read(raw.parsed) == EXPECTED[provider]
    assert type(raw.parsed) is type(plain)


def test_the_request_id_is_the_final_calls() -> None:
    client = Solvimon(api_key="sk_1", transport=_transport(SOLVIMON_INVOICE, is_async=False))
    assert client.with_raw_response.get_invoice("inv_1").request_id == "req_raw_1"


def test_a_listing_gives_its_first_page_raw() -> None:
    page = {"data": [SOLVIMON_INVOICE], "total_number_of_pages": 3, "page": 1, "limit": 100}
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=page)

    client = Solvimon(api_key="sk_1", transport=httpx.MockTransport(answer))
    raw = client.with_raw_response.list_invoices()
    assert raw.status_code == 200
    assert [invoice.id for invoice in raw.parsed.data] == ["inv_1"]
    assert len(seen) == 1  # only the first page was read


def test_an_error_is_still_the_typed_error() -> None:
    client = Solvimon(api_key="sk_1", transport=_transport({"message": "gone"}, 404, is_async=False))
    with pytest.raises(NotFoundError):
        client.with_raw_response.get_invoice("inv_1")


def test_a_resource_is_reached_raw_too() -> None:
    client = Solvimon(api_key="sk_1", transport=_transport(SOLVIMON_INVOICE, is_async=False))
    raw = client.with_raw_response.invoices.get_invoice("inv_1")
    assert raw.status_code == 200
    assert raw.parsed.id == "inv_1"


def test_outside_a_raw_call_nothing_is_kept() -> None:
    from payclients import _facade

    client = Solvimon(api_key="sk_1", transport=_transport(SOLVIMON_INVOICE, is_async=False))
    client.get_invoice("inv_1")
    assert _facade._SEEN.get() is None


@pytest.mark.parametrize("sync_class", [Solvimon, Woovi, Mindz])
def test_the_raw_proxy_has_every_convenience_with_its_signature(sync_class: Any) -> None:
    import inspect

    settings = CASES[{Solvimon: "solvimon", Woovi: "woovi", Mindz: "mindz"}[sync_class]][2]
    client = sync_class(**settings, transport=_transport({}, is_async=False))
    raw = client.with_raw_response
    from payclients._facade import convenience, listing

    names = [n for c in type(client).__mro__ for n, v in vars(c).items() if isinstance(v, convenience | listing)]
    assert names
    for name in names:
        assert inspect.signature(getattr(raw, name)) == inspect.signature(getattr(client, name))
