from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_card import RateCard


T = TypeVar("T", bound="PricingPlanVersionInfo")


@_attrs_define
class PricingPlanVersionInfo:
    """
    Attributes:
        version (int | Unset):
        id (str | Unset):
        status (str | Unset):
        rate_card (RateCard | Unset):
    """

    version: int | Unset = UNSET
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    rate_card: RateCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        id = self.id

        status = self.status

        rate_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_card, Unset):
            rate_card = self.rate_card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if rate_card is not UNSET:
            field_dict["rate_card"] = rate_card

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rate_card import RateCard

        d = dict(src_dict)
        version = d.pop("version", UNSET)

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        _rate_card = d.pop("rate_card", UNSET)
        rate_card: RateCard | Unset
        if isinstance(_rate_card, Unset):
            rate_card = UNSET
        else:
            rate_card = RateCard.from_dict(_rate_card)

        pricing_plan_version_info = cls(
            version=version,
            id=id,
            status=status,
            rate_card=rate_card,
        )

        pricing_plan_version_info.additional_properties = d
        return pricing_plan_version_info

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
