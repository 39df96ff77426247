from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.used_exchange_rate import UsedExchangeRate


T = TypeVar("T", bound="InvoiceTaxAmounts")


@_attrs_define
class InvoiceTaxAmounts:
    """Tax amounts converted to a local currency.

    Attributes:
        base_amount (Amount | Unset): Money: a decimal quantity in a currency.
        tax_amount (Amount | Unset): Money: a decimal quantity in a currency.
        total_amount (Amount | Unset): Money: a decimal quantity in a currency.
        used_exchange_rate (UsedExchangeRate | Unset): An exchange rate applied on the invoice.
        display (bool | Unset):
    """

    base_amount: Amount | Unset = UNSET
    tax_amount: Amount | Unset = UNSET
    total_amount: Amount | Unset = UNSET
    used_exchange_rate: UsedExchangeRate | Unset = UNSET
    display: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_amount, Unset):
            base_amount = self.base_amount.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        used_exchange_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.used_exchange_rate, Unset):
            used_exchange_rate = self.used_exchange_rate.to_dict()

        display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if used_exchange_rate is not UNSET:
            field_dict["used_exchange_rate"] = used_exchange_rate
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.used_exchange_rate import UsedExchangeRate

        d = dict(src_dict)
        _base_amount = d.pop("base_amount", UNSET)
        base_amount: Amount | Unset
        if isinstance(_base_amount, Unset):
            base_amount = UNSET
        else:
            base_amount = Amount.from_dict(_base_amount)

        _tax_amount = d.pop("tax_amount", UNSET)
        tax_amount: Amount | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = Amount.from_dict(_tax_amount)

        _total_amount = d.pop("total_amount", UNSET)
        total_amount: Amount | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = Amount.from_dict(_total_amount)

        _used_exchange_rate = d.pop("used_exchange_rate", UNSET)
        used_exchange_rate: UsedExchangeRate | Unset
        if isinstance(_used_exchange_rate, Unset):
            used_exchange_rate = UNSET
        else:
            used_exchange_rate = UsedExchangeRate.from_dict(_used_exchange_rate)

        display = d.pop("display", UNSET)

        invoice_tax_amounts = cls(
            base_amount=base_amount,
            tax_amount=tax_amount,
            total_amount=total_amount,
            used_exchange_rate=used_exchange_rate,
            display=display,
        )

        invoice_tax_amounts.additional_properties = d
        return invoice_tax_amounts

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
