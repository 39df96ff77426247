from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_adyen_verify_details_request import CreateAdyenVerifyDetailsRequest


T = TypeVar("T", bound="VerifyPaymentDetailsRequest")


@_attrs_define
class VerifyPaymentDetailsRequest:
    """
    Attributes:
        payment_acceptor_id (str | Unset):
        payment_gateway_variant (str | Unset):
        adyen (CreateAdyenVerifyDetailsRequest | Unset):
    """

    payment_acceptor_id: str | Unset = UNSET
    payment_gateway_variant: str | Unset = UNSET
    adyen: CreateAdyenVerifyDetailsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_acceptor_id = self.payment_acceptor_id

        payment_gateway_variant = self.payment_gateway_variant

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_acceptor_id is not UNSET:
            field_dict["payment_acceptor_id"] = payment_acceptor_id
        if payment_gateway_variant is not UNSET:
            field_dict["payment_gateway_variant"] = payment_gateway_variant
        if adyen is not UNSET:
            field_dict["adyen"] = adyen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_adyen_verify_details_request import CreateAdyenVerifyDetailsRequest

        d = dict(src_dict)
        payment_acceptor_id = d.pop("payment_acceptor_id", UNSET)

        payment_gateway_variant = d.pop("payment_gateway_variant", UNSET)

        _adyen = d.pop("adyen", UNSET)
        adyen: CreateAdyenVerifyDetailsRequest | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = CreateAdyenVerifyDetailsRequest.from_dict(_adyen)

        verify_payment_details_request = cls(
            payment_acceptor_id=payment_acceptor_id,
            payment_gateway_variant=payment_gateway_variant,
            adyen=adyen,
        )

        verify_payment_details_request.additional_properties = d
        return verify_payment_details_request

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
