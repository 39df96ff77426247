from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class ApiErrorCode(StrEnum):
    BAD_REQUEST = "BAD_REQUEST"
    COULD_NOT_CREATE_RESOURCE = "COULD_NOT_CREATE_RESOURCE"
    COULD_NOT_DELETE_RESOURCE = "COULD_NOT_DELETE_RESOURCE"
    COULD_NOT_UPDATE_RESOURCE = "COULD_NOT_UPDATE_RESOURCE"
    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"
    CUSTOM_FIELD_VALUE_ALREADY_EXISTS = "CUSTOM_FIELD_VALUE_ALREADY_EXISTS"
    IDEMPOTENCY_CHECK_FAILED = "IDEMPOTENCY_CHECK_FAILED"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    INVALID_FIELD = "INVALID_FIELD"
    INVALID_ID = "INVALID_ID"
    INVALID_OPERATION = "INVALID_OPERATION"
    INVALID_REQUEST = "INVALID_REQUEST"
    METER_NOT_FOUND = "METER_NOT_FOUND"
    METER_PROPERTY_NOT_FOUND = "METER_PROPERTY_NOT_FOUND"
    METER_VALUE_NOT_FOUND = "METER_VALUE_NOT_FOUND"
    MISSING_FIELD = "MISSING_FIELD"
    MISSING_ID = "MISSING_ID"
    MISSING_REFERENCE = "MISSING_REFERENCE"
    MISSING_VERSION = "MISSING_VERSION"
    PLATFORM_NOT_FOUND = "PLATFORM_NOT_FOUND"
    PRICING_ITEM_NOT_FOUND = "PRICING_ITEM_NOT_FOUND"
    PRICING_ITEM_SUMMARIES_NOT_FOUND = "PRICING_ITEM_SUMMARIES_NOT_FOUND"
    PRICING_NOT_FOUND = "PRICING_NOT_FOUND"
    PRICING_PLAN_NOT_FOUND = "PRICING_PLAN_NOT_FOUND"
    PRODUCT_ITEM_NOT_FOUND = "PRODUCT_ITEM_NOT_FOUND"
    PRODUCT_NOT_FOUND = "PRODUCT_NOT_FOUND"
    RESOURCES_NOT_FOUND = "RESOURCES_NOT_FOUND"
    RESOURCE_ALREADY_EXISTS = "RESOURCE_ALREADY_EXISTS"
    RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND"
    UNABLE_TO_PROCESS_INSTRUCTIONS = "UNABLE_TO_PROCESS_INSTRUCTIONS"
    UNAUTHORISED = "UNAUTHORISED"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
    UNSUPPORTED_VERSION = "UNSUPPORTED_VERSION"
    USER_NOT_ALLOWED = "USER_NOT_ALLOWED"
    USER_NOT_FOUND = "USER_NOT_FOUND"

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


BY_VALUE = cast(dict[str, ApiErrorCode], ApiErrorCode._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: ApiErrorCode | str) -> ApiErrorCode:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, ApiErrorCode):
        return value
    if isinstance(value, str):
        return ApiErrorCode(value)
    raise RequestValueError("", f"expected ApiErrorCode or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: ApiErrorCode | str | None) -> ApiErrorCode | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
