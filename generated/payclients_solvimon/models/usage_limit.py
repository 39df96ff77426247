from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_status import ResourceStatus
from ..models.usage_limit_scope import UsageLimitScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_limit_value import UsageLimitValue


T = TypeVar("T", bound="UsageLimit")


@_attrs_define
class UsageLimit:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        status (None | ResourceStatus | Unset):
        customer_id (None | str | Unset):
        meter_value_calculation_id (None | str | Unset):
        scope (None | Unset | UsageLimitScope):
        limit (None | Unset | UsageLimitValue):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    meter_value_calculation_id: None | str | Unset = UNSET
    scope: None | Unset | UsageLimitScope = UNSET
    limit: None | Unset | UsageLimitValue = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_limit_value import UsageLimitValue

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        meter_value_calculation_id: None | str | Unset
        if isinstance(self.meter_value_calculation_id, Unset):
            meter_value_calculation_id = UNSET
        else:
            meter_value_calculation_id = self.meter_value_calculation_id

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, UsageLimitScope):
            scope = self.scope.value
        else:
            scope = self.scope

        limit: dict[str, Any] | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        elif isinstance(self.limit, UsageLimitValue):
            limit = self.limit.to_dict()
        else:
            limit = self.limit

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
        if status is not UNSET:
            field_dict["status"] = status
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if meter_value_calculation_id is not UNSET:
            field_dict["meter_value_calculation_id"] = meter_value_calculation_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if limit is not UNSET:
            field_dict["limit"] = limit
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.usage_limit_value import UsageLimitValue

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

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_meter_value_calculation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_calculation_id = _parse_meter_value_calculation_id(d.pop("meter_value_calculation_id", UNSET))

        def _parse_scope(data: object) -> None | Unset | UsageLimitScope:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_0 = UsageLimitScope(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageLimitScope, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_limit(data: object) -> None | Unset | UsageLimitValue:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limit_type_0 = UsageLimitValue.from_dict(data)

                return limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageLimitValue, data)

        limit = _parse_limit(d.pop("limit", UNSET))

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

        usage_limit = cls(
            object_type=object_type,
            id=id,
            status=status,
            customer_id=customer_id,
            meter_value_calculation_id=meter_value_calculation_id,
            scope=scope,
            limit=limit,
            created_at=created_at,
            updated_at=updated_at,
        )

        usage_limit.additional_properties = d
        return usage_limit

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
