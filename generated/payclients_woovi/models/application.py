from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        name (str | Unset):
        is_active (bool | Unset):
        type_ (ApplicationType | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        app_id (str | Unset): Value to send in the Authorization header.
        company_bank_account (str | Unset):
        scopes (list[str] | Unset):
    """

    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    type_: ApplicationType | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    app_id: str | Unset = UNSET
    company_bank_account: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        client_id = self.client_id

        client_secret = self.client_secret

        app_id = self.app_id

        company_bank_account = self.company_bank_account

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if app_id is not UNSET:
            field_dict["appID"] = app_id
        if company_bank_account is not UNSET:
            field_dict["companyBankAccount"] = company_bank_account
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        is_active = d.pop("isActive", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApplicationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApplicationType(_type_)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        app_id = d.pop("appID", UNSET)

        company_bank_account = d.pop("companyBankAccount", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        application = cls(
            name=name,
            is_active=is_active,
            type_=type_,
            client_id=client_id,
            client_secret=client_secret,
            app_id=app_id,
            company_bank_account=company_bank_account,
            scopes=scopes,
        )

        application.additional_properties = d
        return application

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
