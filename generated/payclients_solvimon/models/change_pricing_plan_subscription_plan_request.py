from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="ChangePricingPlanSubscriptionPlanRequest")


@_attrs_define
class ChangePricingPlanSubscriptionPlanRequest:
    """
    Attributes:
        pricing_plan_id (str):
        start_at (datetime.datetime | None | Unset):
        billing_period (None | Period | Unset):
    """

    pricing_plan_id: str
    start_at: datetime.datetime | None | Unset = UNSET
    billing_period: None | Period | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.period import Period

        pricing_plan_id = self.pricing_plan_id

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        billing_period: dict[str, Any] | None | Unset
        if isinstance(self.billing_period, Unset):
            billing_period = UNSET
        elif isinstance(self.billing_period, Period):
            billing_period = self.billing_period.to_dict()
        else:
            billing_period = self.billing_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pricing_plan_id": pricing_plan_id,
            }
        )
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period

        d = dict(src_dict)
        pricing_plan_id = d.pop("pricing_plan_id")

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_billing_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_period_type_0 = Period.from_dict(data)

                return billing_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        billing_period = _parse_billing_period(d.pop("billing_period", UNSET))

        change_pricing_plan_subscription_plan_request = cls(
            pricing_plan_id=pricing_plan_id,
            start_at=start_at,
            billing_period=billing_period,
        )

        change_pricing_plan_subscription_plan_request.additional_properties = d
        return change_pricing_plan_subscription_plan_request

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
