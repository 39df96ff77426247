from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anticipation_request import AnticipationRequest


T = TypeVar("T", bound="AnticipationResponse")


@_attrs_define
class AnticipationResponse:
    """
    Attributes:
        anticipation (AnticipationRequest | Unset):
    """

    anticipation: AnticipationRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anticipation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anticipation, Unset):
            anticipation = self.anticipation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anticipation is not UNSET:
            field_dict["anticipation"] = anticipation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anticipation_request import AnticipationRequest

        d = dict(src_dict)
        _anticipation = d.pop("anticipation", UNSET)
        anticipation: AnticipationRequest | Unset
        if isinstance(_anticipation, Unset):
            anticipation = UNSET
        else:
            anticipation = AnticipationRequest.from_dict(_anticipation)

        anticipation_response = cls(
            anticipation=anticipation,
        )

        anticipation_response.additional_properties = d
        return anticipation_response

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
