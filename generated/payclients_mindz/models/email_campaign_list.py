from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignList")


@_attrs_define
class EmailCampaignList:
    """An e-mail list targeted by a campaign. Proposed link record.

    Attributes:
        email_campaign (int | Unset): Id of the e-mail campaign.
        email_list (int | Unset): Id of an e-mail list that receives the campaign.
    """

    email_campaign: int | Unset = UNSET
    email_list: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign = self.email_campaign

        email_list = self.email_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign is not UNSET:
            field_dict["email_campaign"] = email_campaign
        if email_list is not UNSET:
            field_dict["email_list"] = email_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email_campaign = d.pop("email_campaign", UNSET)

        email_list = d.pop("email_list", UNSET)

        email_campaign_list = cls(
            email_campaign=email_campaign,
            email_list=email_list,
        )

        email_campaign_list.additional_properties = d
        return email_campaign_list

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
