from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_provider_status import AuthenticationProviderStatus
from ..models.authentication_provider_type import AuthenticationProviderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_variant import SSOVariant


T = TypeVar("T", bound="UpdateAuthenticationProviderRequest")


@_attrs_define
class UpdateAuthenticationProviderRequest:
    """
    Attributes:
        id (None | str | Unset):
        entity_id (None | str | Unset):
        type_ (AuthenticationProviderType | Unset):
        name (str | Unset):
        status (AuthenticationProviderStatus | Unset):
        sso (SSOVariant | Unset):
    """

    id: None | str | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    type_: AuthenticationProviderType | Unset = UNSET
    name: str | Unset = UNSET
    status: AuthenticationProviderStatus | Unset = UNSET
    sso: SSOVariant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sso: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sso, Unset):
            sso = self.sso.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if sso is not UNSET:
            field_dict["sso"] = sso

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sso_variant import SSOVariant

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: AuthenticationProviderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AuthenticationProviderType(_type_)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: AuthenticationProviderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AuthenticationProviderStatus(_status)

        _sso = d.pop("sso", UNSET)
        sso: SSOVariant | Unset
        if isinstance(_sso, Unset):
            sso = UNSET
        else:
            sso = SSOVariant.from_dict(_sso)

        update_authentication_provider_request = cls(
            id=id,
            entity_id=entity_id,
            type_=type_,
            name=name,
            status=status,
            sso=sso,
        )

        update_authentication_provider_request.additional_properties = d
        return update_authentication_provider_request

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
