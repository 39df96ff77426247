from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_direct_payment_context import AdyenDirectPaymentContext


T = TypeVar("T", bound="DirectPaymentContext")


@_attrs_define
class DirectPaymentContext:
    """Direct payment.

    Attributes:
        adyen (AdyenDirectPaymentContext | Unset): Adyen options of a direct payment.
    """

    adyen: AdyenDirectPaymentContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adyen is not UNSET:
            field_dict["adyen"] = adyen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_direct_payment_context import AdyenDirectPaymentContext

        d = dict(src_dict)
        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenDirectPaymentContext | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenDirectPaymentContext.from_dict(_adyen)

        direct_payment_context = cls(
            adyen=adyen,
        )

        direct_payment_context.additional_properties = d
        return direct_payment_context

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
