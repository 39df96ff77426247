from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest


T = TypeVar("T", bound="CreateTeamRequest")


@_attrs_define
class CreateTeamRequest:
    """
    Attributes:
        id (None | str | Unset):
        entity_id (None | str | Unset):
        name (str | Unset):
        account_memberships (list[CreateAccountMembershipRepresentationRequest] | None | Unset):
    """

    id: None | str | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    account_memberships: list[CreateAccountMembershipRepresentationRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        name = self.name

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
        if id is not UNSET:
            field_dict["id"] = id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if name is not UNSET:
            field_dict["name"] = name
        if account_memberships is not UNSET:
            field_dict["account_memberships"] = account_memberships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_account_membership_representation_request import (
            CreateAccountMembershipRepresentationRequest,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

        name = d.pop("name", UNSET)

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

        create_team_request = cls(
            id=id,
            entity_id=entity_id,
            name=name,
            account_memberships=account_memberships,
        )

        create_team_request.additional_properties = d
        return create_team_request

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
