from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.e_invoicing_condition import EInvoicingCondition


T = TypeVar("T", bound="EInvoicingConditionGroup")


@_attrs_define
class EInvoicingConditionGroup:
    """Conditions that must all hold.

    Attributes:
        conditions (list[EInvoicingCondition] | Unset):
    """

    conditions: list[EInvoicingCondition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.e_invoicing_condition import EInvoicingCondition

        d = dict(src_dict)
        _conditions = d.pop("conditions", UNSET)
        conditions: list[EInvoicingCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = EInvoicingCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        e_invoicing_condition_group = cls(
            conditions=conditions,
        )

        e_invoicing_condition_group.additional_properties = d
        return e_invoicing_condition_group

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
