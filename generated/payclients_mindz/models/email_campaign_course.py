from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignCourse")


@_attrs_define
class EmailCampaignCourse:
    """A course targeted by a campaign. Proposed link record.

    Attributes:
        email_campaign (int | Unset): Id of the e-mail campaign.
        course (int | Unset): Id of a course whose students receive the campaign.
    """

    email_campaign: int | Unset = UNSET
    course: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign = self.email_campaign

        course = self.course

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign is not UNSET:
            field_dict["email_campaign"] = email_campaign
        if course is not UNSET:
            field_dict["course"] = course

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email_campaign = d.pop("email_campaign", UNSET)

        course = d.pop("course", UNSET)

        email_campaign_course = cls(
            email_campaign=email_campaign,
            course=course,
        )

        email_campaign_course.additional_properties = d
        return email_campaign_course

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
