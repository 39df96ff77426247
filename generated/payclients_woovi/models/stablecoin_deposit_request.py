from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stablecoin_currency import StablecoinCurrency
from ..models.stablecoin_network import StablecoinNetwork
from ..types import UNSET, Unset

T = TypeVar("T", bound="StablecoinDepositRequest")


@_attrs_define
class StablecoinDepositRequest:
    """
    Attributes:
        value (int): BRL amount in cents.
        currency (StablecoinCurrency):
        network (StablecoinNetwork | Unset):
        sub_account_id (str | Unset):
        correlation_id (str | Unset):
        destination_wallet_address (str | Unset):
    """

    value: int
    currency: StablecoinCurrency
    network: StablecoinNetwork | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    destination_wallet_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency = self.currency.value

        network: str | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.value

        sub_account_id = self.sub_account_id

        correlation_id = self.correlation_id

        destination_wallet_address = self.destination_wallet_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "currency": currency,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if destination_wallet_address is not UNSET:
            field_dict["destinationWalletAddress"] = destination_wallet_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        currency = StablecoinCurrency(d.pop("currency"))

        _network = d.pop("network", UNSET)
        network: StablecoinNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = StablecoinNetwork(_network)

        sub_account_id = d.pop("subAccountId", UNSET)

        correlation_id = d.pop("correlationId", UNSET)

        destination_wallet_address = d.pop("destinationWalletAddress", UNSET)

        stablecoin_deposit_request = cls(
            value=value,
            currency=currency,
            network=network,
            sub_account_id=sub_account_id,
            correlation_id=correlation_id,
            destination_wallet_address=destination_wallet_address,
        )

        stablecoin_deposit_request.additional_properties = d
        return stablecoin_deposit_request

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
