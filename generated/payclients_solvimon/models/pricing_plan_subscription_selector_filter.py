from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..models.pricing_plan_subscription_selector_field import PricingPlanSubscriptionSelectorField
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingPlanSubscriptionSelectorFilter")


@_attrs_define
class PricingPlanSubscriptionSelectorFilter:
    """A filter of the selector.

    Attributes:
        field (PricingPlanSubscriptionSelectorField | Unset): Field a selector rule looks at.
        type_ (Comparator | Unset): Comparison operator in a condition.
        value (str | Unset):
    """

    field: PricingPlanSubscriptionSelectorField | Unset = UNSET
    type_: Comparator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: str | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _field = d.pop("field", UNSET)
        field: PricingPlanSubscriptionSelectorField | Unset
        if isinstance(_field, Unset):
            field = UNSET
        else:
            field = PricingPlanSubscriptionSelectorField(_field)

        _type_ = d.pop("type", UNSET)
        type_: Comparator | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = Comparator(_type_)

        value = d.pop("value", UNSET)

        pricing_plan_subscription_selector_filter = cls(
            field=field,
            type_=type_,
            value=value,
        )

        pricing_plan_subscription_selector_filter.additional_properties = d
        return pricing_plan_subscription_selector_filter

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
