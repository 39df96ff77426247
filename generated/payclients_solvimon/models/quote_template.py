from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_template_status import QuoteTemplateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan_schedule_template import PricingPlanScheduleTemplate
    from ..models.pricing_plan_subscription_template import PricingPlanSubscriptionTemplate
    from ..models.quote_version_template import QuoteVersionTemplate


T = TypeVar("T", bound="QuoteTemplate")


@_attrs_define
class QuoteTemplate:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (str | Unset):
        reference (str | Unset):
        description (None | str | Unset):
        status (QuoteTemplateStatus | Unset):
        pricing_plan_subscription (PricingPlanSubscriptionTemplate | Unset):
        pricing_plan_schedule (PricingPlanScheduleTemplate | Unset):
        quote_version (QuoteVersionTemplate | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    reference: str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: QuoteTemplateStatus | Unset = UNSET
    pricing_plan_subscription: PricingPlanSubscriptionTemplate | Unset = UNSET
    pricing_plan_schedule: PricingPlanScheduleTemplate | Unset = UNSET
    quote_version: QuoteVersionTemplate | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        name = self.name

        reference = self.reference

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        pricing_plan_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()

        pricing_plan_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_schedule, Unset):
            pricing_plan_schedule = self.pricing_plan_schedule.to_dict()

        quote_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_version, Unset):
            quote_version = self.quote_version.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if pricing_plan_schedule is not UNSET:
            field_dict["pricing_plan_schedule"] = pricing_plan_schedule
        if quote_version is not UNSET:
            field_dict["quote_version"] = quote_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan_schedule_template import PricingPlanScheduleTemplate
        from ..models.pricing_plan_subscription_template import PricingPlanSubscriptionTemplate
        from ..models.quote_version_template import QuoteVersionTemplate

        d = dict(src_dict)

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

        name = d.pop("name", UNSET)

        reference = d.pop("reference", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _status = d.pop("status", UNSET)
        status: QuoteTemplateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QuoteTemplateStatus(_status)

        _pricing_plan_subscription = d.pop("pricing_plan_subscription", UNSET)
        pricing_plan_subscription: PricingPlanSubscriptionTemplate | Unset
        if isinstance(_pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        else:
            pricing_plan_subscription = PricingPlanSubscriptionTemplate.from_dict(_pricing_plan_subscription)

        _pricing_plan_schedule = d.pop("pricing_plan_schedule", UNSET)
        pricing_plan_schedule: PricingPlanScheduleTemplate | Unset
        if isinstance(_pricing_plan_schedule, Unset):
            pricing_plan_schedule = UNSET
        else:
            pricing_plan_schedule = PricingPlanScheduleTemplate.from_dict(_pricing_plan_schedule)

        _quote_version = d.pop("quote_version", UNSET)
        quote_version: QuoteVersionTemplate | Unset
        if isinstance(_quote_version, Unset):
            quote_version = UNSET
        else:
            quote_version = QuoteVersionTemplate.from_dict(_quote_version)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        quote_template = cls(
            object_type=object_type,
            id=id,
            name=name,
            reference=reference,
            description=description,
            status=status,
            pricing_plan_subscription=pricing_plan_subscription,
            pricing_plan_schedule=pricing_plan_schedule,
            quote_version=quote_version,
            created_at=created_at,
            updated_at=updated_at,
        )

        quote_template.additional_properties = d
        return quote_template

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
