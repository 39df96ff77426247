from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boleto_transaction_status import BoletoTransactionStatus
from ..models.boleto_transaction_type import BoletoTransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_transaction_charge import BoletoTransactionCharge


T = TypeVar("T", bound="BoletoTransaction")


@_attrs_define
class BoletoTransaction:
    """
    Attributes:
        boleto_transaction_id (str):
        type_ (BoletoTransactionType):
        status (BoletoTransactionStatus):
        value (int): Amount actually paid, in cents.
        created_at (datetime.datetime):
        fee (int | Unset):
        settled_at (datetime.datetime | Unset):
        fines_value (int | Unset):
        interests_value (int | Unset):
        discount_value (int | Unset):
        charge (BoletoTransactionCharge | Unset):
    """

    boleto_transaction_id: str
    type_: BoletoTransactionType
    status: BoletoTransactionStatus
    value: int
    created_at: datetime.datetime
    fee: int | Unset = UNSET
    settled_at: datetime.datetime | Unset = UNSET
    fines_value: int | Unset = UNSET
    interests_value: int | Unset = UNSET
    discount_value: int | Unset = UNSET
    charge: BoletoTransactionCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boleto_transaction_id = self.boleto_transaction_id

        type_ = self.type_.value

        status = self.status.value

        value = self.value

        created_at = self.created_at.isoformat()

        fee = self.fee

        settled_at: str | Unset = UNSET
        if not isinstance(self.settled_at, Unset):
            settled_at = self.settled_at.isoformat()

        fines_value = self.fines_value

        interests_value = self.interests_value

        discount_value = self.discount_value

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boletoTransactionID": boleto_transaction_id,
                "type": type_,
                "status": status,
                "value": value,
                "createdAt": created_at,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee
        if settled_at is not UNSET:
            field_dict["settledAt"] = settled_at
        if fines_value is not UNSET:
            field_dict["finesValue"] = fines_value
        if interests_value is not UNSET:
            field_dict["interestsValue"] = interests_value
        if discount_value is not UNSET:
            field_dict["discountValue"] = discount_value
        if charge is not UNSET:
            field_dict["charge"] = charge

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_transaction_charge import BoletoTransactionCharge

        d = dict(src_dict)
        boleto_transaction_id = d.pop("boletoTransactionID")

        type_ = BoletoTransactionType(d.pop("type"))

        status = BoletoTransactionStatus(d.pop("status"))

        value = d.pop("value")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        fee = d.pop("fee", UNSET)

        _settled_at = d.pop("settledAt", UNSET)
        settled_at: datetime.datetime | Unset
        if isinstance(_settled_at, Unset):
            settled_at = UNSET
        else:
            settled_at = datetime.datetime.fromisoformat(_settled_at)

        fines_value = d.pop("finesValue", UNSET)

        interests_value = d.pop("interestsValue", UNSET)

        discount_value = d.pop("discountValue", UNSET)

        _charge = d.pop("charge", UNSET)
        charge: BoletoTransactionCharge | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = BoletoTransactionCharge.from_dict(_charge)

        boleto_transaction = cls(
            boleto_transaction_id=boleto_transaction_id,
            type_=type_,
            status=status,
            value=value,
            created_at=created_at,
            fee=fee,
            settled_at=settled_at,
            fines_value=fines_value,
            interests_value=interests_value,
            discount_value=discount_value,
            charge=charge,
        )

        boleto_transaction.additional_properties = d
        return boleto_transaction

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
