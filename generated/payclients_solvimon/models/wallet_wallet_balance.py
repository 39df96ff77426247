from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_threshold import WalletThreshold


T = TypeVar("T", bound="WalletWalletBalance")


@_attrs_define
class WalletWalletBalance:
    """
    Attributes:
        wallet_type_id (None | str | Unset):
        comparator (Comparator | Unset): Comparison operator in a condition.
        threshold (WalletThreshold | Unset):
    """

    wallet_type_id: None | str | Unset = UNSET
    comparator: Comparator | Unset = UNSET
    threshold: WalletThreshold | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_type_id: None | str | Unset
        if isinstance(self.wallet_type_id, Unset):
            wallet_type_id = UNSET
        else:
            wallet_type_id = self.wallet_type_id

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_type_id is not UNSET:
            field_dict["wallet_type_id"] = wallet_type_id
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wallet_threshold import WalletThreshold

        d = dict(src_dict)

        def _parse_wallet_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_type_id = _parse_wallet_type_id(d.pop("wallet_type_id", UNSET))

        _comparator = d.pop("comparator", UNSET)
        comparator: Comparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = Comparator(_comparator)

        _threshold = d.pop("threshold", UNSET)
        threshold: WalletThreshold | Unset
        if isinstance(_threshold, Unset):
            threshold = UNSET
        else:
            threshold = WalletThreshold.from_dict(_threshold)

        wallet_wallet_balance = cls(
            wallet_type_id=wallet_type_id,
            comparator=comparator,
            threshold=threshold,
        )

        wallet_wallet_balance.additional_properties = d
        return wallet_wallet_balance

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
