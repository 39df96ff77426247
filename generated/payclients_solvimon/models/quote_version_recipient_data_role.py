from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class QuoteVersionRecipientDataRole(StrEnum):
    SIGNER = "SIGNER"
    VIEWER = "VIEWER"

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


BY_VALUE = cast(dict[str, QuoteVersionRecipientDataRole], QuoteVersionRecipientDataRole._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: QuoteVersionRecipientDataRole | str) -> QuoteVersionRecipientDataRole:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, QuoteVersionRecipientDataRole):
        return value
    if isinstance(value, str):
        return QuoteVersionRecipientDataRole(value)
    raise RequestValueError("", f"expected QuoteVersionRecipientDataRole or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: QuoteVersionRecipientDataRole | str | None) -> QuoteVersionRecipientDataRole | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
