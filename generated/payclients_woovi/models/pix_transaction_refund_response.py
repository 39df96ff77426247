from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund import Refund


T = TypeVar("T", bound="PixTransactionRefundResponse")


@_attrs_define
class PixTransactionRefundResponse:
    """
    Attributes:
        pix_transaction_refund (Refund | Unset):
    """

    pix_transaction_refund: Refund | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pix_transaction_refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pix_transaction_refund, Unset):
            pix_transaction_refund = self.pix_transaction_refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pix_transaction_refund is not UNSET:
            field_dict["pixTransactionRefund"] = pix_transaction_refund

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund import Refund

        d = dict(src_dict)
        _pix_transaction_refund = d.pop("pixTransactionRefund", UNSET)
        pix_transaction_refund: Refund | Unset
        if isinstance(_pix_transaction_refund, Unset):
            pix_transaction_refund = UNSET
        else:
            pix_transaction_refund = Refund.from_dict(_pix_transaction_refund)

        pix_transaction_refund_response = cls(
            pix_transaction_refund=pix_transaction_refund,
        )

        pix_transaction_refund_response.additional_properties = d
        return pix_transaction_refund_response

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
