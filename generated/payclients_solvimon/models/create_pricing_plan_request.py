from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.invoice_pricing_amount_type import InvoicePricingAmountType
from ..models.pricing_plan_type import PricingPlanType
from ..models.pricing_plan_variant import PricingPlanVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.pricing_plan_version_info import PricingPlanVersionInfo
    from ..models.selection_rule import SelectionRule


T = TypeVar("T", bound="CreatePricingPlanRequest")


@_attrs_define
class CreatePricingPlanRequest:
    """
    Attributes:
        reference (str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        customer_id (None | str | Unset):
        type_ (None | PricingPlanType | Unset):
        amount_type (InvoicePricingAmountType | Unset): Whether the prices on an invoice exclude or include tax.
        pricing_plan_version_infos (list[PricingPlanVersionInfo] | None | Unset):
        pricing_plan_selection_rules (list[SelectionRule] | None | Unset):
        pricing_currencies (list[Currency] | None | Unset):
        variant (None | PricingPlanVariant | Unset):
        custom_fields (list[CustomFieldValue] | None | Unset):
    """

    reference: str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    type_: None | PricingPlanType | Unset = UNSET
    amount_type: InvoicePricingAmountType | Unset = UNSET
    pricing_plan_version_infos: list[PricingPlanVersionInfo] | None | Unset = UNSET
    pricing_plan_selection_rules: list[SelectionRule] | None | Unset = UNSET
    pricing_currencies: list[Currency] | None | Unset = UNSET
    variant: None | PricingPlanVariant | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PricingPlanType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        amount_type: str | Unset = UNSET
        if not isinstance(self.amount_type, Unset):
            amount_type = self.amount_type.value

        pricing_plan_version_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_plan_version_infos, Unset):
            pricing_plan_version_infos = UNSET
        elif isinstance(self.pricing_plan_version_infos, list):
            pricing_plan_version_infos = []
            for pricing_plan_version_infos_type_0_item_data in self.pricing_plan_version_infos:
                pricing_plan_version_infos_type_0_item = pricing_plan_version_infos_type_0_item_data.to_dict()
                pricing_plan_version_infos.append(pricing_plan_version_infos_type_0_item)

        else:
            pricing_plan_version_infos = self.pricing_plan_version_infos

        pricing_plan_selection_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_plan_selection_rules, Unset):
            pricing_plan_selection_rules = UNSET
        elif isinstance(self.pricing_plan_selection_rules, list):
            pricing_plan_selection_rules = []
            for pricing_plan_selection_rules_type_0_item_data in self.pricing_plan_selection_rules:
                pricing_plan_selection_rules_type_0_item = pricing_plan_selection_rules_type_0_item_data.to_dict()
                pricing_plan_selection_rules.append(pricing_plan_selection_rules_type_0_item)

        else:
            pricing_plan_selection_rules = self.pricing_plan_selection_rules

        pricing_currencies: list[str] | None | Unset
        if isinstance(self.pricing_currencies, Unset):
            pricing_currencies = UNSET
        elif isinstance(self.pricing_currencies, list):
            pricing_currencies = []
            for pricing_currencies_type_0_item_data in self.pricing_currencies:
                pricing_currencies_type_0_item = pricing_currencies_type_0_item_data.value
                pricing_currencies.append(pricing_currencies_type_0_item)

        else:
            pricing_currencies = self.pricing_currencies

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, PricingPlanVariant):
            variant = self.variant.value
        else:
            variant = self.variant

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_type is not UNSET:
            field_dict["amount_type"] = amount_type
        if pricing_plan_version_infos is not UNSET:
            field_dict["pricing_plan_version_infos"] = pricing_plan_version_infos
        if pricing_plan_selection_rules is not UNSET:
            field_dict["pricing_plan_selection_rules"] = pricing_plan_selection_rules
        if pricing_currencies is not UNSET:
            field_dict["pricing_currencies"] = pricing_currencies
        if variant is not UNSET:
            field_dict["variant"] = variant
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value import CustomFieldValue
        from ..models.pricing_plan_version_info import PricingPlanVersionInfo
        from ..models.selection_rule import SelectionRule

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_type_(data: object) -> None | PricingPlanType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PricingPlanType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _amount_type = d.pop("amount_type", UNSET)
        amount_type: InvoicePricingAmountType | Unset
        if isinstance(_amount_type, Unset):
            amount_type = UNSET
        else:
            amount_type = InvoicePricingAmountType(_amount_type)

        def _parse_pricing_plan_version_infos(data: object) -> list[PricingPlanVersionInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_version_infos_type_0 = []
                _pricing_plan_version_infos_type_0 = data
                for pricing_plan_version_infos_type_0_item_data in _pricing_plan_version_infos_type_0:
                    pricing_plan_version_infos_type_0_item = PricingPlanVersionInfo.from_dict(
                        pricing_plan_version_infos_type_0_item_data
                    )

                    pricing_plan_version_infos_type_0.append(pricing_plan_version_infos_type_0_item)

                return pricing_plan_version_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanVersionInfo] | None | Unset, data)

        pricing_plan_version_infos = _parse_pricing_plan_version_infos(d.pop("pricing_plan_version_infos", UNSET))

        def _parse_pricing_plan_selection_rules(data: object) -> list[SelectionRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plan_selection_rules_type_0 = []
                _pricing_plan_selection_rules_type_0 = data
                for pricing_plan_selection_rules_type_0_item_data in _pricing_plan_selection_rules_type_0:
                    pricing_plan_selection_rules_type_0_item = SelectionRule.from_dict(
                        pricing_plan_selection_rules_type_0_item_data
                    )

                    pricing_plan_selection_rules_type_0.append(pricing_plan_selection_rules_type_0_item)

                return pricing_plan_selection_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SelectionRule] | None | Unset, data)

        pricing_plan_selection_rules = _parse_pricing_plan_selection_rules(d.pop("pricing_plan_selection_rules", UNSET))

        def _parse_pricing_currencies(data: object) -> list[Currency] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_currencies_type_0 = []
                _pricing_currencies_type_0 = data
                for pricing_currencies_type_0_item_data in _pricing_currencies_type_0:
                    pricing_currencies_type_0_item = Currency(pricing_currencies_type_0_item_data)

                    pricing_currencies_type_0.append(pricing_currencies_type_0_item)

                return pricing_currencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Currency] | None | Unset, data)

        pricing_currencies = _parse_pricing_currencies(d.pop("pricing_currencies", UNSET))

        def _parse_variant(data: object) -> None | PricingPlanVariant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = PricingPlanVariant(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanVariant | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_custom_fields(data: object) -> list[CustomFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldValue.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldValue] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        create_pricing_plan_request = cls(
            reference=reference,
            object_type=object_type,
            id=id,
            name=name,
            description=description,
            customer_id=customer_id,
            type_=type_,
            amount_type=amount_type,
            pricing_plan_version_infos=pricing_plan_version_infos,
            pricing_plan_selection_rules=pricing_plan_selection_rules,
            pricing_currencies=pricing_currencies,
            variant=variant,
            custom_fields=custom_fields,
        )

        create_pricing_plan_request.additional_properties = d
        return create_pricing_plan_request

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
