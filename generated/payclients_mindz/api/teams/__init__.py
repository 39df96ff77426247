"""Typed operations tagged `teams`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.patched_team_request import PatchedTeamRequest
from ...models.team import Team
from ...models.team_page import TeamPage
from ...models.team_request import TeamRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_team_member as _create_team_member
from . import delete_team_member as _delete_team_member
from . import get_team_member as _get_team_member
from . import list_team_members as _list_team_members
from . import partial_update_team_member as _partial_update_team_member
from . import update_team_member as _update_team_member

_LIST_TEAM_MEMBERS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_team_members` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class TeamsResource:
    """Operations tagged `teams`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "TeamsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return TeamsResourceWithRawResponse(self._invoker)

    def list_team_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[TeamPage, Team]":
        """List team members

        `GET /team/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_team_members._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_team_members",
            request,
            _list_team_members._parse_response,
            _LIST_TEAM_MEMBERS_LISTING,
            max_items=max_items,
        )

    def create_team_member(
        self,
        *,
        body: TeamRequest,
    ) -> Team:
        """Create a team member

        `POST /team/`
        """
        request = _create_team_member._get_kwargs(
            body=body,
        )
        return cast("Team", self._invoker.request("create_team_member", request, _create_team_member._parse_response))

    def get_team_member(
        self,
        user_id: int,
    ) -> Team:
        """Get a team member

        `GET /team/{user_id}/`
        """
        request = _get_team_member._get_kwargs(
            user_id=user_id,
        )
        return cast("Team", self._invoker.request("get_team_member", request, _get_team_member._parse_response))

    def update_team_member(
        self,
        user_id: int,
        *,
        body: TeamRequest,
    ) -> Team:
        """Replace a team member

        `PUT /team/{user_id}/`
        """
        request = _update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast("Team", self._invoker.request("update_team_member", request, _update_team_member._parse_response))

    def delete_team_member(
        self,
        user_id: int,
    ) -> Any:
        """Delete a team member

        `DELETE /team/{user_id}/`
        """
        request = _delete_team_member._get_kwargs(
            user_id=user_id,
        )
        return self._invoker.request("delete_team_member", request, _delete_team_member._parse_response)

    def partial_update_team_member(
        self,
        user_id: int,
        *,
        body: PatchedTeamRequest,
    ) -> Team:
        """Partially update a team member

        `PATCH /team/{user_id}/`
        """
        request = _partial_update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "Team",
            self._invoker.request("partial_update_team_member", request, _partial_update_team_member._parse_response),
        )


class TeamsResourceWithRawResponse:
    """Like `TeamsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_team_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[TeamPage]:
        """List team members

        `GET /team/`
        """
        request = _list_team_members._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[TeamPage]",
            self._invoker.request_raw("list_team_members", request, _list_team_members._parse_response),
        )

    def create_team_member(
        self,
        *,
        body: TeamRequest,
    ) -> RawResponse[Team]:
        """Create a team member

        `POST /team/`
        """
        request = _create_team_member._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Team]",
            self._invoker.request_raw("create_team_member", request, _create_team_member._parse_response),
        )

    def get_team_member(
        self,
        user_id: int,
    ) -> RawResponse[Team]:
        """Get a team member

        `GET /team/{user_id}/`
        """
        request = _get_team_member._get_kwargs(
            user_id=user_id,
        )
        return cast(
            "RawResponse[Team]", self._invoker.request_raw("get_team_member", request, _get_team_member._parse_response)
        )

    def update_team_member(
        self,
        user_id: int,
        *,
        body: TeamRequest,
    ) -> RawResponse[Team]:
        """Replace a team member

        `PUT /team/{user_id}/`
        """
        request = _update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[Team]",
            self._invoker.request_raw("update_team_member", request, _update_team_member._parse_response),
        )

    def delete_team_member(
        self,
        user_id: int,
    ) -> RawResponse[Any]:
        """Delete a team member

        `DELETE /team/{user_id}/`
        """
        request = _delete_team_member._get_kwargs(
            user_id=user_id,
        )
        return self._invoker.request_raw("delete_team_member", request, _delete_team_member._parse_response)

    def partial_update_team_member(
        self,
        user_id: int,
        *,
        body: PatchedTeamRequest,
    ) -> RawResponse[Team]:
        """Partially update a team member

        `PATCH /team/{user_id}/`
        """
        request = _partial_update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[Team]",
            self._invoker.request_raw(
                "partial_update_team_member", request, _partial_update_team_member._parse_response
            ),
        )


class AsyncTeamsResource:
    """Operations tagged `teams`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncTeamsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncTeamsResourceWithRawResponse(self._invoker)

    def list_team_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[TeamPage, Team]":
        """List team members

        `GET /team/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_team_members._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_team_members",
            request,
            _list_team_members._parse_response,
            _LIST_TEAM_MEMBERS_LISTING,
            max_items=max_items,
        )

    async def create_team_member(
        self,
        *,
        body: TeamRequest,
    ) -> Team:
        """Create a team member

        `POST /team/`
        """
        request = _create_team_member._get_kwargs(
            body=body,
        )
        return cast(
            "Team", await self._invoker.request("create_team_member", request, _create_team_member._parse_response)
        )

    async def get_team_member(
        self,
        user_id: int,
    ) -> Team:
        """Get a team member

        `GET /team/{user_id}/`
        """
        request = _get_team_member._get_kwargs(
            user_id=user_id,
        )
        return cast("Team", await self._invoker.request("get_team_member", request, _get_team_member._parse_response))

    async def update_team_member(
        self,
        user_id: int,
        *,
        body: TeamRequest,
    ) -> Team:
        """Replace a team member

        `PUT /team/{user_id}/`
        """
        request = _update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "Team", await self._invoker.request("update_team_member", request, _update_team_member._parse_response)
        )

    async def delete_team_member(
        self,
        user_id: int,
    ) -> Any:
        """Delete a team member

        `DELETE /team/{user_id}/`
        """
        request = _delete_team_member._get_kwargs(
            user_id=user_id,
        )
        return await self._invoker.request("delete_team_member", request, _delete_team_member._parse_response)

    async def partial_update_team_member(
        self,
        user_id: int,
        *,
        body: PatchedTeamRequest,
    ) -> Team:
        """Partially update a team member

        `PATCH /team/{user_id}/`
        """
        request = _partial_update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "Team",
            await self._invoker.request(
                "partial_update_team_member", request, _partial_update_team_member._parse_response
            ),
        )


