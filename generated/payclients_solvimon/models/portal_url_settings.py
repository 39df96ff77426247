from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="PortalUrlSettings")


@_attrs_define
class PortalUrlSettings:
    """
    Attributes:
        expiry_period (Period | Unset): A length of time, such as 1 MONTH.
    """

    expiry_period: Period | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_period, Unset):
            expiry_period = self.expiry_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_period is not UNSET:
            field_dict["expiry_period"] = expiry_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period

        d = dict(src_dict)
        _expiry_period = d.pop("expiry_period", UNSET)
        expiry_period: Period | Unset
        if isinstance(_expiry_period, Unset):
            expiry_period = UNSET
        else:
            expiry_period = Period.from_dict(_expiry_period)

        portal_url_settings = cls(
            expiry_period=expiry_period,
        )

        portal_url_settings.additional_properties = d
        return portal_url_settings

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
