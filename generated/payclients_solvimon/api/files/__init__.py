"""Typed operations tagged `files`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_file_request import CreateFileRequest
from ...models.file import File
from ...models.file_line_page import FileLinePage
from ...models.file_page import FilePage
from ...models.order_direction import OrderDirection
from ...models.update_file_request import UpdateFileRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_file as _create_file
from . import get_file as _get_file
from . import list_file_lines as _list_file_lines
from . import list_files as _list_files
from . import update_file as _update_file


class FilesResource:
    """Operations tagged `files`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "FilesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return FilesResourceWithRawResponse(self._invoker)

    def list_files(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> FilePage:
        """List the files.

        `GET /v1/files`
        """
        request = _list_files._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast("FilePage", self._invoker.request("list_files", request, _list_files._parse_response))

    def create_file(
        self,
        *,
        body: CreateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> File:
        """Create a file.

        `POST /v1/files`
        """
        request = _create_file._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("File", self._invoker.request("create_file", request, _create_file._parse_response))

    def get_file(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> File:
        """Get the file.

        `GET /v1/files/{resource_id}`
        """
        request = _get_file._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("File", self._invoker.request("get_file", request, _get_file._parse_response))

    def update_file(
        self,
        resource_id: str,
        *,
        body: UpdateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> File:
        """Update the file.

        `PATCH /v1/files/{resource_id}`
        """
        request = _update_file._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("File", self._invoker.request("update_file", request, _update_file._parse_response))

    def list_file_lines(
        self,
        resource_id: str,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> FileLinePage:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`
        """
        request = _list_file_lines._get_kwargs(
            resource_id=resource_id,
            limit=limit,
            page=page,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast("FileLinePage", self._invoker.request("list_file_lines", request, _list_file_lines._parse_response))


class FilesResourceWithRawResponse:
    """Like `FilesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_files(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[FilePage]:
        """List the files.

        `GET /v1/files`
        """
        request = _list_files._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FilePage]", self._invoker.request_raw("list_files", request, _list_files._parse_response)
        )

    def create_file(
        self,
        *,
        body: CreateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Create a file.

        `POST /v1/files`
        """
        request = _create_file._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[File]", self._invoker.request_raw("create_file", request, _create_file._parse_response)
        )

    def get_file(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Get the file.

        `GET /v1/files/{resource_id}`
        """
        request = _get_file._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("RawResponse[File]", self._invoker.request_raw("get_file", request, _get_file._parse_response))

    def update_file(
        self,
        resource_id: str,
        *,
        body: UpdateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Update the file.

        `PATCH /v1/files/{resource_id}`
        """
        request = _update_file._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[File]", self._invoker.request_raw("update_file", request, _update_file._parse_response)
        )

    def list_file_lines(
        self,
        resource_id: str,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[FileLinePage]:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`
        """
        request = _list_file_lines._get_kwargs(
            resource_id=resource_id,
            limit=limit,
            page=page,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FileLinePage]",
            self._invoker.request_raw("list_file_lines", request, _list_file_lines._parse_response),
        )


class AsyncFilesResource:
    """Operations tagged `files`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncFilesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncFilesResourceWithRawResponse(self._invoker)

    async def list_files(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> FilePage:
        """List the files.

        `GET /v1/files`
        """
        request = _list_files._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast("FilePage", await self._invoker.request("list_files", request, _list_files._parse_response))

    async def create_file(
        self,
        *,
        body: CreateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> File:
        """Create a file.

        `POST /v1/files`
        """
        request = _create_file._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("File", await self._invoker.request("create_file", request, _create_file._parse_response))

    async def get_file(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> File:
        """Get the file.

        `GET /v1/files/{resource_id}`
        """
        request = _get_file._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("File", await self._invoker.request("get_file", request, _get_file._parse_response))

    async def update_file(
        self,
        resource_id: str,
        *,
        body: UpdateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> File:
        """Update the file.

        `PATCH /v1/files/{resource_id}`
        """
        request = _update_file._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("File", await self._invoker.request("update_file", request, _update_file._parse_response))

    async def list_file_lines(
        self,
        resource_id: str,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> FileLinePage:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`
        """
        request = _list_file_lines._get_kwargs(
            resource_id=resource_id,
            limit=limit,
            page=page,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "FileLinePage", await self._invoker.request("list_file_lines", request, _list_file_lines._parse_response)
        )


class AsyncFilesResourceWithRawResponse:
    """Like `AsyncFilesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_files(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[FilePage]:
        """List the files.

        `GET /v1/files`
        """
        request = _list_files._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FilePage]", await self._invoker.request_raw("list_files", request, _list_files._parse_response)
        )

    async def create_file(
        self,
        *,
        body: CreateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Create a file.

        `POST /v1/files`
        """
        request = _create_file._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[File]", await self._invoker.request_raw("create_file", request, _create_file._parse_response)
        )

    async def get_file(
        self,
        resource_id: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Get the file.

        `GET /v1/files/{resource_id}`
        """
        request = _get_file._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]", await self._invoker.request_raw("get_file", request, _get_file._parse_response)
        )

    async def update_file(
        self,
        resource_id: str,
        *,
        body: UpdateFileRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Update the file.

        `PATCH /v1/files/{resource_id}`
        """
        request = _update_file._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[File]", await self._invoker.request_raw("update_file", request, _update_file._parse_response)
        )

    async def list_file_lines(
        self,
        resource_id: str,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[FileLinePage]:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`
        """
        request = _list_file_lines._get_kwargs(
            resource_id=resource_id,
            limit=limit,
            page=page,
            status=status,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[FileLinePage]",
            await self._invoker.request_raw("list_file_lines", request, _list_file_lines._parse_response),
        )


__all__ = [
    "AsyncFilesResource",
    "AsyncFilesResourceWithRawResponse",
    "FilesResource",
    "FilesResourceWithRawResponse",
]
