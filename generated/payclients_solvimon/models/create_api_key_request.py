from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_role_type import ApiKeyRoleType
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest
    from ..models.create_team_member_representation_request import CreateTeamMemberRepresentationRequest


T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        api_key (None | str | Unset):
        entity_id (None | str | Unset):
        created_at (None | str | Unset):
        active (bool | None | Unset):
        status (None | Unset | UserStatus):
        description (None | str | Unset):
        account_memberships (list[CreateAccountMembershipRepresentationRequest] | None | Unset):
        team_memberships (list[CreateTeamMemberRepresentationRequest] | None | Unset):
        role_type (ApiKeyRoleType | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    status: None | Unset | UserStatus = UNSET
    description: None | str | Unset = UNSET
    account_memberships: list[CreateAccountMembershipRepresentationRequest] | None | Unset = UNSET
    team_memberships: list[CreateTeamMemberRepresentationRequest] | None | Unset = UNSET
    role_type: ApiKeyRoleType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        role_type: None | str | Unset
        if isinstance(self.role_type, Unset):
            role_type = UNSET
        elif isinstance(self.role_type, ApiKeyRoleType):
            role_type = self.role_type.value
        else:
            role_type = self.role_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if active is not UNSET:
            field_dict["active"] = active
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if account_memberships is not UNSET:
            field_dict["account_memberships"] = account_memberships
        if team_memberships is not UNSET:
            field_dict["team_memberships"] = team_memberships
        if role_type is not UNSET:
            field_dict["role_type"] = role_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_account_membership_representation_request import (
            CreateAccountMembershipRepresentationRequest,
        )
        from ..models.create_team_member_representation_request import CreateTeamMemberRepresentationRequest

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_status(data: object) -> None | Unset | UserStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = UserStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_account_memberships(
            data: object,
        ) -> list[CreateAccountMembershipRepresentationRequest] | None | Unset:
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
                    account_memberships_type_0_item = CreateAccountMembershipRepresentationRequest.from_dict(
                        account_memberships_type_0_item_data
                    )

                    account_memberships_type_0.append(account_memberships_type_0_item)

                return account_memberships_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateAccountMembershipRepresentationRequest] | None | Unset, data)

        account_memberships = _parse_account_memberships(d.pop("account_memberships", UNSET))

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

        def _parse_role_type(data: object) -> ApiKeyRoleType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_type_0 = ApiKeyRoleType(data)

                return role_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiKeyRoleType | None | Unset, data)

        role_type = _parse_role_type(d.pop("role_type", UNSET))

        create_api_key_request = cls(
            object_type=object_type,
            id=id,
            api_key=api_key,
            entity_id=entity_id,
            created_at=created_at,
            active=active,
            status=status,
            description=description,
            account_memberships=account_memberships,
            team_memberships=team_memberships,
            role_type=role_type,
        )

        create_api_key_request.additional_properties = d
        return create_api_key_request

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
