from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PixRaw")


@_attrs_define
class PixRaw:
    """Transaction as reported by the Central Bank's Pix API.

    Attributes:
        end_to_end_id (str | Unset):
        txid (str | Unset):
        valor (str | Unset):
        horario (str | Unset):
        info_pagador (str | Unset):
    """

    end_to_end_id: str | Unset = UNSET
    txid: str | Unset = UNSET
    valor: str | Unset = UNSET
    horario: str | Unset = UNSET
    info_pagador: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_to_end_id = self.end_to_end_id

        txid = self.txid

        valor = self.valor

        horario = self.horario

        info_pagador = self.info_pagador

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if txid is not UNSET:
            field_dict["txid"] = txid
        if valor is not UNSET:
            field_dict["valor"] = valor
        if horario is not UNSET:
            field_dict["horario"] = horario
        if info_pagador is not UNSET:
            field_dict["infoPagador"] = info_pagador

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_to_end_id = d.pop("endToEndId", UNSET)

        txid = d.pop("txid", UNSET)

        valor = d.pop("valor", UNSET)

        horario = d.pop("horario", UNSET)

        info_pagador = d.pop("infoPagador", UNSET)

        pix_raw = cls(
            end_to_end_id=end_to_end_id,
            txid=txid,
            valor=valor,
            horario=horario,
            info_pagador=info_pagador,
        )

        pix_raw.additional_properties = d
        return pix_raw

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
