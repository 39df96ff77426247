from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pix_recurring_journey import PixRecurringJourney
from ..models.pix_recurring_retry_policy import PixRecurringRetryPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixRecurringOptionsInput")


@_attrs_define
class PixRecurringOptionsInput:
    """
    Attributes:
        retry_policy (PixRecurringRetryPolicy | Unset):
        journey (PixRecurringJourney | Unset):
        minimum_value (int | Unset): Lowest value the payer authorizes, in cents.
    """

    retry_policy: PixRecurringRetryPolicy | Unset = UNSET
    journey: PixRecurringJourney | Unset = UNSET
    minimum_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retry_policy: str | Unset = UNSET
        if not isinstance(self.retry_policy, Unset):
            retry_policy = self.retry_policy.value

        journey: str | Unset = UNSET
        if not isinstance(self.journey, Unset):
            journey = self.journey.value

        minimum_value = self.minimum_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retry_policy is not UNSET:
            field_dict["retryPolicy"] = retry_policy
        if journey is not UNSET:
            field_dict["journey"] = journey
        if minimum_value is not UNSET:
            field_dict["minimumValue"] = minimum_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _retry_policy = d.pop("retryPolicy", UNSET)
        retry_policy: PixRecurringRetryPolicy | Unset
        if isinstance(_retry_policy, Unset):
            retry_policy = UNSET
        else:
            retry_policy = PixRecurringRetryPolicy(_retry_policy)

        _journey = d.pop("journey", UNSET)
        journey: PixRecurringJourney | Unset
        if isinstance(_journey, Unset):
            journey = UNSET
        else:
            journey = PixRecurringJourney(_journey)

        minimum_value = d.pop("minimumValue", UNSET)

        pix_recurring_options_input = cls(
            retry_policy=retry_policy,
            journey=journey,
            minimum_value=minimum_value,
        )

        pix_recurring_options_input.additional_properties = d
        return pix_recurring_options_input

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
