from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_plan_version_selector_type import PricingPlanVersionSelectorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingPlanVersionSelector")


@_attrs_define
class PricingPlanVersionSelector:
    """
    Attributes:
        pricing_plan_id (None | str | Unset):
        pricing_plan_reference (None | str | Unset):
        type_ (None | PricingPlanVersionSelectorType | Unset):
        version (int | None | Unset):
    """

    pricing_plan_id: None | str | Unset = UNSET
    pricing_plan_reference: None | str | Unset = UNSET
    type_: None | PricingPlanVersionSelectorType | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_plan_id: None | str | Unset
        if isinstance(self.pricing_plan_id, Unset):
            pricing_plan_id = UNSET
        else:
            pricing_plan_id = self.pricing_plan_id

        pricing_plan_reference: None | str | Unset
        if isinstance(self.pricing_plan_reference, Unset):
            pricing_plan_reference = UNSET
        else:
            pricing_plan_reference = self.pricing_plan_reference

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PricingPlanVersionSelectorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan_id is not UNSET:
            field_dict["pricing_plan_id"] = pricing_plan_id
        if pricing_plan_reference is not UNSET:
            field_dict["pricing_plan_reference"] = pricing_plan_reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pricing_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_id = _parse_pricing_plan_id(d.pop("pricing_plan_id", UNSET))

        def _parse_pricing_plan_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_reference = _parse_pricing_plan_reference(d.pop("pricing_plan_reference", UNSET))

        def _parse_type_(data: object) -> None | PricingPlanVersionSelectorType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PricingPlanVersionSelectorType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanVersionSelectorType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        pricing_plan_version_selector = cls(
            pricing_plan_id=pricing_plan_id,
            pricing_plan_reference=pricing_plan_reference,
            type_=type_,
            version=version,
        )

        pricing_plan_version_selector.additional_properties = d
        return pricing_plan_version_selector

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
