from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="AlertDataInvoiceOverdue")


@_attrs_define
class AlertDataInvoiceOverdue:
    """
    Attributes:
        due_date (datetime.datetime | None | Unset):
        overdue_period (Period | Unset): A length of time, such as 1 MONTH.
    """

    due_date: datetime.datetime | None | Unset = UNSET
    overdue_period: Period | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overdue_period, Unset):
            overdue_period = self.overdue_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if overdue_period is not UNSET:
            field_dict["overdue_period"] = overdue_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period

        d = dict(src_dict)

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        _overdue_period = d.pop("overdue_period", UNSET)
        overdue_period: Period | Unset
        if isinstance(_overdue_period, Unset):
            overdue_period = UNSET
        else:
            overdue_period = Period.from_dict(_overdue_period)

        alert_data_invoice_overdue = cls(
            due_date=due_date,
            overdue_period=overdue_period,
        )

        alert_data_invoice_overdue.additional_properties = d
        return alert_data_invoice_overdue

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
