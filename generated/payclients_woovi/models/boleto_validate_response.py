from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_info import BoletoInfo


T = TypeVar("T", bound="BoletoValidateResponse")


@_attrs_define
class BoletoValidateResponse:
    """
    Attributes:
        boleto (BoletoInfo | Unset): A boleto as read from its barcode; also the `boleto` of a boleto payment, where
            Woovi does not promise any field.
    """

    boleto: BoletoInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boleto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto, Unset):
            boleto = self.boleto.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if boleto is not UNSET:
            field_dict["boleto"] = boleto

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_info import BoletoInfo

        d = dict(src_dict)
        _boleto = d.pop("boleto", UNSET)
        boleto: BoletoInfo | Unset
        if isinstance(_boleto, Unset):
            boleto = UNSET
        else:
            boleto = BoletoInfo.from_dict(_boleto)

        boleto_validate_response = cls(
            boleto=boleto,
        )

        boleto_validate_response.additional_properties = d
        return boleto_validate_response

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
