from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meter_data_processed_details_type import MeterDataProcessedDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate import Duplicate
    from ..models.not_matched import NotMatched


T = TypeVar("T", bound="MeterDataProcessedDetails")


@_attrs_define
class MeterDataProcessedDetails:
    """
    Attributes:
        type_ (MeterDataProcessedDetailsType | None | Unset):
        duplicate_of_meter_data_id (None | str | Unset):
        duplicate (Duplicate | None | Unset):
        not_matched (None | NotMatched | Unset):
    """

    type_: MeterDataProcessedDetailsType | None | Unset = UNSET
    duplicate_of_meter_data_id: None | str | Unset = UNSET
    duplicate: Duplicate | None | Unset = UNSET
    not_matched: None | NotMatched | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.duplicate import Duplicate
        from ..models.not_matched import NotMatched

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MeterDataProcessedDetailsType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        duplicate_of_meter_data_id: None | str | Unset
        if isinstance(self.duplicate_of_meter_data_id, Unset):
            duplicate_of_meter_data_id = UNSET
        else:
            duplicate_of_meter_data_id = self.duplicate_of_meter_data_id

        duplicate: dict[str, Any] | None | Unset
        if isinstance(self.duplicate, Unset):
            duplicate = UNSET
        elif isinstance(self.duplicate, Duplicate):
            duplicate = self.duplicate.to_dict()
        else:
            duplicate = self.duplicate

        not_matched: dict[str, Any] | None | Unset
        if isinstance(self.not_matched, Unset):
            not_matched = UNSET
        elif isinstance(self.not_matched, NotMatched):
            not_matched = self.not_matched.to_dict()
        else:
            not_matched = self.not_matched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duplicate_of_meter_data_id is not UNSET:
            field_dict["duplicate_of_meter_data_id"] = duplicate_of_meter_data_id
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if not_matched is not UNSET:
            field_dict["not_matched"] = not_matched

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate import Duplicate
        from ..models.not_matched import NotMatched

        d = dict(src_dict)

        def _parse_type_(data: object) -> MeterDataProcessedDetailsType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = MeterDataProcessedDetailsType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterDataProcessedDetailsType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_duplicate_of_meter_data_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duplicate_of_meter_data_id = _parse_duplicate_of_meter_data_id(d.pop("duplicate_of_meter_data_id", UNSET))

        def _parse_duplicate(data: object) -> Duplicate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duplicate_type_0 = Duplicate.from_dict(data)

                return duplicate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Duplicate | None | Unset, data)

        duplicate = _parse_duplicate(d.pop("duplicate", UNSET))

        def _parse_not_matched(data: object) -> None | NotMatched | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_matched_type_0 = NotMatched.from_dict(data)

                return not_matched_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotMatched | Unset, data)

        not_matched = _parse_not_matched(d.pop("not_matched", UNSET))

        meter_data_processed_details = cls(
            type_=type_,
            duplicate_of_meter_data_id=duplicate_of_meter_data_id,
            duplicate=duplicate,
            not_matched=not_matched,
        )

        meter_data_processed_details.additional_properties = d
        return meter_data_processed_details

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
