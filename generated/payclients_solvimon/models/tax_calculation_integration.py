from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_calculation_variant import TaxCalculationVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ava_tax_calculation_integration import AvaTaxCalculationIntegration
    from ..models.custom_tax_code import CustomTaxCode


T = TypeVar("T", bound="TaxCalculationIntegration")


@_attrs_define
class TaxCalculationIntegration:
    """Tax calculation integration settings.

    Attributes:
        billing_entity_id (str | Unset):
        variant (TaxCalculationVariant | Unset): Tax calculation provider.
        ava_tax (AvaTaxCalculationIntegration | Unset): Avalara AvaTax settings.
        custom_tax_codes (list[CustomTaxCode] | Unset):
        enable_tax_filing (bool | Unset):
    """

    billing_entity_id: str | Unset = UNSET
    variant: TaxCalculationVariant | Unset = UNSET
    ava_tax: AvaTaxCalculationIntegration | Unset = UNSET
    custom_tax_codes: list[CustomTaxCode] | Unset = UNSET
    enable_tax_filing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_entity_id = self.billing_entity_id

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        ava_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ava_tax, Unset):
            ava_tax = self.ava_tax.to_dict()

        custom_tax_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_tax_codes, Unset):
            custom_tax_codes = []
            for custom_tax_codes_item_data in self.custom_tax_codes:
                custom_tax_codes_item = custom_tax_codes_item_data.to_dict()
                custom_tax_codes.append(custom_tax_codes_item)

        enable_tax_filing = self.enable_tax_filing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if ava_tax is not UNSET:
            field_dict["ava_tax"] = ava_tax
        if custom_tax_codes is not UNSET:
            field_dict["custom_tax_codes"] = custom_tax_codes
        if enable_tax_filing is not UNSET:
            field_dict["enable_tax_filing"] = enable_tax_filing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ava_tax_calculation_integration import AvaTaxCalculationIntegration
        from ..models.custom_tax_code import CustomTaxCode

        d = dict(src_dict)
        billing_entity_id = d.pop("billing_entity_id", UNSET)

        _variant = d.pop("variant", UNSET)
        variant: TaxCalculationVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = TaxCalculationVariant(_variant)

        _ava_tax = d.pop("ava_tax", UNSET)
        ava_tax: AvaTaxCalculationIntegration | Unset
        if isinstance(_ava_tax, Unset):
            ava_tax = UNSET
        else:
            ava_tax = AvaTaxCalculationIntegration.from_dict(_ava_tax)

        _custom_tax_codes = d.pop("custom_tax_codes", UNSET)
        custom_tax_codes: list[CustomTaxCode] | Unset = UNSET
        if _custom_tax_codes is not UNSET:
            custom_tax_codes = []
            for custom_tax_codes_item_data in _custom_tax_codes:
                custom_tax_codes_item = CustomTaxCode.from_dict(custom_tax_codes_item_data)

                custom_tax_codes.append(custom_tax_codes_item)

        enable_tax_filing = d.pop("enable_tax_filing", UNSET)

        tax_calculation_integration = cls(
            billing_entity_id=billing_entity_id,
            variant=variant,
            ava_tax=ava_tax,
            custom_tax_codes=custom_tax_codes,
            enable_tax_filing=enable_tax_filing,
        )

        tax_calculation_integration.additional_properties = d
        return tax_calculation_integration

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
