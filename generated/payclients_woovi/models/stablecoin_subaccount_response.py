from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stablecoin_subaccount import StablecoinSubaccount


T = TypeVar("T", bound="StablecoinSubaccountResponse")


@_attrs_define
class StablecoinSubaccountResponse:
    """
    Attributes:
        status (str | Unset):
        sub_account (StablecoinSubaccount | Unset):
    """

    status: str | Unset = UNSET
    sub_account: StablecoinSubaccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        sub_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_account, Unset):
            sub_account = self.sub_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sub_account is not UNSET:
            field_dict["subAccount"] = sub_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stablecoin_subaccount import StablecoinSubaccount

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _sub_account = d.pop("subAccount", UNSET)
        sub_account: StablecoinSubaccount | Unset
        if isinstance(_sub_account, Unset):
            sub_account = UNSET
        else:
            sub_account = StablecoinSubaccount.from_dict(_sub_account)

        stablecoin_subaccount_response = cls(
            status=status,
            sub_account=sub_account,
        )

        stablecoin_subaccount_response.additional_properties = d
        return stablecoin_subaccount_response

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
