from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAccount")


@_attrs_define
class WebhookAccount:
    """Account the event belongs to; the fields sent vary by event.

    Attributes:
        id (str | Unset):
        account_id (str | Unset):
        client_id (str | Unset):
        name (str | Unset):
        status (str | Unset):
        code (str | Unset):
        branch (str | Unset):
        account (str | Unset):
        tax_id (str | Unset):
        environment (str | Unset):
    """

    id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    code: str | Unset = UNSET
    branch: str | Unset = UNSET
    account: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        client_id = self.client_id

        name = self.name

        status = self.status

        code = self.code

        branch = self.branch

        account = self.account

        tax_id = self.tax_id

        environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if branch is not UNSET:
            field_dict["branch"] = branch
        if account is not UNSET:
            field_dict["account"] = account
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        account_id = d.pop("accountId", UNSET)

        client_id = d.pop("clientId", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        code = d.pop("code", UNSET)

        branch = d.pop("branch", UNSET)

        account = d.pop("account", UNSET)

        tax_id = d.pop("taxID", UNSET)

        environment = d.pop("environment", UNSET)

        webhook_account = cls(
            id=id,
            account_id=account_id,
            client_id=client_id,
            name=name,
            status=status,
            code=code,
            branch=branch,
            account=account,
            tax_id=tax_id,
            environment=environment,
        )

        webhook_account.additional_properties = d
        return webhook_account

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
