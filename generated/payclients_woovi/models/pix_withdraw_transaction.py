from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="PixWithdrawTransaction")


@_attrs_define
class PixWithdrawTransaction:
    """
    Attributes:
        value (int | Unset):
        time (datetime.datetime | Unset):
        end_to_end_id (str | Unset):
        transaction_id (str | Unset):
        info_pagador (str | Unset):
        payer (Customer | Unset):
        type_ (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    value: int | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    info_pagador: str | Unset = UNSET
    payer: Customer | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        end_to_end_id = self.end_to_end_id

        transaction_id = self.transaction_id

        info_pagador = self.info_pagador

        payer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer, Unset):
            payer = self.payer.to_dict()

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if time is not UNSET:
            field_dict["time"] = time
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if transaction_id is not UNSET:
            field_dict["transactionID"] = transaction_id
        if info_pagador is not UNSET:
            field_dict["infoPagador"] = info_pagador
        if payer is not UNSET:
            field_dict["payer"] = payer
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        end_to_end_id = d.pop("endToEndId", UNSET)

        transaction_id = d.pop("transactionID", UNSET)

        info_pagador = d.pop("infoPagador", UNSET)

        _payer = d.pop("payer", UNSET)
        payer: Customer | Unset
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = Customer.from_dict(_payer)

        type_ = d.pop("type", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        pix_withdraw_transaction = cls(
            value=value,
            time=time,
            end_to_end_id=end_to_end_id,
            transaction_id=transaction_id,
            info_pagador=info_pagador,
            payer=payer,
            type_=type_,
            created_at=created_at,
        )

        pix_withdraw_transaction.additional_properties = d
        return pix_withdraw_transaction

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
