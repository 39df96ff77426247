from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_period_option import BillingPeriodOption


T = TypeVar("T", bound="BillingPeriodSettings")


@_attrs_define
class BillingPeriodSettings:
    """
    Attributes:
        billing_periods (list[BillingPeriodOption] | None | Unset):
    """

    billing_periods: list[BillingPeriodOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.billing_periods, Unset):
            billing_periods = UNSET
        elif isinstance(self.billing_periods, list):
            billing_periods = []
            for billing_periods_type_0_item_data in self.billing_periods:
                billing_periods_type_0_item = billing_periods_type_0_item_data.to_dict()
                billing_periods.append(billing_periods_type_0_item)

        else:
            billing_periods = self.billing_periods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_periods is not UNSET:
            field_dict["billing_periods"] = billing_periods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_period_option import BillingPeriodOption

        d = dict(src_dict)

        def _parse_billing_periods(data: object) -> list[BillingPeriodOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                billing_periods_type_0 = []
                _billing_periods_type_0 = data
                for billing_periods_type_0_item_data in _billing_periods_type_0:
                    billing_periods_type_0_item = BillingPeriodOption.from_dict(billing_periods_type_0_item_data)

                    billing_periods_type_0.append(billing_periods_type_0_item)

                return billing_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BillingPeriodOption] | None | Unset, data)

        billing_periods = _parse_billing_periods(d.pop("billing_periods", UNSET))

        billing_period_settings = cls(
            billing_periods=billing_periods,
        )

        billing_period_settings.additional_properties = d
        return billing_period_settings

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
