"""What the provider descriptions decide, seen on the wire: which requests are repeated after a server
error, the wait a 429 asks for, how error bodies become messages, and that the shared description of a
provider cannot be changed through one client."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from payclients import BadRequestError, InternalServerError, Mindz, Woovi
from tests.conftest import Script
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID

WOOVI_APP = "woovi_appid_payclients_7c3e51"
INVOICE = {"id": 42, "status": 2, "amount": "150.00"}
CHARGE = {"charge": {"correlationID": "order-1", "value": 1, "status": "ACTIVE"}}


def mindz(script: Script) -> Mindz:
    return Mindz(app_id=APP_ID, api_key=API_KEY, base_url="https://escola.example.com", transport=script.transport())


def woovi(script: Script) -> Woovi:
    return Woovi(app_id=WOOVI_APP, transport=script.transport())


def test_a_mindz_read_is_repeated_after_a_server_error(sleeps: list[float]) -> None:
    script = Script(httpx.Response(503, json={}), httpx.Response(200, json=INVOICE))
    mindz(script).get_invoice(ACCOUNT, 42)
    assert [r.method for r in script.requests] == ["GET", "GET"]
    assert len(sleeps) == 1


def test_a_mindz_post_is_not_repeated_after_a_server_error(sleeps: list[float]) -> None:
    script = Script(httpx.Response(503, json={}), httpx.Response(200, json=INVOICE))
    with pytest.raises(InternalServerError):
        mindz(script).refresh_invoice(ACCOUNT, 42)
    assert [r.method for r in script.requests] == ["POST"]
    assert sleeps == []


def test_the_wait_a_429_asks_for_is_waited(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json={}, headers={"Retry-After": "7"}), httpx.Response(200, json=INVOICE))
    mindz(script).get_invoice(ACCOUNT, 42)
    assert sleeps == [7.0]


def test_woovis_retry_after_header_is_waited(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json={}, headers={"Retry-After": "2.5"}), httpx.Response(200, json=CHARGE))
    woovi(script).get_charge("order-1")
    assert sleeps == [2.5]


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (httpx.Response(400, json={"error": "Invalid correlationID"}), "Invalid correlationID"),
        (httpx.Response(400, content=b""), "Bad Request (no content type body of 0 bytes)"),
        (
            httpx.Response(400, content=b"<html>oops</html>", headers={"content-type": "text/html"}),
            "Bad Request (text/html body of 17 bytes)",
        ),
        (
            httpx.Response(400, content=b"\xff\xfe", headers={"content-type": "application/json"}),
            "Bad Request (application/json body of 2 bytes)",
        ),
    ],
)
def test_an_error_body_becomes_the_message(reply: httpx.Response, message: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        woovi(Script(reply)).get_charge("order-1")
    assert caught.value.message == message


def test_a_providers_description_is_shared_and_cannot_be_changed() -> None:
    client = Woovi(app_id=WOOVI_APP)
    with pytest.raises(dataclasses.FrozenInstanceError):
        client.provider.idempotency = lambda request: True  # type: ignore[misc]
    assert Woovi.provider is client.provider
