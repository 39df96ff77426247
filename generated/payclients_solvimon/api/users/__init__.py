"""Typed operations tagged `users`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
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
else:
    _list_users = LazyModule(__name__ + ".list_users")
    _create_user = LazyModule(__name__ + ".create_user")
    _invite_user = LazyModule(__name__ + ".invite_user")
    _revoke_user_invite = LazyModule(__name__ + ".revoke_user_invite")
    _search_users = LazyModule(__name__ + ".search_users")
    _get_user = LazyModule(__name__ + ".get_user")
    _update_user = LazyModule(__name__ + ".update_user")
    _list_user_memberships = LazyModule(__name__ + ".list_user_memberships")
    _create_user_membership = LazyModule(__name__ + ".create_user_membership")
    _update_user_membership = LazyModule(__name__ + ".update_user_membership")
    _list_user_teams = LazyModule(__name__ + ".list_user_teams")
    _create_user_team_membership = LazyModule(__name__ + ".create_user_team_membership")

_LIST_USERS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_users` pages (the spec's `x-payclients-pagination`: style `page`)."""


class UsersResource:
    """Operations tagged `users`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return UsersResourceWithRawResponse(self._invoker)

    def list_users(
        self,
        *,
        active: bool | None = None,
        username: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[UserPaginatedPage, User]:
        """List the users.

        `GET /v1/users`

        Args:
            active: Only active (true) or inactive (false) users.
            username: Only users with this username.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[UserPaginatedPage, User]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        return self._invoker.paginate(
            "list_users", request, _list_users._parse_response, _LIST_USERS_LISTING, max_items=max_items
        )

    def create_user(
        self,
        *,
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Create an user.

        `POST /v1/users`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: InviteUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UserInvite:
        """Invite the user.

        `POST /v1/users/invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UserInvite: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        username: str | None = None,
        user_type: str | None = None,
        x_platform_id: str | None = None,
        resource_id: str | None = None,
    ) -> list[User]:
        """Search the users.

        `GET /v1/users/search`

        Args:
            username: Only users with this username.
            user_type: Only users of this type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            resource_id: Only the user with this resource id.

        Returns:
            list[User]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> User:
        """Get the user.

        `GET /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Update the user.

        `PATCH /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[AccountMembershipRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[AccountMembershipRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`

        Args:
            resource_id: Id of the user.
            membership_resource_id: Id of the membership.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[AccountMembershipRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> TeamMemberPaginatedPage:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            TeamMemberPaginatedPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateTeamMemberRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[TeamMemberRepresentation]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[TeamMemberRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        active: bool | None = None,
        username: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[UserPaginatedPage]:
        """List the users.

        `GET /v1/users`

        Args:
            active: Only active (true) or inactive (false) users.
            username: Only users with this username.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UserPaginatedPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Create an user.

        `POST /v1/users`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: InviteUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UserInvite]:
        """Invite the user.

        `POST /v1/users/invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UserInvite]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        username: str | None = None,
        user_type: str | None = None,
        x_platform_id: str | None = None,
        resource_id: str | None = None,
    ) -> RawResponse[list[User]]:
        """Search the users.

        `GET /v1/users/search`

        Args:
            username: Only users with this username.
            user_type: Only users of this type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            resource_id: Only the user with this resource id.

        Returns:
            RawResponse[list[User]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[User]:
        """Get the user.

        `GET /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Update the user.

        `PATCH /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[AccountMembershipRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[AccountMembershipRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`

        Args:
            resource_id: Id of the user.
            membership_resource_id: Id of the membership.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[AccountMembershipRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[TeamMemberPaginatedPage]:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[TeamMemberPaginatedPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateTeamMemberRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[TeamMemberRepresentation]]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[TeamMemberRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncUsersResourceWithRawResponse(self._invoker)

    def list_users(
        self,
        *,
        active: bool | None = None,
        username: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[UserPaginatedPage, User]:
        """List the users.

        `GET /v1/users`

        Args:
            active: Only active (true) or inactive (false) users.
            username: Only users with this username.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[UserPaginatedPage, User]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        return self._invoker.paginate(
            "list_users", request, _list_users._parse_response, _LIST_USERS_LISTING, max_items=max_items
        )

    async def create_user(
        self,
        *,
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Create an user.

        `POST /v1/users`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: InviteUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> UserInvite:
        """Invite the user.

        `POST /v1/users/invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            UserInvite: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        username: str | None = None,
        user_type: str | None = None,
        x_platform_id: str | None = None,
        resource_id: str | None = None,
    ) -> list[User]:
        """Search the users.

        `GET /v1/users/search`

        Args:
            username: Only users with this username.
            user_type: Only users of this type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            resource_id: Only the user with this resource id.

        Returns:
            list[User]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> User:
        """Get the user.

        `GET /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Update the user.

        `PATCH /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[AccountMembershipRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[AccountMembershipRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`

        Args:
            resource_id: Id of the user.
            membership_resource_id: Id of the membership.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[AccountMembershipRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> TeamMemberPaginatedPage:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            TeamMemberPaginatedPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateTeamMemberRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[TeamMemberRepresentation]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            list[TeamMemberRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        active: bool | None = None,
        username: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[UserPaginatedPage]:
        """List the users.

        `GET /v1/users`

        Args:
            active: Only active (true) or inactive (false) users.
            username: Only users with this username.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[UserPaginatedPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Create an user.

        `POST /v1/users`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: InviteUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[UserInvite]:
        """Invite the user.

        `POST /v1/users/invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[UserInvite]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Revoke the user invite.

        `POST /v1/users/revoke-invite`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        username: str | None = None,
        user_type: str | None = None,
        x_platform_id: str | None = None,
        resource_id: str | None = None,
    ) -> RawResponse[list[User]]:
        """Search the users.

        `GET /v1/users/search`

        Args:
            username: Only users with this username.
            user_type: Only users of this type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            resource_id: Only the user with this resource id.

        Returns:
            RawResponse[list[User]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[User]:
        """Get the user.

        `GET /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateUserRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Update the user.

        `PATCH /v1/users/{resource_id}`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """List the user memberships.

        `GET /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[AccountMembershipRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Create an user membership.

        `POST /v1/users/{resource_id}/memberships`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[AccountMembershipRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Update the user membership.

        `PATCH /v1/users/{resource_id}/memberships/{membership_resource_id}`

        Args:
            resource_id: Id of the user.
            membership_resource_id: Id of the membership.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[AccountMembershipRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[TeamMemberPaginatedPage]:
        """List the user teams.

        `GET /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[TeamMemberPaginatedPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateTeamMemberRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[TeamMemberRepresentation]]:
        """Create an user team membership.

        `POST /v1/users/{resource_id}/teams`

        Args:
            resource_id: Id of the user.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[list[TeamMemberRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
