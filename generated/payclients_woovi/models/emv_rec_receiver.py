from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmvRecReceiver")


@_attrs_define
class EmvRecReceiver:
    """
    Attributes:
        cnpj (str | Unset):
        participant_ispb (str | Unset):
        name (str | Unset):
    """

    cnpj: str | Unset = UNSET
    participant_ispb: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cnpj = self.cnpj

        participant_ispb = self.participant_ispb

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cnpj is not UNSET:
            field_dict["cnpj"] = cnpj
        if participant_ispb is not UNSET:
            field_dict["participantIspb"] = participant_ispb
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cnpj = d.pop("cnpj", UNSET)

        participant_ispb = d.pop("participantIspb", UNSET)

        name = d.pop("name", UNSET)

        emv_rec_receiver = cls(
            cnpj=cnpj,
            participant_ispb=participant_ispb,
            name=name,
        )

        emv_rec_receiver.additional_properties = d
        return emv_rec_receiver

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
