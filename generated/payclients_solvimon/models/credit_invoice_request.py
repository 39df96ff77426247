from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_details_source import CreditDetailsSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_invoice_group import CreditInvoiceGroup
    from ..models.credit_invoice_period import CreditInvoicePeriod


T = TypeVar("T", bound="CreditInvoiceRequest")


@_attrs_define
class CreditInvoiceRequest:
    """Body for crediting an invoice, in full or in part.

    Attributes:
        note (None | str | Unset): Reason for the credit.
        groups (list[CreditInvoiceGroup] | None | Unset): Groups to credit.
        periods (list[CreditInvoicePeriod] | None | Unset): Periods to credit.
        force_init_on_hold (bool | None | Unset): Create the credit invoice on hold.
        delivery_date (datetime.datetime | None | Unset): Delivery date of the credit invoice.
        credit_details_source (CreditDetailsSource | None | Unset):
    """

    note: None | str | Unset = UNSET
    groups: list[CreditInvoiceGroup] | None | Unset = UNSET
    periods: list[CreditInvoicePeriod] | None | Unset = UNSET
    force_init_on_hold: bool | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    credit_details_source: CreditDetailsSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

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

        periods: list[dict[str, Any]] | None | Unset
        if isinstance(self.periods, Unset):
            periods = UNSET
        elif isinstance(self.periods, list):
            periods = []
            for periods_type_0_item_data in self.periods:
                periods_type_0_item = periods_type_0_item_data.to_dict()
                periods.append(periods_type_0_item)

        else:
            periods = self.periods

        force_init_on_hold: bool | None | Unset
        if isinstance(self.force_init_on_hold, Unset):
            force_init_on_hold = UNSET
        else:
            force_init_on_hold = self.force_init_on_hold

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        credit_details_source: None | str | Unset
        if isinstance(self.credit_details_source, Unset):
            credit_details_source = UNSET
        elif isinstance(self.credit_details_source, CreditDetailsSource):
            credit_details_source = self.credit_details_source.value
        else:
            credit_details_source = self.credit_details_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if groups is not UNSET:
            field_dict["groups"] = groups
        if periods is not UNSET:
            field_dict["periods"] = periods
        if force_init_on_hold is not UNSET:
            field_dict["force_init_on_hold"] = force_init_on_hold
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if credit_details_source is not UNSET:
            field_dict["credit_details_source"] = credit_details_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_invoice_group import CreditInvoiceGroup
        from ..models.credit_invoice_period import CreditInvoicePeriod

        d = dict(src_dict)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

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

        def _parse_periods(data: object) -> list[CreditInvoicePeriod] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                periods_type_0 = []
                _periods_type_0 = data
                for periods_type_0_item_data in _periods_type_0:
                    periods_type_0_item = CreditInvoicePeriod.from_dict(periods_type_0_item_data)

                    periods_type_0.append(periods_type_0_item)

                return periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditInvoicePeriod] | None | Unset, data)

        periods = _parse_periods(d.pop("periods", UNSET))

        def _parse_force_init_on_hold(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_init_on_hold = _parse_force_init_on_hold(d.pop("force_init_on_hold", UNSET))

        def _parse_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_credit_details_source(data: object) -> CreditDetailsSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                credit_details_source_type_0 = CreditDetailsSource(data)

                return credit_details_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditDetailsSource | None | Unset, data)

        credit_details_source = _parse_credit_details_source(d.pop("credit_details_source", UNSET))

        credit_invoice_request = cls(
            note=note,
            groups=groups,
            periods=periods,
            force_init_on_hold=force_init_on_hold,
            delivery_date=delivery_date,
            credit_details_source=credit_details_source,
        )

        credit_invoice_request.additional_properties = d
        return credit_invoice_request

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
