"""examples/webhooks_fastapi.py with FastAPI's TestClient."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from payclients.testing.webhooks import SignedWebhooks

from .conftest import (
    CHARGE_COMPLETED,
    MINDZ_ISSUED,
    MINDZ_SECRET,
    SOLVIMON_INVOICE_CREATED,
    SOLVIMON_NEW,
    SOLVIMON_OLD,
    SOLVIMON_SECRETS,
    load_example,
    reformatted,
)

example = load_example("webhooks_fastapi")


@pytest.fixture
def app() -> Any:
    from payclients.woovi.webhooks import AsyncWebhookVerifier

    return example.create_app(
        woovi_verifier=AsyncWebhookVerifier(), mindz_secret=MINDZ_SECRET, solvimon_secrets=SOLVIMON_SECRETS
    )


@pytest.fixture
def client(app: Any) -> TestClient:
    return TestClient(app)


def test_a_signed_woovi_delivery_is_accepted_and_routed(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    body, headers = signed_webhook.woovi(CHARGE_COMPLETED)
    assert client.post("/webhooks/woovi", content=body, headers=headers).status_code == 200
    assert client.app.state.handled == [("woovi:paid", "order-1001")]  # type: ignore[attr-defined]


def test_an_unknown_woovi_event_type_goes_to_the_fallback(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    body, headers = signed_webhook.woovi({"event": "OPENPIX:SOMETHING_NEW", "thing": {}})
    assert client.post("/webhooks/woovi", content=body, headers=headers).status_code == 200
    assert client.app.state.handled == [("woovi:other", "OPENPIX:SOMETHING_NEW")]  # type: ignore[attr-defined]


def test_a_tampered_woovi_delivery_gets_400(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    body, headers = signed_webhook.woovi(CHARGE_COMPLETED).tampered()
    assert client.post("/webhooks/woovi", content=body, headers=headers).status_code == 400
    assert client.app.state.handled == []  # type: ignore[attr-defined]


def test_the_raw_woovi_body_is_verified_not_a_reparsed_one(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    pretty = reformatted(signed_webhook.woovi(CHARGE_COMPLETED).body)
    body, headers = signed_webhook.woovi(pretty)  # signed as sent, whitespace and all
    assert client.post("/webhooks/woovi", content=body, headers=headers).status_code == 200
    _, compact_headers = signed_webhook.woovi(CHARGE_COMPLETED)
    assert client.post("/webhooks/woovi", content=pretty, headers=compact_headers).status_code == 400


def test_a_signed_mindz_delivery_is_accepted_and_routed(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    body, headers = signed_webhook.mindz(MINDZ_ISSUED, secret=MINDZ_SECRET)
    assert client.post("/webhooks/mindz", content=body, headers=headers).status_code == 200
    assert client.app.state.handled == [("mindz:issued", 42)]  # type: ignore[attr-defined]


def test_a_tampered_or_wrongly_signed_mindz_delivery_gets_400(
    client: TestClient, signed_webhook: SignedWebhooks
) -> None:
    tampered = signed_webhook.mindz(MINDZ_ISSUED, secret=MINDZ_SECRET).tampered()
    stranger = signed_webhook.mindz(MINDZ_ISSUED, secret="not-the-secret")
    for body, headers in (tampered, stranger):
        assert client.post("/webhooks/mindz", content=body, headers=headers).status_code == 400
    assert client.app.state.handled == []  # type: ignore[attr-defined]


def test_the_raw_mindz_body_is_verified_not_a_reparsed_one(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    pretty = reformatted(signed_webhook.mindz(MINDZ_ISSUED).body)
    body, headers = signed_webhook.mindz(pretty, secret=MINDZ_SECRET)
    assert client.post("/webhooks/mindz", content=body, headers=headers).status_code == 200
    _, compact_headers = signed_webhook.mindz(MINDZ_ISSUED, secret=MINDZ_SECRET)
    assert client.post("/webhooks/mindz", content=pretty, headers=compact_headers).status_code == 400


def test_a_signed_solvimon_delivery_is_accepted_and_routed(client: TestClient, signed_webhook: SignedWebhooks) -> None:
    body, headers = signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED, secret=SOLVIMON_NEW)
    assert client.post("/webhooks/solvimon", content=body, headers=headers).status_code == 200
    assert client.app.state.handled == [("solvimon:invoice", "inv_1")]  # type: ignore[attr-defined]


@pytest.mark.parametrize("secret", [SOLVIMON_NEW, SOLVIMON_OLD], ids=["first-secret", "last-secret"])
def test_either_solvimon_secret_of_a_roll_is_accepted(
    client: TestClient, signed_webhook: SignedWebhooks, secret: str
) -> None:
    body, headers = signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED, secret=secret)
    assert client.post("/webhooks/solvimon", content=body, headers=headers).status_code == 200
    assert client.app.state.handled == [("solvimon:invoice", "inv_1")]  # type: ignore[attr-defined]


def test_an_unknown_solvimon_event_type_goes_to_the_fallback(
    client: TestClient, signed_webhook: SignedWebhooks
) -> None:
    payload = {"type": "METER.CREATED", "data": {"id": "met_1"}}
    body, headers = signed_webhook.solvimon(payload, secret=SOLVIMON_OLD)
    assert client.post("/webhooks/solvimon", content=body, headers=headers).status_code == 200
    assert client.app.state.handled == [("solvimon:other", "METER.CREATED")]  # type: ignore[attr-defined]


def test_a_tampered_stale_or_wrongly_signed_solvimon_delivery_gets_400(
    client: TestClient, signed_webhook: SignedWebhooks
) -> None:
    stale = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6)
    refused = [
        signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED, secret=SOLVIMON_NEW).tampered(),
        signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED, secret=SOLVIMON_NEW, timestamp=stale),
        signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED, secret="whsec_not_ours"),
    ]
    for body, headers in refused:
        assert client.post("/webhooks/solvimon", content=body, headers=headers).status_code == 400
    assert client.app.state.handled == []  # type: ignore[attr-defined]


def test_the_raw_solvimon_body_is_verified_not_a_reparsed_one(
    client: TestClient, signed_webhook: SignedWebhooks
) -> None:
    pretty = reformatted(signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED).body)
    body, headers = signed_webhook.solvimon(pretty, secret=SOLVIMON_NEW)
    assert client.post("/webhooks/solvimon", content=body, headers=headers).status_code == 200
    _, compact_headers = signed_webhook.solvimon(SOLVIMON_INVOICE_CREATED, secret=SOLVIMON_NEW)
    assert client.post("/webhooks/solvimon", content=pretty, headers=compact_headers).status_code == 400
