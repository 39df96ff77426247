"""Typed operations tagged `file_processing_settings`.

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
    from ...models.api_error import ApiError
    from ...models.create_file_processing_setting_request import CreateFileProcessingSettingRequest
    from ...models.file_processing_settings import FileProcessingSettings
    from ...models.update_file_processing_setting_request import UpdateFileProcessingSettingRequest
    from . import create_file_processing_setting as _create_file_processing_setting
    from . import get_file_processing_setting as _get_file_processing_setting
    from . import update_file_processing_setting as _update_file_processing_setting
else:
    _create_file_processing_setting = LazyModule(__name__ + ".create_file_processing_setting")
    _get_file_processing_setting = LazyModule(__name__ + ".get_file_processing_setting")
    _update_file_processing_setting = LazyModule(__name__ + ".update_file_processing_setting")


class FileProcessingSettingsResource:
    """Operations tagged `file_processing_settings`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> FileProcessingSettingsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return FileProcessingSettingsResourceWithRawResponse(self._invoker)

    def create_file_processing_setting(
        self,
        *,
        body: CreateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> FileProcessingSettings:
        """Create a file processing setting.

        `POST /v1/file-processing-settings`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            FileProcessingSettings: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_file_processing_setting._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "FileProcessingSettings",
            self._invoker.request(
                "create_file_processing_setting", request, _create_file_processing_setting._parse_response
            ),
        )

    def get_file_processing_setting(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> FileProcessingSettings:
        """Get the file processing setting.

        `GET /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            FileProcessingSettings: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "FileProcessingSettings",
            self._invoker.request("get_file_processing_setting", request, _get_file_processing_setting._parse_response),
        )

    def update_file_processing_setting(
        self,
        resource_id: str,
        *,
        body: UpdateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> FileProcessingSettings:
        """Update the file processing setting.

        `PATCH /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            FileProcessingSettings: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "FileProcessingSettings",
            self._invoker.request(
                "update_file_processing_setting", request, _update_file_processing_setting._parse_response
            ),
        )


class FileProcessingSettingsResourceWithRawResponse:
    """Like `FileProcessingSettingsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_file_processing_setting(
        self,
        *,
        body: CreateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[FileProcessingSettings]:
        """Create a file processing setting.

        `POST /v1/file-processing-settings`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[FileProcessingSettings]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_file_processing_setting._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[FileProcessingSettings]",
            self._invoker.request_raw(
                "create_file_processing_setting", request, _create_file_processing_setting._parse_response
            ),
        )

    def get_file_processing_setting(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[FileProcessingSettings]:
        """Get the file processing setting.

        `GET /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FileProcessingSettings]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FileProcessingSettings]",
            self._invoker.request_raw(
                "get_file_processing_setting", request, _get_file_processing_setting._parse_response
            ),
        )

    def update_file_processing_setting(
        self,
        resource_id: str,
        *,
        body: UpdateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[FileProcessingSettings]:
        """Update the file processing setting.

        `PATCH /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[FileProcessingSettings]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[FileProcessingSettings]",
            self._invoker.request_raw(
                "update_file_processing_setting", request, _update_file_processing_setting._parse_response
            ),
        )


class AsyncFileProcessingSettingsResource:
    """Operations tagged `file_processing_settings`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncFileProcessingSettingsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncFileProcessingSettingsResourceWithRawResponse(self._invoker)

    async def create_file_processing_setting(
        self,
        *,
        body: CreateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> FileProcessingSettings:
        """Create a file processing setting.

        `POST /v1/file-processing-settings`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            FileProcessingSettings: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_file_processing_setting._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "FileProcessingSettings",
            await self._invoker.request(
                "create_file_processing_setting", request, _create_file_processing_setting._parse_response
            ),
        )

    async def get_file_processing_setting(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> FileProcessingSettings:
        """Get the file processing setting.

        `GET /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            FileProcessingSettings: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "FileProcessingSettings",
            await self._invoker.request(
                "get_file_processing_setting", request, _get_file_processing_setting._parse_response
            ),
        )

    async def update_file_processing_setting(
        self,
        resource_id: str,
        *,
        body: UpdateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> FileProcessingSettings:
        """Update the file processing setting.

        `PATCH /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            FileProcessingSettings: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "FileProcessingSettings",
            await self._invoker.request(
                "update_file_processing_setting", request, _update_file_processing_setting._parse_response
            ),
        )


class AsyncFileProcessingSettingsResourceWithRawResponse:
    """Like `AsyncFileProcessingSettingsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_file_processing_setting(
        self,
        *,
        body: CreateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[FileProcessingSettings]:
        """Create a file processing setting.

        `POST /v1/file-processing-settings`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[FileProcessingSettings]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_file_processing_setting._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[FileProcessingSettings]",
            await self._invoker.request_raw(
                "create_file_processing_setting", request, _create_file_processing_setting._parse_response
            ),
        )

    async def get_file_processing_setting(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[FileProcessingSettings]:
        """Get the file processing setting.

        `GET /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FileProcessingSettings]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FileProcessingSettings]",
            await self._invoker.request_raw(
                "get_file_processing_setting", request, _get_file_processing_setting._parse_response
            ),
        )

    async def update_file_processing_setting(
        self,
        resource_id: str,
        *,
        body: UpdateFileProcessingSettingRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[FileProcessingSettings]:
        """Update the file processing setting.

        `PATCH /v1/file-processing-settings/{resource_id}`

        Args:
            resource_id: Id of the file processing setting.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[FileProcessingSettings]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_file_processing_setting._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[FileProcessingSettings]",
            await self._invoker.request_raw(
                "update_file_processing_setting", request, _update_file_processing_setting._parse_response
            ),
        )


__all__ = [
    "AsyncFileProcessingSettingsResource",
    "AsyncFileProcessingSettingsResourceWithRawResponse",
    "FileProcessingSettingsResource",
    "FileProcessingSettingsResourceWithRawResponse",
]
