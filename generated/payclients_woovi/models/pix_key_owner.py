from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PixKeyOwner")


@_attrs_define
class PixKeyOwner:
    """
    Attributes:
        name (str | Unset):
        tax_id (str | Unset):
        psp (str | Unset):
        branch (str | Unset):
        account (str | Unset):
    """

    name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    psp: str | Unset = UNSET
    branch: str | Unset = UNSET
    account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tax_id = self.tax_id

        psp = self.psp

        branch = self.branch

        account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["taxID"] = tax_id
        if psp is not UNSET:
            field_dict["psp"] = psp
        if branch is not UNSET:
            field_dict["branch"] = branch
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        tax_id = d.pop("taxID", UNSET)

        psp = d.pop("psp", UNSET)

        branch = d.pop("branch", UNSET)

        account = d.pop("account", UNSET)

        pix_key_owner = cls(
            name=name,
            tax_id=tax_id,
            psp=psp,
            branch=branch,
            account=account,
        )

        pix_key_owner.additional_properties = d
        return pix_key_owner

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
