from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_trigger_event_variant import UsageTriggerEventVariant
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageTriggerEvent")


@_attrs_define
class UsageTriggerEvent:
    """
    Attributes:
        variant (None | Unset | UsageTriggerEventVariant):
        customer_id (None | str | Unset):
        parent_customer_id (None | str | Unset):
        threshold (None | str | Unset):
        threshold_type (None | str | Unset):
        limit (None | str | Unset):
        consumed (None | str | Unset):
        period_start (None | str | Unset):
        period_end (None | str | Unset):
    """

    variant: None | Unset | UsageTriggerEventVariant = UNSET
    customer_id: None | str | Unset = UNSET
    parent_customer_id: None | str | Unset = UNSET
    threshold: None | str | Unset = UNSET
    threshold_type: None | str | Unset = UNSET
    limit: None | str | Unset = UNSET
    consumed: None | str | Unset = UNSET
    period_start: None | str | Unset = UNSET
    period_end: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, UsageTriggerEventVariant):
            variant = self.variant.value
        else:
            variant = self.variant

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        parent_customer_id: None | str | Unset
        if isinstance(self.parent_customer_id, Unset):
            parent_customer_id = UNSET
        else:
            parent_customer_id = self.parent_customer_id

        threshold: None | str | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        threshold_type: None | str | Unset
        if isinstance(self.threshold_type, Unset):
            threshold_type = UNSET
        else:
            threshold_type = self.threshold_type

        limit: None | str | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        consumed: None | str | Unset
        if isinstance(self.consumed, Unset):
            consumed = UNSET
        else:
            consumed = self.consumed

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        else:
            period_start = self.period_start

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        else:
            period_end = self.period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if parent_customer_id is not UNSET:
            field_dict["parent_customer_id"] = parent_customer_id
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if threshold_type is not UNSET:
            field_dict["threshold_type"] = threshold_type
        if limit is not UNSET:
            field_dict["limit"] = limit
        if consumed is not UNSET:
            field_dict["consumed"] = consumed
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_variant(data: object) -> None | Unset | UsageTriggerEventVariant:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = UsageTriggerEventVariant(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTriggerEventVariant, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_parent_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_customer_id = _parse_parent_customer_id(d.pop("parent_customer_id", UNSET))

        def _parse_threshold(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        def _parse_threshold_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_type = _parse_threshold_type(d.pop("threshold_type", UNSET))

        def _parse_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_consumed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consumed = _parse_consumed(d.pop("consumed", UNSET))

        def _parse_period_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_period_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        usage_trigger_event = cls(
            variant=variant,
            customer_id=customer_id,
            parent_customer_id=parent_customer_id,
            threshold=threshold,
            threshold_type=threshold_type,
            limit=limit,
            consumed=consumed,
            period_start=period_start,
            period_end=period_end,
        )

        usage_trigger_event.additional_properties = d
        return usage_trigger_event

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
