from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_type_credit_grant_type import WalletTypeCreditGrantType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_type_credit_amount_grant import WalletTypeCreditAmountGrant
    from ..models.wallet_type_credit_credits_grant import WalletTypeCreditCreditsGrant


T = TypeVar("T", bound="WalletTypeCredit")


@_attrs_define
class WalletTypeCredit:
    """
    Attributes:
        grant_type (WalletTypeCreditGrantType | Unset):
        amount_grant (WalletTypeCreditAmountGrant | Unset):
        credits_grant (WalletTypeCreditCreditsGrant | Unset):
    """

    grant_type: WalletTypeCreditGrantType | Unset = UNSET
    amount_grant: WalletTypeCreditAmountGrant | Unset = UNSET
    credits_grant: WalletTypeCreditCreditsGrant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        amount_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_grant, Unset):
            amount_grant = self.amount_grant.to_dict()

        credits_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_grant, Unset):
            credits_grant = self.credits_grant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if amount_grant is not UNSET:
            field_dict["amount_grant"] = amount_grant
        if credits_grant is not UNSET:
            field_dict["credits_grant"] = credits_grant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_type_credit_amount_grant import WalletTypeCreditAmountGrant
        from ..models.wallet_type_credit_credits_grant import WalletTypeCreditCreditsGrant

        d = dict(src_dict)
        _grant_type = d.pop("grant_type", UNSET)
        grant_type: WalletTypeCreditGrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = WalletTypeCreditGrantType(_grant_type)

        _amount_grant = d.pop("amount_grant", UNSET)
        amount_grant: WalletTypeCreditAmountGrant | Unset
        if isinstance(_amount_grant, Unset):
            amount_grant = UNSET
        else:
            amount_grant = WalletTypeCreditAmountGrant.from_dict(_amount_grant)

        _credits_grant = d.pop("credits_grant", UNSET)
        credits_grant: WalletTypeCreditCreditsGrant | Unset
        if isinstance(_credits_grant, Unset):
            credits_grant = UNSET
        else:
            credits_grant = WalletTypeCreditCreditsGrant.from_dict(_credits_grant)

        wallet_type_credit = cls(
            grant_type=grant_type,
            amount_grant=amount_grant,
            credits_grant=credits_grant,
        )

        wallet_type_credit.additional_properties = d
        return wallet_type_credit

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
