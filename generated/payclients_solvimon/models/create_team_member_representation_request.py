from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_membership_representation import AccountMembershipRepresentation


T = TypeVar("T", bound="CreateTeamMemberRepresentationRequest")


@_attrs_define
class CreateTeamMemberRepresentationRequest:
    """
    Attributes:
        team_id (None | str | Unset):
        start_at (datetime.datetime | None | Unset):
        end_at (datetime.datetime | None | Unset):
        account_memberships (list[AccountMembershipRepresentation] | None | Unset):
    """

    team_id: None | str | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    account_memberships: list[AccountMembershipRepresentation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        account_memberships: list[dict[str, Any]] | None | Unset
        if isinstance(self.account_memberships, Unset):
            account_memberships = UNSET
        elif isinstance(self.account_memberships, list):
            account_memberships = []
            for account_memberships_type_0_item_data in self.account_memberships:
                account_memberships_type_0_item = account_memberships_type_0_item_data.to_dict()
                account_memberships.append(account_memberships_type_0_item)

        else:
            account_memberships = self.account_memberships

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if account_memberships is not UNSET:
            field_dict["account_memberships"] = account_memberships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_membership_representation import AccountMembershipRepresentation

        d = dict(src_dict)

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        def _parse_account_memberships(data: object) -> list[AccountMembershipRepresentation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                account_memberships_type_0 = []
                _account_memberships_type_0 = data
                for account_memberships_type_0_item_data in _account_memberships_type_0:
                    account_memberships_type_0_item = AccountMembershipRepresentation.from_dict(
                        account_memberships_type_0_item_data
                    )

                    account_memberships_type_0.append(account_memberships_type_0_item)

                return account_memberships_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountMembershipRepresentation] | None | Unset, data)

        account_memberships = _parse_account_memberships(d.pop("account_memberships", UNSET))

        create_team_member_representation_request = cls(
            team_id=team_id,
            start_at=start_at,
            end_at=end_at,
            account_memberships=account_memberships,
        )

        create_team_member_representation_request.additional_properties = d
        return create_team_member_representation_request

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
