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


T = TypeVar("T", bound="CreateUsageLimitRequest")


@_attrs_define
class CreateUsageLimitRequest:
    """
    Attributes:
        customer_id (str):
        meter_value_calculation_id (str):
        scope (UsageLimitScope):
        limit (UsageLimitValue):
        object_type (None | str | Unset):
        id (None | str | Unset):
        status (None | ResourceStatus | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    customer_id: str
    meter_value_calculation_id: str
    scope: UsageLimitScope
    limit: UsageLimitValue
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        meter_value_calculation_id = self.meter_value_calculation_id

        scope = self.scope.value

        limit = self.limit.to_dict()

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
                "customer_id": customer_id,
                "meter_value_calculation_id": meter_value_calculation_id,
                "scope": scope,
                "limit": limit,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.usage_limit_value import UsageLimitValue

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        meter_value_calculation_id = d.pop("meter_value_calculation_id")

        scope = UsageLimitScope(d.pop("scope"))

        limit = UsageLimitValue.from_dict(d.pop("limit"))

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

        create_usage_limit_request = cls(
            customer_id=customer_id,
            meter_value_calculation_id=meter_value_calculation_id,
            scope=scope,
            limit=limit,
            object_type=object_type,
            id=id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        create_usage_limit_request.additional_properties = d
        return create_usage_limit_request

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
