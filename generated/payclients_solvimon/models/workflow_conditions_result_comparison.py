from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowConditionsResultComparison")


@_attrs_define
class WorkflowConditionsResultComparison:
    """
    Attributes:
        field (None | str | Unset):
        field_value (None | str | Unset):
        comparator (Comparator | None | Unset):
        value (None | str | Unset):
    """

    field: None | str | Unset = UNSET
    field_value: None | str | Unset = UNSET
    comparator: Comparator | None | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        field_value: None | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        else:
            field_value = self.field_value

        comparator: None | str | Unset
        if isinstance(self.comparator, Unset):
            comparator = UNSET
        elif isinstance(self.comparator, Comparator):
            comparator = self.comparator.value
        else:
            comparator = self.comparator

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if field_value is not UNSET:
            field_dict["field_value"] = field_value
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_field_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_value = _parse_field_value(d.pop("field_value", UNSET))

        def _parse_comparator(data: object) -> Comparator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                comparator_type_0 = Comparator(data)

                return comparator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Comparator | None | Unset, data)

        comparator = _parse_comparator(d.pop("comparator", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        workflow_conditions_result_comparison = cls(
            field=field,
            field_value=field_value,
            comparator=comparator,
            value=value,
        )

        workflow_conditions_result_comparison.additional_properties = d
        return workflow_conditions_result_comparison

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
