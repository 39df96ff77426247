from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentDunningActionDetails")


@_attrs_define
class PaymentDunningActionDetails:
    """Dunning attempt a payment belongs to.

    Attributes:
        attempt (int | None | Unset):
        external_reference (None | str | Unset):
        next_attempt_scheduled (bool | None | Unset):
    """

    attempt: int | None | Unset = UNSET
    external_reference: None | str | Unset = UNSET
    next_attempt_scheduled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt: int | None | Unset
        if isinstance(self.attempt, Unset):
            attempt = UNSET
        else:
            attempt = self.attempt

        external_reference: None | str | Unset
        if isinstance(self.external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = self.external_reference

        next_attempt_scheduled: bool | None | Unset
        if isinstance(self.next_attempt_scheduled, Unset):
            next_attempt_scheduled = UNSET
        else:
            next_attempt_scheduled = self.next_attempt_scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if next_attempt_scheduled is not UNSET:
            field_dict["next_attempt_scheduled"] = next_attempt_scheduled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt = _parse_attempt(d.pop("attempt", UNSET))

        def _parse_external_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_reference = _parse_external_reference(d.pop("external_reference", UNSET))

        def _parse_next_attempt_scheduled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        next_attempt_scheduled = _parse_next_attempt_scheduled(d.pop("next_attempt_scheduled", UNSET))

        payment_dunning_action_details = cls(
            attempt=attempt,
            external_reference=external_reference,
            next_attempt_scheduled=next_attempt_scheduled,
        )

        payment_dunning_action_details.additional_properties = d
        return payment_dunning_action_details

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
