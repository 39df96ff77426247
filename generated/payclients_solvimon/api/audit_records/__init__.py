"""Typed operations tagged `audit_records`.

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
    from ...models.audit_record import AuditRecord
    from ...models.audit_record_page import AuditRecordPage
    from ...models.order_direction import OrderDirection
    from . import get_audit_record as _get_audit_record
    from . import list_audit_records as _list_audit_records
else:
    _list_audit_records = LazyModule(__name__ + ".list_audit_records")
    _get_audit_record = LazyModule(__name__ + ".get_audit_record")

_LIST_AUDIT_RECORDS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_audit_records` pages (the spec's `x-payclients-pagination`: style `page`)."""


class AuditRecordsResource:
    """Operations tagged `audit_records`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AuditRecordsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AuditRecordsResourceWithRawResponse(self._invoker)

    def list_audit_records(
        self,
        *,
        user_id: str | None = None,
        target_entity_id: str | None = None,
        target_id: str | None = None,
        target_type: str | None = None,
        created_at: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[AuditRecordPage, AuditRecord]:
        """List the audit records.

        `GET /v1/audit-records`

        Args:
            user_id: Only audit records of this user.
            target_entity_id: Only audit records about objects of this entity.
            target_id: Only audit records about this object.
            target_type: Only audit records about this type of object.
            created_at: Only audit records created in this range (ISO-8601).
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[AuditRecordPage, AuditRecord]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_audit_records._get_kwargs(
            user_id=user_id,
            target_entity_id=target_entity_id,
            target_id=target_id,
            target_type=target_type,
            created_at=created_at,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_audit_records",
            request,
            _list_audit_records._parse_response,
            _LIST_AUDIT_RECORDS_LISTING,
            max_items=max_items,
        )

    def get_audit_record(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> AuditRecord:
        """Get the audit record.

        `GET /v1/audit-records/{resource_id}`

        Args:
            resource_id: Id of the audit record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AuditRecord: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_audit_record._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AuditRecord", self._invoker.request("get_audit_record", request, _get_audit_record._parse_response)
        )


class AuditRecordsResourceWithRawResponse:
    """Like `AuditRecordsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_audit_records(
        self,
        *,
        user_id: str | None = None,
        target_entity_id: str | None = None,
        target_id: str | None = None,
        target_type: str | None = None,
        created_at: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuditRecordPage]:
        """List the audit records.

        `GET /v1/audit-records`

        Args:
            user_id: Only audit records of this user.
            target_entity_id: Only audit records about objects of this entity.
            target_id: Only audit records about this object.
            target_type: Only audit records about this type of object.
            created_at: Only audit records created in this range (ISO-8601).
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuditRecordPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_audit_records._get_kwargs(
            user_id=user_id,
            target_entity_id=target_entity_id,
            target_id=target_id,
            target_type=target_type,
            created_at=created_at,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuditRecordPage]",
            self._invoker.request_raw("list_audit_records", request, _list_audit_records._parse_response),
        )

    def get_audit_record(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuditRecord]:
        """Get the audit record.

        `GET /v1/audit-records/{resource_id}`

        Args:
            resource_id: Id of the audit record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuditRecord]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_audit_record._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuditRecord]",
            self._invoker.request_raw("get_audit_record", request, _get_audit_record._parse_response),
        )


class AsyncAuditRecordsResource:
    """Operations tagged `audit_records`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncAuditRecordsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAuditRecordsResourceWithRawResponse(self._invoker)

    def list_audit_records(
        self,
        *,
        user_id: str | None = None,
        target_entity_id: str | None = None,
        target_id: str | None = None,
        target_type: str | None = None,
        created_at: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AuditRecordPage, AuditRecord]:
        """List the audit records.

        `GET /v1/audit-records`

        Args:
            user_id: Only audit records of this user.
            target_entity_id: Only audit records about objects of this entity.
            target_id: Only audit records about this object.
            target_type: Only audit records about this type of object.
            created_at: Only audit records created in this range (ISO-8601).
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[AuditRecordPage, AuditRecord]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_audit_records._get_kwargs(
            user_id=user_id,
            target_entity_id=target_entity_id,
            target_id=target_id,
            target_type=target_type,
            created_at=created_at,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_audit_records",
            request,
            _list_audit_records._parse_response,
            _LIST_AUDIT_RECORDS_LISTING,
            max_items=max_items,
        )

    async def get_audit_record(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> AuditRecord:
        """Get the audit record.

        `GET /v1/audit-records/{resource_id}`

        Args:
            resource_id: Id of the audit record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            AuditRecord: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_audit_record._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "AuditRecord", await self._invoker.request("get_audit_record", request, _get_audit_record._parse_response)
        )


class AsyncAuditRecordsResourceWithRawResponse:
    """Like `AsyncAuditRecordsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_audit_records(
        self,
        *,
        user_id: str | None = None,
        target_entity_id: str | None = None,
        target_id: str | None = None,
        target_type: str | None = None,
        created_at: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuditRecordPage]:
        """List the audit records.

        `GET /v1/audit-records`

        Args:
            user_id: Only audit records of this user.
            target_entity_id: Only audit records about objects of this entity.
            target_id: Only audit records about this object.
            target_type: Only audit records about this type of object.
            created_at: Only audit records created in this range (ISO-8601).
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuditRecordPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_audit_records._get_kwargs(
            user_id=user_id,
            target_entity_id=target_entity_id,
            target_id=target_id,
            target_type=target_type,
            created_at=created_at,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuditRecordPage]",
            await self._invoker.request_raw("list_audit_records", request, _list_audit_records._parse_response),
        )

    async def get_audit_record(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[AuditRecord]:
        """Get the audit record.

        `GET /v1/audit-records/{resource_id}`

        Args:
            resource_id: Id of the audit record.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[AuditRecord]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_audit_record._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[AuditRecord]",
            await self._invoker.request_raw("get_audit_record", request, _get_audit_record._parse_response),
        )


__all__ = [
    "AsyncAuditRecordsResource",
    "AsyncAuditRecordsResourceWithRawResponse",
    "AuditRecordsResource",
    "AuditRecordsResourceWithRawResponse",
]
