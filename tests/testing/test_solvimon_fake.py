"""FakeSolvimon behaves like Solvimon and never drifts from the spec."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

import payclients
from payclients import (
    APITimeoutError,
    AsyncSolvimon,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    Solvimon,
)
from payclients.testing import Call, FakeNotImplementedError, FakeSolvimon, SpecViolation


@pytest.fixture
def fake() -> FakeSolvimon:
    return FakeSolvimon()


@pytest.fixture
def client(fake: FakeSolvimon) -> Solvimon:
    return Solvimon(api_key="test", transport=fake)


def test_seeded_invoices_come_back_by_id_and_in_listings(fake: FakeSolvimon, client: Solvimon) -> None:
    ids = fake.invoice_ids
    assert len(ids) == 3
    assert client.get_invoice(ids[1]).id == ids[1]
    assert [i.id for i in client.list_invoices()] == ids
    assert [i.id for i in client.list_invoices(statuses=["FINAL"])] == [ids[2]]


def test_created_invoice_is_stored(fake: FakeSolvimon, client: Solvimon) -> None:
    from payclients_solvimon.models import CreateInvoiceRequest, InvoiceType

    customer_id = next(iter(fake.customers))
    created = client.invoices.create_invoice(
        body=CreateInvoiceRequest(type_=InvoiceType.ONE_OFF, customer_id=customer_id)
    )
    assert created.status == "DRAFT"
    assert client.get_invoice(created.id).type_ == "ONE_OFF"
    assert created.id in [i.id for i in client.list_invoices()]


def test_pagination_in_solvimons_style(fake: FakeSolvimon, client: Solvimon) -> None:
    customer_id = next(iter(fake.customers))
    for _ in range(4):
        fake.add_invoice(customer_id, lines=[("Usage", "10.00")])
    page = client.invoices.list_invoices(page=2, limit=3)
    assert page.page == 2
    assert page.total_number_of_pages == 3
    assert page.links.next_ == "/v1/invoices?page=3&limit=3"
    assert len([i for i in client.list_invoices(page_size=3)]) == 7


def test_refresh_re_pulls_only_the_named_parts(fake: FakeSolvimon, client: Solvimon) -> None:
    invoice_id = fake.invoice_ids[0]
    customer_id = fake.invoices[invoice_id]["customer_id"]
    fake.update_customer(customer_id, email="billing@acme.example", purchase_order_number="PO-42")
    fake.billing_entity["legal_name"] = "Renamed Billing B.V."

    refreshed = client.refresh_invoice(invoice_id, types=["CUSTOMER"])
    assert refreshed.customer.email == "billing@acme.example"
    assert refreshed.purchase_order_number is None
    assert refreshed.billing_entity.legal_name == "Demo Billing B.V."

    refreshed = client.refresh_invoice(invoice_id, types=["PO_NUMBER", "BILLING_ENTITY"])
    assert refreshed.purchase_order_number == "PO-42"
    assert refreshed.billing_entity.legal_name == "Renamed Billing B.V."
    assert client.get_invoice(invoice_id).purchase_order_number == "PO-42"


def test_tax_rate_refresh_recomputes_totals(fake: FakeSolvimon, client: Solvimon) -> None:
    invoice_id = fake.invoice_ids[0]
    assert client.get_invoice(invoice_id).invoice_amount_including_tax.quantity == Decimal("1210.00")
    fake.tax_percentage = fake.tax_percentage.__class__("9.00")
    assert client.refresh_invoice(invoice_id, types=["CUSTOMER"]).invoice_amount_including_tax.quantity == Decimal(
        "1210.00"
    )
    assert client.refresh_invoice(invoice_id, types=["TAX_RATES"]).invoice_amount_including_tax.quantity == Decimal(
        "1090.00"
    )


def test_final_invoices_refuse_refresh_and_changes(fake: FakeSolvimon, client: Solvimon) -> None:
    final = fake.invoice_ids[2]
    with pytest.raises(BadRequestError) as caught:
        client.refresh_invoice(final)
    assert caught.value.code == "INVALID_OPERATION"


def test_missing_invoice_is_solvimons_404(client: Solvimon) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.get_invoice("invo_missing")
    assert caught.value.code == "RESOURCE_NOT_FOUND"
    assert caught.value.error.resource_type == "INVOICE"
    assert caught.value.request_id is not None


@pytest.mark.parametrize("credentials", [{"api_key": "wrong"}, {"bearer_token": "not-a-token"}])
def test_wrong_credentials_get_solvimons_401(fake: FakeSolvimon, credentials: dict[str, str]) -> None:
    with pytest.raises(AuthenticationError) as caught:
        Solvimon(transport=fake, **credentials).get_invoice(fake.invoice_ids[0])
    assert caught.value.code == "UNAUTHORISED"


def test_bearer_tokens_can_be_accepted() -> None:
    fake = FakeSolvimon(bearer_tokens=["jwt-1"])
    assert Solvimon(bearer_token="jwt-1", transport=fake).get_invoice(fake.invoice_ids[0]).id


def test_idempotency_key_replays_the_first_answer(fake: FakeSolvimon, client: Solvimon) -> None:
    invoice_id = fake.invoice_ids[0]
    first = client.invoices.with_raw_response.refresh_invoice(invoice_id, idempotency_key="key-1")
    fake.update_customer(fake.invoices[invoice_id]["customer_id"], email="changed@acme.example")
    again = client.invoices.with_raw_response.refresh_invoice(invoice_id, idempotency_key="key-1")
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.parsed.customer.email == first.parsed.customer.email != "changed@acme.example"


def test_idempotency_key_with_another_body_is_refused(fake: FakeSolvimon, client: Solvimon) -> None:
    invoice_id = fake.invoice_ids[0]
    client.refresh_invoice(invoice_id, types=["CUSTOMER"], idempotency_key="key-2")
    with pytest.raises(BadRequestError) as caught:
        client.refresh_invoice(invoice_id, types=["TAX_RATES"], idempotency_key="key-2")
    assert caught.value.code == "IDEMPOTENCY_CHECK_FAILED"


def test_retried_write_is_applied_once(fake: FakeSolvimon, client: Solvimon, monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer to the first attempt is lost; the retry carries the same key, so one invoice is made."""
    from payclients_solvimon.models import CreateInvoiceRequest, InvoiceType

    customer_id = next(iter(fake.customers))
    before = len(fake.invoices)
    original = FakeSolvimon.create_invoice

    def create_then_lose_the_first_answer(self: FakeSolvimon, call: Call) -> httpx.Response:
        response = original(self, call)
        if len(self.requests) == 1:
            raise httpx.ReadTimeout("the answer was lost")
        return response

    monkeypatch.setattr(FakeSolvimon, "create_invoice", create_then_lose_the_first_answer)
    body = CreateInvoiceRequest(type_=InvoiceType.ONE_OFF, customer_id=customer_id)
    created = client.invoices.create_invoice(body=body)
    assert len(fake.requests) == 2
    assert fake.requests[0].headers["Idempotency-Key"] == fake.requests[1].headers["Idempotency-Key"]
    assert len(fake.invoices) == before + 1
    assert created.id in fake.invoices


