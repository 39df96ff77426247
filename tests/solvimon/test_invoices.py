"""The Solvimon invoice conveniences against recorded responses (cassettes in cassettes/test_invoices/).

Replayed with the network blocked. To re-record against Solvimon's test environment, see the README
("Re-recording cassettes"); the key comes from SOLVIMON_RECORD_API_KEY and is redacted on save.
"""

from __future__ import annotations

import os
from decimal import Decimal

import pytest

from payclients import AsyncSolvimon, NotFoundError, Solvimon

KEY = os.environ.get("SOLVIMON_RECORD_API_KEY", "sk_test_payclients_1234567890")
INVOICE_ID = os.environ.get("SOLVIMON_RECORD_INVOICE_ID", "invo_8Kq2mZxR4tY7uB1n")


@pytest.fixture
def solvimon() -> Solvimon:
    return Solvimon(api_key=KEY, environment="test")


@pytest.mark.vcr
def test_refresh_invoice(solvimon: Solvimon) -> None:
    from payclients_solvimon.models import Invoice, InvoiceType

    invoice = solvimon.refresh_invoice(INVOICE_ID, types=["CUSTOMER", "PO_NUMBER"])
    assert isinstance(invoice, Invoice)
    assert invoice.id == INVOICE_ID
    assert invoice.status == "DRAFT"
    assert invoice.type_ is InvoiceType.STANDARD
    assert invoice.customer.email == "billing@acme.example"
    assert invoice.purchase_order_number == "PO-7781"
    assert Decimal(invoice.invoice_amount_including_tax.quantity) == Decimal("1210.00")
    line = invoice.periods[0].groups[0].lines[0]
    assert Decimal(line.amount_excluding_tax.quantity) == Decimal("800.00")


@pytest.mark.vcr
def test_get_invoice(solvimon: Solvimon) -> None:
    invoice = solvimon.get_invoice(INVOICE_ID)
    assert invoice.invoice_number == "INV-2026-000123"
    assert invoice.customer.organization.registered_address.country == "NL"
    assert invoice.tax_summary.tax_amount.quantity == Decimal("210.00")


@pytest.mark.vcr
def test_raw_response_carries_the_request_id(solvimon: Solvimon) -> None:
    raw = solvimon.invoices.with_raw_response.get_invoice(INVOICE_ID)
    assert raw.status_code == 200
    assert raw.request_id == "reqr_Lk2mN8bV4cX6zQ1w"
    assert raw.parsed.id == INVOICE_ID


@pytest.mark.vcr
def test_list_invoices_walks_every_page(solvimon: Solvimon) -> None:
    numbers = [i.invoice_number for i in solvimon.list_invoices(statuses=["DRAFT"], page_size=2)]
    assert numbers == ["INV-2026-000123", "INV-2026-000124", "INV-2026-000125"]


@pytest.mark.vcr
def test_get_missing_invoice_raises_not_found(solvimon: Solvimon) -> None:
    with pytest.raises(NotFoundError) as caught:
        solvimon.get_invoice("invo_doesnotexist0000")
    error = caught.value
    assert error.code == "RESOURCE_NOT_FOUND"
    assert error.request_id == "reqr_Nf0uNd1sS2tT3uU4"
    assert error.error.resource_type == "INVOICE"
    assert "reqr_Nf0uNd1sS2tT3uU4" in str(error)


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_refresh_invoice() -> None:
    async with AsyncSolvimon(api_key=KEY, environment="test") as solvimon:
        invoice = await solvimon.refresh_invoice(INVOICE_ID, types=["CUSTOMER", "PO_NUMBER"])
    assert invoice.customer.email == "billing@acme.example"
