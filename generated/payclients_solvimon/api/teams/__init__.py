"""Typed operations tagged `teams`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.account_membership_representation import AccountMembershipRepresentation
    from ...models.api_error import ApiError
    from ...models.create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest
    from ...models.create_team_request import CreateTeamRequest
    from ...models.order_direction import OrderDirection
    from ...models.team_representation import TeamRepresentation
    from . import create_team as _create_team
    from . import create_team_membership as _create_team_membership
    from . import get_team as _get_team
    from . import list_teams as _list_teams
else:
    _list_teams = LazyModule(__name__ + ".list_teams")
    _create_team = LazyModule(__name__ + ".create_team")
    _get_team = LazyModule(__name__ + ".get_team")
    _create_team_membership = LazyModule(__name__ + ".create_team_membership")


class TeamsResource:
    """Operations tagged `teams`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> TeamsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return TeamsResourceWithRawResponse(self._invoker)

    def list_teams(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> list[TeamRepresentation]:
        """List the teams.

        `GET /v1/teams`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[TeamRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_teams._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[TeamRepresentation]", self._invoker.request("list_teams", request, _list_teams._parse_response)
        )

    def create_team(
        self,
        *,
        body: CreateTeamRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> TeamRepresentation:
        """Create a team.

        `POST /v1/teams`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            TeamRepresentation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_team._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("TeamRepresentation", self._invoker.request("create_team", request, _create_team._parse_response))

    def get_team(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> TeamRepresentation:
        """Get the team.

        `GET /v1/teams/{resource_id}`

        Args:
            resource_id: Id of the team.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            TeamRepresentation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_team._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("TeamRepresentation", self._invoker.request("get_team", request, _get_team._parse_response))

    def create_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """Create a team membership.

        `POST /v1/teams/{resource_id}/memberships`

        Args:
            resource_id: Id of the team.
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
        request = _create_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            self._invoker.request("create_team_membership", request, _create_team_membership._parse_response),
        )


class TeamsResourceWithRawResponse:
    """Like `TeamsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_teams(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[TeamRepresentation]]:
        """List the teams.

        `GET /v1/teams`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[TeamRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_teams._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[TeamRepresentation]]",
            self._invoker.request_raw("list_teams", request, _list_teams._parse_response),
        )

    def create_team(
        self,
        *,
        body: CreateTeamRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[TeamRepresentation]:
        """Create a team.

        `POST /v1/teams`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[TeamRepresentation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_team._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[TeamRepresentation]",
            self._invoker.request_raw("create_team", request, _create_team._parse_response),
        )

    def get_team(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[TeamRepresentation]:
        """Get the team.

        `GET /v1/teams/{resource_id}`

        Args:
            resource_id: Id of the team.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[TeamRepresentation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_team._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[TeamRepresentation]", self._invoker.request_raw("get_team", request, _get_team._parse_response)
        )

    def create_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Create a team membership.

        `POST /v1/teams/{resource_id}/memberships`

        Args:
            resource_id: Id of the team.
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
        request = _create_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            self._invoker.request_raw("create_team_membership", request, _create_team_membership._parse_response),
        )


class AsyncTeamsResource:
    """Operations tagged `teams`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncTeamsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncTeamsResourceWithRawResponse(self._invoker)

    async def list_teams(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> list[TeamRepresentation]:
        """List the teams.

        `GET /v1/teams`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[TeamRepresentation]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_teams._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[TeamRepresentation]", await self._invoker.request("list_teams", request, _list_teams._parse_response)
        )

    async def create_team(
        self,
        *,
        body: CreateTeamRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> TeamRepresentation:
        """Create a team.

        `POST /v1/teams`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            TeamRepresentation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_team._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "TeamRepresentation", await self._invoker.request("create_team", request, _create_team._parse_response)
        )

    async def get_team(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> TeamRepresentation:
        """Get the team.

        `GET /v1/teams/{resource_id}`

        Args:
            resource_id: Id of the team.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            TeamRepresentation: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_team._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("TeamRepresentation", await self._invoker.request("get_team", request, _get_team._parse_response))

    async def create_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[AccountMembershipRepresentation]:
        """Create a team membership.

        `POST /v1/teams/{resource_id}/memberships`

        Args:
            resource_id: Id of the team.
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
        request = _create_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "list[AccountMembershipRepresentation]",
            await self._invoker.request("create_team_membership", request, _create_team_membership._parse_response),
        )


class AsyncTeamsResourceWithRawResponse:
    """Like `AsyncTeamsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_teams(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[TeamRepresentation]]:
        """List the teams.

        `GET /v1/teams`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[TeamRepresentation]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_teams._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[TeamRepresentation]]",
            await self._invoker.request_raw("list_teams", request, _list_teams._parse_response),
        )

    async def create_team(
        self,
        *,
        body: CreateTeamRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[TeamRepresentation]:
        """Create a team.

        `POST /v1/teams`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[TeamRepresentation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_team._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[TeamRepresentation]",
            await self._invoker.request_raw("create_team", request, _create_team._parse_response),
        )

    async def get_team(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[TeamRepresentation]:
        """Get the team.

        `GET /v1/teams/{resource_id}`

        Args:
            resource_id: Id of the team.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[TeamRepresentation]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_team._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[TeamRepresentation]",
            await self._invoker.request_raw("get_team", request, _get_team._parse_response),
        )

    async def create_team_membership(
        self,
        resource_id: str,
        *,
        body: CreateAccountMembershipRepresentationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[list[AccountMembershipRepresentation]]:
        """Create a team membership.

        `POST /v1/teams/{resource_id}/memberships`

        Args:
            resource_id: Id of the team.
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
        request = _create_team_membership._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[list[AccountMembershipRepresentation]]",
            await self._invoker.request_raw("create_team_membership", request, _create_team_membership._parse_response),
        )


__all__ = [
    "AsyncTeamsResource",
    "AsyncTeamsResourceWithRawResponse",
    "TeamsResource",
    "TeamsResourceWithRawResponse",
]