def test_fault_injection(fake: FakeSolvimon) -> None:
    client = Solvimon(api_key="test", transport=fake, max_retries=0)
    invoice_id = fake.invoice_ids[0]
    fake.fail_next(2, status=503)
    for _ in range(2):
        with pytest.raises(InternalServerError) as caught:
            client.get_invoice(invoice_id)
        assert caught.value.message == "failure injected by the test"
    assert client.get_invoice(invoice_id).id == invoice_id
    fake.timeout_next()
    with pytest.raises(APITimeoutError):
        client.get_invoice(invoice_id)
    fake.reset_next()
    with pytest.raises(payclients.APIConnectionError, match="RemoteProtocolError"):
        client.get_invoice(invoice_id)
    with pytest.raises(ValueError):
        fake.fail_next(0)


def test_injected_failures_are_retried_by_the_client(fake: FakeSolvimon, client: Solvimon) -> None:
    fake.fail_next(2, status=503)
    assert client.get_invoice(fake.invoice_ids[0]).id
    assert len(fake.requests) == 3


def test_requests_that_break_the_spec_fail_loudly(fake: FakeSolvimon, client: Solvimon) -> None:
    with pytest.raises(SpecViolation, match="minimum of 1"):
        client.invoices.list_invoices(limit=0)
    with pytest.raises(SpecViolation, match="'type' is a required property"):
        client._http.post("/v1/invoices", json={"customer_id": "x"})
    with pytest.raises(SpecViolation, match="Path not found"):
        client._http.get("/v1/no-such-resource")


def test_answers_that_break_the_spec_fail_loudly(
    fake: FakeSolvimon, client: Solvimon, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FakeSolvimon, "get_invoice", lambda self, call: self.respond(200, {"status": 7}))
    with pytest.raises(SpecViolation, match="answer"):
        client.get_invoice(fake.invoice_ids[0])


def test_unsimulated_operations_say_so(fake: FakeSolvimon, client: Solvimon) -> None:
    with pytest.raises(FakeNotImplementedError, match="archive"):
        client.invoices.archive_invoice(fake.invoice_ids[0])


def test_pdf_download(fake: FakeSolvimon, client: Solvimon) -> None:
    pdf = client.invoices.download_invoice_pdf(fake.invoice_ids[0]).payload.read()
    assert pdf.startswith(b"%PDF")


@pytest.mark.anyio
async def test_the_same_fake_serves_async_clients(fake: FakeSolvimon) -> None:
    async with AsyncSolvimon(api_key="test", transport=fake) as client:
        invoice = await client.refresh_invoice(fake.invoice_ids[0], types=["FULL"])
        listed = [i.id async for i in client.list_invoices(page_size=1)]
    assert invoice.id == fake.invoice_ids[0]
    assert listed == fake.invoice_ids


def test_injected_failures_ask_for_no_backoff(fake: FakeSolvimon, client: Solvimon, sleeps: list[float]) -> None:
    fake.fail_next(2, status=500)
    client.get_invoice(fake.invoice_ids[0])
    assert sleeps == [0.0, 0.0]
    fake.fail_next(1, status=429, headers={"Retry-After": "2"})
    client.get_invoice(fake.invoice_ids[0])
    assert sleeps[-1] == 2.0


def test_missing_credentials_get_solvimons_401_not_a_spec_violation(fake: FakeSolvimon) -> None:
    bare = httpx.Client(transport=fake, base_url="https://test.api.solvimon.com")
    response = bare.get(f"/v1/invoices/{fake.invoice_ids[0]}")
    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHORISED"
