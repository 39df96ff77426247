from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceIntegrationUpdateRequest")


@_attrs_define
class InvoiceIntegrationUpdateRequest:
    """
    Attributes:
        city_service_code (str | Unset):
        municipal_subscription (str | Unset):
        rps_number (str | Unset):
        special_tax (str | Unset):
        tax_regime (str | Unset):
        legal_nature (str | Unset):
        federal_tax_determination (str | Unset):
        municipal_tax_determination (str | Unset):
        is_portal_nacional (bool | Unset):
    """

    city_service_code: str | Unset = UNSET
    municipal_subscription: str | Unset = UNSET
    rps_number: str | Unset = UNSET
    special_tax: str | Unset = UNSET
    tax_regime: str | Unset = UNSET
    legal_nature: str | Unset = UNSET
    federal_tax_determination: str | Unset = UNSET
    municipal_tax_determination: str | Unset = UNSET
    is_portal_nacional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city_service_code = self.city_service_code

        municipal_subscription = self.municipal_subscription

        rps_number = self.rps_number

        special_tax = self.special_tax

        tax_regime = self.tax_regime

        legal_nature = self.legal_nature

        federal_tax_determination = self.federal_tax_determination

        municipal_tax_determination = self.municipal_tax_determination

        is_portal_nacional = self.is_portal_nacional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city_service_code is not UNSET:
            field_dict["cityServiceCode"] = city_service_code
        if municipal_subscription is not UNSET:
            field_dict["municipalSubscription"] = municipal_subscription
        if rps_number is not UNSET:
            field_dict["rpsNumber"] = rps_number
        if special_tax is not UNSET:
            field_dict["specialTax"] = special_tax
        if tax_regime is not UNSET:
            field_dict["taxRegime"] = tax_regime
        if legal_nature is not UNSET:
            field_dict["legalNature"] = legal_nature
        if federal_tax_determination is not UNSET:
            field_dict["federalTaxDetermination"] = federal_tax_determination
        if municipal_tax_determination is not UNSET:
            field_dict["municipalTaxDetermination"] = municipal_tax_determination
        if is_portal_nacional is not UNSET:
            field_dict["isPortalNacional"] = is_portal_nacional

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city_service_code = d.pop("cityServiceCode", UNSET)

        municipal_subscription = d.pop("municipalSubscription", UNSET)

        rps_number = d.pop("rpsNumber", UNSET)

        special_tax = d.pop("specialTax", UNSET)

        tax_regime = d.pop("taxRegime", UNSET)

        legal_nature = d.pop("legalNature", UNSET)

        federal_tax_determination = d.pop("federalTaxDetermination", UNSET)

        municipal_tax_determination = d.pop("municipalTaxDetermination", UNSET)

        is_portal_nacional = d.pop("isPortalNacional", UNSET)

        invoice_integration_update_request = cls(
            city_service_code=city_service_code,
            municipal_subscription=municipal_subscription,
            rps_number=rps_number,
            special_tax=special_tax,
            tax_regime=tax_regime,
            legal_nature=legal_nature,
            federal_tax_determination=federal_tax_determination,
            municipal_tax_determination=municipal_tax_determination,
            is_portal_nacional=is_portal_nacional,
        )

        invoice_integration_update_request.additional_properties = d
        return invoice_integration_update_request

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
