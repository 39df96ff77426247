from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_up_to_date_reprocess import PlatformUpToDateReprocess


T = TypeVar("T", bound="PlatformUpToDate")


@_attrs_define
class PlatformUpToDate:
    """
    Attributes:
        timestamp (None | str | Unset):
        event_processing_up_to_date_until (None | str | Unset):
        invoices_to_be_reprocessed (int | None | Unset):
        customers_to_be_reprocessed (int | None | Unset):
        reprocess (None | PlatformUpToDateReprocess | Unset):
    """

    timestamp: None | str | Unset = UNSET
    event_processing_up_to_date_until: None | str | Unset = UNSET
    invoices_to_be_reprocessed: int | None | Unset = UNSET
    customers_to_be_reprocessed: int | None | Unset = UNSET
    reprocess: None | PlatformUpToDateReprocess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.platform_up_to_date_reprocess import PlatformUpToDateReprocess

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        event_processing_up_to_date_until: None | str | Unset
        if isinstance(self.event_processing_up_to_date_until, Unset):
            event_processing_up_to_date_until = UNSET
        else:
            event_processing_up_to_date_until = self.event_processing_up_to_date_until

        invoices_to_be_reprocessed: int | None | Unset
        if isinstance(self.invoices_to_be_reprocessed, Unset):
            invoices_to_be_reprocessed = UNSET
        else:
            invoices_to_be_reprocessed = self.invoices_to_be_reprocessed

        customers_to_be_reprocessed: int | None | Unset
        if isinstance(self.customers_to_be_reprocessed, Unset):
            customers_to_be_reprocessed = UNSET
        else:
            customers_to_be_reprocessed = self.customers_to_be_reprocessed

        reprocess: dict[str, Any] | None | Unset
        if isinstance(self.reprocess, Unset):
            reprocess = UNSET
        elif isinstance(self.reprocess, PlatformUpToDateReprocess):
            reprocess = self.reprocess.to_dict()
        else:
            reprocess = self.reprocess

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if event_processing_up_to_date_until is not UNSET:
            field_dict["event_processing_up_to_date_until"] = event_processing_up_to_date_until
        if invoices_to_be_reprocessed is not UNSET:
            field_dict["invoices_to_be_reprocessed"] = invoices_to_be_reprocessed
        if customers_to_be_reprocessed is not UNSET:
            field_dict["customers_to_be_reprocessed"] = customers_to_be_reprocessed
        if reprocess is not UNSET:
            field_dict["reprocess"] = reprocess

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.platform_up_to_date_reprocess import PlatformUpToDateReprocess

        d = dict(src_dict)

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_event_processing_up_to_date_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_processing_up_to_date_until = _parse_event_processing_up_to_date_until(
            d.pop("event_processing_up_to_date_until", UNSET)
        )

        def _parse_invoices_to_be_reprocessed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoices_to_be_reprocessed = _parse_invoices_to_be_reprocessed(d.pop("invoices_to_be_reprocessed", UNSET))

        def _parse_customers_to_be_reprocessed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customers_to_be_reprocessed = _parse_customers_to_be_reprocessed(d.pop("customers_to_be_reprocessed", UNSET))

        def _parse_reprocess(data: object) -> None | PlatformUpToDateReprocess | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reprocess_type_0 = PlatformUpToDateReprocess.from_dict(data)

                return reprocess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlatformUpToDateReprocess | Unset, data)

        reprocess = _parse_reprocess(d.pop("reprocess", UNSET))

        platform_up_to_date = cls(
            timestamp=timestamp,
            event_processing_up_to_date_until=event_processing_up_to_date_until,
            invoices_to_be_reprocessed=invoices_to_be_reprocessed,
            customers_to_be_reprocessed=customers_to_be_reprocessed,
            reprocess=reprocess,
        )

        platform_up_to_date.additional_properties = d
        return platform_up_to_date

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
