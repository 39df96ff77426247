from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_data_value import AlertDataValue


T = TypeVar("T", bound="AlertDataEntitlement")


@_attrs_define
class AlertDataEntitlement:
    """
    Attributes:
        pricing_plan_subscription_id (None | str | Unset):
        entitlement_value (AlertDataValue | Unset):
        threshold_value (AlertDataValue | Unset):
        used_value (AlertDataValue | Unset):
    """

    pricing_plan_subscription_id: None | str | Unset = UNSET
    entitlement_value: AlertDataValue | Unset = UNSET
    threshold_value: AlertDataValue | Unset = UNSET
    used_value: AlertDataValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        entitlement_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement_value, Unset):
            entitlement_value = self.entitlement_value.to_dict()

        threshold_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threshold_value, Unset):
            threshold_value = self.threshold_value.to_dict()

        used_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.used_value, Unset):
            used_value = self.used_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if entitlement_value is not UNSET:
            field_dict["entitlement_value"] = entitlement_value
        if threshold_value is not UNSET:
            field_dict["threshold_value"] = threshold_value
        if used_value is not UNSET:
            field_dict["used_value"] = used_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_data_value import AlertDataValue

        d = dict(src_dict)

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        _entitlement_value = d.pop("entitlement_value", UNSET)
        entitlement_value: AlertDataValue | Unset
        if isinstance(_entitlement_value, Unset):
            entitlement_value = UNSET
        else:
            entitlement_value = AlertDataValue.from_dict(_entitlement_value)

        _threshold_value = d.pop("threshold_value", UNSET)
        threshold_value: AlertDataValue | Unset
        if isinstance(_threshold_value, Unset):
            threshold_value = UNSET
        else:
            threshold_value = AlertDataValue.from_dict(_threshold_value)

        _used_value = d.pop("used_value", UNSET)
        used_value: AlertDataValue | Unset
        if isinstance(_used_value, Unset):
            used_value = UNSET
        else:
            used_value = AlertDataValue.from_dict(_used_value)

        alert_data_entitlement = cls(
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            entitlement_value=entitlement_value,
            threshold_value=threshold_value,
            used_value=used_value,
        )

        alert_data_entitlement.additional_properties = d
        return alert_data_entitlement

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
