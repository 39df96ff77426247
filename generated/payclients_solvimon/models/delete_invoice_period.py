from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_invoice_group import DeleteInvoiceGroup


T = TypeVar("T", bound="DeleteInvoicePeriod")


@_attrs_define
class DeleteInvoicePeriod:
    """Period whose groups or lines are removed.

    Attributes:
        period_order (int | Unset):
        groups (list[DeleteInvoiceGroup] | Unset):
    """

    period_order: int | Unset = UNSET
    groups: list[DeleteInvoiceGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_order = self.period_order

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_order is not UNSET:
            field_dict["period_order"] = period_order
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_invoice_group import DeleteInvoiceGroup

        d = dict(src_dict)
        period_order = d.pop("period_order", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[DeleteInvoiceGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = DeleteInvoiceGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        delete_invoice_period = cls(
            period_order=period_order,
            groups=groups,
        )

        delete_invoice_period.additional_properties = d
        return delete_invoice_period

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
