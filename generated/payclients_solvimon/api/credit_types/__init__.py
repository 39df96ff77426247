"""Typed operations tagged `credit_types`.

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
    from ...models.create_credit_type_request import CreateCreditTypeRequest
    from ...models.credit_type import CreditType
    from ...models.credit_type_page import CreditTypePage
    from ...models.order_direction import OrderDirection
    from ...models.update_credit_type_request import UpdateCreditTypeRequest
    from . import activate_credit_type as _activate_credit_type
    from . import archive_credit_type as _archive_credit_type
    from . import create_credit_type as _create_credit_type
    from . import deactivate_credit_type as _deactivate_credit_type
    from . import deprecate_credit_type as _deprecate_credit_type
    from . import get_credit_type as _get_credit_type
    from . import list_credit_types as _list_credit_types
    from . import update_credit_type as _update_credit_type
else:
    _list_credit_types = LazyModule(__name__ + ".list_credit_types")
    _create_credit_type = LazyModule(__name__ + ".create_credit_type")
    _get_credit_type = LazyModule(__name__ + ".get_credit_type")
    _update_credit_type = LazyModule(__name__ + ".update_credit_type")
    _activate_credit_type = LazyModule(__name__ + ".activate_credit_type")
    _archive_credit_type = LazyModule(__name__ + ".archive_credit_type")
    _deactivate_credit_type = LazyModule(__name__ + ".deactivate_credit_type")
    _deprecate_credit_type = LazyModule(__name__ + ".deprecate_credit_type")

_LIST_CREDIT_TYPES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_credit_types` pages (the spec's `x-payclients-pagination`: style `page`)."""


class CreditTypesResource:
    """Operations tagged `credit_types`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CreditTypesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CreditTypesResourceWithRawResponse(self._invoker)

    def list_credit_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CreditTypePage, CreditType]:
        """List the credit types.

        `GET /v1/credit-types`

        Args:
            statuses: Only credit types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[CreditTypePage, CreditType]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_credit_types",
            request,
            _list_credit_types._parse_response,
            _LIST_CREDIT_TYPES_LISTING,
            max_items=max_items,
        )

    def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Create a credit type.

        `POST /v1/credit-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("create_credit_type", request, _create_credit_type._parse_response)
        )

    def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> CreditType:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("CreditType", self._invoker.request("get_credit_type", request, _get_credit_type._parse_response))

    def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("update_credit_type", request, _update_credit_type._parse_response)
        )

    def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("activate_credit_type", request, _activate_credit_type._parse_response)
        )

    def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType", self._invoker.request("archive_credit_type", request, _archive_credit_type._parse_response)
        )

    def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            self._invoker.request("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            self._invoker.request("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


class CreditTypesResourceWithRawResponse:
    """Like `CreditTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_credit_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CreditTypePage]:
        """List the credit types.

        `GET /v1/credit-types`

        Args:
            statuses: Only credit types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CreditTypePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditTypePage]",
            self._invoker.request_raw("list_credit_types", request, _list_credit_types._parse_response),
        )

    def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Create a credit type.

        `POST /v1/credit-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("create_credit_type", request, _create_credit_type._parse_response),
        )

    def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[CreditType]:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("get_credit_type", request, _get_credit_type._parse_response),
        )

    def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("update_credit_type", request, _update_credit_type._parse_response),
        )

    def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("activate_credit_type", request, _activate_credit_type._parse_response),
        )

    def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("archive_credit_type", request, _archive_credit_type._parse_response),
        )

    def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            self._invoker.request_raw("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


class AsyncCreditTypesResource:
    """Operations tagged `credit_types`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCreditTypesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCreditTypesResourceWithRawResponse(self._invoker)

    def list_credit_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CreditTypePage, CreditType]:
        """List the credit types.

        `GET /v1/credit-types`

        Args:
            statuses: Only credit types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[CreditTypePage, CreditType]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_credit_types",
            request,
            _list_credit_types._parse_response,
            _LIST_CREDIT_TYPES_LISTING,
            max_items=max_items,
        )

    async def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Create a credit type.

        `POST /v1/credit-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("create_credit_type", request, _create_credit_type._parse_response),
        )

    async def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> CreditType:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CreditType", await self._invoker.request("get_credit_type", request, _get_credit_type._parse_response)
        )

    async def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("update_credit_type", request, _update_credit_type._parse_response),
        )

    async def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("activate_credit_type", request, _activate_credit_type._parse_response),
        )

    async def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("archive_credit_type", request, _archive_credit_type._parse_response),
        )

    async def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    async def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CreditType:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CreditType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CreditType",
            await self._invoker.request("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


class AsyncCreditTypesResourceWithRawResponse:
    """Like `AsyncCreditTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_credit_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CreditTypePage]:
        """List the credit types.

        `GET /v1/credit-types`

        Args:
            statuses: Only credit types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CreditTypePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_credit_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditTypePage]",
            await self._invoker.request_raw("list_credit_types", request, _list_credit_types._parse_response),
        )

    async def create_credit_type(
        self,
        *,
        body: CreateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Create a credit type.

        `POST /v1/credit-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_credit_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("create_credit_type", request, _create_credit_type._parse_response),
        )

    async def get_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[CreditType]:
        """Get the credit type.

        `GET /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("get_credit_type", request, _get_credit_type._parse_response),
        )

    async def update_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCreditTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Update the credit type.

        `PATCH /v1/credit-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("update_credit_type", request, _update_credit_type._parse_response),
        )

    async def activate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Activate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("activate_credit_type", request, _activate_credit_type._parse_response),
        )

    async def archive_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Archive the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("archive_credit_type", request, _archive_credit_type._parse_response),
        )

    async def deactivate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Deactivate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("deactivate_credit_type", request, _deactivate_credit_type._parse_response),
        )

    async def deprecate_credit_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CreditType]:
        """Deprecate the credit type.

        `POST /v1/credit-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the credit type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CreditType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_credit_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CreditType]",
            await self._invoker.request_raw("deprecate_credit_type", request, _deprecate_credit_type._parse_response),
        )


__all__ = [
    "AsyncCreditTypesResource",
    "AsyncCreditTypesResourceWithRawResponse",
    "CreditTypesResource",
    "CreditTypesResourceWithRawResponse",
]
