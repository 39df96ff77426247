from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_item_config_wallet_grant_amount_grant import PricingItemConfigWalletGrantAmountGrant
    from ..models.pricing_item_config_wallet_grant_credits_grant import PricingItemConfigWalletGrantCreditsGrant
    from ..models.pricing_item_config_wallet_grant_expiry_policy import PricingItemConfigWalletGrantExpiryPolicy
    from ..models.wallet_type import WalletType


T = TypeVar("T", bound="PricingItemConfigWalletGrant")


@_attrs_define
class PricingItemConfigWalletGrant:
    """
    Attributes:
        wallet_type_id (str | Unset):
        wallet_type (None | Unset | WalletType):
        amount_grant (PricingItemConfigWalletGrantAmountGrant | Unset):
        credits_grant (PricingItemConfigWalletGrantCreditsGrant | Unset):
        expiry_policy (PricingItemConfigWalletGrantExpiryPolicy | Unset):
    """

    wallet_type_id: str | Unset = UNSET
    wallet_type: None | Unset | WalletType = UNSET
    amount_grant: PricingItemConfigWalletGrantAmountGrant | Unset = UNSET
    credits_grant: PricingItemConfigWalletGrantCreditsGrant | Unset = UNSET
    expiry_policy: PricingItemConfigWalletGrantExpiryPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wallet_type import WalletType

        wallet_type_id = self.wallet_type_id

        wallet_type: dict[str, Any] | None | Unset
        if isinstance(self.wallet_type, Unset):
            wallet_type = UNSET
        elif isinstance(self.wallet_type, WalletType):
            wallet_type = self.wallet_type.to_dict()
        else:
            wallet_type = self.wallet_type

        amount_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_grant, Unset):
            amount_grant = self.amount_grant.to_dict()

        credits_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_grant, Unset):
            credits_grant = self.credits_grant.to_dict()

        expiry_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_policy, Unset):
            expiry_policy = self.expiry_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_type_id is not UNSET:
            field_dict["wallet_type_id"] = wallet_type_id
        if wallet_type is not UNSET:
            field_dict["wallet_type"] = wallet_type
        if amount_grant is not UNSET:
            field_dict["amount_grant"] = amount_grant
        if credits_grant is not UNSET:
            field_dict["credits_grant"] = credits_grant
        if expiry_policy is not UNSET:
            field_dict["expiry_policy"] = expiry_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_item_config_wallet_grant_amount_grant import PricingItemConfigWalletGrantAmountGrant
        from ..models.pricing_item_config_wallet_grant_credits_grant import PricingItemConfigWalletGrantCreditsGrant
        from ..models.pricing_item_config_wallet_grant_expiry_policy import PricingItemConfigWalletGrantExpiryPolicy
        from ..models.wallet_type import WalletType

        d = dict(src_dict)
        wallet_type_id = d.pop("wallet_type_id", UNSET)

        def _parse_wallet_type(data: object) -> None | Unset | WalletType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wallet_type_type_0 = WalletType.from_dict(data)

                return wallet_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletType, data)

        wallet_type = _parse_wallet_type(d.pop("wallet_type", UNSET))

        _amount_grant = d.pop("amount_grant", UNSET)
        amount_grant: PricingItemConfigWalletGrantAmountGrant | Unset
        if isinstance(_amount_grant, Unset):
            amount_grant = UNSET
        else:
            amount_grant = PricingItemConfigWalletGrantAmountGrant.from_dict(_amount_grant)

        _credits_grant = d.pop("credits_grant", UNSET)
        credits_grant: PricingItemConfigWalletGrantCreditsGrant | Unset
        if isinstance(_credits_grant, Unset):
            credits_grant = UNSET
        else:
            credits_grant = PricingItemConfigWalletGrantCreditsGrant.from_dict(_credits_grant)

        _expiry_policy = d.pop("expiry_policy", UNSET)
        expiry_policy: PricingItemConfigWalletGrantExpiryPolicy | Unset
        if isinstance(_expiry_policy, Unset):
            expiry_policy = UNSET
        else:
            expiry_policy = PricingItemConfigWalletGrantExpiryPolicy.from_dict(_expiry_policy)

        pricing_item_config_wallet_grant = cls(
            wallet_type_id=wallet_type_id,
            wallet_type=wallet_type,
            amount_grant=amount_grant,
            credits_grant=credits_grant,
            expiry_policy=expiry_policy,
        )

        pricing_item_config_wallet_grant.additional_properties = d
        return pricing_item_config_wallet_grant

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
