from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamRequest")


@_attrs_define
class TeamRequest:
    """Team membership for create and full update. Inferred from the n8n node's Team Create / Partial Update inputs (the
    Create page is cut off, so more flags may exist); wire names proposed.

        Attributes:
            user (int): Id of the user to add to the team.
            admin_permission (bool | Unset): Grants administrator rights.
            teacher_permission (bool | Unset): Grants teacher rights.
            team_permission (bool | Unset): Grants team management.
            courses_permission (bool | Unset): Grants course management.
            gurupay_permission (bool | Unset): Grants MindzPay (ex-GuruPay) access.
            statistics_permission (bool | Unset): Grants statistics.
            marketing_permission (bool | Unset): Grants marketing tools.
            editor_permission (bool | Unset): Grants content editor.
            integration_permission (bool | Unset): Grants integrations.
    """

    user: int
    admin_permission: bool | Unset = UNSET
    teacher_permission: bool | Unset = UNSET
    team_permission: bool | Unset = UNSET
    courses_permission: bool | Unset = UNSET
    gurupay_permission: bool | Unset = UNSET
    statistics_permission: bool | Unset = UNSET
    marketing_permission: bool | Unset = UNSET
    editor_permission: bool | Unset = UNSET
    integration_permission: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        admin_permission = self.admin_permission

        teacher_permission = self.teacher_permission

        team_permission = self.team_permission

        courses_permission = self.courses_permission

        gurupay_permission = self.gurupay_permission

        statistics_permission = self.statistics_permission

        marketing_permission = self.marketing_permission

        editor_permission = self.editor_permission

        integration_permission = self.integration_permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if admin_permission is not UNSET:
            field_dict["admin_permission"] = admin_permission
        if teacher_permission is not UNSET:
            field_dict["teacher_permission"] = teacher_permission
        if team_permission is not UNSET:
            field_dict["team_permission"] = team_permission
        if courses_permission is not UNSET:
            field_dict["courses_permission"] = courses_permission
        if gurupay_permission is not UNSET:
            field_dict["gurupay_permission"] = gurupay_permission
        if statistics_permission is not UNSET:
            field_dict["statistics_permission"] = statistics_permission
        if marketing_permission is not UNSET:
            field_dict["marketing_permission"] = marketing_permission
        if editor_permission is not UNSET:
            field_dict["editor_permission"] = editor_permission
        if integration_permission is not UNSET:
            field_dict["integration_permission"] = integration_permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        admin_permission = d.pop("admin_permission", UNSET)

        teacher_permission = d.pop("teacher_permission", UNSET)

        team_permission = d.pop("team_permission", UNSET)

        courses_permission = d.pop("courses_permission", UNSET)

        gurupay_permission = d.pop("gurupay_permission", UNSET)

        statistics_permission = d.pop("statistics_permission", UNSET)

        marketing_permission = d.pop("marketing_permission", UNSET)

        editor_permission = d.pop("editor_permission", UNSET)

        integration_permission = d.pop("integration_permission", UNSET)

        team_request = cls(
            user=user,
            admin_permission=admin_permission,
            teacher_permission=teacher_permission,
            team_permission=team_permission,
            courses_permission=courses_permission,
            gurupay_permission=gurupay_permission,
            statistics_permission=statistics_permission,
            marketing_permission=marketing_permission,
            editor_permission=editor_permission,
            integration_permission=integration_permission,
        )

        team_request.additional_properties = d
        return team_request

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
