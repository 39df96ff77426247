from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

T = TypeVar("T", bound="EInvoicingCondition")


@_attrs_define
class EInvoicingCondition:
    """A condition for applying an e-invoicing mandate.

    Attributes:
        field (str | Unset):
        comparator_type (Comparator | Unset): Comparison operator in a condition.
        value (str | Unset):
    """

    field: str | Unset = UNSET
    comparator_type: Comparator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        comparator_type: str | Unset = UNSET
        if not isinstance(self.comparator_type, Unset):
            comparator_type = self.comparator_type.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if comparator_type is not UNSET:
            field_dict["comparator_type"] = comparator_type
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _comparator_type = d.pop("comparator_type", UNSET)
        comparator_type: Comparator | Unset
        if isinstance(_comparator_type, Unset):
            comparator_type = UNSET
        else:
            comparator_type = Comparator(_comparator_type)

        value = d.pop("value", UNSET)

        e_invoicing_condition = cls(
            field=field,
            comparator_type=comparator_type,
            value=value,
        )

        e_invoicing_condition.additional_properties = d
        return e_invoicing_condition

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
