from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_subscription_selector_field import PricingPlanSubscriptionSelectorField
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingPlanSubscriptionSelectorData")


@_attrs_define
class PricingPlanSubscriptionSelectorData:
    """A value the selector matches against.

    Attributes:
        field (PricingPlanSubscriptionSelectorField | Unset): Field a selector rule looks at.
        value (str | Unset):
    """

    field: PricingPlanSubscriptionSelectorField | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: str | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
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

        value = d.pop("value", UNSET)

        pricing_plan_subscription_selector_data = cls(
            field=field,
            value=value,
        )

        pricing_plan_subscription_selector_data.additional_properties = d
        return pricing_plan_subscription_selector_data

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
