from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment
    from ..models.payment_destination import PaymentDestination
    from ..models.payment_transaction import PaymentTransaction


T = TypeVar("T", bound="PaymentResponse")


@_attrs_define
class PaymentResponse:
    """
    Attributes:
        payment (Payment):
        transaction (PaymentTransaction | Unset):
        destination (PaymentDestination | Unset): Who received the payment, as reported by the Pix network.
    """

    payment: Payment
    transaction: PaymentTransaction | Unset = UNSET
    destination: PaymentDestination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment = self.payment.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment": payment,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment import Payment
        from ..models.payment_destination import PaymentDestination
        from ..models.payment_transaction import PaymentTransaction

        d = dict(src_dict)
        payment = Payment.from_dict(d.pop("payment"))

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

        payment_response = cls(
            payment=payment,
            transaction=transaction,
            destination=destination,
        )

        payment_response.additional_properties = d
        return payment_response

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
