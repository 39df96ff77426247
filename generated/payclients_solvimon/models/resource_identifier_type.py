from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class ResourceIdentifierType(StrEnum):
    ACCOUNT_GROUP = "ACCOUNT_GROUP"
    ADJUSTMENT_DATA = "ADJUSTMENT_DATA"
    ALERT = "ALERT"
    ALERT_RULE = "ALERT_RULE"
    AUDIT = "AUDIT"
    BILLING_ENTITY = "BILLING_ENTITY"
    CHARGE_DATA = "CHARGE_DATA"
    CONTACT = "CONTACT"
    CUSTOMER = "CUSTOMER"
    CUSTOM_FIELD = "CUSTOM_FIELD"
    ENTITY = "ENTITY"
    FEATURE = "FEATURE"
    INVOICE = "INVOICE"
    INVOICE_PAYMENT_ATTEMPT = "INVOICE_PAYMENT_ATTEMPT"
    MEMBERSHIP = "MEMBERSHIP"
    METER = "METER"
    METER_DATA = "METER_DATA"
    METER_PROPERTY = "METER_PROPERTY"
    METER_VALUE = "METER_VALUE"
    METER_VALUE_CALCULATION = "METER_VALUE_CALCULATION"
    METER_VALUE_CALCULATION_SUMMARY = "METER_VALUE_CALCULATION_SUMMARY"
    PAYMENT_ACCEPTOR = "PAYMENT_ACCEPTOR"
    PAYMENT_REQUEST = "PAYMENT_REQUEST"
    PAYMENT_SCHEDULE = "PAYMENT_SCHEDULE"
    PERSIST_DATA = "PERSIST_DATA"
    PLATFORM = "PLATFORM"
    PRICING = "PRICING"
    PRICING_ITEM = "PRICING_ITEM"
    PRICING_ITEM_CONFIG = "PRICING_ITEM_CONFIG"
    PRICING_ITEM_SUMMARY = "PRICING_ITEM_SUMMARY"
    PRICING_PLAN = "PRICING_PLAN"
    PRICING_PLAN_SCHEDULE = "PRICING_PLAN_SCHEDULE"
    PRICING_PLAN_SUBSCRIPTION = "PRICING_PLAN_SUBSCRIPTION"
    PRICING_PLAN_VERSION = "PRICING_PLAN_VERSION"
    PRODUCT = "PRODUCT"
    PRODUCT_CATEGORY = "PRODUCT_CATEGORY"
    PRODUCT_ITEM = "PRODUCT_ITEM"
    QUOTE = "QUOTE"
    QUOTE_VERSION = "QUOTE_VERSION"
    REPORT_CONFIGURATION = "REPORT_CONFIGURATION"
    REPORT_SUBSCRIPTION = "REPORT_SUBSCRIPTION"
    REQUEST_REFERENCE = "REQUEST_REFERENCE"
    TEAM = "TEAM"
    USER = "USER"
    WEBHOOK = "WEBHOOK"

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


BY_VALUE = cast(dict[str, ResourceIdentifierType], ResourceIdentifierType._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: ResourceIdentifierType | str) -> ResourceIdentifierType:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, ResourceIdentifierType):
        return value
    if isinstance(value, str):
        return ResourceIdentifierType(value)
    raise RequestValueError("", f"expected ResourceIdentifierType or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: ResourceIdentifierType | str | None) -> ResourceIdentifierType | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
