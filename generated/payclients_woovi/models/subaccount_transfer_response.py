from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount import Subaccount


T = TypeVar("T", bound="SubaccountTransferResponse")


@_attrs_define
class SubaccountTransferResponse:
    """
    Attributes:
        value (int | Unset):
        destination_subaccount (Subaccount | Unset):
        origin_subaccount (Subaccount | Unset):
    """

    value: int | Unset = UNSET
    destination_subaccount: Subaccount | Unset = UNSET
    origin_subaccount: Subaccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        destination_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_subaccount, Unset):
            destination_subaccount = self.destination_subaccount.to_dict()

        origin_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin_subaccount, Unset):
            origin_subaccount = self.origin_subaccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if destination_subaccount is not UNSET:
            field_dict["destinationSubaccount"] = destination_subaccount
        if origin_subaccount is not UNSET:
            field_dict["originSubaccount"] = origin_subaccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subaccount import Subaccount

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _destination_subaccount = d.pop("destinationSubaccount", UNSET)
        destination_subaccount: Subaccount | Unset
        if isinstance(_destination_subaccount, Unset):
            destination_subaccount = UNSET
        else:
            destination_subaccount = Subaccount.from_dict(_destination_subaccount)

        _origin_subaccount = d.pop("originSubaccount", UNSET)
        origin_subaccount: Subaccount | Unset
        if isinstance(_origin_subaccount, Unset):
            origin_subaccount = UNSET
        else:
            origin_subaccount = Subaccount.from_dict(_origin_subaccount)

        subaccount_transfer_response = cls(
            value=value,
            destination_subaccount=destination_subaccount,
            origin_subaccount=origin_subaccount,
        )

        subaccount_transfer_response.additional_properties = d
        return subaccount_transfer_response

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
