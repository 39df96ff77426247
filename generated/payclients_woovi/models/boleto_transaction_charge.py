from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_status import ChargeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoletoTransactionCharge")


@_attrs_define
class BoletoTransactionCharge:
    """
    Attributes:
        value (int | Unset):
        status (ChargeStatus | Unset):
        boleto_barcode (str | Unset):
        boleto_digitable (str | Unset):
    """

    value: int | Unset = UNSET
    status: ChargeStatus | Unset = UNSET
    boleto_barcode: str | Unset = UNSET
    boleto_digitable: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        boleto_barcode = self.boleto_barcode

        boleto_digitable = self.boleto_digitable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if boleto_barcode is not UNSET:
            field_dict["boletoBarcode"] = boleto_barcode
        if boleto_digitable is not UNSET:
            field_dict["boletoDigitable"] = boleto_digitable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _status = d.pop("status", UNSET)
        status: ChargeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChargeStatus(_status)

        boleto_barcode = d.pop("boletoBarcode", UNSET)

        boleto_digitable = d.pop("boletoDigitable", UNSET)

        boleto_transaction_charge = cls(
            value=value,
            status=status,
            boleto_barcode=boleto_barcode,
            boleto_digitable=boleto_digitable,
        )

        boleto_transaction_charge.additional_properties = d
        return boleto_transaction_charge

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
