from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class ChargeDiscountModality(StrEnum):
    FIXED_VALUE_UNTIL_SPECIFIED_DATE = "FIXED_VALUE_UNTIL_SPECIFIED_DATE"
    PERCENTAGE_PER_BUSINESS_DAY_ADVANCE = "PERCENTAGE_PER_BUSINESS_DAY_ADVANCE"
    PERCENTAGE_PER_RUNNING_DAY_ADVANCE = "PERCENTAGE_PER_RUNNING_DAY_ADVANCE"
    PERCENTAGE_UNTIL_SPECIFIED_DATE = "PERCENTAGE_UNTIL_SPECIFIED_DATE"
    VALUE_PER_BUSINESS_DAY_ADVANCE = "VALUE_PER_BUSINESS_DAY_ADVANCE"
    VALUE_PER_RUNNING_DAY_ADVANCE = "VALUE_PER_RUNNING_DAY_ADVANCE"

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


BY_VALUE = cast(dict[str, ChargeDiscountModality], ChargeDiscountModality._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: ChargeDiscountModality | str) -> ChargeDiscountModality:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, ChargeDiscountModality):
        return value
    if isinstance(value, str):
        return ChargeDiscountModality(value)
    raise RequestValueError("", f"expected ChargeDiscountModality or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: ChargeDiscountModality | str | None) -> ChargeDiscountModality | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
