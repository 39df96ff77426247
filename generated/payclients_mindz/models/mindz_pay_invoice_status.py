from enum import IntEnum
from typing import Any


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
