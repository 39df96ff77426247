"""Typed operations tagged `users`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.account_membership_representation import AccountMembershipRepresentation
from ...models.api_error import ApiError
from ...models.create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest
from ...models.create_team_member_representation_request import CreateTeamMemberRepresentationRequest
from ...models.create_user_request import CreateUserRequest
from ...models.invite_user_request import InviteUserRequest
from ...models.order_direction import OrderDirection
from ...models.team_member_paginated_page import TeamMemberPaginatedPage
from ...models.team_member_representation import TeamMemberRepresentation
from ...models.update_account_membership_representation_request import UpdateAccountMembershipRepresentationRequest
from ...models.update_user_request import UpdateUserRequest
from ...models.user import User
from ...models.user_invite import UserInvite
from ...models.user_paginated_page import UserPaginatedPage
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_user as _create_user
from . import create_user_membership as _create_user_membership
from . import create_user_team_membership as _create_user_team_membership
from . import get_user as _get_user
from . import invite_user as _invite_user
from . import list_user_memberships as _list_user_memberships
from . import list_user_teams as _list_user_teams
from . import list_users as _list_users
from . import revoke_user_invite as _revoke_user_invite
from . import search_users as _search_users
from . import update_user as _update_user
from . import update_user_membership as _update_user_membership


class UsersResource:
    """Operations tagged `users`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "UsersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return UsersResourceWithRawResponse(self._invoker)

    def list_users(
        self,
        *,
        active: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> UserPaginatedPage:
        """List the users.

        `GET /v1/users`
        """
        request = _list_users._get_kwargs(
            active=active,
            username=username,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast("UserPaginatedPage", self._invoker.request("list_users", request, _list_users._parse_response))

    def create_user(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> User:
        """Create an user.

        `POST /v1/users`
        """
        request = _create_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", self._invoker.request("create_user", request, _create_user._parse_response))

    def invite_user(
        self,
        *,
        body: InviteUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UserInvite:
        """Invite the user.

        `POST /v1/users/invite`
        """
        request = _invite_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("UserInvite", self._invoker.request("invite_user", request, _invite_user._parse_response))

    def revoke_user_invite(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> User:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`
        """
        request = _revoke_user_invite._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", self._invoker.request("revoke_user_invite", request, _revoke_user_invite._parse_response))

    def search_users(
        self,
        *,
        username: str | Unset = UNSET,
        user_type: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
    ) -> list[User]:
        """Search the users.

        `GET /v1/users/search`
        """
        request = _search_users._get_kwargs(
            username=username,
            user_type=user_type,
            x_platform_id=x_platform_id,
            resource_id=resource_id,
        )
        return cast("list[User]", self._invoker.request("search_users", request, _search_users._parse_response))

    def get_user(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> User:
        """Get the user.

        `GET /v1/users/{resource_id}`
        """
        request = _get_user._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("User", self._invoker.request("get_user", request, _get_user._parse_response))

    def update_user(
        self,
        resource_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> User:
        """Update the user.

        `PATCH /v1/users/{resource_id}`
        """
        request = _update_user._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", self._invoker.request("update_user", request, _update_user._parse_response))

    def list_user_memberships(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> list[AccountMembershipRepresentation]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`
        """
        request = _list_user_memberships._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            self._invoker.request("list_user_memberships", request, _list_user_memberships._parse_response),
        )

    def create_user_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[AccountMembershipRepresentation]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`
        """
        request = _create_user_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            self._invoker.request("create_user_membership", request, _create_user_membership._parse_response),
        )

    def update_user_membership(
        self,
        resource_id: str,
        membership_resource_id: str,
        *,
        body: UpdateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[AccountMembershipRepresentation]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`
        """
        request = _update_user_membership._get_kwargs(
            resource_id=resource_id,
            membership_resource_id=membership_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            self._invoker.request("update_user_membership", request, _update_user_membership._parse_response),
        )

    def list_user_teams(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> TeamMemberPaginatedPage:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`
        """
        request = _list_user_teams._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "TeamMemberPaginatedPage",
            self._invoker.request("list_user_teams", request, _list_user_teams._parse_response),
        )

    def create_user_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateTeamMemberRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[TeamMemberRepresentation]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`
        """
        request = _create_user_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[TeamMemberRepresentation]",
            self._invoker.request("create_user_team_membership", request, _create_user_team_membership._parse_response),
        )


class UsersResourceWithRawResponse:
    """Like `UsersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_users(
        self,
        *,
        active: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UserPaginatedPage]:
        """List the users.

        `GET /v1/users`
        """
        request = _list_users._get_kwargs(
            active=active,
            username=username,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UserPaginatedPage]",
            self._invoker.request_raw("list_users", request, _list_users._parse_response),
        )

    def create_user(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Create an user.

        `POST /v1/users`
        """
        request = _create_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]", self._invoker.request_raw("create_user", request, _create_user._parse_response)
        )

    def invite_user(
        self,
        *,
        body: InviteUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UserInvite]:
        """Invite the user.

        `POST /v1/users/invite`
        """
        request = _invite_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UserInvite]", self._invoker.request_raw("invite_user", request, _invite_user._parse_response)
        )

    def revoke_user_invite(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`
        """
        request = _revoke_user_invite._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]",
            self._invoker.request_raw("revoke_user_invite", request, _revoke_user_invite._parse_response),
        )

    def search_users(
        self,
        *,
        username: str | Unset = UNSET,
        user_type: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
    ) -> RawResponse[list[User]]:
        """Search the users.

        `GET /v1/users/search`
        """
        request = _search_users._get_kwargs(
            username=username,
            user_type=user_type,
            x_platform_id=x_platform_id,
            resource_id=resource_id,
        )
        return cast(
            "RawResponse[list[User]]", self._invoker.request_raw("search_users", request, _search_users._parse_response)
        )

    def get_user(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Get the user.

        `GET /v1/users/{resource_id}`
        """
        request = _get_user._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("RawResponse[User]", self._invoker.request_raw("get_user", request, _get_user._parse_response))

    def update_user(
        self,
        resource_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Update the user.

        `PATCH /v1/users/{resource_id}`
        """
        request = _update_user._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]", self._invoker.request_raw("update_user", request, _update_user._parse_response)
        )

    def list_user_memberships(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`
        """
        request = _list_user_memberships._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            self._invoker.request_raw("list_user_memberships", request, _list_user_memberships._parse_response),
        )

    def create_user_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`
        """
        request = _create_user_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            self._invoker.request_raw("create_user_membership", request, _create_user_membership._parse_response),
        )

    def update_user_membership(
        self,
        resource_id: str,
        membership_resource_id: str,
        *,
        body: UpdateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`
        """
        request = _update_user_membership._get_kwargs(
            resource_id=resource_id,
            membership_resource_id=membership_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            self._invoker.request_raw("update_user_membership", request, _update_user_membership._parse_response),
        )

    def list_user_teams(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[TeamMemberPaginatedPage]:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`
        """
        request = _list_user_teams._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[TeamMemberPaginatedPage]",
            self._invoker.request_raw("list_user_teams", request, _list_user_teams._parse_response),
        )

    def create_user_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateTeamMemberRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[list[TeamMemberRepresentation]]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`
        """
        request = _create_user_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[TeamMemberRepresentation]]",
            self._invoker.request_raw(
                "create_user_team_membership", request, _create_user_team_membership._parse_response
            ),
        )


