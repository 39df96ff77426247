from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portal_url_settings import PortalUrlSettings


T = TypeVar("T", bound="DefaultPortalUrlSettings")


@_attrs_define
class DefaultPortalUrlSettings:
    """
    Attributes:
        customer (PortalUrlSettings | Unset):
    """

    customer: PortalUrlSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.portal_url_settings import PortalUrlSettings

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: PortalUrlSettings | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = PortalUrlSettings.from_dict(_customer)

        default_portal_url_settings = cls(
            customer=customer,
        )

        default_portal_url_settings.additional_properties = d
        return default_portal_url_settings

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
