from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authentication_settings import AuthenticationSettings


T = TypeVar("T", bound="DownloadSettings")


@_attrs_define
class DownloadSettings:
    """
    Attributes:
        authentication (AuthenticationSettings | Unset): Credentials Solvimon uses towards an integrated system.
    """

    authentication: AuthenticationSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication is not UNSET:
            field_dict["authentication"] = authentication

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.authentication_settings import AuthenticationSettings

        d = dict(src_dict)
        _authentication = d.pop("authentication", UNSET)
        authentication: AuthenticationSettings | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = AuthenticationSettings.from_dict(_authentication)

        download_settings = cls(
            authentication=authentication,
        )

        download_settings.additional_properties = d
        return download_settings

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
