"""Typed operations tagged `billing_entities`.

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
    from ...models.billing_entity import BillingEntity
    from ...models.billing_entity_page import BillingEntityPage
    from ...models.create_billing_entity_request import CreateBillingEntityRequest
    from ...models.update_billing_entity_request import UpdateBillingEntityRequest
    from ...models.upsert_billing_entity_field_actions import UpsertBillingEntityFieldActions
    from . import create_billing_entity as _create_billing_entity
    from . import get_billing_entity as _get_billing_entity
    from . import list_billing_entities as _list_billing_entities
    from . import update_billing_entity as _update_billing_entity
    from . import upsert_billing_entity as _upsert_billing_entity
else:
    _list_billing_entities = LazyModule(__name__ + ".list_billing_entities")
    _upsert_billing_entity = LazyModule(__name__ + ".upsert_billing_entity")
    _create_billing_entity = LazyModule(__name__ + ".create_billing_entity")
    _get_billing_entity = LazyModule(__name__ + ".get_billing_entity")
    _update_billing_entity = LazyModule(__name__ + ".update_billing_entity")


class BillingEntitiesResource:
    """Operations tagged `billing_entities`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> BillingEntitiesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return BillingEntitiesResourceWithRawResponse(self._invoker)

    def list_billing_entities(
        self,
        *,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> BillingEntityPage:
        """List the billing entities.

        `GET /v1/billing-entities`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only billing entities whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BillingEntityPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_billing_entities._get_kwargs(
            expand=expand,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BillingEntityPage",
            self._invoker.request("list_billing_entities", request, _list_billing_entities._parse_response),
        )

    def upsert_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertBillingEntityFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BillingEntity:
        """Create or update a billing entity.

        `PUT /v1/billing-entities`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_billing_entity._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BillingEntity",
            self._invoker.request("upsert_billing_entity", request, _upsert_billing_entity._parse_response),
        )

    def create_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BillingEntity:
        """Create a billing entity.

        `POST /v1/billing-entities`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_billing_entity._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BillingEntity",
            self._invoker.request("create_billing_entity", request, _create_billing_entity._parse_response),
        )

    def get_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> BillingEntity:
        """Get the billing entity.

        `GET /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BillingEntity", self._invoker.request("get_billing_entity", request, _get_billing_entity._parse_response)
        )

    def update_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BillingEntity:
        """Update the billing entity.

        `PATCH /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BillingEntity",
            self._invoker.request("update_billing_entity", request, _update_billing_entity._parse_response),
        )


class BillingEntitiesResourceWithRawResponse:
    """Like `BillingEntitiesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_billing_entities(
        self,
        *,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[BillingEntityPage]:
        """List the billing entities.

        `GET /v1/billing-entities`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only billing entities whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BillingEntityPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_billing_entities._get_kwargs(
            expand=expand,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BillingEntityPage]",
            self._invoker.request_raw("list_billing_entities", request, _list_billing_entities._parse_response),
        )

    def upsert_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertBillingEntityFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Create or update a billing entity.

        `PUT /v1/billing-entities`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_billing_entity._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BillingEntity]",
            self._invoker.request_raw("upsert_billing_entity", request, _upsert_billing_entity._parse_response),
        )

    def create_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Create a billing entity.

        `POST /v1/billing-entities`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_billing_entity._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BillingEntity]",
            self._invoker.request_raw("create_billing_entity", request, _create_billing_entity._parse_response),
        )

    def get_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Get the billing entity.

        `GET /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BillingEntity]",
            self._invoker.request_raw("get_billing_entity", request, _get_billing_entity._parse_response),
        )

    def update_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Update the billing entity.

        `PATCH /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BillingEntity]",
            self._invoker.request_raw("update_billing_entity", request, _update_billing_entity._parse_response),
        )


class AsyncBillingEntitiesResource:
    """Operations tagged `billing_entities`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncBillingEntitiesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncBillingEntitiesResourceWithRawResponse(self._invoker)

    async def list_billing_entities(
        self,
        *,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> BillingEntityPage:
        """List the billing entities.

        `GET /v1/billing-entities`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only billing entities whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BillingEntityPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_billing_entities._get_kwargs(
            expand=expand,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BillingEntityPage",
            await self._invoker.request("list_billing_entities", request, _list_billing_entities._parse_response),
        )

    async def upsert_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertBillingEntityFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BillingEntity:
        """Create or update a billing entity.

        `PUT /v1/billing-entities`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_billing_entity._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BillingEntity",
            await self._invoker.request("upsert_billing_entity", request, _upsert_billing_entity._parse_response),
        )

    async def create_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BillingEntity:
        """Create a billing entity.

        `POST /v1/billing-entities`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_billing_entity._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BillingEntity",
            await self._invoker.request("create_billing_entity", request, _create_billing_entity._parse_response),
        )

    async def get_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> BillingEntity:
        """Get the billing entity.

        `GET /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "BillingEntity",
            await self._invoker.request("get_billing_entity", request, _get_billing_entity._parse_response),
        )

    async def update_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> BillingEntity:
        """Update the billing entity.

        `PATCH /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            BillingEntity: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "BillingEntity",
            await self._invoker.request("update_billing_entity", request, _update_billing_entity._parse_response),
        )


class AsyncBillingEntitiesResourceWithRawResponse:
    """Like `AsyncBillingEntitiesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_billing_entities(
        self,
        *,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[BillingEntityPage]:
        """List the billing entities.

        `GET /v1/billing-entities`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only billing entities whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BillingEntityPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_billing_entities._get_kwargs(
            expand=expand,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BillingEntityPage]",
            await self._invoker.request_raw("list_billing_entities", request, _list_billing_entities._parse_response),
        )

    async def upsert_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertBillingEntityFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Create or update a billing entity.

        `PUT /v1/billing-entities`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_billing_entity._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BillingEntity]",
            await self._invoker.request_raw("upsert_billing_entity", request, _upsert_billing_entity._parse_response),
        )

    async def create_billing_entity(
        self,
        *,
        body: CreateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Create a billing entity.

        `POST /v1/billing-entities`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_billing_entity._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BillingEntity]",
            await self._invoker.request_raw("create_billing_entity", request, _create_billing_entity._parse_response),
        )

    async def get_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Get the billing entity.

        `GET /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[BillingEntity]",
            await self._invoker.request_raw("get_billing_entity", request, _get_billing_entity._parse_response),
        )

    async def update_billing_entity(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateBillingEntityRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[BillingEntity]:
        """Update the billing entity.

        `PATCH /v1/billing-entities/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the billing entity.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[BillingEntity]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_billing_entity._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[BillingEntity]",
            await self._invoker.request_raw("update_billing_entity", request, _update_billing_entity._parse_response),
        )


__all__ = [
    "AsyncBillingEntitiesResource",
    "AsyncBillingEntitiesResourceWithRawResponse",
    "BillingEntitiesResource",
    "BillingEntitiesResourceWithRawResponse",
]
