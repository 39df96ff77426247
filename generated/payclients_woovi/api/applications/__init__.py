"""Typed operations tagged `applications`.

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
    from ...models.application_create_request import ApplicationCreateRequest
    from ...models.application_delete_request import ApplicationDeleteRequest
    from ...models.application_response import ApplicationResponse
    from ...models.success_response import SuccessResponse
    from ...models.woovi_error import WooviError
    from . import create_application as _create_application
    from . import delete_application as _delete_application
else:
    _create_application = LazyModule(__name__ + ".create_application")
    _delete_application = LazyModule(__name__ + ".delete_application")


class ApplicationsResource:
    """Operations tagged `applications`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ApplicationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ApplicationsResourceWithRawResponse(self._invoker)

    def create_application(
        self,
        *,
        body: ApplicationCreateRequest,
    ) -> ApplicationResponse:
        """Create an application

        Creates an API application (AppID) bound to one account. Only a MASTER application may
        call this.

        `POST /api/v1/application`

        Args:
            body: The request body.

        Returns:
            ApplicationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_application._get_kwargs(
            body=body,
        )
        return cast(
            "ApplicationResponse",
            self._invoker.request("create_application", request, _create_application._parse_response),
        )

    def delete_application(
        self,
        *,
        body: ApplicationDeleteRequest,
    ) -> SuccessResponse:
        """Deactivate an application

        Deactivates an application identified by its clientId. MASTER applications cannot be
        removed.

        `DELETE /api/v1/application`

        Args:
            body: The request body.

        Returns:
            SuccessResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_application._get_kwargs(
            body=body,
        )
        return cast(
            "SuccessResponse", self._invoker.request("delete_application", request, _delete_application._parse_response)
        )


class ApplicationsResourceWithRawResponse:
    """Like `ApplicationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_application(
        self,
        *,
        body: ApplicationCreateRequest,
    ) -> RawResponse[ApplicationResponse]:
        """Create an application

        Creates an API application (AppID) bound to one account. Only a MASTER application may
        call this.

        `POST /api/v1/application`

        Args:
            body: The request body.

        Returns:
            RawResponse[ApplicationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_application._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[ApplicationResponse]",
            self._invoker.request_raw("create_application", request, _create_application._parse_response),
        )

    def delete_application(
        self,
        *,
        body: ApplicationDeleteRequest,
    ) -> RawResponse[SuccessResponse]:
        """Deactivate an application

        Deactivates an application identified by its clientId. MASTER applications cannot be
        removed.

        `DELETE /api/v1/application`

        Args:
            body: The request body.

        Returns:
            RawResponse[SuccessResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_application._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SuccessResponse]",
            self._invoker.request_raw("delete_application", request, _delete_application._parse_response),
        )


class AsyncApplicationsResource:
    """Operations tagged `applications`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncApplicationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncApplicationsResourceWithRawResponse(self._invoker)

    async def create_application(
        self,
        *,
        body: ApplicationCreateRequest,
    ) -> ApplicationResponse:
        """Create an application

        Creates an API application (AppID) bound to one account. Only a MASTER application may
        call this.

        `POST /api/v1/application`

        Args:
            body: The request body.

        Returns:
            ApplicationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_application._get_kwargs(
            body=body,
        )
        return cast(
            "ApplicationResponse",
            await self._invoker.request("create_application", request, _create_application._parse_response),
        )

    async def delete_application(
        self,
        *,
        body: ApplicationDeleteRequest,
    ) -> SuccessResponse:
        """Deactivate an application

        Deactivates an application identified by its clientId. MASTER applications cannot be
        removed.

        `DELETE /api/v1/application`

        Args:
            body: The request body.

        Returns:
            SuccessResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_application._get_kwargs(
            body=body,
        )
        return cast(
            "SuccessResponse",
            await self._invoker.request("delete_application", request, _delete_application._parse_response),
        )


class AsyncApplicationsResourceWithRawResponse:
    """Like `AsyncApplicationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_application(
        self,
        *,
        body: ApplicationCreateRequest,
    ) -> RawResponse[ApplicationResponse]:
        """Create an application

        Creates an API application (AppID) bound to one account. Only a MASTER application may
        call this.

        `POST /api/v1/application`

        Args:
            body: The request body.

        Returns:
            RawResponse[ApplicationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_application._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[ApplicationResponse]",
            await self._invoker.request_raw("create_application", request, _create_application._parse_response),
        )

    async def delete_application(
        self,
        *,
        body: ApplicationDeleteRequest,
    ) -> RawResponse[SuccessResponse]:
        """Deactivate an application

        Deactivates an application identified by its clientId. MASTER applications cannot be
        removed.

        `DELETE /api/v1/application`

        Args:
            body: The request body.

        Returns:
            RawResponse[SuccessResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_application._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[SuccessResponse]",
            await self._invoker.request_raw("delete_application", request, _delete_application._parse_response),
        )


__all__ = [
    "ApplicationsResource",
    "ApplicationsResourceWithRawResponse",
    "AsyncApplicationsResource",
    "AsyncApplicationsResourceWithRawResponse",
]
