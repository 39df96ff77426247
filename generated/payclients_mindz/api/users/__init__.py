"""Typed operations tagged `users`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.patched_user_request import PatchedUserRequest
from ...models.user import User
from ...models.user_create_request import UserCreateRequest
from ...models.user_page import UserPage
from ...models.user_request import UserRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_user as _create_user
from . import delete_user as _delete_user
from . import get_user as _get_user
from . import list_users as _list_users
from . import partial_update_user as _partial_update_user
from . import update_user as _update_user

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
    def with_raw_response(self) -> "UsersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return UsersResourceWithRawResponse(self._invoker)

    def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[UserPage, User]":
        """List users

        `GET /users/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /users/`
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

        `GET /users/{user_id}/`
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

        `PUT /users/{user_id}/`
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

        `DELETE /users/{user_id}/`
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

        `PATCH /users/{user_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[UserPage]:
        """List users

        `GET /users/`
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

        `POST /users/`
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

        `GET /users/{user_id}/`
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

        `PUT /users/{user_id}/`
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

        `DELETE /users/{user_id}/`
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

        `PATCH /users/{user_id}/`
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
    def with_raw_response(self) -> "AsyncUsersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncUsersResourceWithRawResponse(self._invoker)

    def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[UserPage, User]":
        """List users

        `GET /users/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /users/`
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

        `GET /users/{user_id}/`
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

        `PUT /users/{user_id}/`
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

        `DELETE /users/{user_id}/`
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

        `PATCH /users/{user_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[UserPage]:
        """List users

        `GET /users/`
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

        `POST /users/`
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

        `GET /users/{user_id}/`
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

        `PUT /users/{user_id}/`
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

        `DELETE /users/{user_id}/`
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

        `PATCH /users/{user_id}/`
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
