from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="PortalUrlLink")


@_attrs_define
class PortalUrlLink:
    """A hosted portal page, such as the pay-invoice page.

    Attributes:
        expiry_period (Period | Unset): A length of time, such as 1 MONTH.
        portal_url_id (None | str | Unset):
        url (None | str | Unset):
    """

    expiry_period: Period | Unset = UNSET
    portal_url_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_period, Unset):
            expiry_period = self.expiry_period.to_dict()

        portal_url_id: None | str | Unset
        if isinstance(self.portal_url_id, Unset):
            portal_url_id = UNSET
        else:
            portal_url_id = self.portal_url_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_period is not UNSET:
            field_dict["expiry_period"] = expiry_period
        if portal_url_id is not UNSET:
            field_dict["portal_url_id"] = portal_url_id
        if url is not UNSET:
            field_dict["url"] = url

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

        def _parse_portal_url_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        portal_url_id = _parse_portal_url_id(d.pop("portal_url_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        portal_url_link = cls(
            expiry_period=expiry_period,
            portal_url_id=portal_url_id,
            url=url,
        )

        portal_url_link.additional_properties = d
        return portal_url_link

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
