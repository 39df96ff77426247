from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceReprocess")


@_attrs_define
class InvoiceReprocess:
    """Scheduled reprocessing of an invoice.

    Attributes:
        to_be_reprocessed_at (datetime.datetime | None | Unset):
        reprocess_status (str | Unset):
        reprocess_id (str | Unset):
    """

    to_be_reprocessed_at: datetime.datetime | None | Unset = UNSET
    reprocess_status: str | Unset = UNSET
    reprocess_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_be_reprocessed_at: None | str | Unset
        if isinstance(self.to_be_reprocessed_at, Unset):
            to_be_reprocessed_at = UNSET
        elif isinstance(self.to_be_reprocessed_at, datetime.datetime):
            to_be_reprocessed_at = self.to_be_reprocessed_at.isoformat()
        else:
            to_be_reprocessed_at = self.to_be_reprocessed_at

        reprocess_status = self.reprocess_status

        reprocess_id = self.reprocess_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to_be_reprocessed_at is not UNSET:
            field_dict["to_be_reprocessed_at"] = to_be_reprocessed_at
        if reprocess_status is not UNSET:
            field_dict["reprocess_status"] = reprocess_status
        if reprocess_id is not UNSET:
            field_dict["reprocess_id"] = reprocess_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_to_be_reprocessed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_be_reprocessed_at_type_0 = datetime.datetime.fromisoformat(data)

                return to_be_reprocessed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        to_be_reprocessed_at = _parse_to_be_reprocessed_at(d.pop("to_be_reprocessed_at", UNSET))

        reprocess_status = d.pop("reprocess_status", UNSET)

        reprocess_id = d.pop("reprocess_id", UNSET)

        invoice_reprocess = cls(
            to_be_reprocessed_at=to_be_reprocessed_at,
            reprocess_status=reprocess_status,
            reprocess_id=reprocess_id,
        )

        invoice_reprocess.additional_properties = d
        return invoice_reprocess

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
