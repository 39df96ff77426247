from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_refund import ChargeRefund


T = TypeVar("T", bound="ChargeRefundResponse")


@_attrs_define
class ChargeRefundResponse:
    """
    Attributes:
        refund (ChargeRefund | Unset):
    """

    refund: ChargeRefund | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund is not UNSET:
            field_dict["refund"] = refund

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_refund import ChargeRefund

        d = dict(src_dict)
        _refund = d.pop("refund", UNSET)
        refund: ChargeRefund | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = ChargeRefund.from_dict(_refund)

        charge_refund_response = cls(
            refund=refund,
        )

        charge_refund_response.additional_properties = d
        return charge_refund_response

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
