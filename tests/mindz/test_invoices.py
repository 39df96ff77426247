"""The MindzPay invoice conveniences against recorded exchanges (cassettes in cassettes/test_invoices/).

Replayed with the network blocked, matching method, URL and body (so the multipart uploads are
checked byte for byte). The cassettes are hand-written: Mindz publishes no v2 examples, so the paths
are the proposal of specs/mindz.yaml and the bodies follow its schemas (see the comment atop each).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from payclients import (
    AsyncMindz,
    AuthenticationError,
    BadRequestError,
    Mindz,
    NotFoundError,
)
from payclients.mindz import InvoiceStatus, invoice_amount, invoice_status
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID, PLATFORM

PDF = b"%PDF-1.4\n% NF-e 2026-000123 (test document)\n%%EOF\n"


@pytest.fixture
def mindz() -> Mindz:
    return Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM)


@pytest.mark.vcr
def test_refresh_invoice_on_a_custom_domain() -> None:
    from payclients_mindz.models import MindzPayInvoice, MindzPayInvoiceStatus

    mindz = Mindz(app_id=APP_ID, api_key=API_KEY, base_url="https://cursos.exemplo.com.br")
    invoice = mindz.refresh_invoice("acct", 42)
    assert isinstance(invoice, MindzPayInvoice)
    assert invoice.id == 42
    assert invoice.status is MindzPayInvoiceStatus.ISSUED
    assert invoice_status(invoice) is InvoiceStatus.ISSUED
    assert invoice_status(invoice).label == "Emitida"  # type: ignore[union-attr]
    assert invoice_amount(invoice) == Decimal("150.00")
    assert invoice.nfe_id == "NFe35261112345678000195550010000001231000001230"
    assert invoice.updated_at == dt.datetime(2026, 11, 21, 9, 30, 0, 104233, tzinfo=dt.timezone(dt.timedelta(hours=-3)))


@pytest.mark.vcr
def test_get_invoice(mindz: Mindz) -> None:
    invoice = mindz.get_invoice(ACCOUNT, 42)
    assert invoice.payment == 9182
    assert invoice.client == 5531
    assert invoice.file == f"https://{PLATFORM}.mindz.com.br/media/mindzpay/invoices/nfe-2026-000123.pdf"
    assert invoice_status(invoice) is InvoiceStatus.ISSUED


@pytest.mark.vcr
def test_create_invoice_uploads_one_file_with_its_fields(mindz: Mindz, tmp_path: Path) -> None:
    document = tmp_path / "nfe-2026-000123.pdf"
    document.write_bytes(PDF)
    invoice = mindz.create_invoice(
        ACCOUNT,
        document,
        amount=Decimal("150"),
        nfe_id="NFe35261112345678000195550010000001231000001230",
        status=InvoiceStatus.ISSUED,
        payment_id=9182,
        client_id=5531,
    )
    assert invoice.id == 42
    assert invoice.amount == Decimal("150.00")


@pytest.mark.vcr
def test_update_invoice_sends_only_what_changes(mindz: Mindz) -> None:
    invoice = mindz.update_invoice(ACCOUNT, 42, status=InvoiceStatus.SENT_BY_EMAIL, amount="149.90")
    assert invoice_status(invoice) is InvoiceStatus.SENT_BY_EMAIL
    assert invoice_amount(invoice) == Decimal("149.90")


@pytest.mark.vcr
def test_reissue_invoice(mindz: Mindz) -> None:
    invoice = mindz.reissue_invoice(ACCOUNT, 43)
    assert invoice_status(invoice) is InvoiceStatus.ISSUING
    assert invoice.nfe_id is None


@pytest.mark.vcr
def test_cancel_invoice(mindz: Mindz) -> None:
    invoice = mindz.cancel_invoice(ACCOUNT, 42)
    status = invoice_status(invoice)
    assert status is InvoiceStatus.CANCELING
    assert status.label == "Em processo de cancelamento"  # type: ignore[union-attr]


@pytest.mark.vcr
def test_list_invoices_walks_every_page(mindz: Mindz) -> None:
    invoices = list(mindz.list_invoices(ACCOUNT, ordering="-created_at", page_size=2))
    assert [i.id for i in invoices] == [44, 43, 42]
    assert [invoice_amount(i) for i in invoices] == [Decimal("89.90"), Decimal("150.00"), Decimal("150.00")]


@pytest.mark.vcr
def test_list_invoices_accepts_a_bare_list(mindz: Mindz) -> None:
    pages = list(mindz.list_invoices(ACCOUNT, search="NFe3526").iter_pages())
    assert len(pages) == 1
    assert [i.id for i in pages[0].results] == [42, 44]


@pytest.mark.vcr
def test_get_missing_invoice_raises_not_found(mindz: Mindz) -> None:
    with pytest.raises(NotFoundError) as caught:
        mindz.get_invoice(ACCOUNT, 999)
    error = caught.value
    assert error.message == "Não encontrado."
    assert error.error == {"detail": "Não encontrado."}
    assert error.field_errors == {}
    assert error.url == f"https://{PLATFORM}.mindz.com.br/api/v2/mindzpay/accounts/{ACCOUNT}/invoices/999/"


@pytest.mark.vcr
def test_invalid_update_raises_bad_request_with_field_errors(mindz: Mindz) -> None:
    with pytest.raises(BadRequestError) as caught:
        mindz.update_invoice(ACCOUNT, 42, payment_id=999999)
    error = caught.value
    assert error.field_errors == {
        "payment": ['Pk inválido "999999" - objeto não existe.'],
        "non_field_errors": ["Já existe uma nota fiscal para este pagamento."],
    }
    assert error.message == (
        'Já existe uma nota fiscal para este pagamento.; payment: Pk inválido "999999" - objeto não existe.'
    )


@pytest.mark.vcr
def test_wrong_credentials_raise_authentication_error() -> None:
    mindz = Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM)
    with pytest.raises(AuthenticationError) as caught:
        mindz.get_invoice(ACCOUNT, 42)
    assert caught.value.message == "Credenciais de autenticação incorretas."
    assert API_KEY not in str(caught.value)


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_refresh_invoice() -> None:
    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM) as mindz:
        invoice = await mindz.refresh_invoice(ACCOUNT, 42)
    assert invoice_status(invoice) is InvoiceStatus.ISSUED


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_create_invoice_from_a_file_object() -> None:
    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM) as mindz:
        invoice = await mindz.create_invoice(
            ACCOUNT, io.BytesIO(PDF), file_name="nfe-2026-000124.pdf", amount="89.90", payment_id=9190
        )
    assert invoice.id == 44


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_list_invoices_walks_every_page() -> None:
    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM) as mindz:
        ids = [i.id async for i in mindz.list_invoices(ACCOUNT, ordering="-created_at", page_size=2)]
    assert ids == [44, 43, 42]
