from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_workflow_variant import WalletWorkflowVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_wallet_balance import WalletWalletBalance


T = TypeVar("T", bound="WalletWorkflow")


@_attrs_define
class WalletWorkflow:
    """
    Attributes:
        variant (WalletWorkflowVariant | Unset):
        wallet_balance (WalletWalletBalance | Unset):
    """

    variant: WalletWorkflowVariant | Unset = UNSET
    wallet_balance: WalletWalletBalance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        wallet_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet_balance, Unset):
            wallet_balance = self.wallet_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if wallet_balance is not UNSET:
            field_dict["wallet_balance"] = wallet_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_wallet_balance import WalletWalletBalance

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: WalletWorkflowVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = WalletWorkflowVariant(_variant)

        _wallet_balance = d.pop("wallet_balance", UNSET)
        wallet_balance: WalletWalletBalance | Unset
        if isinstance(_wallet_balance, Unset):
            wallet_balance = UNSET
        else:
            wallet_balance = WalletWalletBalance.from_dict(_wallet_balance)

        wallet_workflow = cls(
            variant=variant,
            wallet_balance=wallet_balance,
        )

        wallet_workflow.additional_properties = d
        return wallet_workflow

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