class AsyncUsersResource:
    """Operations tagged `users`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncUsersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncUsersResourceWithRawResponse(self._invoker)

    async def list_users(
        self,
        *,
        active: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> UserPaginatedPage:
        """List the users.

        `GET /v1/users`
        """
        request = _list_users._get_kwargs(
            active=active,
            username=username,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "UserPaginatedPage", await self._invoker.request("list_users", request, _list_users._parse_response)
        )

    async def create_user(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> User:
        """Create an user.

        `POST /v1/users`
        """
        request = _create_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", await self._invoker.request("create_user", request, _create_user._parse_response))

    async def invite_user(
        self,
        *,
        body: InviteUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> UserInvite:
        """Invite the user.

        `POST /v1/users/invite`
        """
        request = _invite_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("UserInvite", await self._invoker.request("invite_user", request, _invite_user._parse_response))

    async def revoke_user_invite(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> User:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`
        """
        request = _revoke_user_invite._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "User", await self._invoker.request("revoke_user_invite", request, _revoke_user_invite._parse_response)
        )

    async def search_users(
        self,
        *,
        username: str | Unset = UNSET,
        user_type: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
    ) -> list[User]:
        """Search the users.

        `GET /v1/users/search`
        """
        request = _search_users._get_kwargs(
            username=username,
            user_type=user_type,
            x_platform_id=x_platform_id,
            resource_id=resource_id,
        )
        return cast("list[User]", await self._invoker.request("search_users", request, _search_users._parse_response))

    async def get_user(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> User:
        """Get the user.

        `GET /v1/users/{resource_id}`
        """
        request = _get_user._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("User", await self._invoker.request("get_user", request, _get_user._parse_response))

    async def update_user(
        self,
        resource_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> User:
        """Update the user.

        `PATCH /v1/users/{resource_id}`
        """
        request = _update_user._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", await self._invoker.request("update_user", request, _update_user._parse_response))

    async def list_user_memberships(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> list[AccountMembershipRepresentation]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`
        """
        request = _list_user_memberships._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            await self._invoker.request("list_user_memberships", request, _list_user_memberships._parse_response),
        )

    async def create_user_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[AccountMembershipRepresentation]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`
        """
        request = _create_user_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            await self._invoker.request("create_user_membership", request, _create_user_membership._parse_response),
        )

    async def update_user_membership(
        self,
        resource_id: str,
        membership_resource_id: str,
        *,
        body: UpdateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[AccountMembershipRepresentation]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`
        """
        request = _update_user_membership._get_kwargs(
            resource_id=resource_id,
            membership_resource_id=membership_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            await self._invoker.request("update_user_membership", request, _update_user_membership._parse_response),
        )

    async def list_user_teams(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> TeamMemberPaginatedPage:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`
        """
        request = _list_user_teams._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "TeamMemberPaginatedPage",
            await self._invoker.request("list_user_teams", request, _list_user_teams._parse_response),
        )

    async def create_user_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateTeamMemberRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[TeamMemberRepresentation]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`
        """
        request = _create_user_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[TeamMemberRepresentation]",
            await self._invoker.request(
                "create_user_team_membership", request, _create_user_team_membership._parse_response
            ),
        )


class AsyncUsersResourceWithRawResponse:
    """Like `AsyncUsersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_users(
        self,
        *,
        active: bool | Unset = UNSET,
        username: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[UserPaginatedPage]:
        """List the users.

        `GET /v1/users`
        """
        request = _list_users._get_kwargs(
            active=active,
            username=username,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[UserPaginatedPage]",
            await self._invoker.request_raw("list_users", request, _list_users._parse_response),
        )

    async def create_user(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Create an user.

        `POST /v1/users`
        """
        request = _create_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]", await self._invoker.request_raw("create_user", request, _create_user._parse_response)
        )

    async def invite_user(
        self,
        *,
        body: InviteUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[UserInvite]:
        """Invite the user.

        `POST /v1/users/invite`
        """
        request = _invite_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[UserInvite]",
            await self._invoker.request_raw("invite_user", request, _invite_user._parse_response),
        )

    async def revoke_user_invite(
        self,
        *,
        body: CreateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`
        """
        request = _revoke_user_invite._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]",
            await self._invoker.request_raw("revoke_user_invite", request, _revoke_user_invite._parse_response),
        )

    async def search_users(
        self,
        *,
        username: str | Unset = UNSET,
        user_type: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
    ) -> RawResponse[list[User]]:
        """Search the users.

        `GET /v1/users/search`
        """
        request = _search_users._get_kwargs(
            username=username,
            user_type=user_type,
            x_platform_id=x_platform_id,
            resource_id=resource_id,
        )
        return cast(
            "RawResponse[list[User]]",
            await self._invoker.request_raw("search_users", request, _search_users._parse_response),
        )

    async def get_user(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Get the user.

        `GET /v1/users/{resource_id}`
        """
        request = _get_user._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[User]", await self._invoker.request_raw("get_user", request, _get_user._parse_response)
        )

    async def update_user(
        self,
        resource_id: str,
        *,
        body: UpdateUserRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[User]:
        """Update the user.

        `PATCH /v1/users/{resource_id}`
        """
        request = _update_user._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]", await self._invoker.request_raw("update_user", request, _update_user._parse_response)
        )

    async def list_user_memberships(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`
        """
        request = _list_user_memberships._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            await self._invoker.request_raw("list_user_memberships", request, _list_user_memberships._parse_response),
        )

    async def create_user_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`
        """
        request = _create_user_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            await self._invoker.request_raw("create_user_membership", request, _create_user_membership._parse_response),
        )

    async def update_user_membership(
        self,
        resource_id: str,
        membership_resource_id: str,
        *,
        body: UpdateAccountMembershipRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`
        """
        request = _update_user_membership._get_kwargs(
            resource_id=resource_id,
            membership_resource_id=membership_resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            await self._invoker.request_raw("update_user_membership", request, _update_user_membership._parse_response),
        )

    async def list_user_teams(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[TeamMemberPaginatedPage]:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`
        """
        request = _list_user_teams._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[TeamMemberPaginatedPage]",
            await self._invoker.request_raw("list_user_teams", request, _list_user_teams._parse_response),
        )

    async def create_user_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateTeamMemberRepresentationRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[list[TeamMemberRepresentation]]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`
        """
        request = _create_user_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[TeamMemberRepresentation]]",
            await self._invoker.request_raw(
                "create_user_team_membership", request, _create_user_team_membership._parse_response
            ),
        )


__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
]
