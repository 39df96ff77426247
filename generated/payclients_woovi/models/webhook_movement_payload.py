from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment
    from ..models.payment_destination import PaymentDestination
    from ..models.payment_transaction import PaymentTransaction
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_movement_error import WebhookMovementError


T = TypeVar("T", bound="WebhookMovementPayload")


@_attrs_define
class WebhookMovementPayload:
    """Body of the OPENPIX:MOVEMENT_* events (outgoing payments).

    Attributes:
        event (WebhookEvent | Unset): Event a webhook subscribes to, and the `event` field of its deliveries.
        account (WebhookAccount | Unset): Account the event belongs to; the fields sent vary by event.
        payment (Payment | Unset):
        transaction (PaymentTransaction | Unset):
        destination (PaymentDestination | Unset): Who received the payment, as reported by the Pix network.
        error (WebhookMovementError | Unset):
    """

    event: WebhookEvent | Unset = UNSET
    account: WebhookAccount | Unset = UNSET
    payment: Payment | Unset = UNSET
    transaction: PaymentTransaction | Unset = UNSET
    destination: PaymentDestination | Unset = UNSET
    error: WebhookMovementError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if account is not UNSET:
            field_dict["account"] = account
        if payment is not UNSET:
            field_dict["payment"] = payment
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if destination is not UNSET:
            field_dict["destination"] = destination
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment import Payment
        from ..models.payment_destination import PaymentDestination
        from ..models.payment_transaction import PaymentTransaction
        from ..models.webhook_account import WebhookAccount
        from ..models.webhook_movement_error import WebhookMovementError

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _account = d.pop("account", UNSET)
        account: WebhookAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = WebhookAccount.from_dict(_account)

        _payment = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Payment.from_dict(_payment)

        _transaction = d.pop("transaction", UNSET)
        transaction: PaymentTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = PaymentTransaction.from_dict(_transaction)

        _destination = d.pop("destination", UNSET)
        destination: PaymentDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = PaymentDestination.from_dict(_destination)

        _error = d.pop("error", UNSET)
        error: WebhookMovementError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = WebhookMovementError.from_dict(_error)

        webhook_movement_payload = cls(
            event=event,
            account=account,
            payment=payment,
            transaction=transaction,
            destination=destination,
            error=error,
        )

        webhook_movement_payload.additional_properties = d
        return webhook_movement_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
