from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparator import Comparator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="AlertRuleInvoiceOverdue")


@_attrs_define
class AlertRuleInvoiceOverdue:
    """
    Attributes:
        comparator (Comparator | None | Unset):
        threshold (Period | Unset): A length of time, such as 1 MONTH.
    """

    comparator: Comparator | None | Unset = UNSET
    threshold: Period | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparator: None | str | Unset
        if isinstance(self.comparator, Unset):
            comparator = UNSET
        elif isinstance(self.comparator, Comparator):
            comparator = self.comparator.value
        else:
            comparator = self.comparator

        threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period

        d = dict(src_dict)

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

        _threshold = d.pop("threshold", UNSET)
        threshold: Period | Unset
        if isinstance(_threshold, Unset):
            threshold = UNSET
        else:
            threshold = Period.from_dict(_threshold)

        alert_rule_invoice_overdue = cls(
            comparator=comparator,
            threshold=threshold,
        )

        alert_rule_invoice_overdue.additional_properties = d
        return alert_rule_invoice_overdue

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
