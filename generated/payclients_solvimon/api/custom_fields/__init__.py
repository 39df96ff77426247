"""Typed operations tagged `custom_fields`.

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
    from ...models.create_custom_field_request import CreateCustomFieldRequest
    from ...models.custom_field import CustomField
    from ...models.custom_field_page import CustomFieldPage
    from ...models.order_direction import OrderDirection
    from ...models.update_custom_field_request import UpdateCustomFieldRequest
    from . import create_custom_field as _create_custom_field
    from . import delete_custom_field as _delete_custom_field
    from . import get_custom_field as _get_custom_field
    from . import list_custom_fields as _list_custom_fields
    from . import update_custom_field as _update_custom_field
else:
    _list_custom_fields = LazyModule(__name__ + ".list_custom_fields")
    _create_custom_field = LazyModule(__name__ + ".create_custom_field")
    _get_custom_field = LazyModule(__name__ + ".get_custom_field")
    _delete_custom_field = LazyModule(__name__ + ".delete_custom_field")
    _update_custom_field = LazyModule(__name__ + ".update_custom_field")

_LIST_CUSTOM_FIELDS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_custom_fields` pages (the spec's `x-payclients-pagination`: style `page`)."""


class CustomFieldsResource:
    """Operations tagged `custom_fields`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CustomFieldsResourceWithRawResponse(self._invoker)

    def list_custom_fields(
        self,
        *,
        resource_type: str | None = None,
        reference: str | None = None,
        integration_id: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CustomFieldPage, CustomField]:
        """List the custom fields.

        `GET /v1/custom-fields`

        Args:
            resource_type: Only custom fields attached to this type of resource.
            reference: Only custom fields with this reference.
            integration_id: Only custom fields of this integration.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[CustomFieldPage, CustomField]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_custom_fields._get_kwargs(
            resource_type=resource_type,
            reference=reference,
            integration_id=integration_id,
            order_by=order_by,
            order_direction=order_direction,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_custom_fields",
            request,
            _list_custom_fields._parse_response,
            _LIST_CUSTOM_FIELDS_LISTING,
            max_items=max_items,
        )

    def create_custom_field(
        self,
        *,
        body: CreateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomField:
        """Create a custom field.

        `POST /v1/custom-fields`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_custom_field._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomField", self._invoker.request("create_custom_field", request, _create_custom_field._parse_response)
        )

    def get_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> CustomField:
        """Get the custom field.

        `GET /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CustomField", self._invoker.request("get_custom_field", request, _get_custom_field._parse_response)
        )

    def delete_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomField:
        """Delete the custom field.

        `DELETE /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomField", self._invoker.request("delete_custom_field", request, _delete_custom_field._parse_response)
        )

    def update_custom_field(
        self,
        resource_id: str,
        *,
        body: UpdateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomField:
        """Update the custom field.

        `PATCH /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_custom_field._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomField", self._invoker.request("update_custom_field", request, _update_custom_field._parse_response)
        )


class CustomFieldsResourceWithRawResponse:
    """Like `CustomFieldsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_custom_fields(
        self,
        *,
        resource_type: str | None = None,
        reference: str | None = None,
        integration_id: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CustomFieldPage]:
        """List the custom fields.

        `GET /v1/custom-fields`

        Args:
            resource_type: Only custom fields attached to this type of resource.
            reference: Only custom fields with this reference.
            integration_id: Only custom fields of this integration.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CustomFieldPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_custom_fields._get_kwargs(
            resource_type=resource_type,
            reference=reference,
            integration_id=integration_id,
            order_by=order_by,
            order_direction=order_direction,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CustomFieldPage]",
            self._invoker.request_raw("list_custom_fields", request, _list_custom_fields._parse_response),
        )

    def create_custom_field(
        self,
        *,
        body: CreateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomField]:
        """Create a custom field.

        `POST /v1/custom-fields`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_custom_field._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomField]",
            self._invoker.request_raw("create_custom_field", request, _create_custom_field._parse_response),
        )

    def get_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[CustomField]:
        """Get the custom field.

        `GET /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CustomField]",
            self._invoker.request_raw("get_custom_field", request, _get_custom_field._parse_response),
        )

    def delete_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomField]:
        """Delete the custom field.

        `DELETE /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomField]",
            self._invoker.request_raw("delete_custom_field", request, _delete_custom_field._parse_response),
        )

    def update_custom_field(
        self,
        resource_id: str,
        *,
        body: UpdateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomField]:
        """Update the custom field.

        `PATCH /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_custom_field._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomField]",
            self._invoker.request_raw("update_custom_field", request, _update_custom_field._parse_response),
        )


class AsyncCustomFieldsResource:
    """Operations tagged `custom_fields`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCustomFieldsResourceWithRawResponse(self._invoker)

    def list_custom_fields(
        self,
        *,
        resource_type: str | None = None,
        reference: str | None = None,
        integration_id: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CustomFieldPage, CustomField]:
        """List the custom fields.

        `GET /v1/custom-fields`

        Args:
            resource_type: Only custom fields attached to this type of resource.
            reference: Only custom fields with this reference.
            integration_id: Only custom fields of this integration.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[CustomFieldPage, CustomField]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_custom_fields._get_kwargs(
            resource_type=resource_type,
            reference=reference,
            integration_id=integration_id,
            order_by=order_by,
            order_direction=order_direction,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_custom_fields",
            request,
            _list_custom_fields._parse_response,
            _LIST_CUSTOM_FIELDS_LISTING,
            max_items=max_items,
        )

    async def create_custom_field(
        self,
        *,
        body: CreateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomField:
        """Create a custom field.

        `POST /v1/custom-fields`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_custom_field._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomField",
            await self._invoker.request("create_custom_field", request, _create_custom_field._parse_response),
        )

    async def get_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> CustomField:
        """Get the custom field.

        `GET /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "CustomField", await self._invoker.request("get_custom_field", request, _get_custom_field._parse_response)
        )

    async def delete_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomField:
        """Delete the custom field.

        `DELETE /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomField",
            await self._invoker.request("delete_custom_field", request, _delete_custom_field._parse_response),
        )

    async def update_custom_field(
        self,
        resource_id: str,
        *,
        body: UpdateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomField:
        """Update the custom field.

        `PATCH /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomField: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_custom_field._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomField",
            await self._invoker.request("update_custom_field", request, _update_custom_field._parse_response),
        )


class AsyncCustomFieldsResourceWithRawResponse:
    """Like `AsyncCustomFieldsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_custom_fields(
        self,
        *,
        resource_type: str | None = None,
        reference: str | None = None,
        integration_id: str | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        limit: int | None = None,
        page: int | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CustomFieldPage]:
        """List the custom fields.

        `GET /v1/custom-fields`

        Args:
            resource_type: Only custom fields attached to this type of resource.
            reference: Only custom fields with this reference.
            integration_id: Only custom fields of this integration.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            limit: Page size.
            page: Page number, from 1.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CustomFieldPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_custom_fields._get_kwargs(
            resource_type=resource_type,
            reference=reference,
            integration_id=integration_id,
            order_by=order_by,
            order_direction=order_direction,
            limit=limit,
            page=page,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CustomFieldPage]",
            await self._invoker.request_raw("list_custom_fields", request, _list_custom_fields._parse_response),
        )

    async def create_custom_field(
        self,
        *,
        body: CreateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomField]:
        """Create a custom field.

        `POST /v1/custom-fields`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_custom_field._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomField]",
            await self._invoker.request_raw("create_custom_field", request, _create_custom_field._parse_response),
        )

    async def get_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[CustomField]:
        """Get the custom field.

        `GET /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CustomField]",
            await self._invoker.request_raw("get_custom_field", request, _get_custom_field._parse_response),
        )

    async def delete_custom_field(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomField]:
        """Delete the custom field.

        `DELETE /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_custom_field._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomField]",
            await self._invoker.request_raw("delete_custom_field", request, _delete_custom_field._parse_response),
        )

    async def update_custom_field(
        self,
        resource_id: str,
        *,
        body: UpdateCustomFieldRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomField]:
        """Update the custom field.

        `PATCH /v1/custom-fields/{resource_id}`

        Args:
            resource_id: Id of the custom field.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomField]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_custom_field._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomField]",
            await self._invoker.request_raw("update_custom_field", request, _update_custom_field._parse_response),
        )


__all__ = [
    "AsyncCustomFieldsResource",
    "AsyncCustomFieldsResourceWithRawResponse",
    "CustomFieldsResource",
    "CustomFieldsResourceWithRawResponse",
]
