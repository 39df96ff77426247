from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileMeterData")


@_attrs_define
class FileMeterData:
    """
    Attributes:
        meter_id (None | str | Unset):
        override_ingest_timestamp (datetime.datetime | None | Unset):
    """

    meter_id: None | str | Unset = UNSET
    override_ingest_timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

        override_ingest_timestamp: None | str | Unset
        if isinstance(self.override_ingest_timestamp, Unset):
            override_ingest_timestamp = UNSET
        elif isinstance(self.override_ingest_timestamp, datetime.datetime):
            override_ingest_timestamp = self.override_ingest_timestamp.isoformat()
        else:
            override_ingest_timestamp = self.override_ingest_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if override_ingest_timestamp is not UNSET:
            field_dict["override_ingest_timestamp"] = override_ingest_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

        def _parse_override_ingest_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                override_ingest_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return override_ingest_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        override_ingest_timestamp = _parse_override_ingest_timestamp(d.pop("override_ingest_timestamp", UNSET))

        file_meter_data = cls(
            meter_id=meter_id,
            override_ingest_timestamp=override_ingest_timestamp,
        )

        file_meter_data.additional_properties = d
        return file_meter_data

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
