from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.partner_pre_registration import PartnerPreRegistration


T = TypeVar("T", bound="PartnerPreRegistrationPage")


@_attrs_define
class PartnerPreRegistrationPage:
    """
    Attributes:
        pre_registrations (list[PartnerPreRegistration] | Unset):
        page_info (PageInfo | Unset): Offset pagination block. Ask for the next page with skip + limit while hasNextPage
            is true.
    """

    pre_registrations: list[PartnerPreRegistration] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_registrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_registrations, Unset):
            pre_registrations = []
            for pre_registrations_item_data in self.pre_registrations:
                pre_registrations_item = pre_registrations_item_data.to_dict()
                pre_registrations.append(pre_registrations_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pre_registrations is not UNSET:
            field_dict["preRegistrations"] = pre_registrations
        if page_info is not UNSET:
            field_dict["pageInfo"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.page_info import PageInfo
        from ..models.partner_pre_registration import PartnerPreRegistration

        d = dict(src_dict)
        _pre_registrations = d.pop("preRegistrations", UNSET)
        pre_registrations: list[PartnerPreRegistration] | Unset = UNSET
        if _pre_registrations is not UNSET:
            pre_registrations = []
            for pre_registrations_item_data in _pre_registrations:
                pre_registrations_item = PartnerPreRegistration.from_dict(pre_registrations_item_data)

                pre_registrations.append(pre_registrations_item)

        _page_info = d.pop("pageInfo", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        partner_pre_registration_page = cls(
            pre_registrations=pre_registrations,
            page_info=page_info,
        )

        partner_pre_registration_page.additional_properties = d
        return partner_pre_registration_page

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
