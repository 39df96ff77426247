from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_subscription_workflow_variant import PricingPlanSubscriptionWorkflowVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="PricingPlanSubscriptionWorkflow")


@_attrs_define
class PricingPlanSubscriptionWorkflow:
    """
    Attributes:
        variant (PricingPlanSubscriptionWorkflowVariant | Unset):
        reminder_periods (list[Period] | None | Unset):
    """

    variant: PricingPlanSubscriptionWorkflowVariant | Unset = UNSET
    reminder_periods: list[Period] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        reminder_periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.reminder_periods, Unset):
            reminder_periods = UNSET
        elif isinstance(self.reminder_periods, list):
            reminder_periods = []
            for reminder_periods_type_0_item_data in self.reminder_periods:
                reminder_periods_type_0_item = reminder_periods_type_0_item_data.to_dict()
                reminder_periods.append(reminder_periods_type_0_item)

        else:
            reminder_periods = self.reminder_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if reminder_periods is not UNSET:
            field_dict["reminder_periods"] = reminder_periods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: PricingPlanSubscriptionWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = PricingPlanSubscriptionWorkflowVariant(_variant)

        def _parse_reminder_periods(data: object) -> list[Period] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reminder_periods_type_0 = []
                _reminder_periods_type_0 = data
                for reminder_periods_type_0_item_data in _reminder_periods_type_0:
                    reminder_periods_type_0_item = Period.from_dict(reminder_periods_type_0_item_data)

                    reminder_periods_type_0.append(reminder_periods_type_0_item)

                return reminder_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Period] | None | Unset, data)

        reminder_periods = _parse_reminder_periods(d.pop("reminder_periods", UNSET))

        pricing_plan_subscription_workflow = cls(
            variant=variant,
            reminder_periods=reminder_periods,
        )

        pricing_plan_subscription_workflow.additional_properties = d
        return pricing_plan_subscription_workflow

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
