from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reprocessing_delay import ReprocessingDelay


T = TypeVar("T", bound="ReprocessingSettings")


@_attrs_define
class ReprocessingSettings:
    """
    Attributes:
        default_delay (ReprocessingDelay | Unset):
    """

    default_delay: ReprocessingDelay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_delay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_delay, Unset):
            default_delay = self.default_delay.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_delay is not UNSET:
            field_dict["default_delay"] = default_delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reprocessing_delay import ReprocessingDelay

        d = dict(src_dict)
        _default_delay = d.pop("default_delay", UNSET)
        default_delay: ReprocessingDelay | Unset
        if isinstance(_default_delay, Unset):
            default_delay = UNSET
        else:
            default_delay = ReprocessingDelay.from_dict(_default_delay)

        reprocessing_settings = cls(
            default_delay=default_delay,
        )

        reprocessing_settings.additional_properties = d
        return reprocessing_settings

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
