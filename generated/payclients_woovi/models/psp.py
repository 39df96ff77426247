from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Psp")


@_attrs_define
class Psp:
    """
    Attributes:
        name (str | Unset):
        ispb (str | Unset):
        code (str | Unset):
        compe (None | str | Unset):
    """

    name: str | Unset = UNSET
    ispb: str | Unset = UNSET
    code: str | Unset = UNSET
    compe: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ispb = self.ispb

        code = self.code

        compe: None | str | Unset
        if isinstance(self.compe, Unset):
            compe = UNSET
        else:
            compe = self.compe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if ispb is not UNSET:
            field_dict["ispb"] = ispb
        if code is not UNSET:
            field_dict["code"] = code
        if compe is not UNSET:
            field_dict["compe"] = compe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        ispb = d.pop("ispb", UNSET)

        code = d.pop("code", UNSET)

        def _parse_compe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compe = _parse_compe(d.pop("compe", UNSET))

        psp = cls(
            name=name,
            ispb=ispb,
            code=code,
            compe=compe,
        )

        psp.additional_properties = d
        return psp

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
