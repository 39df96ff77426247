from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_refund import ChargeRefund


T = TypeVar("T", bound="ChargeRefundList")


@_attrs_define
class ChargeRefundList:
    """
    Attributes:
        refunds (list[ChargeRefund] | Unset):
    """

    refunds: list[ChargeRefund] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refunds is not UNSET:
            field_dict["refunds"] = refunds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_refund import ChargeRefund

        d = dict(src_dict)
        _refunds = d.pop("refunds", UNSET)
        refunds: list[ChargeRefund] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = ChargeRefund.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        charge_refund_list = cls(
            refunds=refunds,
        )

        charge_refund_list.additional_properties = d
        return charge_refund_list

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
