from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_wallet import StablecoinWallet


T = TypeVar("T", bound="StablecoinWalletList")


@_attrs_define
class StablecoinWalletList:
    """
    Attributes:
        status (str | Unset):
        company_bank_account_id (str | Unset):
        sub_account_id (str | Unset):
        wallets (list[StablecoinWallet] | Unset):
    """

    status: str | Unset = UNSET
    company_bank_account_id: str | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    wallets: list[StablecoinWallet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        company_bank_account_id = self.company_bank_account_id

        sub_account_id = self.sub_account_id

        wallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallets, Unset):
            wallets = []
            for wallets_item_data in self.wallets:
                wallets_item = wallets_item_data.to_dict()
                wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if company_bank_account_id is not UNSET:
            field_dict["companyBankAccountId"] = company_bank_account_id
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if wallets is not UNSET:
            field_dict["wallets"] = wallets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_wallet import StablecoinWallet

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        company_bank_account_id = d.pop("companyBankAccountId", UNSET)

        sub_account_id = d.pop("subAccountId", UNSET)

        _wallets = d.pop("wallets", UNSET)
        wallets: list[StablecoinWallet] | Unset = UNSET
        if _wallets is not UNSET:
            wallets = []
            for wallets_item_data in _wallets:
                wallets_item = StablecoinWallet.from_dict(wallets_item_data)

                wallets.append(wallets_item)

        stablecoin_wallet_list = cls(
            status=status,
            company_bank_account_id=company_bank_account_id,
            sub_account_id=sub_account_id,
            wallets=wallets,
        )

        stablecoin_wallet_list.additional_properties = d
        return stablecoin_wallet_list

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
