from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class ApiErrorResourceType(StrEnum):
    ACCOUNT_GROUP = "ACCOUNT_GROUP"
    ADJUSTMENT_DATA = "ADJUSTMENT_DATA"
    ALERT = "ALERT"
    ALERT_RULE = "ALERT_RULE"
    API_KEY = "API_KEY"
    APPROVAL_POLICY = "APPROVAL_POLICY"
    APPROVAL_REQUEST = "APPROVAL_REQUEST"
    ATTACHMENT = "ATTACHMENT"
    AUDIT_RECORD = "AUDIT_RECORD"
    AUTHENTICATION_PROVIDER = "AUTHENTICATION_PROVIDER"
    BILLING_ENTITY = "BILLING_ENTITY"
    BULK_ACTION = "BULK_ACTION"
    CHARGE_DATA = "CHARGE_DATA"
    CONTACT = "CONTACT"
    COUPON = "COUPON"
    CREDIT_TYPE = "CREDIT_TYPE"
    CSV_REPORT = "CSV_REPORT"
    CUSTOMER = "CUSTOMER"
    CUSTOM_FIELD = "CUSTOM_FIELD"
    DOCUMENT = "DOCUMENT"
    DOWNLOAD_URL = "DOWNLOAD_URL"
    ENTITY = "ENTITY"
    EVENT_TRACE = "EVENT_TRACE"
    EVENT_TRACE_LINK = "EVENT_TRACE_LINK"
    EXTERNAL_CREDENTIALS = "EXTERNAL_CREDENTIALS"
    E_INVOICE = "E_INVOICE"
    FEATURE = "FEATURE"
    FILE = "FILE"
    FILE_PROCESSING_SETTINGS = "FILE_PROCESSING_SETTINGS"
    INGEST_DATA = "INGEST_DATA"
    INTEGRATION = "INTEGRATION"
    INVOICE = "INVOICE"
    MEMBERSHIP = "MEMBERSHIP"
    METER = "METER"
    METER_DATA = "METER_DATA"
    METER_PROPERTY = "METER_PROPERTY"
    METER_VALUE = "METER_VALUE"
    METER_VALUE_CALCULATION = "METER_VALUE_CALCULATION"
    PAYMENT = "PAYMENT"
    PAYMENT_ACCEPTOR = "PAYMENT_ACCEPTOR"
    PAYMENT_METHOD = "PAYMENT_METHOD"
    PAYMENT_METHOD_OPTIONS = "PAYMENT_METHOD_OPTIONS"
    PAYMENT_REQUEST = "PAYMENT_REQUEST"
    PAYMENT_SCHEDULE = "PAYMENT_SCHEDULE"
    PDF = "PDF"
    PERSIST_DATA = "PERSIST_DATA"
    PLATFORM = "PLATFORM"
    PLATFORM_UPTODATE = "PLATFORM_UPTODATE"
    PORTAL_URL = "PORTAL_URL"
    PRICING = "PRICING"
    PRICING_CATEGORY = "PRICING_CATEGORY"
    PRICING_GROUP = "PRICING_GROUP"
    PRICING_ITEM = "PRICING_ITEM"
    PRICING_ITEM_CONFIG = "PRICING_ITEM_CONFIG"
    PRICING_PLAN = "PRICING_PLAN"
    PRICING_PLAN_SCHEDULE = "PRICING_PLAN_SCHEDULE"
    PRICING_PLAN_SUBSCRIPTION = "PRICING_PLAN_SUBSCRIPTION"
    PRICING_PLAN_SUBSCRIPTION_GROUP = "PRICING_PLAN_SUBSCRIPTION_GROUP"
    PRICING_PLAN_VERSION = "PRICING_PLAN_VERSION"
    PRODUCT = "PRODUCT"
    PRODUCT_CATEGORY = "PRODUCT_CATEGORY"
    PRODUCT_ITEM = "PRODUCT_ITEM"
    PROMOTION_CODE = "PROMOTION_CODE"
    PROXY_USER = "PROXY_USER"
    QUOTE = "QUOTE"
    QUOTE_TEMPLATE = "QUOTE_TEMPLATE"
    QUOTE_VERSION = "QUOTE_VERSION"
    REPORT = "REPORT"
    REPORT_CONFIGURATION = "REPORT_CONFIGURATION"
    REPORT_DEFINITION = "REPORT_DEFINITION"
    REPORT_GENERATE_REQUEST = "REPORT_GENERATE_REQUEST"
    REPORT_SUBSCRIPTION = "REPORT_SUBSCRIPTION"
    REPROCESS = "REPROCESS"
    ROLE = "ROLE"
    SIGNATURE_REQUEST = "SIGNATURE_REQUEST"
    TEAM = "TEAM"
    TOKEN = "TOKEN"
    USER = "USER"
    WALLET = "WALLET"
    WALLET_GRANT = "WALLET_GRANT"
    WALLET_TYPE = "WALLET_TYPE"
    WEBHOOK = "WEBHOOK"
    WORKFLOW = "WORKFLOW"
    WORKFLOW_ACTION = "WORKFLOW_ACTION"
    WORKFLOW_TRIGGER = "WORKFLOW_TRIGGER"

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


BY_VALUE = cast(dict[str, ApiErrorResourceType], ApiErrorResourceType._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: ApiErrorResourceType | str) -> ApiErrorResourceType:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, ApiErrorResourceType):
        return value
    if isinstance(value, str):
        return ApiErrorResourceType(value)
    raise RequestValueError("", f"expected ApiErrorResourceType or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: ApiErrorResourceType | str | None) -> ApiErrorResourceType | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
