from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemOwnershipDetails")


@_attrs_define
class SystemOwnershipDetails:
    """Adyen account holder data, used with SYSTEM ownership.

    Attributes:
        account_holder_id (str | Unset):
        balance_account_id (str | Unset):
        legal_entity_id (str | Unset):
        store_id (str | Unset):
    """

    account_holder_id: str | Unset = UNSET
    balance_account_id: str | Unset = UNSET
    legal_entity_id: str | Unset = UNSET
    store_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder_id = self.account_holder_id

        balance_account_id = self.balance_account_id

        legal_entity_id = self.legal_entity_id

        store_id = self.store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder_id is not UNSET:
            field_dict["account_holder_id"] = account_holder_id
        if balance_account_id is not UNSET:
            field_dict["balance_account_id"] = balance_account_id
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_holder_id = d.pop("account_holder_id", UNSET)

        balance_account_id = d.pop("balance_account_id", UNSET)

        legal_entity_id = d.pop("legal_entity_id", UNSET)

        store_id = d.pop("store_id", UNSET)

        system_ownership_details = cls(
            account_holder_id=account_holder_id,
            balance_account_id=balance_account_id,
            legal_entity_id=legal_entity_id,
            store_id=store_id,
        )

        system_ownership_details.additional_properties = d
        return system_ownership_details

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
