from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anticipation_request import AnticipationRequest


T = TypeVar("T", bound="AnticipationList")


@_attrs_define
class AnticipationList:
    """
    Attributes:
        anticipations (list[AnticipationRequest] | Unset):
        count (int | Unset):
    """

    anticipations: list[AnticipationRequest] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anticipations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.anticipations, Unset):
            anticipations = []
            for anticipations_item_data in self.anticipations:
                anticipations_item = anticipations_item_data.to_dict()
                anticipations.append(anticipations_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anticipations is not UNSET:
            field_dict["anticipations"] = anticipations
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anticipation_request import AnticipationRequest

        d = dict(src_dict)
        _anticipations = d.pop("anticipations", UNSET)
        anticipations: list[AnticipationRequest] | Unset = UNSET
        if _anticipations is not UNSET:
            anticipations = []
            for anticipations_item_data in _anticipations:
                anticipations_item = AnticipationRequest.from_dict(anticipations_item_data)

                anticipations.append(anticipations_item)

        count = d.pop("count", UNSET)

        anticipation_list = cls(
            anticipations=anticipations,
            count=count,
        )

        anticipation_list.additional_properties = d
        return anticipation_list

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
