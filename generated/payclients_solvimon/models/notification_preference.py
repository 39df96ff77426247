from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_preference_type import NotificationPreferenceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_channel import NotificationChannel


T = TypeVar("T", bound="NotificationPreference")


@_attrs_define
class NotificationPreference:
    """Which notifications a customer gets.

    Attributes:
        type_ (NotificationPreferenceType | Unset): Kind of notification.
        channels (list[NotificationChannel] | None | Unset):
    """

    type_: NotificationPreferenceType | Unset = UNSET
    channels: list[NotificationChannel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        channels: list[dict[str, Any]] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, list):
            channels = []
            for channels_type_0_item_data in self.channels:
                channels_type_0_item = channels_type_0_item_data.to_dict()
                channels.append(channels_type_0_item)

        else:
            channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_channel import NotificationChannel

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: NotificationPreferenceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NotificationPreferenceType(_type_)

        def _parse_channels(data: object) -> list[NotificationChannel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channels_type_0 = []
                _channels_type_0 = data
                for channels_type_0_item_data in _channels_type_0:
                    channels_type_0_item = NotificationChannel.from_dict(channels_type_0_item_data)

                    channels_type_0.append(channels_type_0_item)

                return channels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotificationChannel] | None | Unset, data)

        channels = _parse_channels(d.pop("channels", UNSET))

        notification_preference = cls(
            type_=type_,
            channels=channels,
        )

        notification_preference.additional_properties = d
        return notification_preference

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
