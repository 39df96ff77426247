from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_field import FilterField
    from ..models.search_field import SearchField
    from ..models.selection_rule_field import SelectionRuleField


T = TypeVar("T", bound="InvoiceSearchRequest")


@_attrs_define
class InvoiceSearchRequest:
    """Search criteria for invoices.

    Attributes:
        search_fields (list[SearchField] | Unset): Text matches.
        filter_fields (list[FilterField] | Unset): Value filters.
        selection_rule_fields (list[SelectionRuleField] | Unset): Selection rules.
    """

    search_fields: list[SearchField] | Unset = UNSET
    filter_fields: list[FilterField] | Unset = UNSET
    selection_rule_fields: list[SelectionRuleField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_fields, Unset):
            search_fields = []
            for search_fields_item_data in self.search_fields:
                search_fields_item = search_fields_item_data.to_dict()
                search_fields.append(search_fields_item)

        filter_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_fields, Unset):
            filter_fields = []
            for filter_fields_item_data in self.filter_fields:
                filter_fields_item = filter_fields_item_data.to_dict()
                filter_fields.append(filter_fields_item)

        selection_rule_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selection_rule_fields, Unset):
            selection_rule_fields = []
            for selection_rule_fields_item_data in self.selection_rule_fields:
                selection_rule_fields_item = selection_rule_fields_item_data.to_dict()
                selection_rule_fields.append(selection_rule_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_fields is not UNSET:
            field_dict["search_fields"] = search_fields
        if filter_fields is not UNSET:
            field_dict["filter_fields"] = filter_fields
        if selection_rule_fields is not UNSET:
            field_dict["selection_rule_fields"] = selection_rule_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.filter_field import FilterField
        from ..models.search_field import SearchField
        from ..models.selection_rule_field import SelectionRuleField

        d = dict(src_dict)
        _search_fields = d.pop("search_fields", UNSET)
        search_fields: list[SearchField] | Unset = UNSET
        if _search_fields is not UNSET:
            search_fields = []
            for search_fields_item_data in _search_fields:
                search_fields_item = SearchField.from_dict(search_fields_item_data)

                search_fields.append(search_fields_item)

        _filter_fields = d.pop("filter_fields", UNSET)
        filter_fields: list[FilterField] | Unset = UNSET
        if _filter_fields is not UNSET:
            filter_fields = []
            for filter_fields_item_data in _filter_fields:
                filter_fields_item = FilterField.from_dict(filter_fields_item_data)

                filter_fields.append(filter_fields_item)

        _selection_rule_fields = d.pop("selection_rule_fields", UNSET)
        selection_rule_fields: list[SelectionRuleField] | Unset = UNSET
        if _selection_rule_fields is not UNSET:
            selection_rule_fields = []
            for selection_rule_fields_item_data in _selection_rule_fields:
                selection_rule_fields_item = SelectionRuleField.from_dict(selection_rule_fields_item_data)

                selection_rule_fields.append(selection_rule_fields_item)

        invoice_search_request = cls(
            search_fields=search_fields,
            filter_fields=filter_fields,
            selection_rule_fields=selection_rule_fields,
        )

        invoice_search_request.additional_properties = d
        return invoice_search_request

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
