from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emv_debtor import EmvDebtor


T = TypeVar("T", bound="EmvRecLink")


@_attrs_define
class EmvRecLink:
    """
    Attributes:
        contract (str | Unset):
        debtor (EmvDebtor | Unset):
    """

    contract: str | Unset = UNSET
    debtor: EmvDebtor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        debtor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debtor, Unset):
            debtor = self.debtor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract is not UNSET:
            field_dict["contract"] = contract
        if debtor is not UNSET:
            field_dict["debtor"] = debtor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emv_debtor import EmvDebtor

        d = dict(src_dict)
        contract = d.pop("contract", UNSET)

        _debtor = d.pop("debtor", UNSET)
        debtor: EmvDebtor | Unset
        if isinstance(_debtor, Unset):
            debtor = UNSET
        else:
            debtor = EmvDebtor.from_dict(_debtor)

        emv_rec_link = cls(
            contract=contract,
            debtor=debtor,
        )

        emv_rec_link.additional_properties = d
        return emv_rec_link

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
