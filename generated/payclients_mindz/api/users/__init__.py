"""Typed operations tagged `users`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.mindz_error import MindzError
from ...models.patched_user_request import PatchedUserRequest
from ...models.user import User
from ...models.user_create_request import UserCreateRequest
from ...models.user_page import UserPage
from ...models.user_request import UserRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_user as _create_user
from . import delete_user as _delete_user
from . import get_user as _get_user
from . import list_users as _list_users
from . import partial_update_user as _partial_update_user
from . import update_user as _update_user


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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> UserPage:
        """List users

        `GET /users/`
        """
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast("UserPage", self._invoker.request("list_users", request, _list_users._parse_response))

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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
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

    async def list_users(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> UserPage:
        """List users

        `GET /users/`
        """
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast("UserPage", await self._invoker.request("list_users", request, _list_users._parse_response))

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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
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
