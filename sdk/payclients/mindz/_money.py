"""MindzPay amounts: BRL with two decimal places, exact both ways.

Sent as the decimal string Mindz expects (`"150.00"`), read back as `Decimal`. Floats are refused:
`0.1 + 0.2` is not `0.30`, and an invoice amount has to be exact.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

from .._exceptions import ParameterError

if TYPE_CHECKING:
    from payclients_mindz.models import MindzPayInvoice

__all__ = ["AmountLike", "invoice_amount", "to_amount"]

AmountLike = Decimal | int | str
"""What an amount argument accepts: `Decimal("150.00")`, `150` or `"150.00"`; never a float."""

CENT: Final = Decimal("0.01")


def to_amount(value: AmountLike, param: str = "amount") -> str:
    """The amount as Mindz's two-decimal string, or a `ParameterError` saying what is wrong with it."""
    if isinstance(value, float):
        raise ParameterError(
            param, f"floats are not exact ({value!r}); pass a Decimal, an int or a string such as '150.00'"
        )
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ParameterError(param, f"expected a Decimal, an int or a decimal string, not {type(value).__name__}")
    if isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise ParameterError(
                param, f"{value!r} is not a decimal number (use a dot for decimals: '1234.50')"
            ) from None
    else:
        amount = Decimal(value)
    if not amount.is_finite():
        raise ParameterError(param, f"must be a finite number, not {value!r}")
    if amount < 0:
        raise ParameterError(param, f"must not be negative, not {value!r}")
    try:
        cents = amount.quantize(CENT)
    except InvalidOperation:
        raise ParameterError(param, f"{value!r} is too large") from None
    if cents != amount:
        raise ParameterError(param, f"has more than two decimal places ({value!r}); round it first")
    return f"{cents.copy_abs():f}"  # copy_abs: "-0" is sent as "0.00"


def invoice_amount(invoice: MindzPayInvoice) -> Decimal | None:
    """The invoice's amount as an exact `Decimal` (the model reads it so), or None when the response has none."""
    return invoice.amount
