from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_modification_response_status import PaymentModificationResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment
    from ..models.payment_method import PaymentMethod
    from ..models.required_action import RequiredAction


T = TypeVar("T", bound="PaymentMethodPaymentResponse")


@_attrs_define
class PaymentMethodPaymentResponse:
    """
    Attributes:
        payment_method (PaymentMethod | Unset):
        payment (Payment | Unset): A payment (or attempt) for an invoice.
        status (PaymentModificationResponseStatus | Unset):
        action (RequiredAction | Unset):
    """

    payment_method: PaymentMethod | Unset = UNSET
    payment: Payment | Unset = UNSET
    status: PaymentModificationResponseStatus | Unset = UNSET
    action: RequiredAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment is not UNSET:
            field_dict["payment"] = payment
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment import Payment
        from ..models.payment_method import PaymentMethod
        from ..models.required_action import RequiredAction

        d = dict(src_dict)
        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_dict(_payment_method)

        _payment = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Payment.from_dict(_payment)

        _status = d.pop("status", UNSET)
        status: PaymentModificationResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentModificationResponseStatus(_status)

        _action = d.pop("action", UNSET)
        action: RequiredAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = RequiredAction.from_dict(_action)

        payment_method_payment_response = cls(
            payment_method=payment_method,
            payment=payment,
            status=status,
            action=action,
        )

        payment_method_payment_response.additional_properties = d
        return payment_method_payment_response

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
