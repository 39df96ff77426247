from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmvCobCalendar")


@_attrs_define
class EmvCobCalendar:
    """
    Attributes:
        presentation (datetime.datetime | Unset):
        expiration (int | Unset):
        creation (datetime.datetime | Unset):
    """

    presentation: datetime.datetime | Unset = UNSET
    expiration: int | Unset = UNSET
    creation: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presentation: str | Unset = UNSET
        if not isinstance(self.presentation, Unset):
            presentation = self.presentation.isoformat()

        expiration = self.expiration

        creation: str | Unset = UNSET
        if not isinstance(self.creation, Unset):
            creation = self.creation.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presentation is not UNSET:
            field_dict["presentation"] = presentation
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if creation is not UNSET:
            field_dict["creation"] = creation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _presentation = d.pop("presentation", UNSET)
        presentation: datetime.datetime | Unset
        if isinstance(_presentation, Unset):
            presentation = UNSET
        else:
            presentation = datetime.datetime.fromisoformat(_presentation)

        expiration = d.pop("expiration", UNSET)

        _creation = d.pop("creation", UNSET)
        creation: datetime.datetime | Unset
        if isinstance(_creation, Unset):
            creation = UNSET
        else:
            creation = datetime.datetime.fromisoformat(_creation)

        emv_cob_calendar = cls(
            presentation=presentation,
            expiration=expiration,
            creation=creation,
        )

        emv_cob_calendar.additional_properties = d
        return emv_cob_calendar

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
