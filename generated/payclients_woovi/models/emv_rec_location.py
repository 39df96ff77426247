from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emv_rec_payload import EmvRecPayload


T = TypeVar("T", bound="EmvRecLocation")


@_attrs_define
class EmvRecLocation:
    """The Pix Automatico authorization behind a recurrence code's URL.

    Attributes:
        is_valid (bool | Unset):
        location_errors (list[str] | Unset):
        payload (EmvRecPayload | Unset):
        url (str | Unset):
    """

    is_valid: bool | Unset = UNSET
    location_errors: list[str] | Unset = UNSET
    payload: EmvRecPayload | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_valid = self.is_valid

        location_errors: list[str] | Unset = UNSET
        if not isinstance(self.location_errors, Unset):
            location_errors = self.location_errors

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if location_errors is not UNSET:
            field_dict["locationErrors"] = location_errors
        if payload is not UNSET:
            field_dict["payload"] = payload
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emv_rec_payload import EmvRecPayload

        d = dict(src_dict)
        is_valid = d.pop("isValid", UNSET)

        location_errors = cast(list[str], d.pop("locationErrors", UNSET))

        _payload = d.pop("payload", UNSET)
        payload: EmvRecPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = EmvRecPayload.from_dict(_payload)

        url = d.pop("url", UNSET)

        emv_rec_location = cls(
            is_valid=is_valid,
            location_errors=location_errors,
            payload=payload,
            url=url,
        )

        emv_rec_location.additional_properties = d
        return emv_rec_location

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
