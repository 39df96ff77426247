"""The types a user reads from the models, as mypy --strict sees them (checked in CI, not run)."""

import datetime
from decimal import Decimal
from typing import Any, assert_type

from payclients import Mindz, Solvimon, Woovi
from payclients.mindz import invoice_amount
from payclients_solvimon.models import Amount, Customer, Invoice


def solvimon_invoice(solvimon: Solvimon) -> None:
    invoice = solvimon.get_invoice("invo_1")
    assert_type(invoice, Invoice)
    assert_type(invoice.id, str)
    assert_type(invoice.status, str)
    assert_type(invoice.invoice_date, datetime.datetime)
    assert_type(invoice.created_at, datetime.datetime | None)
    assert_type(invoice.customer, Customer | None)
    total = invoice.invoice_amount_including_tax
    assert_type(total, Amount | None)
    if total is not None:
        assert_type(total.quantity, Decimal)
        assert_type(total.to_dict(), dict[str, Any])


def requests_take_plain_values() -> None:
    Amount(quantity="150.10", currency="EUR")
    Amount(quantity=150, currency="EUR")
    Amount(quantity=Decimal("150.10"), currency="EUR")


def mindz_amount(mindz: Mindz) -> None:
    invoice = mindz.get_invoice("conta-principal", 42)
    assert_type(invoice.id, int)
    assert_type(invoice_amount(invoice), Decimal | None)
    assert_type(invoice.amount, Decimal | None)


def woovi_charge(woovi: Woovi) -> None:
    charge = woovi.get_charge("order-7")
    assert_type(charge.value, int | None)
    assert_type(charge.paid_at, datetime.datetime | None)
