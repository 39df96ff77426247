from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class BankAccountType(StrEnum):
    ACCOUNT_NUMBER_AND_BIC = "ACCOUNT_NUMBER_AND_BIC"
    AR_LOCAL = "AR_LOCAL"
    BIC_AND_ACCOUNT_NUMBER = "BIC_AND_ACCOUNT_NUMBER"
    BR_LOCAL = "BR_LOCAL"
    IBAN = "IBAN"
    MX_LOCAL = "MX_LOCAL"
    UK_LOCAL = "UK_LOCAL"
    US_BANK_ACCOUNT = "US_BANK_ACCOUNT"
    US_LOCAL = "US_LOCAL"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # Open enum: a value the API added after this client was generated becomes a pseudo-member
        # (name UNKNOWN_<value>) that equals the raw string and serialises back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this client was generated."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


BY_VALUE = cast(dict[str, BankAccountType], BankAccountType._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: BankAccountType | str) -> BankAccountType:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, BankAccountType):
        return value
    if isinstance(value, str):
        return BankAccountType(value)
    raise RequestValueError("", f"expected BankAccountType or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: BankAccountType | str | None) -> BankAccountType | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
