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


T = TypeVar("T", bound="CreatePricingPlanGroupRequest")


@_attrs_define
class CreatePricingPlanGroupRequest:
    """
    Attributes:
        reference (str):
        upgrade_type (PricingPlanGroupUpgradeType):
        downgrade_type (PricingPlanGroupUpgradeType):
        cancellation_type (PricingPlanGroupUpgradeType):
        object_type (None | str | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        status (None | ResourceStatus | Unset):
        pricing_plans (list[PricingPlanGroupMember] | None | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    reference: str
    upgrade_type: PricingPlanGroupUpgradeType
    downgrade_type: PricingPlanGroupUpgradeType
    cancellation_type: PricingPlanGroupUpgradeType
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    pricing_plans: list[PricingPlanGroupMember] | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        upgrade_type = self.upgrade_type.value

        downgrade_type = self.downgrade_type.value

        cancellation_type = self.cancellation_type.value

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

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
        field_dict.update(
            {
                "reference": reference,
                "upgrade_type": upgrade_type,
                "downgrade_type": downgrade_type,
                "cancellation_type": cancellation_type,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
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
        reference = d.pop("reference")

        upgrade_type = PricingPlanGroupUpgradeType(d.pop("upgrade_type"))

        downgrade_type = PricingPlanGroupUpgradeType(d.pop("downgrade_type"))

        cancellation_type = PricingPlanGroupUpgradeType(d.pop("cancellation_type"))

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

        create_pricing_plan_group_request = cls(
            reference=reference,
            upgrade_type=upgrade_type,
            downgrade_type=downgrade_type,
            cancellation_type=cancellation_type,
            object_type=object_type,
            id=id,
            name=name,
            status=status,
            pricing_plans=pricing_plans,
            created_at=created_at,
            updated_at=updated_at,
        )

        create_pricing_plan_group_request.additional_properties = d
        return create_pricing_plan_group_request

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
