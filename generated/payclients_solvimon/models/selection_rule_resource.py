from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..models.resource_identifier_type import ResourceIdentifierType
from ..models.selection_rule_resource_field import SelectionRuleResourceField
from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectionRuleResource")


@_attrs_define
class SelectionRuleResource:
    """
    Attributes:
        type_ (ResourceIdentifierType | Unset): Kind of resource.
        field (SelectionRuleResourceField | Unset):
        value (None | str | Unset):
        values (list[str] | None | Unset):
        comparator (Comparator | Unset): Comparison operator in a condition.
    """

    type_: ResourceIdentifierType | Unset = UNSET
    field: SelectionRuleResourceField | Unset = UNSET
    value: None | str | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    comparator: Comparator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field: str | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.value

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if field is not UNSET:
            field_dict["field"] = field
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values
        if comparator is not UNSET:
            field_dict["comparator"] = comparator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResourceIdentifierType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResourceIdentifierType(_type_)

        _field = d.pop("field", UNSET)
        field: SelectionRuleResourceField | Unset
        if isinstance(_field, Unset):
            field = UNSET
        else:
            field = SelectionRuleResourceField(_field)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[str], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        _comparator = d.pop("comparator", UNSET)
        comparator: Comparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = Comparator(_comparator)

        selection_rule_resource = cls(
            type_=type_,
            field=field,
            value=value,
            values=values,
            comparator=comparator,
        )

        selection_rule_resource.additional_properties = d
        return selection_rule_resource

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
