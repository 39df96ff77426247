from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest
    from ..models.create_team_member_representation_request import CreateTeamMemberRepresentationRequest


T = TypeVar("T", bound="InviteUserRequest")


@_attrs_define
class InviteUserRequest:
    """
    Attributes:
        username (str | Unset):
        entity_id (str | Unset):
        account_memberships (list[CreateAccountMembershipRepresentationRequest] | Unset):
        team_memberships (list[CreateTeamMemberRepresentationRequest] | None | Unset):
    """

    username: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    account_memberships: list[CreateAccountMembershipRepresentationRequest] | Unset = UNSET
    team_memberships: list[CreateTeamMemberRepresentationRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        entity_id = self.entity_id

        account_memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_memberships, Unset):
            account_memberships = []
            for account_memberships_item_data in self.account_memberships:
                account_memberships_item = account_memberships_item_data.to_dict()
                account_memberships.append(account_memberships_item)

        team_memberships: list[dict[str, Any]] | None | Unset
        if isinstance(self.team_memberships, Unset):
            team_memberships = UNSET
        elif isinstance(self.team_memberships, list):
            team_memberships = []
            for team_memberships_type_0_item_data in self.team_memberships:
                team_memberships_type_0_item = team_memberships_type_0_item_data.to_dict()
                team_memberships.append(team_memberships_type_0_item)

        else:
            team_memberships = self.team_memberships

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if account_memberships is not UNSET:
            field_dict["account_memberships"] = account_memberships
        if team_memberships is not UNSET:
            field_dict["team_memberships"] = team_memberships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_account_membership_representation_request import (
            CreateAccountMembershipRepresentationRequest,
        )
        from ..models.create_team_member_representation_request import CreateTeamMemberRepresentationRequest

        d = dict(src_dict)
        username = d.pop("username", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        _account_memberships = d.pop("account_memberships", UNSET)
        account_memberships: list[CreateAccountMembershipRepresentationRequest] | Unset = UNSET
        if _account_memberships is not UNSET:
            account_memberships = []
            for account_memberships_item_data in _account_memberships:
                account_memberships_item = CreateAccountMembershipRepresentationRequest.from_dict(
                    account_memberships_item_data
                )

                account_memberships.append(account_memberships_item)

        def _parse_team_memberships(data: object) -> list[CreateTeamMemberRepresentationRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_memberships_type_0 = []
                _team_memberships_type_0 = data
                for team_memberships_type_0_item_data in _team_memberships_type_0:
                    team_memberships_type_0_item = CreateTeamMemberRepresentationRequest.from_dict(
                        team_memberships_type_0_item_data
                    )

                    team_memberships_type_0.append(team_memberships_type_0_item)

                return team_memberships_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateTeamMemberRepresentationRequest] | None | Unset, data)

        team_memberships = _parse_team_memberships(d.pop("team_memberships", UNSET))

        invite_user_request = cls(
            username=username,
            entity_id=entity_id,
            account_memberships=account_memberships,
            team_memberships=team_memberships,
        )

        invite_user_request.additional_properties = d
        return invite_user_request

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
