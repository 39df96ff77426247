from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credits_ import Credits


T = TypeVar("T", bound="PricingItemConfigWalletGrantCreditsGrant")


@_attrs_define
class PricingItemConfigWalletGrantCreditsGrant:
    """
    Attributes:
        credits_ (Credits | Unset): A quantity of credits of one credit type.
        conversion (None | str | Unset):
    """

    credits_: Credits | Unset = UNSET
    conversion: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        conversion: None | str | Unset
        if isinstance(self.conversion, Unset):
            conversion = UNSET
        else:
            conversion = self.conversion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credits_ import Credits

        d = dict(src_dict)
        _credits_ = d.pop("credits", UNSET)
        credits_: Credits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = Credits.from_dict(_credits_)

        def _parse_conversion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion = _parse_conversion(d.pop("conversion", UNSET))

        pricing_item_config_wallet_grant_credits_grant = cls(
            credits_=credits_,
            conversion=conversion,
        )

        pricing_item_config_wallet_grant_credits_grant.additional_properties = d
        return pricing_item_config_wallet_grant_credits_grant

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
