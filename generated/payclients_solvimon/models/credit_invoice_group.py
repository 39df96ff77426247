from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credit_invoice_line import CreditInvoiceLine


T = TypeVar("T", bound="CreditInvoiceGroup")


@_attrs_define
class CreditInvoiceGroup:
    """Part of a group to credit.

    Attributes:
        group_order (int | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        lines (list[CreditInvoiceLine] | None | Unset):
    """

    group_order: int | Unset = UNSET
    amount: Amount | Unset = UNSET
    lines: list[CreditInvoiceLine] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_order = self.group_order

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_order is not UNSET:
            field_dict["group_order"] = group_order
        if amount is not UNSET:
            field_dict["amount"] = amount
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.credit_invoice_line import CreditInvoiceLine

        d = dict(src_dict)
        group_order = d.pop("group_order", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_lines(data: object) -> list[CreditInvoiceLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = CreditInvoiceLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditInvoiceLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        credit_invoice_group = cls(
            group_order=group_order,
            amount=amount,
            lines=lines,
        )

        credit_invoice_group.additional_properties = d
        return credit_invoice_group

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
