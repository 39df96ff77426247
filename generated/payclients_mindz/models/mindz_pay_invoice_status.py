from enum import IntEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class MindzPayInvoiceStatus(IntEnum):
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
        # Open enum: a value the API added after this client was generated becomes a pseudo-member
        # (name UNKNOWN_<value>) that equals the raw int and serialises back unchanged.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this client was generated."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


BY_VALUE = cast(dict[int, MindzPayInvoiceStatus], MindzPayInvoiceStatus._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: MindzPayInvoiceStatus | int) -> MindzPayInvoiceStatus:
    """A request model's value: a member, or its plain int (an unknown one kept, as the enum is open)."""
    if isinstance(value, MindzPayInvoiceStatus):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return MindzPayInvoiceStatus(value)
    raise RequestValueError("", f"expected MindzPayInvoiceStatus or int, got {type(value).__name__} {value!r}")


def coerce_optional(value: MindzPayInvoiceStatus | int | None) -> MindzPayInvoiceStatus | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
