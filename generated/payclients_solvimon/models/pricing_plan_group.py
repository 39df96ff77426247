from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_group_upgrade_type import PricingPlanGroupUpgradeType
from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan_group_member import PricingPlanGroupMember


T = TypeVar("T", bound="PricingPlanGroup")


@_attrs_define
class PricingPlanGroup:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        reference (None | str | Unset):
        name (None | str | Unset):
        status (None | ResourceStatus | Unset):
        upgrade_type (None | PricingPlanGroupUpgradeType | Unset):
        downgrade_type (None | PricingPlanGroupUpgradeType | Unset):
        cancellation_type (None | PricingPlanGroupUpgradeType | Unset):
        pricing_plans (list[PricingPlanGroupMember] | None | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    upgrade_type: None | PricingPlanGroupUpgradeType | Unset = UNSET
    downgrade_type: None | PricingPlanGroupUpgradeType | Unset = UNSET
    cancellation_type: None | PricingPlanGroupUpgradeType | Unset = UNSET
    pricing_plans: list[PricingPlanGroupMember] | None | Unset = UNSET
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

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        upgrade_type: None | str | Unset
        if isinstance(self.upgrade_type, Unset):
            upgrade_type = UNSET
        elif isinstance(self.upgrade_type, PricingPlanGroupUpgradeType):
            upgrade_type = self.upgrade_type.value
        else:
            upgrade_type = self.upgrade_type

        downgrade_type: None | str | Unset
        if isinstance(self.downgrade_type, Unset):
            downgrade_type = UNSET
        elif isinstance(self.downgrade_type, PricingPlanGroupUpgradeType):
            downgrade_type = self.downgrade_type.value
        else:
            downgrade_type = self.downgrade_type

        cancellation_type: None | str | Unset
        if isinstance(self.cancellation_type, Unset):
            cancellation_type = UNSET
        elif isinstance(self.cancellation_type, PricingPlanGroupUpgradeType):
            cancellation_type = self.cancellation_type.value
        else:
            cancellation_type = self.cancellation_type

        pricing_plans: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_plans, Unset):
            pricing_plans = UNSET
        elif isinstance(self.pricing_plans, list):
            pricing_plans = []
            for pricing_plans_type_0_item_data in self.pricing_plans:
                pricing_plans_type_0_item = pricing_plans_type_0_item_data.to_dict()
                pricing_plans.append(pricing_plans_type_0_item)

        else:
            pricing_plans = self.pricing_plans

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
        if reference is not UNSET:
            field_dict["reference"] = reference
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if upgrade_type is not UNSET:
            field_dict["upgrade_type"] = upgrade_type
        if downgrade_type is not UNSET:
            field_dict["downgrade_type"] = downgrade_type
        if cancellation_type is not UNSET:
            field_dict["cancellation_type"] = cancellation_type
        if pricing_plans is not UNSET:
            field_dict["pricing_plans"] = pricing_plans
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_plan_group_member import PricingPlanGroupMember

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_upgrade_type(data: object) -> None | PricingPlanGroupUpgradeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upgrade_type_type_0 = PricingPlanGroupUpgradeType(data)

                return upgrade_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanGroupUpgradeType | Unset, data)

        upgrade_type = _parse_upgrade_type(d.pop("upgrade_type", UNSET))

        def _parse_downgrade_type(data: object) -> None | PricingPlanGroupUpgradeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                downgrade_type_type_0 = PricingPlanGroupUpgradeType(data)

                return downgrade_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanGroupUpgradeType | Unset, data)

        downgrade_type = _parse_downgrade_type(d.pop("downgrade_type", UNSET))

        def _parse_cancellation_type(data: object) -> None | PricingPlanGroupUpgradeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancellation_type_type_0 = PricingPlanGroupUpgradeType(data)

                return cancellation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanGroupUpgradeType | Unset, data)

        cancellation_type = _parse_cancellation_type(d.pop("cancellation_type", UNSET))

        def _parse_pricing_plans(data: object) -> list[PricingPlanGroupMember] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_plans_type_0 = []
                _pricing_plans_type_0 = data
                for pricing_plans_type_0_item_data in _pricing_plans_type_0:
                    pricing_plans_type_0_item = PricingPlanGroupMember.from_dict(pricing_plans_type_0_item_data)

                    pricing_plans_type_0.append(pricing_plans_type_0_item)

                return pricing_plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingPlanGroupMember] | None | Unset, data)

        pricing_plans = _parse_pricing_plans(d.pop("pricing_plans", UNSET))

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

        pricing_plan_group = cls(
            object_type=object_type,
            id=id,
            reference=reference,
            name=name,
            status=status,
            upgrade_type=upgrade_type,
            downgrade_type=downgrade_type,
            cancellation_type=cancellation_type,
            pricing_plans=pricing_plans,
            created_at=created_at,
            updated_at=updated_at,
        )

        pricing_plan_group.additional_properties = d
        return pricing_plan_group

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
