from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cashback import Cashback


T = TypeVar("T", bound="CashbackResponse")


@_attrs_define
class CashbackResponse:
    """
    Attributes:
        cashback (Cashback | Unset):
        message (str | Unset):
    """

    cashback: Cashback | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cashback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashback, Unset):
            cashback = self.cashback.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cashback is not UNSET:
            field_dict["cashback"] = cashback
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cashback import Cashback

        d = dict(src_dict)
        _cashback = d.pop("cashback", UNSET)
        cashback: Cashback | Unset
        if isinstance(_cashback, Unset):
            cashback = UNSET
        else:
            cashback = Cashback.from_dict(_cashback)

        message = d.pop("message", UNSET)

        cashback_response = cls(
            cashback=cashback,
            message=message,
        )

        cashback_response.additional_properties = d
        return cashback_response

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
