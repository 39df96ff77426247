from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_detail import LinkDetail


T = TypeVar("T", bound="LinkedIntegration")


@_attrs_define
class LinkedIntegration:
    """An integration this resource is linked to.

    Attributes:
        id (str | Unset):
        link_details (list[LinkDetail] | Unset):
    """

    id: str | Unset = UNSET
    link_details: list[LinkDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        link_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.link_details, Unset):
            link_details = []
            for link_details_item_data in self.link_details:
                link_details_item = link_details_item_data.to_dict()
                link_details.append(link_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if link_details is not UNSET:
            field_dict["link_details"] = link_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link_detail import LinkDetail

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _link_details = d.pop("link_details", UNSET)
        link_details: list[LinkDetail] | Unset = UNSET
        if _link_details is not UNSET:
            link_details = []
            for link_details_item_data in _link_details:
                link_details_item = LinkDetail.from_dict(link_details_item_data)

                link_details.append(link_details_item)

        linked_integration = cls(
            id=id,
            link_details=link_details,
        )

        linked_integration.additional_properties = d
        return linked_integration

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
