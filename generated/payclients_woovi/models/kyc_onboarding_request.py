from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kyc_onboarding_representative import KycOnboardingRepresentative


T = TypeVar("T", bound="KycOnboardingRequest")


@_attrs_define
class KycOnboardingRequest:
    """
    Attributes:
        tax_id (str): CNPJ of the merchant.
        correlation_id (str | Unset):
        redirect_url (str | Unset): Where the merchant is sent after finishing.
        representatives (list[KycOnboardingRepresentative] | Unset):
    """

    tax_id: str
    correlation_id: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    representatives: list[KycOnboardingRepresentative] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        correlation_id = self.correlation_id

        redirect_url = self.redirect_url

        representatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.representatives, Unset):
            representatives = []
            for representatives_item_data in self.representatives:
                representatives_item = representatives_item_data.to_dict()
                representatives.append(representatives_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxID": tax_id,
            }
        )
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if representatives is not UNSET:
            field_dict["representatives"] = representatives

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kyc_onboarding_representative import KycOnboardingRepresentative

        d = dict(src_dict)
        tax_id = d.pop("taxID")

        correlation_id = d.pop("correlationID", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        _representatives = d.pop("representatives", UNSET)
        representatives: list[KycOnboardingRepresentative] | Unset = UNSET
        if _representatives is not UNSET:
            representatives = []
            for representatives_item_data in _representatives:
                representatives_item = KycOnboardingRepresentative.from_dict(representatives_item_data)

                representatives.append(representatives_item)

        kyc_onboarding_request = cls(
            tax_id=tax_id,
            correlation_id=correlation_id,
            redirect_url=redirect_url,
            representatives=representatives,
        )

        kyc_onboarding_request.additional_properties = d
        return kyc_onboarding_request

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
