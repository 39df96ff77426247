"""Typed operations tagged `teams`.

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
    from ...models.mindz_error import MindzError
    from ...models.patched_team_request import PatchedTeamRequest
    from ...models.team import Team
    from ...models.team_page import TeamPage
    from ...models.team_request import TeamRequest
    from . import create_team_member as _create_team_member
    from . import delete_team_member as _delete_team_member
    from . import get_team_member as _get_team_member
    from . import list_team_members as _list_team_members
    from . import partial_update_team_member as _partial_update_team_member
    from . import update_team_member as _update_team_member
else:
    _list_team_members = LazyModule(__name__ + ".list_team_members")
    _create_team_member = LazyModule(__name__ + ".create_team_member")
    _get_team_member = LazyModule(__name__ + ".get_team_member")
    _update_team_member = LazyModule(__name__ + ".update_team_member")
    _delete_team_member = LazyModule(__name__ + ".delete_team_member")
    _partial_update_team_member = LazyModule(__name__ + ".partial_update_team_member")

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
    def with_raw_response(self) -> TeamsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return TeamsResourceWithRawResponse(self._invoker)

    def list_team_members(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[TeamPage, Team]:
        """List team members

        Returns one page of team members.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/`

        Args:
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[TeamPage, Team]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a team member and returns it.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /team/`

        Args:
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a team member (DRF `update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Permission changes for a partial update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[TeamPage]:
        """List team members

        Returns one page of team members.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/`

        Args:
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[TeamPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a team member and returns it.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /team/`

        Args:
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a team member (DRF `update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Permission changes for a partial update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncTeamsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncTeamsResourceWithRawResponse(self._invoker)

    def list_team_members(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[TeamPage, Team]:
        """List team members

        Returns one page of team members.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/`

        Args:
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[TeamPage, Team]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a team member and returns it.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /team/`

        Args:
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a team member (DRF `update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Permission changes for a partial update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            Team: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[TeamPage]:
        """List team members

        Returns one page of team members.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/`

        Args:
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[TeamPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a team member and returns it.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /team/`

        Args:
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of a team member (DRF `update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Team membership for create and full update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes a team member.

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /team/{user_id}/`

        Args:
            user_id: User id of the team member.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Team Create and Partial Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /team/{user_id}/`

        Args:
            user_id: User id of the team member.
            body: Permission changes for a partial update. Inferred from the n8n node's Team
                Create / Partial Update inputs (the Create page is cut off, so more flags may exist);
                wire names proposed.

        Returns:
            RawResponse[Team]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
