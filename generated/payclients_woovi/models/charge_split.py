from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_split_type import ChargeSplitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeSplit")


@_attrs_define
class ChargeSplit:
    """
    Attributes:
        value (int):
        pix_key (str):
        split_type (ChargeSplitType | Unset):
    """

    value: int
    pix_key: str
    split_type: ChargeSplitType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        pix_key = self.pix_key

        split_type: str | Unset = UNSET
        if not isinstance(self.split_type, Unset):
            split_type = self.split_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "pixKey": pix_key,
            }
        )
        if split_type is not UNSET:
            field_dict["splitType"] = split_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        pix_key = d.pop("pixKey")

        _split_type = d.pop("splitType", UNSET)
        split_type: ChargeSplitType | Unset
        if isinstance(_split_type, Unset):
            split_type = UNSET
        else:
            split_type = ChargeSplitType(_split_type)

        charge_split = cls(
            value=value,
            pix_key=pix_key,
            split_type=split_type,
        )

        charge_split.additional_properties = d
        return charge_split

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
