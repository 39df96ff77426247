"""MindzPay invoice statuses: English names for code, the Portuguese labels Mindz shows to people.

`InvoiceStatus` mirrors the generated `payclients_mindz.models.MindzPayInvoiceStatus` (same names, same
integer values, and both are `IntEnum`s, so they compare equal) without importing the generated package,
and adds what the generator cannot: `.label`, the label the Mindz admin and its n8n node show.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Final

from .._exceptions import ParameterError

if TYPE_CHECKING:
    from payclients_mindz.models import MindzPayInvoice

__all__ = ["InvoiceStatus", "invoice_status"]


class InvoiceStatus(IntEnum):
    """Status of a MindzPay invoice (an NF-e), by its English name; `.label` is Mindz's own label.

    The values and labels are documented (mindz.md, from the n8n node); the English names are ours.
    A value Mindz adds later still parses: it becomes `UNKNOWN_<n>`, with `is_known` False.

    >>> InvoiceStatus.ISSUED.label
    'Emitida'
    >>> InvoiceStatus.from_label("falha ao emitir")
    <InvoiceStatus.ISSUE_FAILED: 3>
    """

    PENDING = 0
    ISSUING = 1
    ISSUED = 2
    ISSUE_FAILED = 3
    CANCELING = 4
    CANCELED = 5
    CANCEL_FAILED = 6
    DO_NOT_ISSUE = 7
    SENT_BY_EMAIL = 8
    NOT_ISSUED = 9

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # Open enum, like the generated one: an integer Mindz added after this release is kept.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def label(self) -> str:
        """The Portuguese label ("Emitida"); "Desconhecido (<n>)" for a value this release does not know."""
        return LABELS.get(self.value, f"Desconhecido ({self.value})")

    @property
    def is_known(self) -> bool:
        """False for a value that was not documented when this release was made."""
        return self._name_ in type(self).__members__

    @classmethod
    def from_label(cls, label: str) -> InvoiceStatus:
        """The status a Portuguese label names, ignoring case and surrounding spaces."""
        wanted = label.strip().casefold() if isinstance(label, str) else None
        for value, text in LABELS.items():
            if text.casefold() == wanted:
                return cls(value)
        known = ", ".join(repr(text) for text in LABELS.values())
        raise ParameterError("label", f"no invoice status is labelled {label!r}; the labels are {known}")

    def __str__(self) -> str:
        return str(self.value)


LABELS: Final[Mapping[int, str]] = {
    0: "Pendente",
    1: "Em processo de emissão",
    2: "Emitida",
    3: "Falha ao emitir",
    4: "Em processo de cancelamento",
    5: "Cancelada",
    6: "Falha ao cancelar",
    7: "Não emitir",
    8: "Enviado por email",
    9: "Não emitida",
}
"""Mindz's labels by value, as documented (`x-payclients-labels` in specs/mindz.yaml)."""


def invoice_status(invoice: MindzPayInvoice) -> InvoiceStatus | None:
    """The invoice's status as an `InvoiceStatus` (with `.label`), or None when the response left it out."""
    status = invoice.status
    if isinstance(status, int):
        return InvoiceStatus(int(status))
    return None
