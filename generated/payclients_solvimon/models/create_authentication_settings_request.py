from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authentication_settings_api_key import AuthenticationSettingsApiKey
    from ..models.client_credentials import ClientCredentials
    from ..models.username_password import UsernamePassword


T = TypeVar("T", bound="CreateAuthenticationSettingsRequest")


@_attrs_define
class CreateAuthenticationSettingsRequest:
    """
    Attributes:
        api_key (AuthenticationSettingsApiKey | Unset): API key sent in a header.
        client_credentials (ClientCredentials | Unset): OAuth client credentials.
        username_password (UsernamePassword | Unset): Username and password.
    """

    api_key: AuthenticationSettingsApiKey | Unset = UNSET
    client_credentials: ClientCredentials | Unset = UNSET
    username_password: UsernamePassword | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key, Unset):
            api_key = self.api_key.to_dict()

        client_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_credentials, Unset):
            client_credentials = self.client_credentials.to_dict()

        username_password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.username_password, Unset):
            username_password = self.username_password.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client_credentials is not UNSET:
            field_dict["client_credentials"] = client_credentials
        if username_password is not UNSET:
            field_dict["username_password"] = username_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.authentication_settings_api_key import AuthenticationSettingsApiKey
        from ..models.client_credentials import ClientCredentials
        from ..models.username_password import UsernamePassword

        d = dict(src_dict)
        _api_key = d.pop("api_key", UNSET)
        api_key: AuthenticationSettingsApiKey | Unset
        if isinstance(_api_key, Unset):
            api_key = UNSET
        else:
            api_key = AuthenticationSettingsApiKey.from_dict(_api_key)

        _client_credentials = d.pop("client_credentials", UNSET)
        client_credentials: ClientCredentials | Unset
        if isinstance(_client_credentials, Unset):
            client_credentials = UNSET
        else:
            client_credentials = ClientCredentials.from_dict(_client_credentials)

        _username_password = d.pop("username_password", UNSET)
        username_password: UsernamePassword | Unset
        if isinstance(_username_password, Unset):
            username_password = UNSET
        else:
            username_password = UsernamePassword.from_dict(_username_password)

        create_authentication_settings_request = cls(
            api_key=api_key,
            client_credentials=client_credentials,
            username_password=username_password,
        )

        create_authentication_settings_request.additional_properties = d
        return create_authentication_settings_request

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
