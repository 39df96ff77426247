"""Every success example Woovi documents parses through the facade method that returns it.

The bodies are in `documented_examples.yaml`, each with its source (a page of Woovi's developer docs or
an example of the official spec, both at commit bb0dddf of woovibr/woovi-developers). Each one is
answered by a scripted transport to the call a user would make, so the whole path runs: the runtime,
the generated parser and the spec it was generated from. A documented `null` (`charge.paidAt` of a
new invoice, `charge.customer` of a new charge, `charge`/`pixQrCode` of a Pix received without them)
must read as None, and the fields the spec marks required must be there.

Official examples left out, and why: GET /api/v1/transaction and GET /api/v1/payment show the list
key as an object where the API returns an array (the official schema says array too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from payclients import Woovi
from payclients.woovi import webhooks
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"
EXAMPLES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "documented_examples.yaml").read_text())[
    "examples"
]


def answered(example: dict[str, Any]) -> Woovi:
    script = Script(httpx.Response(example["status"], json=example["body"]))
    return Woovi(app_id=APP_ID, transport=script.transport())


def of(call: str) -> list[Any]:
    return [pytest.param(e, id=e["source"].split(" ", 1)[-1]) for e in EXAMPLES if e["call"] == call]


def test_every_example_is_used() -> None:
    calls = {"create_invoice", "list_invoices", "cancel_invoice", "create_charge", "create_customer"}
    calls |= {"decode_emv", "get_account_register", "webhook"}
    assert {e["call"] for e in EXAMPLES} == calls
    assert all(e["source"] for e in EXAMPLES)


@pytest.mark.parametrize("example", of("create_invoice"))
def test_create_invoice(example: dict[str, Any]) -> None:
    documented = example["body"]["invoice"]
    invoice = answered(example).create_invoice(
        billing_date="2025-08-31T23:59:59.000Z",
        charge=documented["charge"]["correlationID"],
        description=documented["description"],
        correlation_id=documented["correlationID"],
    )
    assert (invoice.id, invoice.correlation_id, invoice.value) == (
        "6a5f62d35ab4cd72544b1a48",
        documented["correlationID"],
        12990,
    )
    assert invoice.status == "PENDING"
    assert invoice.status_raw is None
    assert invoice.charge.status == "ACTIVE"
    assert invoice.charge.paid_at is None  # documented as null: the charge is not paid yet


@pytest.mark.parametrize("example", of("list_invoices"))
def test_list_invoices(example: dict[str, Any]) -> None:
    invoices = list(answered(example).list_invoices())
    assert [(i.id, i.status, i.value) for i in invoices] == [
        (d["id"], d["status"], d["value"]) for d in example["body"]["invoices"]
    ]
    assert [i.status_raw for i in invoices] == [None]


@pytest.mark.parametrize("example", of("cancel_invoice"))
def test_cancel_invoice(example: dict[str, Any]) -> None:
    assert answered(example).cancel_invoice("INV-123") is None


@pytest.mark.parametrize("example", of("create_charge"))
def test_create_charge(example: dict[str, Any]) -> None:
    documented = example["body"]["charge"]
    charge = answered(example).create_charge(value=documented["value"], correlation_id=documented["correlationID"])
    assert (charge.correlation_id, charge.status, charge.value) == (
        documented["correlationID"],
        documented["status"],
        documented["value"],
    )
    assert charge.customer is None  # documented as null: a charge created without a customer
    assert charge.br_code == documented["brCode"]


@pytest.mark.parametrize("example", of("create_customer"))
def test_create_customer(example: dict[str, Any]) -> None:
    documented = example["body"]["customer"]
    # the docs mask the tax id of their response ("360..."), so the request sends a well-formed one
    customer = answered(example).create_customer(name=documented["name"], tax_id="31324227036")
    assert customer.name == documented["name"]
    assert (customer.tax_id.tax_id, customer.tax_id.type_) == (
        documented["taxID"]["taxID"],
        documented["taxID"]["type"],
    )


@pytest.mark.parametrize("example", of("decode_emv"))
def test_decode_emv(example: dict[str, Any]) -> None:
    from payclients_woovi.models import EmvDecodeRequest, EmvDecodeResponse

    decoded = answered(example).qr_codes.decode_emv(body=EmvDecodeRequest(emv="000201..."))
    assert isinstance(decoded, EmvDecodeResponse)
    body = example["body"]
    assert decoded.emv.merchant_name == body["emv"]["merchantName"]
    for documented_null in ("cobLocation", "recLocation"):
        if body.get(documented_null, "absent") is None:
            attribute = "cob_location" if documented_null == "cobLocation" else "rec_location"
            assert getattr(decoded, attribute) is None


@pytest.mark.parametrize("example", of("get_account_register"))
def test_get_account_register(example: dict[str, Any]) -> None:
    from payclients_woovi.models import AccountRegister

    register = answered(example).account_registers.get_account_register(correlation_id="my-unique-id")
    assert isinstance(register, AccountRegister)
    assert (register.correlation_id, register.status) == ("my-unique-id", "APPROVED")
    assert register.request_reason is None  # documented as null


@pytest.mark.parametrize("example", of("webhook"))
def test_webhook(example: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    body = example["body"]
    with caplog.at_level(logging.WARNING, logger="payclients"):
        event = webhooks.parse_event(body)
    typed: Callable[..., Any] | None = webhooks.EVENT_MODELS.get(body.get("event", ""))
    if typed is None:  # the static QR code example carries no `event`
        assert isinstance(event, webhooks.WebhookPayload)
    else:
        assert type(event) is typed, caplog.text
    assert caplog.text == ""
