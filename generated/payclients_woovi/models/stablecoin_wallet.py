from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StablecoinWallet")


@_attrs_define
class StablecoinWallet:
    """
    Attributes:
        address (str | Unset):
        currency (str | Unset):
        network (str | Unset):
    """

    address: str | Unset = UNSET
    currency: str | Unset = UNSET
    network: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        currency = self.currency

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if currency is not UNSET:
            field_dict["currency"] = currency
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        currency = d.pop("currency", UNSET)

        network = d.pop("network", UNSET)

        stablecoin_wallet = cls(
            address=address,
            currency=currency,
            network=network,
        )

        stablecoin_wallet.additional_properties = d
        return stablecoin_wallet

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
