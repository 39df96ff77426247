"""When a Woovi request may be repeated: the correlationID rule, checked on the rule and on the wire.

Woovi has no idempotency header; a POST is repeated only on the endpoints where Woovi documents that a
second request with the same key cannot create a second resource, and only when the body has that key.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import payclients
from payclients import InternalServerError, Woovi
from payclients.woovi._provider import PROVIDER
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"


def repeatable(method: str, path: str, body: Any = None, *, base: str = "https://api.woovi.com") -> bool:
    content = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    return PROVIDER.idempotency(httpx.Request(method, base + path, content=content))


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/v1/charge", "correlationID"),
        ("/api/v1/payment", "correlationID"),
        ("/api/v1/invoice", "correlationID"),
        ("/api/v1/kyc/onboarding", "correlationID"),
        ("/api/v1/stablecoin/deposit", "correlationId"),
        ("/api/v1/stablecoin/payout", "correlationId"),
        ("/api/v1/anticipation/beneficiary", "taxID"),
    ],
)
def test_documented_deduplicated_posts_are_repeatable_with_their_key(path: str, key: str) -> None:
    assert repeatable("POST", path, {key: "key-1", "value": 100})
    assert not repeatable("POST", path, {"value": 100})
    assert not repeatable("POST", path, {key: "   "})
    assert not repeatable("POST", path, {key: 42})


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/refund",
        "/api/v1/charge/ch_1/refund",
        "/api/v1/subscriptions",
        "/api/v1/transfer",
        "/api/v1/subaccount/transfer",
        "/api/v1/customer",
        "/api/v1/qrcode-static",
        "/api/v1/invoice/nfse-1/cancel",
        "/api/v1/payment/approve",
    ],
)
def test_other_posts_are_sent_once_even_with_a_correlation_id(path: str) -> None:
    assert not repeatable("POST", path, {"correlationID": "key-1"})


def test_the_key_is_case_sensitive() -> None:
    assert not repeatable("POST", "/api/v1/stablecoin/deposit", {"correlationID": "key-1"})
    assert not repeatable("POST", "/api/v1/charge", {"correlationId": "key-1"})


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'"correlationID"', b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object_is_not_repeatable(body: bytes) -> None:
    assert not repeatable("POST", "/api/v1/charge", body)


def test_a_base_url_with_a_path_prefix_keeps_the_rule() -> None:
    assert repeatable("POST", "/woovi/api/v1/charge", {"correlationID": "k"}, base="https://proxy.example.com")
    assert repeatable("POST", "/api/v1/charge/", {"correlationID": "k"})
    assert not repeatable("POST", "/api/v1/charge-batch", {"correlationID": "k"})


@pytest.mark.parametrize(("method", "expected"), [("GET", True), ("PUT", True), ("DELETE", True), ("PATCH", False)])
def test_other_methods_follow_their_http_semantics(method: str, expected: bool) -> None:
    assert repeatable(method, "/api/v1/charge/ch_1", {"correlationID": "k"}) is expected


# -- on the wire -------------------------------------------------------------------------------------------------------


def test_a_raw_create_charge_with_a_correlation_id_is_retried_with_the_same_body(sleeps: list[float]) -> None:
    from payclients_woovi.models import ChargeCreateRequest

    charge = {"charge": {"correlationID": "order-9", "value": 990, "status": "ACTIVE"}}
    script = Script(httpx.Response(503, json={"error": "unavailable"}), httpx.Response(200, json=charge))
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    woovi.charges.create_charge(body=ChargeCreateRequest(correlation_id="order-9", value=990))
    assert script.json_bodies() == [{"correlationID": "order-9", "value": 990}] * 2
    assert len(sleeps) == 1


def test_a_post_without_a_correlation_id_is_not_retried(sleeps: list[float]) -> None:
    from payclients_woovi.models import SubscriptionCreateRequest

    body = SubscriptionCreateRequest.from_dict(
        {
            "customer": {"name": "Dan", "taxID": "31324227036"},
            "value": 100,
            "correlationID": "sub-1",
            "type": "RECURRENT",
        }
    )
    script = Script(httpx.Response(500, json={"error": "Internal server error"}))
    with pytest.raises(InternalServerError):
        Woovi(app_id=APP_ID, transport=script.transport()).subscriptions.create_subscription(body=body)
    assert len(script.requests) == 1
    assert sleeps == []


def test_a_post_without_a_key_is_not_retried_after_a_read_timeout() -> None:
    script = Script(httpx.ReadTimeout("read timed out"))
    with pytest.raises(payclients.APITimeoutError, match="timed out"):
        Woovi(app_id=APP_ID, transport=script.transport()).invoices.cancel_invoice("nfse-1")
    assert len(script.requests) == 1


def test_a_post_is_retried_when_the_connection_never_opened() -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200, json={"success": True}))
    Woovi(app_id=APP_ID, transport=script.transport()).cancel_invoice("nfse-1")
    assert len(script.requests) == 2
