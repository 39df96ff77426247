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
    from ...models.mindz_error import MindzError
    from ...models.patched_user_request import PatchedUserRequest
    from ...models.user import User
    from ...models.user_create_request import UserCreateRequest
    from ...models.user_page import UserPage
    from ...models.user_request import UserRequest
    from . import create_user as _create_user
    from . import delete_user as _delete_user
    from . import get_user as _get_user
    from . import list_users as _list_users
    from . import partial_update_user as _partial_update_user
    from . import update_user as _update_user
else:
    _list_users = LazyModule(__name__ + ".list_users")
    _create_user = LazyModule(__name__ + ".create_user")
    _get_user = LazyModule(__name__ + ".get_user")
    _update_user = LazyModule(__name__ + ".update_user")
    _delete_user = LazyModule(__name__ + ".delete_user")
    _partial_update_user = LazyModule(__name__ + ".partial_update_user")

_LIST_USERS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_users` pages (the spec's `x-payclients-pagination`: style `drf`)."""


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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[UserPage, User]:
        """List users

        Returns one page of users.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/`

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
            Pager[UserPage, User]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_users", request, _list_users._parse_response, _LIST_USERS_LISTING, max_items=max_items
        )

    def create_user(
        self,
        *,
        body: UserCreateRequest,
    ) -> User:
        """Create a user

        Creates a user and returns it.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /users/`

        Args:
            body: Fields for creating a user; the node requires all four. Inferred from the n8n
                node's User Create and Update inputs; snake_case wire names and enum values are
                proposed.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_user._get_kwargs(
            body=body,
        )
        return cast("User", self._invoker.request("create_user", request, _create_user._parse_response))

    def get_user(
        self,
        user_id: int,
    ) -> User:
        """Get a user

        Returns one user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_user._get_kwargs(
            user_id=user_id,
        )
        return cast("User", self._invoker.request("get_user", request, _get_user._parse_response))

    def update_user(
        self,
        user_id: int,
        *,
        body: UserRequest,
    ) -> User:
        """Replace a user

        Replaces every writable field of a user (DRF `update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a full update (PUT). Inferred from the n8n node's User Create
                and Update inputs; snake_case wire names and enum values are proposed.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast("User", self._invoker.request("update_user", request, _update_user._parse_response))

    def delete_user(
        self,
        user_id: int,
    ) -> Any:
        """Delete a user

        Deletes a user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_user._get_kwargs(
            user_id=user_id,
        )
        return self._invoker.request("delete_user", request, _delete_user._parse_response)

    def partial_update_user(
        self,
        user_id: int,
        *,
        body: PatchedUserRequest,
    ) -> User:
        """Partially update a user

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a partial update; the node only requires the user id.
                Inferred from the n8n node's User Create and Update inputs; snake_case wire names and
                enum values are proposed.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast("User", self._invoker.request("partial_update_user", request, _partial_update_user._parse_response))


class UsersResourceWithRawResponse:
    """Like `UsersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_users(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[UserPage]:
        """List users

        Returns one page of users.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/`

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
            RawResponse[UserPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[UserPage]", self._invoker.request_raw("list_users", request, _list_users._parse_response)
        )

    def create_user(
        self,
        *,
        body: UserCreateRequest,
    ) -> RawResponse[User]:
        """Create a user

        Creates a user and returns it.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /users/`

        Args:
            body: Fields for creating a user; the node requires all four. Inferred from the n8n
                node's User Create and Update inputs; snake_case wire names and enum values are
                proposed.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_user._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[User]", self._invoker.request_raw("create_user", request, _create_user._parse_response)
        )

    def get_user(
        self,
        user_id: int,
    ) -> RawResponse[User]:
        """Get a user

        Returns one user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_user._get_kwargs(
            user_id=user_id,
        )
        return cast("RawResponse[User]", self._invoker.request_raw("get_user", request, _get_user._parse_response))

    def update_user(
        self,
        user_id: int,
        *,
        body: UserRequest,
    ) -> RawResponse[User]:
        """Replace a user

        Replaces every writable field of a user (DRF `update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a full update (PUT). Inferred from the n8n node's User Create
                and Update inputs; snake_case wire names and enum values are proposed.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[User]", self._invoker.request_raw("update_user", request, _update_user._parse_response)
        )

    def delete_user(
        self,
        user_id: int,
    ) -> RawResponse[Any]:
        """Delete a user

        Deletes a user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_user._get_kwargs(
            user_id=user_id,
        )
        return self._invoker.request_raw("delete_user", request, _delete_user._parse_response)

    def partial_update_user(
        self,
        user_id: int,
        *,
        body: PatchedUserRequest,
    ) -> RawResponse[User]:
        """Partially update a user

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a partial update; the node only requires the user id.
                Inferred from the n8n node's User Create and Update inputs; snake_case wire names and
                enum values are proposed.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[User]",
            self._invoker.request_raw("partial_update_user", request, _partial_update_user._parse_response),
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[UserPage, User]:
        """List users

        Returns one page of users.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/`

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
            AsyncPager[UserPage, User]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_users", request, _list_users._parse_response, _LIST_USERS_LISTING, max_items=max_items
        )

    async def create_user(
        self,
        *,
        body: UserCreateRequest,
    ) -> User:
        """Create a user

        Creates a user and returns it.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /users/`

        Args:
            body: Fields for creating a user; the node requires all four. Inferred from the n8n
                node's User Create and Update inputs; snake_case wire names and enum values are
                proposed.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_user._get_kwargs(
            body=body,
        )
        return cast("User", await self._invoker.request("create_user", request, _create_user._parse_response))

    async def get_user(
        self,
        user_id: int,
    ) -> User:
        """Get a user

        Returns one user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_user._get_kwargs(
            user_id=user_id,
        )
        return cast("User", await self._invoker.request("get_user", request, _get_user._parse_response))

    async def update_user(
        self,
        user_id: int,
        *,
        body: UserRequest,
    ) -> User:
        """Replace a user

        Replaces every writable field of a user (DRF `update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a full update (PUT). Inferred from the n8n node's User Create
                and Update inputs; snake_case wire names and enum values are proposed.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast("User", await self._invoker.request("update_user", request, _update_user._parse_response))

    async def delete_user(
        self,
        user_id: int,
    ) -> Any:
        """Delete a user

        Deletes a user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_user._get_kwargs(
            user_id=user_id,
        )
        return await self._invoker.request("delete_user", request, _delete_user._parse_response)

    async def partial_update_user(
        self,
        user_id: int,
        *,
        body: PatchedUserRequest,
    ) -> User:
        """Partially update a user

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a partial update; the node only requires the user id.
                Inferred from the n8n node's User Create and Update inputs; snake_case wire names and
                enum values are proposed.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "User", await self._invoker.request("partial_update_user", request, _partial_update_user._parse_response)
        )


class AsyncUsersResourceWithRawResponse:
    """Like `AsyncUsersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_users(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[UserPage]:
        """List users

        Returns one page of users.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/`

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
            RawResponse[UserPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[UserPage]", await self._invoker.request_raw("list_users", request, _list_users._parse_response)
        )

    async def create_user(
        self,
        *,
        body: UserCreateRequest,
    ) -> RawResponse[User]:
        """Create a user

        Creates a user and returns it.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /users/`

        Args:
            body: Fields for creating a user; the node requires all four. Inferred from the n8n
                node's User Create and Update inputs; snake_case wire names and enum values are
                proposed.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_user._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[User]", await self._invoker.request_raw("create_user", request, _create_user._parse_response)
        )

    async def get_user(
        self,
        user_id: int,
    ) -> RawResponse[User]:
        """Get a user

        Returns one user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_user._get_kwargs(
            user_id=user_id,
        )
        return cast(
            "RawResponse[User]", await self._invoker.request_raw("get_user", request, _get_user._parse_response)
        )

    async def update_user(
        self,
        user_id: int,
        *,
        body: UserRequest,
    ) -> RawResponse[User]:
        """Replace a user

        Replaces every writable field of a user (DRF `update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a full update (PUT). Inferred from the n8n node's User Create
                and Update inputs; snake_case wire names and enum values are proposed.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[User]", await self._invoker.request_raw("update_user", request, _update_user._parse_response)
        )

    async def delete_user(
        self,
        user_id: int,
    ) -> RawResponse[Any]:
        """Delete a user

        Deletes a user.

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /users/{user_id}/`

        Args:
            user_id: Id of the user.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_user._get_kwargs(
            user_id=user_id,
        )
        return await self._invoker.request_raw("delete_user", request, _delete_user._parse_response)

    async def partial_update_user(
        self,
        user_id: int,
        *,
        body: PatchedUserRequest,
    ) -> RawResponse[User]:
        """Partially update a user

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's User Create and Update pages.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /users/{user_id}/`

        Args:
            user_id: Id of the user.
            body: Profile fields for a partial update; the node only requires the user id.
                Inferred from the n8n node's User Create and Update inputs; snake_case wire names and
                enum values are proposed.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_user._get_kwargs(
            user_id=user_id,
            body=body,
        )
        return cast(
            "RawResponse[User]",
            await self._invoker.request_raw("partial_update_user", request, _partial_update_user._parse_response),
        )


__all__ = [
    "AsyncUsersResource",
    "AsyncUsersResourceWithRawResponse",
    "UsersResource",
    "UsersResourceWithRawResponse",
]
