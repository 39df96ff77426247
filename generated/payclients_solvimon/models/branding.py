from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.colors import Colors
    from ..models.image import Image


T = TypeVar("T", bound="Branding")


@_attrs_define
class Branding:
    """
    Attributes:
        colors (Colors | Unset):
        logo (Image | Unset):
        emblem (Image | Unset):
        name (str | Unset):
        domain (str | Unset):
    """

    colors: Colors | Unset = UNSET
    logo: Image | Unset = UNSET
    emblem: Image | Unset = UNSET
    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        colors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors.to_dict()

        logo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo, Unset):
            logo = self.logo.to_dict()

        emblem: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emblem, Unset):
            emblem = self.emblem.to_dict()

        name = self.name

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if colors is not UNSET:
            field_dict["colors"] = colors
        if logo is not UNSET:
            field_dict["logo"] = logo
        if emblem is not UNSET:
            field_dict["emblem"] = emblem
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.colors import Colors
        from ..models.image import Image

        d = dict(src_dict)
        _colors = d.pop("colors", UNSET)
        colors: Colors | Unset
        if isinstance(_colors, Unset):
            colors = UNSET
        else:
            colors = Colors.from_dict(_colors)

        _logo = d.pop("logo", UNSET)
        logo: Image | Unset
        if isinstance(_logo, Unset):
            logo = UNSET
        else:
            logo = Image.from_dict(_logo)

        _emblem = d.pop("emblem", UNSET)
        emblem: Image | Unset
        if isinstance(_emblem, Unset):
            emblem = UNSET
        else:
            emblem = Image.from_dict(_emblem)

        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        branding = cls(
            colors=colors,
            logo=logo,
            emblem=emblem,
            name=name,
            domain=domain,
        )

        branding.additional_properties = d
        return branding

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
