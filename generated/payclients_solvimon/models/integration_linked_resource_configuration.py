from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_link_detail import IntegrationLinkDetail


T = TypeVar("T", bound="IntegrationLinkedResourceConfiguration")


@_attrs_define
class IntegrationLinkedResourceConfiguration:
    """Link settings per resource type.

    Attributes:
        resource_type (str | Unset):
        link_details (list[IntegrationLinkDetail] | Unset):
    """

    resource_type: str | Unset = UNSET
    link_details: list[IntegrationLinkDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        link_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.link_details, Unset):
            link_details = []
            for link_details_item_data in self.link_details:
                link_details_item = link_details_item_data.to_dict()
                link_details.append(link_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if link_details is not UNSET:
            field_dict["link_details"] = link_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_link_detail import IntegrationLinkDetail

        d = dict(src_dict)
        resource_type = d.pop("resource_type", UNSET)

        _link_details = d.pop("link_details", UNSET)
        link_details: list[IntegrationLinkDetail] | Unset = UNSET
        if _link_details is not UNSET:
            link_details = []
            for link_details_item_data in _link_details:
                link_details_item = IntegrationLinkDetail.from_dict(link_details_item_data)

                link_details.append(link_details_item)

        integration_linked_resource_configuration = cls(
            resource_type=resource_type,
            link_details=link_details,
        )

        integration_linked_resource_configuration.additional_properties = d
        return integration_linked_resource_configuration

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
