from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hubspot_integration import HubspotIntegration


T = TypeVar("T", bound="CrmIntegrations")


@_attrs_define
class CrmIntegrations:
    """
    Attributes:
        hubspot (HubspotIntegration | Unset):
    """

    hubspot: HubspotIntegration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hubspot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hubspot, Unset):
            hubspot = self.hubspot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hubspot is not UNSET:
            field_dict["hubspot"] = hubspot

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hubspot_integration import HubspotIntegration

        d = dict(src_dict)
        _hubspot = d.pop("hubspot", UNSET)
        hubspot: HubspotIntegration | Unset
        if isinstance(_hubspot, Unset):
            hubspot = UNSET
        else:
            hubspot = HubspotIntegration.from_dict(_hubspot)

        crm_integrations = cls(
            hubspot=hubspot,
        )

        crm_integrations.additional_properties = d
        return crm_integrations

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
