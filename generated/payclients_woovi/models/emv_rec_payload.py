from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emv_rec_calendar import EmvRecCalendar
    from ..models.emv_rec_link import EmvRecLink
    from ..models.emv_rec_receiver import EmvRecReceiver
    from ..models.emv_rec_update import EmvRecUpdate
    from ..models.emv_rec_value import EmvRecValue


T = TypeVar("T", bound="EmvRecPayload")


@_attrs_define
class EmvRecPayload:
    """
    Attributes:
        updates (list[EmvRecUpdate] | Unset):
        calendar (EmvRecCalendar | Unset):
        id_rec (str | Unset):
        retry_policy (str | Unset):
        receiver (EmvRecReceiver | Unset):
        value (EmvRecValue | Unset):
        link (EmvRecLink | Unset):
    """

    updates: list[EmvRecUpdate] | Unset = UNSET
    calendar: EmvRecCalendar | Unset = UNSET
    id_rec: str | Unset = UNSET
    retry_policy: str | Unset = UNSET
    receiver: EmvRecReceiver | Unset = UNSET
    value: EmvRecValue | Unset = UNSET
    link: EmvRecLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = []
            for updates_item_data in self.updates:
                updates_item = updates_item_data.to_dict()
                updates.append(updates_item)

        calendar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar, Unset):
            calendar = self.calendar.to_dict()

        id_rec = self.id_rec

        retry_policy = self.retry_policy

        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updates is not UNSET:
            field_dict["updates"] = updates
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if id_rec is not UNSET:
            field_dict["idRec"] = id_rec
        if retry_policy is not UNSET:
            field_dict["retryPolicy"] = retry_policy
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if value is not UNSET:
            field_dict["value"] = value
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emv_rec_calendar import EmvRecCalendar
        from ..models.emv_rec_link import EmvRecLink
        from ..models.emv_rec_receiver import EmvRecReceiver
        from ..models.emv_rec_update import EmvRecUpdate
        from ..models.emv_rec_value import EmvRecValue

        d = dict(src_dict)
        _updates = d.pop("updates", UNSET)
        updates: list[EmvRecUpdate] | Unset = UNSET
        if _updates is not UNSET:
            updates = []
            for updates_item_data in _updates:
                updates_item = EmvRecUpdate.from_dict(updates_item_data)

                updates.append(updates_item)

        _calendar = d.pop("calendar", UNSET)
        calendar: EmvRecCalendar | Unset
        if isinstance(_calendar, Unset):
            calendar = UNSET
        else:
            calendar = EmvRecCalendar.from_dict(_calendar)

        id_rec = d.pop("idRec", UNSET)

        retry_policy = d.pop("retryPolicy", UNSET)

        _receiver = d.pop("receiver", UNSET)
        receiver: EmvRecReceiver | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = EmvRecReceiver.from_dict(_receiver)

        _value = d.pop("value", UNSET)
        value: EmvRecValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = EmvRecValue.from_dict(_value)

        _link = d.pop("link", UNSET)
        link: EmvRecLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = EmvRecLink.from_dict(_link)

        emv_rec_payload = cls(
            updates=updates,
            calendar=calendar,
            id_rec=id_rec,
            retry_policy=retry_policy,
            receiver=receiver,
            value=value,
            link=link,
        )

        emv_rec_payload.additional_properties = d
        return emv_rec_payload

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
