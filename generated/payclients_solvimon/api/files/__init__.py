"""Typed operations tagged `files`.

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
    from ...models.api_error import ApiError
    from ...models.create_file_request import CreateFileRequest
    from ...models.file import File
    from ...models.file_line_page import FileLinePage
    from ...models.file_page import FilePage
    from ...models.order_direction import OrderDirection
    from ...models.update_file_request import UpdateFileRequest
    from . import create_file as _create_file
    from . import get_file as _get_file
    from . import list_file_lines as _list_file_lines
    from . import list_files as _list_files
    from . import update_file as _update_file
else:
    _list_files = LazyModule(__name__ + ".list_files")
    _create_file = LazyModule(__name__ + ".create_file")
    _get_file = LazyModule(__name__ + ".get_file")
    _update_file = LazyModule(__name__ + ".update_file")
    _list_file_lines = LazyModule(__name__ + ".list_file_lines")

_LIST_FILES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_files` pages (the spec's `x-payclients-pagination`: style `page`)."""


class FilesResource:
    """Operations tagged `files`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return FilesResourceWithRawResponse(self._invoker)

    def list_files(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[FilePage, File]:
        """List the files.

        `GET /v1/files`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[FilePage, File]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_files._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_files", request, _list_files._parse_response, _LIST_FILES_LISTING, max_items=max_items
        )

    def create_file(
        self,
        *,
        body: CreateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> File:
        """Create a file.

        `POST /v1/files`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> File:
        """Get the file.

        `GET /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> File:
        """Update the file.

        `PATCH /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> FileLinePage:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`

        Args:
            resource_id: Id of the file.
            limit: Page size.
            page: Page number, from 1.
            status: Only lines with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            FileLinePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[FilePage]:
        """List the files.

        `GET /v1/files`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FilePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[File]:
        """Create a file.

        `POST /v1/files`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Get the file.

        `GET /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[File]:
        """Update the file.

        `PATCH /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[FileLinePage]:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`

        Args:
            resource_id: Id of the file.
            limit: Page size.
            page: Page number, from 1.
            status: Only lines with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FileLinePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncFilesResourceWithRawResponse(self._invoker)

    def list_files(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[FilePage, File]:
        """List the files.

        `GET /v1/files`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[FilePage, File]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_files._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_files", request, _list_files._parse_response, _LIST_FILES_LISTING, max_items=max_items
        )

    async def create_file(
        self,
        *,
        body: CreateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> File:
        """Create a file.

        `POST /v1/files`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> File:
        """Get the file.

        `GET /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> File:
        """Update the file.

        `PATCH /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> FileLinePage:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`

        Args:
            resource_id: Id of the file.
            limit: Page size.
            page: Page number, from 1.
            status: Only lines with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            FileLinePage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[FilePage]:
        """List the files.

        `GET /v1/files`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FilePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[File]:
        """Create a file.

        `POST /v1/files`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Get the file.

        `GET /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateFileRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[File]:
        """Update the file.

        `PATCH /v1/files/{resource_id}`

        Args:
            resource_id: Id of the file.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        page: int | None = None,
        status: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[FileLinePage]:
        """List the file lines.

        `GET /v1/files/{resource_id}/lines`

        Args:
            resource_id: Id of the file.
            limit: Page size.
            page: Page number, from 1.
            status: Only lines with this status.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[FileLinePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
