"""Woovi NFS-e invoices: create_invoice's rules, its request body, and the invoice conveniences.

The cassettes (cassettes/test_invoices/) hold the requests and responses of Woovi's guide "Como emitir
uma nota fiscal via API" and of the official spec; each names its source at the top. Replayed with the
network blocked; the body of every POST must match the recording.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest

from payclients import AsyncWoovi, BadRequestError, NotFoundError, ParameterError, ResponseValidationError, Woovi
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"

# The documented request of "Emitindo informando valor e cliente" (invoice-how-to-issue-via-api.md).
CUSTOMER: dict[str, Any] = {
    "taxID": "31324227036",
    "name": "John Doe",
    "email": "john@example.com",
    "phone": "5511999999999",
    "address": {"country": "BR", "zipcode": "01001000", "street": "Praça da Sé", "number": "1", "state": "SP"},
}
DOCUMENTED_REQUEST = {
    "correlationID": "nfse-avulsa-001",
    "billingDate": "2025-08-28T03:00:00.000Z",
    "value": 15000,
    "description": "Mensalidade de suporte",
    "customer": CUSTOMER,
}
CREATED = {
    "invoice": {
        "id": "67001bbf0b0621890af7dc29",
        "correlationID": "nfse-avulsa-001",
        "value": 15000,
        "date": "2025-08-28T13:12:44.108Z",
        "billingDate": "2025-08-28T03:00:00.000Z",
        "status": "PENDING",
    }
}


@pytest.fixture
def woovi() -> Woovi:
    return Woovi(app_id=APP_ID)


def scripted(*replies: Any) -> tuple[Woovi, Script]:
    script = Script(*(replies or (httpx.Response(201, json=CREATED),)))
    return Woovi(app_id=APP_ID, transport=script.transport()), script


def customer(**changes: Any) -> dict[str, Any]:
    """The documented customer with some fields changed (None removes one)."""
    changed = {**CUSTOMER, "address": dict(CUSTOMER["address"])}
    for key, value in changes.items():
        target, field = (
            (changed["address"], key.removeprefix("address_")) if key.startswith("address_") else (changed, key)
        )
        if value is None:
            target.pop(field)
        else:
            target[field] = value
    return changed


# -- against the documented examples ---------------------------------------------------------------------------------


@pytest.mark.vcr
def test_create_invoice_by_value(woovi: Woovi) -> None:
    from payclients_woovi.models import Invoice, InvoiceStatus

    invoice = woovi.create_invoice(
        billing_date="2025-08-28",
        value=15000,
        description="Mensalidade de suporte",
        customer=CUSTOMER,
        correlation_id="nfse-avulsa-001",
    )
    assert isinstance(invoice, Invoice)
    assert invoice.id == "67001bbf0b0621890af7dc29"
    assert invoice.correlation_id == "nfse-avulsa-001"
    assert invoice.value == 15000
    assert invoice.status is InvoiceStatus.PENDING
    assert invoice.billing_date == dt.datetime(2025, 8, 28, tzinfo=dt.UTC)
    assert invoice.customer.name == "John Doe"


@pytest.mark.vcr
def test_create_invoice_from_a_charge(woovi: Woovi) -> None:
    invoice = woovi.create_invoice(
        billing_date=dt.date(2025, 8, 28),
        charge="cobranca-pedido-1042",
        description="Consultoria de software",
        correlation_id="nfse-pedido-1042",
    )
    assert invoice.value == 7000  # from the charge
    assert invoice.charge.correlation_id == "cobranca-pedido-1042"
    assert invoice.charge.status == "COMPLETED"


@pytest.mark.vcr
def test_list_invoices(woovi: Woovi) -> None:
    invoices = list(woovi.list_invoices(start="2025-08-01", end=dt.date(2025, 8, 31)))
    assert [(i.correlation_id, i.status) for i in invoices] == [("nfse-pedido-1042", "CONFIRMED")]


@pytest.mark.vcr
def test_cancel_invoice(woovi: Woovi) -> None:
    assert woovi.cancel_invoice("nfse-pedido-1042") is None


@pytest.mark.vcr
def test_cancel_an_unconfirmed_invoice_raises_bad_request(woovi: Woovi) -> None:
    with pytest.raises(BadRequestError) as caught:
        woovi.cancel_invoice("nfse-avulsa-001")
    assert caught.value.message == "Cannot cancel a not confirmed invoice"


@pytest.mark.vcr
def test_get_invoice_pdf(woovi: Woovi) -> None:
    pdf = woovi.get_invoice_pdf("nfse-pedido-1042")
    assert isinstance(pdf, bytes)
    assert pdf.startswith(b"%PDF-")


@pytest.mark.vcr
def test_get_invoice_xml(woovi: Woovi) -> None:
    xml = woovi.get_invoice_xml("nfse-pedido-1042")
    assert isinstance(xml, bytes)
    assert xml.startswith(b"<?xml") and b"<Numero>123</Numero>" in xml


@pytest.mark.vcr
def test_get_missing_invoice_pdf_raises_not_found(woovi: Woovi) -> None:
    with pytest.raises(NotFoundError) as caught:
        woovi.get_invoice_pdf("nfse-missing")
    assert caught.value.message == "Invoice not found"


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_create_invoice() -> None:
    async with AsyncWoovi(app_id=APP_ID) as woovi:
        invoice = await woovi.create_invoice(
            billing_date="2025-08-28",
            value=15000,
            description="Mensalidade de suporte",
            customer=CUSTOMER,
            correlation_id="nfse-avulsa-001",
        )
    assert invoice.id == "67001bbf0b0621890af7dc29"


def test_the_body_is_exactly_the_documented_request_example() -> None:
    woovi, script = scripted()
    woovi.create_invoice(
        billing_date="2025-08-28",
        value=15000,
        description="Mensalidade de suporte",
        customer=CUSTOMER,
        correlation_id="nfse-avulsa-001",
    )
    request = script.requests[0]
    assert request.method == "POST"
    assert request.url == "https://api.woovi.com/api/v1/invoice"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == DOCUMENTED_REQUEST


def _violations(value: Any, schema: dict[str, Any], schemas: dict[str, Any], where: str) -> list[str]:
    """What in `value` breaks `schema` of our spec: required fields, unknown fields, types (a small check)."""
    if "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{where}: not an object"]
        found = [f"{where}.{key}: required" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key not in schema.get("properties", {}):
                found.append(f"{where}.{key}: not in the spec")
            else:
                found += _violations(item, schema["properties"][key], schemas, f"{where}.{key}")
        return found
    python = {"string": str, "integer": int}.get(str(kind))
    return [] if python is None or isinstance(value, python) else [f"{where}: not a {kind}"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"value": 1500, "customer": CUSTOMER},
        {"value": 1500, "customer_id": "cus_123", "description": "Suporte"},
        {"charge": "cobranca-pedido-1042"},
    ],
)
def test_the_body_satisfies_our_spec(kwargs: dict[str, Any]) -> None:
    import pathlib

    import yaml

    spec = yaml.safe_load((pathlib.Path(__file__).parents[2] / "specs" / "woovi.yaml").read_text())
    operation = spec["paths"]["/api/v1/invoice"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    script = Script(httpx.Response(201, json=CREATED))
    woovi = Woovi(app_id=APP_ID, base_url="https://api.woovi-sandbox.com", transport=script.transport())
    invoice = woovi.create_invoice(billing_date=dt.date(2026, 8, 28), **kwargs)
    assert invoice.id == "67001bbf0b0621890af7dc29"
    assert script.requests[0].url == "https://api.woovi-sandbox.com/api/v1/invoice"
    body = script.json_bodies()[0]
    assert _violations(body, schema, spec["components"]["schemas"], "body") == []
    one_of = operation["x-payclients-one-of-required"]
    assert sum(all(key in body for key in group) for group in one_of) == 1


def test_the_body_from_a_charge_is_the_documented_one() -> None:
    woovi, script = scripted()
    woovi.create_invoice(
        billing_date="2025-08-28",
        charge="cobranca-pedido-1042",
        description="Consultoria de software",
        correlation_id="nfse-pedido-1042",
    )
    assert script.json_bodies() == [
        {
            "correlationID": "nfse-pedido-1042",
            "billingDate": "2025-08-28T03:00:00.000Z",
            "charge": "cobranca-pedido-1042",
            "description": "Consultoria de software",
        }
    ]


def test_customer_id_is_sent_as_customerId() -> None:
    woovi, script = scripted()
    woovi.create_invoice(billing_date="2025-08-28", value=1500, customer_id="cus_123", correlation_id="nfse-1")
    assert script.json_bodies() == [
        {"correlationID": "nfse-1", "billingDate": "2025-08-28T03:00:00.000Z", "value": 1500, "customerId": "cus_123"}
    ]


def test_the_generated_customer_model_is_accepted() -> None:
    from payclients_woovi.models import InvoiceCustomerInput

    woovi, script = scripted()
    woovi.create_invoice(
        billing_date="2025-08-28",
        value=15000,
        description="Mensalidade de suporte",
        customer=InvoiceCustomerInput.from_dict(CUSTOMER),
        correlation_id="nfse-avulsa-001",
    )
    assert script.json_bodies() == [DOCUMENTED_REQUEST]


def test_an_optional_address_complement_is_sent() -> None:
    woovi, script = scripted()
    woovi.create_invoice(billing_date="2025-08-28", value=1, customer=customer(address_complement="Sala 2"))
    assert script.json_bodies()[0]["customer"]["address"]["complement"] == "Sala 2"


# -- billingDate -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        # a plain date is its first instant in Brasilia time (UTC-03:00), the same day in UTC
        (dt.date(2025, 8, 28), "2025-08-28T03:00:00.000Z"),
        ("2025-08-28", "2025-08-28T03:00:00.000Z"),
        (dt.date(2025, 12, 31), "2025-12-31T03:00:00.000Z"),
        (dt.datetime(2025, 8, 31, 23, 59, 59, tzinfo=dt.UTC), "2025-08-31T23:59:59.000Z"),
        (
            dt.datetime(2025, 8, 31, 20, 59, 59, 123456, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
            "2025-08-31T23:59:59.123Z",
        ),
        ("2025-08-31T23:59:59.000Z", "2025-08-31T23:59:59.000Z"),
        ("2025-08-31T20:59:59-03:00", "2025-08-31T23:59:59.000Z"),
    ],
)
def test_billing_date_is_sent_as_a_utc_date_time(given: Any, sent: str) -> None:
    woovi, script = scripted()
    woovi.create_invoice(billing_date=given, value=1500, customer_id="cus_123")
    assert script.json_bodies()[0]["billingDate"] == sent


# -- the rules of create_invoice, one test each; nothing is sent when one is broken ------------------------------------


def refused(param: str, **kwargs: Any) -> ParameterError:
    woovi, script = scripted()
    arguments = {"billing_date": "2025-08-28", **kwargs}
    with pytest.raises(ParameterError) as caught:
        woovi.create_invoice(**arguments)
    assert caught.value.param == param, str(caught.value)
    assert str(caught.value).startswith(f"{param}: ")
    assert script.requests == []
    return caught.value


def test_billing_date_is_required() -> None:
    refused("billing_date", billing_date=None, value=1500, customer_id="cus_123")


def test_billing_date_must_not_be_naive() -> None:
    error = refused("billing_date", billing_date=dt.datetime(2025, 8, 28, 10), value=1500, customer_id="cus_123")
    assert "naive" in str(error)


def test_billing_date_string_without_an_offset_is_naive() -> None:
    refused("billing_date", billing_date="2025-08-28T10:00:00", value=1500, customer_id="cus_123")


def test_billing_date_must_be_iso_8601() -> None:
    refused("billing_date", billing_date="28/08/2025", value=1500, customer_id="cus_123")


def test_billing_date_of_another_type_is_refused() -> None:
    refused("billing_date", billing_date=20250828, value=1500, customer_id="cus_123")


def test_value_or_charge_is_required() -> None:
    error = refused("value", customer_id="cus_123")
    assert "charge" in str(error)


def test_value_and_charge_together_are_refused() -> None:
    error = refused("charge", value=1500, charge="cobranca-1", customer_id="cus_123")
    assert "not both" in str(error)


@pytest.mark.parametrize("bad", [15.0, "1500", True])
def test_value_must_be_whole_cents(bad: Any) -> None:
    refused("value", value=bad, customer_id="cus_123")


@pytest.mark.parametrize("bad", [0, -100])
def test_value_must_be_positive(bad: int) -> None:
    refused("value", value=bad, customer_id="cus_123")


@pytest.mark.parametrize("bad", ["", "  ", 42])
def test_charge_must_be_a_correlation_id(bad: Any) -> None:
    refused("charge", charge=bad)


def test_an_invoice_by_value_needs_a_customer() -> None:
    error = refused("customer", value=1500)
    assert "customer_id" in str(error)


def test_customer_id_and_customer_together_are_refused() -> None:
    refused("customer_id", value=1500, customer_id="cus_123", customer=CUSTOMER)


@pytest.mark.parametrize("bad", ["", "   ", 7])
def test_customer_id_must_be_a_correlation_id(bad: Any) -> None:
    refused("customer_id", value=1500, customer_id=bad)


def test_customer_must_be_a_mapping() -> None:
    refused("customer", value=1500, customer=["31324227036", "John Doe"])


@pytest.mark.parametrize("field", ["taxID", "name", "email", "phone", "address"])
def test_each_customer_field_is_required(field: str) -> None:
    refused(f"customer.{field}", value=1500, customer=customer(**{field: None}))


@pytest.mark.parametrize("field", ["country", "zipcode", "street", "number", "state"])
def test_each_address_field_is_required(field: str) -> None:
    refused(f"customer.address.{field}", value=1500, customer=customer(**{f"address_{field}": None}))


def test_customer_fields_must_not_be_blank() -> None:
    refused("customer.name", value=1500, customer=customer(name="  "))


def test_address_fields_must_be_strings() -> None:
    refused("customer.address.number", value=1500, customer=customer(address_number=1))


def test_address_must_be_a_mapping() -> None:
    refused("customer.address", value=1500, customer=customer(address="Praça da Sé, 1"))


def test_an_unknown_customer_field_is_named() -> None:
    data = customer(taxID=None)
    data["tax_id"] = "31324227036"
    error = refused("customer.tax_id", value=1500, customer=data)
    assert "taxID" in str(error)


def test_an_unknown_address_field_is_named() -> None:
    data = customer()
    data["address"]["zipCode"] = "01001000"
    refused("customer.address.zipCode", value=1500, customer=data)


@pytest.mark.parametrize("bad", ["313.242.270-36", "3132422703", "ABC"])
def test_customer_tax_id_must_be_cpf_or_cnpj_characters(bad: str) -> None:
    refused("customer.taxID", value=1500, customer=customer(taxID=bad))


def test_a_cnpj_tax_id_is_accepted() -> None:
    woovi, script = scripted()
    woovi.create_invoice(billing_date="2025-08-28", value=1500, customer=customer(taxID="12345678000195"))
    assert script.json_bodies()[0]["customer"]["taxID"] == "12345678000195"


def test_customer_email_must_be_an_address() -> None:
    refused("customer.email", value=1500, customer=customer(email="john at example"))


@pytest.mark.parametrize("bad", ["São Paulo", "sp", "S"])
def test_address_state_is_a_two_letter_code(bad: str) -> None:
    refused("customer.address.state", value=1500, customer=customer(address_state=bad))


@pytest.mark.parametrize("bad", ["", "  ", 123])
def test_correlation_id_must_be_a_non_empty_string(bad: Any) -> None:
    refused("correlation_id", value=1500, customer_id="cus_123", correlation_id=bad)


def test_description_must_be_text() -> None:
    refused("description", value=1500, customer_id="cus_123", description=42)


# -- correlationID: one per call, kept on every retry ------------------------------------------------------------------


def test_a_new_correlation_id_per_call() -> None:
    woovi, script = scripted()
    woovi.create_invoice(billing_date="2025-08-28", value=1500, customer_id="cus_123")
    woovi.create_invoice(billing_date="2025-08-28", value=1500, customer_id="cus_123")
    first, second = (body["correlationID"] for body in script.json_bodies())
    assert first != second
    assert len(first) == 36  # a UUID


def test_the_same_correlation_id_is_sent_on_every_retry(sleeps: list[float]) -> None:
    woovi, script = scripted(
        httpx.Response(502, json={"error": "Bad gateway"}),
        httpx.ReadTimeout("read timed out"),
        httpx.Response(201, json=CREATED),
    )
    invoice = woovi.create_invoice(billing_date="2025-08-28", value=1500, customer_id="cus_123")
    assert invoice.status == "PENDING"
    bodies = script.json_bodies()
    assert len(bodies) == 3
    assert len({body["correlationID"] for body in bodies}) == 1
    assert bodies[0] == bodies[1] == bodies[2]
    assert len(sleeps) == 2


def test_a_response_without_the_invoice_is_a_validation_error() -> None:
    woovi, _ = scripted(httpx.Response(201, json={"success": True}))
    with pytest.raises(ResponseValidationError, match="invoice"):
        woovi.create_invoice(billing_date="2025-08-28", value=1500, customer_id="cus_123")


def test_cancel_answered_with_success_false_is_not_taken_for_done() -> None:
    woovi, _ = scripted(httpx.Response(200, json={"success": False}))
    with pytest.raises(ResponseValidationError, match="success"):
        woovi.cancel_invoice("nfse-1")


@pytest.mark.anyio
async def test_async_create_invoice_checks_the_same_rules() -> None:
    script = Script(httpx.Response(201, json=CREATED))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as woovi:
        with pytest.raises(ParameterError) as caught:
            await woovi.create_invoice(billing_date="2025-08-28", value=1500, customer=customer(address_zipcode=None))
        assert caught.value.param == "customer.address.zipcode"
        invoice = await woovi.create_invoice(billing_date=dt.date(2025, 8, 28), value=1500, customer_id="cus_123")
    assert invoice.correlation_id == "nfse-avulsa-001"
    assert len(script.requests) == 1


@pytest.mark.anyio
async def test_async_invoice_downloads_and_cancel() -> None:
    script = Script(
        httpx.Response(200, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}),
        httpx.Response(200, content=b"<xml/>", headers={"Content-Type": "application/xml"}),
        httpx.Response(200, json={"success": True}),
    )
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as woovi:
        assert await woovi.get_invoice_pdf("nfse-1") == b"%PDF-1.4"
        assert await woovi.get_invoice_xml("nfse-1") == b"<xml/>"
        assert await woovi.cancel_invoice("nfse-1") is None
    assert [str(r.url) for r in script.requests] == [
        "https://api.woovi.com/api/v1/invoice/nfse-1/pdf",
        "https://api.woovi.com/api/v1/invoice/nfse-1/xml",
        "https://api.woovi.com/api/v1/invoice/nfse-1/cancel",
    ]
