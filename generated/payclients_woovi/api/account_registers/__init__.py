"""Typed operations tagged `account_registers`.

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
    from ...models.account_register import AccountRegister
    from ...models.account_register_delete_response import AccountRegisterDeleteResponse
    from ...models.woovi_error import WooviError
    from . import delete_account_register as _delete_account_register
    from . import get_account_register as _get_account_register
else:
    _get_account_register = LazyModule(__name__ + ".get_account_register")
    _delete_account_register = LazyModule(__name__ + ".delete_account_register")


class AccountRegistersResource:
    """Operations tagged `account_registers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AccountRegistersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AccountRegistersResourceWithRawResponse(self._invoker)

    def get_account_register(
        self,
        *,
        correlation_id: str,
    ) -> AccountRegister:
        """Get an account registration

        Looks up an account registration by its correlationID.

        `GET /api/v1/account-register`

        Args:
            correlation_id: correlationID given when the registration was created.

        Returns:
            AccountRegister: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_register._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "AccountRegister",
            self._invoker.request("get_account_register", request, _get_account_register._parse_response),
        )

    def delete_account_register(
        self,
        id: str,
    ) -> AccountRegisterDeleteResponse:
        """Remove a pending account registration

        Removes a registration. Only registrations still in PENDING can be removed.

        `DELETE /api/v1/account-register/{id}`

        Args:
            id: Identifier of the registration (its correlationID).

        Returns:
            AccountRegisterDeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account_register._get_kwargs(
            id=id,
        )
        return cast(
            "AccountRegisterDeleteResponse",
            self._invoker.request("delete_account_register", request, _delete_account_register._parse_response),
        )


class AccountRegistersResourceWithRawResponse:
    """Like `AccountRegistersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_account_register(
        self,
        *,
        correlation_id: str,
    ) -> RawResponse[AccountRegister]:
        """Get an account registration

        Looks up an account registration by its correlationID.

        `GET /api/v1/account-register`

        Args:
            correlation_id: correlationID given when the registration was created.

        Returns:
            RawResponse[AccountRegister]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_register._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[AccountRegister]",
            self._invoker.request_raw("get_account_register", request, _get_account_register._parse_response),
        )

    def delete_account_register(
        self,
        id: str,
    ) -> RawResponse[AccountRegisterDeleteResponse]:
        """Remove a pending account registration

        Removes a registration. Only registrations still in PENDING can be removed.

        `DELETE /api/v1/account-register/{id}`

        Args:
            id: Identifier of the registration (its correlationID).

        Returns:
            RawResponse[AccountRegisterDeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account_register._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[AccountRegisterDeleteResponse]",
            self._invoker.request_raw("delete_account_register", request, _delete_account_register._parse_response),
        )


class AsyncAccountRegistersResource:
    """Operations tagged `account_registers`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncAccountRegistersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAccountRegistersResourceWithRawResponse(self._invoker)

    async def get_account_register(
        self,
        *,
        correlation_id: str,
    ) -> AccountRegister:
        """Get an account registration

        Looks up an account registration by its correlationID.

        `GET /api/v1/account-register`

        Args:
            correlation_id: correlationID given when the registration was created.

        Returns:
            AccountRegister: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_register._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "AccountRegister",
            await self._invoker.request("get_account_register", request, _get_account_register._parse_response),
        )

    async def delete_account_register(
        self,
        id: str,
    ) -> AccountRegisterDeleteResponse:
        """Remove a pending account registration

        Removes a registration. Only registrations still in PENDING can be removed.

        `DELETE /api/v1/account-register/{id}`

        Args:
            id: Identifier of the registration (its correlationID).

        Returns:
            AccountRegisterDeleteResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account_register._get_kwargs(
            id=id,
        )
        return cast(
            "AccountRegisterDeleteResponse",
            await self._invoker.request("delete_account_register", request, _delete_account_register._parse_response),
        )


class AsyncAccountRegistersResourceWithRawResponse:
    """Like `AsyncAccountRegistersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_account_register(
        self,
        *,
        correlation_id: str,
    ) -> RawResponse[AccountRegister]:
        """Get an account registration

        Looks up an account registration by its correlationID.

        `GET /api/v1/account-register`

        Args:
            correlation_id: correlationID given when the registration was created.

        Returns:
            RawResponse[AccountRegister]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_account_register._get_kwargs(
            correlation_id=correlation_id,
        )
        return cast(
            "RawResponse[AccountRegister]",
            await self._invoker.request_raw("get_account_register", request, _get_account_register._parse_response),
        )

    async def delete_account_register(
        self,
        id: str,
    ) -> RawResponse[AccountRegisterDeleteResponse]:
        """Remove a pending account registration

        Removes a registration. Only registrations still in PENDING can be removed.

        `DELETE /api/v1/account-register/{id}`

        Args:
            id: Identifier of the registration (its correlationID).

        Returns:
            RawResponse[AccountRegisterDeleteResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_account_register._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[AccountRegisterDeleteResponse]",
            await self._invoker.request_raw(
                "delete_account_register", request, _delete_account_register._parse_response
            ),
        )


__all__ = [
    "AccountRegistersResource",
    "AccountRegistersResourceWithRawResponse",
    "AsyncAccountRegistersResource",
    "AsyncAccountRegistersResourceWithRawResponse",
]
