from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_transaction import BoletoTransaction


T = TypeVar("T", bound="BoletoTransactionResponse")


@_attrs_define
class BoletoTransactionResponse:
    """
    Attributes:
        boleto_transaction (BoletoTransaction | Unset):
    """

    boleto_transaction: BoletoTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boleto_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boleto_transaction, Unset):
            boleto_transaction = self.boleto_transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if boleto_transaction is not UNSET:
            field_dict["boletoTransaction"] = boleto_transaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_transaction import BoletoTransaction

        d = dict(src_dict)
        _boleto_transaction = d.pop("boletoTransaction", UNSET)
        boleto_transaction: BoletoTransaction | Unset
        if isinstance(_boleto_transaction, Unset):
            boleto_transaction = UNSET
        else:
            boleto_transaction = BoletoTransaction.from_dict(_boleto_transaction)

        boleto_transaction_response = cls(
            boleto_transaction=boleto_transaction,
        )

        boleto_transaction_response.additional_properties = d
        return boleto_transaction_response

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