class AsyncTeamsResourceWithRawResponse:
    """Like `AsyncTeamsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_team_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[TeamPage]:
        """List team members

        `GET /team/`
        """
        request = _list_team_members._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[TeamPage]",
            await self._invoker.request_raw("list_team_members", request, _list_team_members._parse_response),
        )

    async def create_team_member(
        self,
        *,
        body: TeamRequest,
    ) -> RawResponse[Team]:
        """Create a team member

        `POST /team/`
        """
        request = _create_team_member._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Team]",
            await self._invoker.request_raw("create_team_member", request, _create_team_member._parse_response),
        )

    async def get_team_member(
        self,
        user_id: int,
    ) -> RawResponse[Team]:
        """Get a team member

        `GET /team/{user_id}/`
        """
        request = _get_team_member._get_kwargs(
            user_id=user_id,
        )
        return cast(
            "RawResponse[Team]",
            await self._invoker.request_raw("get_team_member", request, _get_team_member._parse_response),
        )

    async def update_team_member(
        self,
        user_id: int,
        *,
        body: TeamRequest,
    ) -> RawResponse[Team]:
        """Replace a team member

        `PUT /team/{user_id}/`
        """
        request = _update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[Team]",
            await self._invoker.request_raw("update_team_member", request, _update_team_member._parse_response),
        )

    async def delete_team_member(
        self,
        user_id: int,
    ) -> RawResponse[Any]:
        """Delete a team member

        `DELETE /team/{user_id}/`
        """
        request = _delete_team_member._get_kwargs(
            user_id=user_id,
        )
        return await self._invoker.request_raw("delete_team_member", request, _delete_team_member._parse_response)

    async def partial_update_team_member(
        self,
        user_id: int,
        *,
        body: PatchedTeamRequest,
    ) -> RawResponse[Team]:
        """Partially update a team member

        `PATCH /team/{user_id}/`
        """
        request = _partial_update_team_member._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[Team]",
            await self._invoker.request_raw(
                "partial_update_team_member", request, _partial_update_team_member._parse_response
            ),
        )


__all__ = [
    "AsyncTeamsResource",
    "AsyncTeamsResourceWithRawResponse",
    "TeamsResource",
    "TeamsResourceWithRawResponse",
]
