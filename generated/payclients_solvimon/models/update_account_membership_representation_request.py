from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_membership_representation_type import AccountMembershipRepresentationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_representation import AccountRepresentation
    from ..models.role import Role


T = TypeVar("T", bound="UpdateAccountMembershipRepresentationRequest")


@_attrs_define
class UpdateAccountMembershipRepresentationRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        account_id (str | Unset):
        account_reference (None | str | Unset):
        environment (None | str | Unset):
        account (AccountRepresentation | None | Unset):
        type_ (AccountMembershipRepresentationType | Unset):
        role_ids (list[str] | Unset):
        roles (list[Role] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    account_id: str | Unset = UNSET
    account_reference: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    account: AccountRepresentation | None | Unset = UNSET
    type_: AccountMembershipRepresentationType | Unset = UNSET
    role_ids: list[str] | Unset = UNSET
    roles: list[Role] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_representation import AccountRepresentation

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

        account_id = self.account_id

        account_reference: None | str | Unset
        if isinstance(self.account_reference, Unset):
            account_reference = UNSET
        else:
            account_reference = self.account_reference

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, AccountRepresentation):
            account = self.account.to_dict()
        else:
            account = self.account

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_reference is not UNSET:
            field_dict["account_reference"] = account_reference
        if environment is not UNSET:
            field_dict["environment"] = environment
        if account is not UNSET:
            field_dict["account"] = account
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role_ids is not UNSET:
            field_dict["role_ids"] = role_ids
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_representation import AccountRepresentation
        from ..models.role import Role

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

        account_id = d.pop("account_id", UNSET)

        def _parse_account_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_reference = _parse_account_reference(d.pop("account_reference", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_account(data: object) -> AccountRepresentation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = AccountRepresentation.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountRepresentation | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: AccountMembershipRepresentationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AccountMembershipRepresentationType(_type_)

        role_ids = cast(list[str], d.pop("role_ids", UNSET))

        def _parse_roles(data: object) -> list[Role] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = Role.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Role] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        update_account_membership_representation_request = cls(
            object_type=object_type,
            id=id,
            account_id=account_id,
            account_reference=account_reference,
            environment=environment,
            account=account,
            type_=type_,
            role_ids=role_ids,
            roles=roles,
        )

        update_account_membership_representation_request.additional_properties = d
        return update_account_membership_representation_request

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
