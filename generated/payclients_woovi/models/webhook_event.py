from enum import StrEnum
from typing import Any, cast

from ..types import NULL, RequestValueError


class WebhookEvent(StrEnum):
    ACCOUNT_REGISTER_APPROVED = "ACCOUNT_REGISTER_APPROVED"
    ACCOUNT_REGISTER_DOCUMENTS_REQUESTED = "ACCOUNT_REGISTER_DOCUMENTS_REQUESTED"
    ACCOUNT_REGISTER_IN_REVIEW = "ACCOUNT_REGISTER_IN_REVIEW"
    ACCOUNT_REGISTER_PENDING = "ACCOUNT_REGISTER_PENDING"
    ACCOUNT_REGISTER_REJECTED = "ACCOUNT_REGISTER_REJECTED"
    ACCOUNT_REGISTER_RFI_RESOLVED = "ACCOUNT_REGISTER_RFI_RESOLVED"
    ACCOUNT_REGISTER_STEP_UPDATED = "ACCOUNT_REGISTER_STEP_UPDATED"
    BOLETO_SETTLED = "BOLETO_SETTLED"
    OPENPIX_CHARGE_COMPLETED = "OPENPIX:CHARGE_COMPLETED"
    OPENPIX_CHARGE_COMPLETED_NOT_SAME_CUSTOMER_PAYER = "OPENPIX:CHARGE_COMPLETED_NOT_SAME_CUSTOMER_PAYER"
    OPENPIX_CHARGE_CREATED = "OPENPIX:CHARGE_CREATED"
    OPENPIX_CHARGE_EXPIRED = "OPENPIX:CHARGE_EXPIRED"
    OPENPIX_DISPUTE_ACCEPTED = "OPENPIX:DISPUTE_ACCEPTED"
    OPENPIX_DISPUTE_CANCELED = "OPENPIX:DISPUTE_CANCELED"
    OPENPIX_DISPUTE_CREATED = "OPENPIX:DISPUTE_CREATED"
    OPENPIX_DISPUTE_REJECTED = "OPENPIX:DISPUTE_REJECTED"
    OPENPIX_MOVEMENT_CONFIRMED = "OPENPIX:MOVEMENT_CONFIRMED"
    OPENPIX_MOVEMENT_FAILED = "OPENPIX:MOVEMENT_FAILED"
    OPENPIX_MOVEMENT_REMOVED = "OPENPIX:MOVEMENT_REMOVED"
    OPENPIX_TRANSACTION_RECEIVED = "OPENPIX:TRANSACTION_RECEIVED"
    OPENPIX_TRANSACTION_REFUND_RECEIVED = "OPENPIX:TRANSACTION_REFUND_RECEIVED"
    PIX_AUTOMATIC_APPROVED = "PIX_AUTOMATIC_APPROVED"
    PIX_AUTOMATIC_COBR_APPROVED = "PIX_AUTOMATIC_COBR_APPROVED"
    PIX_AUTOMATIC_COBR_COMPLETED = "PIX_AUTOMATIC_COBR_COMPLETED"
    PIX_AUTOMATIC_COBR_CREATED = "PIX_AUTOMATIC_COBR_CREATED"
    PIX_AUTOMATIC_COBR_REJECTED = "PIX_AUTOMATIC_COBR_REJECTED"
    PIX_AUTOMATIC_COBR_TRY_REJECTED = "PIX_AUTOMATIC_COBR_TRY_REJECTED"
    PIX_AUTOMATIC_COBR_TRY_REQUESTED = "PIX_AUTOMATIC_COBR_TRY_REQUESTED"
    PIX_AUTOMATIC_REJECTED = "PIX_AUTOMATIC_REJECTED"
    PIX_TRANSACTION_REFUND_RECEIVED_CONFIRMED = "PIX_TRANSACTION_REFUND_RECEIVED_CONFIRMED"
    PIX_TRANSACTION_REFUND_RECEIVED_REJECTED = "PIX_TRANSACTION_REFUND_RECEIVED_REJECTED"
    PIX_TRANSACTION_REFUND_SENT_CONFIRMED = "PIX_TRANSACTION_REFUND_SENT_CONFIRMED"
    PIX_TRANSACTION_REFUND_SENT_REJECTED = "PIX_TRANSACTION_REFUND_SENT_REJECTED"
    TED_IN_CONFIRMED = "TED_IN_CONFIRMED"
    TED_IN_REJECTED = "TED_IN_REJECTED"
    TED_OUT_CONFIRMED = "TED_OUT_CONFIRMED"
    TED_OUT_REJECTED = "TED_OUT_REJECTED"
    TED_REFUND_RECEIVED_CONFIRMED = "TED_REFUND_RECEIVED_CONFIRMED"
    TED_REFUND_SENT_CONFIRMED = "TED_REFUND_SENT_CONFIRMED"

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


BY_VALUE = cast(dict[str, WebhookEvent], WebhookEvent._value2member_map_)
"""The members by value, for the generated parsers (a dict lookup is faster than calling the enum)."""


def coerce(value: WebhookEvent | str) -> WebhookEvent:
    """A request model's value: a member, or its plain str (an unknown one kept, as the enum is open)."""
    if isinstance(value, WebhookEvent):
        return value
    if isinstance(value, str):
        return WebhookEvent(value)
    raise RequestValueError("", f"expected WebhookEvent or str, got {type(value).__name__} {value!r}")


def coerce_optional(value: WebhookEvent | str | None) -> WebhookEvent | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return coerce(value)
