"""FakeWoovi behaves like Woovi (correlationID rules, invoice lifecycle, skip/limit) and follows the spec.

Exercised through the generated Woovi resources on the shared runtime, i.e. over the same HTTP the
Woovi client speaks.
"""

from __future__ import annotations

import pytest

from payclients import AuthenticationError, BadRequestError, InternalServerError
from payclients._auth import CredentialHeaders
from payclients._base_client import SyncAPIClient
from payclients._provider import ErrorDetails, Provider, decode_json_body
from payclients.testing import FakeWoovi, SpecViolation


def _error(response: object) -> ErrorDetails | None:
    body = decode_json_body(response)  # type: ignore[arg-type]
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return ErrorDetails(message=body["error"])
    if isinstance(body, dict) and body.get("errors"):
        return ErrorDetails(message=body["errors"][0]["message"])
    return None


class WooviOverHTTP(SyncAPIClient):
    provider = Provider(name="Woovi", generated_package="payclients_woovi", parse_error=_error)

    def __init__(self, fake: FakeWoovi, app_id: str = "test") -> None:
        super().__init__(
            base_url="https://api.woovi.com", auth=CredentialHeaders({"Authorization": app_id}), transport=fake
        )


@pytest.fixture
def fake() -> FakeWoovi:
    return FakeWoovi()


@pytest.fixture
def woovi(fake: FakeWoovi) -> WooviOverHTTP:
    return WooviOverHTTP(fake)


def customer_input() -> object:
    from payclients_woovi.models import InvoiceCustomerInput

    return InvoiceCustomerInput.from_dict(
        {
            "taxID": "12345678909",
            "name": "Maria Silva",
            "email": "maria@example.com.br",
            "phone": "+5511999990000",
            "address": {
                "country": "BR",
                "zipcode": "01310100",
                "street": "Av. Paulista",
                "number": "1000",
                "state": "SP",
            },
        }
    )


def test_invoice_lifecycle(fake: FakeWoovi, woovi: WooviOverHTTP) -> None:
    from payclients_woovi.models import InvoiceCreateRequest, InvoiceStatus

    body = InvoiceCreateRequest(
        correlation_id="nfse-1", billing_date="2026-11-21", value=1500, customer=customer_input()
    )
    created = woovi.invoices.create_invoice(body=body).invoice
    assert created.status is InvoiceStatus.PENDING
    assert created.customer.name == "Maria Silva"

    with pytest.raises(BadRequestError, match="not confirmed"):
        woovi.invoices.cancel_invoice("nfse-1")
    with pytest.raises(InternalServerError):
        woovi.invoices.get_invoice_pdf("nfse-1")

    fake.process_invoices()
    assert woovi.invoices.list_invoices().first_page().invoices[0].status is InvoiceStatus.PROCESSING
    fake.process_invoices()
    assert woovi.invoices.get_invoice_pdf("nfse-1").payload.read().startswith(b"%PDF")
    assert woovi.invoices.get_invoice_xml("nfse-1").payload.read().startswith(b"<?xml")
    assert woovi.invoices.cancel_invoice("nfse-1").success is True
    assert woovi.invoices.list_invoices().first_page().invoices[0].status is InvoiceStatus.CANCELED


def test_invoice_rules(woovi: WooviOverHTTP) -> None:
    from payclients_woovi.models import InvoiceCreateRequest

    with pytest.raises(BadRequestError, match="Customer is required"):
        woovi.invoices.create_invoice(
            body=InvoiceCreateRequest(correlation_id="a", billing_date="2026-11-21", value=10)
        )
    with pytest.raises(BadRequestError, match="Charge not found"):
        woovi.invoices.create_invoice(
            body=InvoiceCreateRequest(correlation_id="b", billing_date="2026-11-21", charge="x")
        )
    by_charge = woovi.invoices.create_invoice(
        body=InvoiceCreateRequest(correlation_id="c", billing_date="2026-11-21", charge="order-1001")
    ).invoice
    assert by_charge.value == 4990
    with pytest.raises(BadRequestError, match="correlationID"):
        woovi.invoices.create_invoice(
            body=InvoiceCreateRequest(correlation_id="c", billing_date="2026-11-21", charge="order-1001")
        )


def test_charge_correlation_id_is_unique_unless_return_existing(woovi: WooviOverHTTP) -> None:
    from payclients_woovi.models import ChargeCreateRequest

    first = woovi.charges.create_charge(body=ChargeCreateRequest(correlation_id="order-2", value=1000))
    with pytest.raises(BadRequestError, match="correlationID"):
        woovi.charges.create_charge(body=ChargeCreateRequest(correlation_id="order-2", value=1000))
    again = woovi.charges.create_charge(
        body=ChargeCreateRequest(correlation_id="order-2", value=1000), return_existing=True
    )
    assert again.charge.transaction_id == first.charge.transaction_id
    assert woovi.charges.get_charge("order-2").charge.value == 1000
    with pytest.raises(BadRequestError, match="Charge not found"):
        woovi.charges.get_charge("order-404")


def test_listings_page_with_skip_and_limit(fake: FakeWoovi, woovi: WooviOverHTTP) -> None:
    for n in range(5):
        fake.add_charge(correlation_id=f"bulk-{n}", value=100 + n)
    page = woovi.charges.list_charges(skip=2, limit=2).first_page()
    assert [c.correlation_id for c in page.charges] == ["bulk-1", "bulk-2"]
    assert page.page_info.has_next_page is True
    assert page.page_info.has_previous_page is True
    last = woovi.charges.list_charges(skip=4, limit=2).first_page()
    assert last.page_info.has_next_page is False
    assert woovi.customers.list_customers(limit=1).first_page().page_info.total_count == 2


def test_refund_of_a_paid_charge(fake: FakeWoovi, woovi: WooviOverHTTP) -> None:
    from payclients_woovi.models import RefundCreateRequest

    paid = fake.charges["order-1001"]
    refund = woovi.refunds.create_refund(
        body=RefundCreateRequest(value=990, transaction_end_to_end_id=paid["transactionID"], correlation_id="rf-1")
    ).refund
    assert refund.status == "IN_PROCESSING"
    assert [r.correlation_id for r in woovi.refunds.list_refunds().first_page().refunds] == ["rf-1"]


def test_wrong_app_id_gets_wooviis_401_body(fake: FakeWoovi) -> None:
    with pytest.raises(AuthenticationError, match="appID inválido"):
        WooviOverHTTP(fake, app_id="wrong").charges.list_charges().first_page()


def test_requests_are_checked_against_the_spec(woovi: WooviOverHTTP) -> None:
    with pytest.raises(SpecViolation):
        woovi.charges.list_charges(limit=0).first_page()
    with pytest.raises(SpecViolation, match="required"):
        woovi._http.post("/api/v1/invoice", json={"value": 10})
