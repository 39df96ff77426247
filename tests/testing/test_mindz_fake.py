"""FakeMindz: MindzPay invoices with DRF pages and errors, over the same HTTP the Mindz client speaks."""

from __future__ import annotations

import io
from decimal import Decimal

import httpx
import pytest

from payclients import AuthenticationError, BadRequestError, NotFoundError
from payclients._auth import CredentialHeaders
from payclients._base_client import SyncAPIClient
from payclients._provider import ErrorDetails, Provider, decode_json_body
from payclients.testing import FakeMindz, SpecViolation

ACCOUNT = "acct_demo"


def _error(response: httpx.Response) -> ErrorDetails | None:
    body = decode_json_body(response)
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return ErrorDetails(message=body["detail"])
    if isinstance(body, dict):
        return ErrorDetails(message="invalid", field_errors={k: list(v) for k, v in body.items()})
    return None


class MindzOverHTTP(SyncAPIClient):
    provider = Provider(name="Mindz", generated_package="payclients_mindz", parse_error=_error)

    def __init__(self, fake: FakeMindz, auth: httpx.Auth | None = None) -> None:
        super().__init__(
            base_url="https://demo.mindz.com.br/api/v2",
            auth=auth or CredentialHeaders({"App-Id": "test-app", "Api-Key": "test-key"}),
            transport=fake,
        )


@pytest.fixture
def fake() -> FakeMindz:
    return FakeMindz()


@pytest.fixture
def mindz(fake: FakeMindz) -> MindzOverHTTP:
    return MindzOverHTTP(fake)


def test_refresh_settles_what_the_issuer_decided(fake: FakeMindz, mindz: MindzOverHTTP) -> None:
    issuing = fake.invoice_ids()[0]
    assert mindz.mindzpay_invoices.get_mindz_pay_invoice(ACCOUNT, issuing).status == 1
    assert mindz.mindzpay_invoices.refresh_mindz_pay_invoice(ACCOUNT, issuing).status == 2
    fake.issuer_fails = True
    failing = fake.add_invoice(ACCOUNT, status=1)["id"]
    assert mindz.mindzpay_invoices.refresh_mindz_pay_invoice(ACCOUNT, failing).status == 3


def test_cancel_then_refresh_then_reissue(fake: FakeMindz, mindz: MindzOverHTTP) -> None:
    issuing, issued, failed = fake.invoice_ids()
    invoices = mindz.mindzpay_invoices
    assert invoices.cancel_mindz_pay_invoice(ACCOUNT, issued).status == 4
    assert invoices.refresh_mindz_pay_invoice(ACCOUNT, issued).status == 5
    with pytest.raises(BadRequestError, match="cancelar"):
        invoices.cancel_mindz_pay_invoice(ACCOUNT, issuing)
    assert invoices.reissue_mindz_pay_invoice(ACCOUNT, failed).status == 1
    with pytest.raises(BadRequestError, match="reemitir"):
        invoices.reissue_mindz_pay_invoice(ACCOUNT, issued)


def test_create_stores_the_invoice_and_its_file(mindz: MindzOverHTTP) -> None:
    from payclients_mindz.models import MindzPayInvoiceRequest
    from payclients_mindz.types import File

    body = MindzPayInvoiceRequest(
        file=File(payload=io.BytesIO(b"%PDF-1.4"), file_name="nfe.pdf", mime_type="application/pdf"),
        nfe_id="35261100000000000199",
        payment=42,
        client=7,
        amount="250.00",
    )
    created = mindz.mindzpay_invoices.create_mindz_pay_invoice(ACCOUNT, body=body)
    assert created.amount == Decimal("250.00")
    assert created.payment == 42
    assert created.file.endswith("/nfe.pdf")
    assert mindz.mindzpay_invoices.get_mindz_pay_invoice(ACCOUNT, created.id).nfe_id == "35261100000000000199"


def test_field_errors_are_drf_shaped(mindz: MindzOverHTTP) -> None:
    from payclients_mindz.models import MindzPayInvoiceRequest
    from payclients_mindz.types import File

    body = MindzPayInvoiceRequest(file=File(payload=io.BytesIO(b"x"), file_name="a.pdf"), amount="1.234")
    with pytest.raises(BadRequestError) as caught:
        mindz.mindzpay_invoices.create_mindz_pay_invoice(ACCOUNT, body=body)
    assert caught.value.field_errors == {"amount": ["Certifique-se de que não haja mais de 2 casas decimais."]}


def test_limit_offset_pages(fake: FakeMindz, mindz: MindzOverHTTP) -> None:
    for _ in range(4):
        fake.add_invoice(ACCOUNT)
    page = mindz.mindzpay_invoices.list_mindz_pay_invoices(ACCOUNT, limit=3, offset=3)
    assert page.count == 7
    assert [i.id for i in page.results] == [4, 5, 6]
    assert "offset=6" in page.next_
    assert "offset=0" in page.previous
    assert mindz.mindzpay_invoices.list_mindz_pay_invoices(ACCOUNT, limit=3, offset=6).next_ is None


def test_unknown_account_and_invoice_are_404(mindz: MindzOverHTTP) -> None:
    with pytest.raises(NotFoundError, match="Não encontrado"):
        mindz.mindzpay_invoices.get_mindz_pay_invoice("acct_other", 1)
    with pytest.raises(NotFoundError):
        mindz.mindzpay_invoices.get_mindz_pay_invoice(ACCOUNT, 999)


def test_credentials_as_headers_or_basic(fake: FakeMindz) -> None:
    assert MindzOverHTTP(fake, httpx.BasicAuth("test-app", "test-key")).mindzpay_invoices.get_mindz_pay_invoice(
        ACCOUNT, 1
    )
    with pytest.raises(AuthenticationError, match="inválidas"):
        MindzOverHTTP(fake, httpx.BasicAuth("test-app", "nope")).mindzpay_invoices.get_mindz_pay_invoice(ACCOUNT, 1)
    with pytest.raises(AuthenticationError, match="não foram fornecidas"):
        MindzOverHTTP(fake, CredentialHeaders({})).mindzpay_invoices.get_mindz_pay_invoice(ACCOUNT, 1)


def test_requests_are_checked_against_the_spec(mindz: MindzOverHTTP) -> None:
    with pytest.raises(SpecViolation):
        mindz.mindzpay_invoices.list_mindz_pay_invoices(ACCOUNT, limit=0)
