from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_invoice_line import DeleteInvoiceLine


T = TypeVar("T", bound="DeleteInvoiceGroup")


@_attrs_define
class DeleteInvoiceGroup:
    """Group whose lines are removed.

    Attributes:
        group_order (int | Unset):
        lines (list[DeleteInvoiceLine] | Unset):
    """

    group_order: int | Unset = UNSET
    lines: list[DeleteInvoiceLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_order = self.group_order

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_order is not UNSET:
            field_dict["group_order"] = group_order
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delete_invoice_line import DeleteInvoiceLine

        d = dict(src_dict)
        group_order = d.pop("group_order", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[DeleteInvoiceLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = DeleteInvoiceLine.from_dict(lines_item_data)

                lines.append(lines_item)

        delete_invoice_group = cls(
            group_order=group_order,
            lines=lines,
        )

        delete_invoice_group.additional_properties = d
        return delete_invoice_group

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
