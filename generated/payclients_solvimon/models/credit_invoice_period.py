from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credit_invoice_group import CreditInvoiceGroup


T = TypeVar("T", bound="CreditInvoicePeriod")


@_attrs_define
class CreditInvoicePeriod:
    """Part of a period to credit.

    Attributes:
        period_order (int | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        groups (list[CreditInvoiceGroup] | None | Unset):
    """

    period_order: int | Unset = UNSET
    amount: Amount | Unset = UNSET
    groups: list[CreditInvoiceGroup] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_order = self.period_order

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_order is not UNSET:
            field_dict["period_order"] = period_order
        if amount is not UNSET:
            field_dict["amount"] = amount
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.credit_invoice_group import CreditInvoiceGroup

        d = dict(src_dict)
        period_order = d.pop("period_order", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_groups(data: object) -> list[CreditInvoiceGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = CreditInvoiceGroup.from_dict(groups_type_0_item_data)

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditInvoiceGroup] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        credit_invoice_period = cls(
            period_order=period_order,
            amount=amount,
            groups=groups,
        )

        credit_invoice_period.additional_properties = d
        return credit_invoice_period

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
