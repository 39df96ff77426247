from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_bank_account import CompanyBankAccount
    from ..models.pix_key import PixKey


T = TypeVar("T", bound="PixKeyList")


@_attrs_define
class PixKeyList:
    """
    Attributes:
        account (CompanyBankAccount | Unset):
        pix_keys (list[PixKey] | Unset):
    """

    account: CompanyBankAccount | Unset = UNSET
    pix_keys: list[PixKey] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        pix_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pix_keys, Unset):
            pix_keys = []
            for pix_keys_item_data in self.pix_keys:
                pix_keys_item = pix_keys_item_data.to_dict()
                pix_keys.append(pix_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if pix_keys is not UNSET:
            field_dict["pixKeys"] = pix_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company_bank_account import CompanyBankAccount
        from ..models.pix_key import PixKey

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: CompanyBankAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = CompanyBankAccount.from_dict(_account)

        _pix_keys = d.pop("pixKeys", UNSET)
        pix_keys: list[PixKey] | Unset = UNSET
        if _pix_keys is not UNSET:
            pix_keys = []
            for pix_keys_item_data in _pix_keys:
                pix_keys_item = PixKey.from_dict(pix_keys_item_data)

                pix_keys.append(pix_keys_item)

        pix_key_list = cls(
            account=account,
            pix_keys=pix_keys,
        )

        pix_key_list.additional_properties = d
        return pix_key_list

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
