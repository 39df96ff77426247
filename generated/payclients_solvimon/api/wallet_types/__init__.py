"""Typed operations tagged `wallet_types`.

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
    from ...models.create_wallet_type_request import CreateWalletTypeRequest
    from ...models.order_direction import OrderDirection
    from ...models.update_wallet_type_request import UpdateWalletTypeRequest
    from ...models.wallet_type import WalletType
    from ...models.wallet_type_page import WalletTypePage
    from . import activate_wallet_type as _activate_wallet_type
    from . import archive_wallet_type as _archive_wallet_type
    from . import create_wallet_type as _create_wallet_type
    from . import deactivate_wallet_type as _deactivate_wallet_type
    from . import deprecate_wallet_type as _deprecate_wallet_type
    from . import get_wallet_type as _get_wallet_type
    from . import list_wallet_types as _list_wallet_types
    from . import update_wallet_type as _update_wallet_type
else:
    _list_wallet_types = LazyModule(__name__ + ".list_wallet_types")
    _create_wallet_type = LazyModule(__name__ + ".create_wallet_type")
    _get_wallet_type = LazyModule(__name__ + ".get_wallet_type")
    _update_wallet_type = LazyModule(__name__ + ".update_wallet_type")
    _activate_wallet_type = LazyModule(__name__ + ".activate_wallet_type")
    _archive_wallet_type = LazyModule(__name__ + ".archive_wallet_type")
    _deactivate_wallet_type = LazyModule(__name__ + ".deactivate_wallet_type")
    _deprecate_wallet_type = LazyModule(__name__ + ".deprecate_wallet_type")

_LIST_WALLET_TYPES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_wallet_types` pages (the spec's `x-payclients-pagination`: style `page`)."""


class WalletTypesResource:
    """Operations tagged `wallet_types`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> WalletTypesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return WalletTypesResourceWithRawResponse(self._invoker)

    def list_wallet_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[WalletTypePage, WalletType]:
        """List the wallet types.

        `GET /v1/wallet-types`

        Args:
            statuses: Only wallet types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[WalletTypePage, WalletType]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_wallet_types",
            request,
            _list_wallet_types._parse_response,
            _LIST_WALLET_TYPES_LISTING,
            max_items=max_items,
        )

    def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Create a wallet type.

        `POST /v1/wallet-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("create_wallet_type", request, _create_wallet_type._parse_response)
        )

    def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> WalletType:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("WalletType", self._invoker.request("get_wallet_type", request, _get_wallet_type._parse_response))

    def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("update_wallet_type", request, _update_wallet_type._parse_response)
        )

    def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("activate_wallet_type", request, _activate_wallet_type._parse_response)
        )

    def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType", self._invoker.request("archive_wallet_type", request, _archive_wallet_type._parse_response)
        )

    def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            self._invoker.request("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            self._invoker.request("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


class WalletTypesResourceWithRawResponse:
    """Like `WalletTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_wallet_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletTypePage]:
        """List the wallet types.

        `GET /v1/wallet-types`

        Args:
            statuses: Only wallet types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletTypePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletTypePage]",
            self._invoker.request_raw("list_wallet_types", request, _list_wallet_types._parse_response),
        )

    def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Create a wallet type.

        `POST /v1/wallet-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("create_wallet_type", request, _create_wallet_type._parse_response),
        )

    def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletType]:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("get_wallet_type", request, _get_wallet_type._parse_response),
        )

    def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("update_wallet_type", request, _update_wallet_type._parse_response),
        )

    def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("activate_wallet_type", request, _activate_wallet_type._parse_response),
        )

    def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("archive_wallet_type", request, _archive_wallet_type._parse_response),
        )

    def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            self._invoker.request_raw("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


class AsyncWalletTypesResource:
    """Operations tagged `wallet_types`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncWalletTypesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncWalletTypesResourceWithRawResponse(self._invoker)

    def list_wallet_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WalletTypePage, WalletType]:
        """List the wallet types.

        `GET /v1/wallet-types`

        Args:
            statuses: Only wallet types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[WalletTypePage, WalletType]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_wallet_types",
            request,
            _list_wallet_types._parse_response,
            _LIST_WALLET_TYPES_LISTING,
            max_items=max_items,
        )

    async def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Create a wallet type.

        `POST /v1/wallet-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("create_wallet_type", request, _create_wallet_type._parse_response),
        )

    async def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> WalletType:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "WalletType", await self._invoker.request("get_wallet_type", request, _get_wallet_type._parse_response)
        )

    async def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("update_wallet_type", request, _update_wallet_type._parse_response),
        )

    async def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("activate_wallet_type", request, _activate_wallet_type._parse_response),
        )

    async def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("archive_wallet_type", request, _archive_wallet_type._parse_response),
        )

    async def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    async def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> WalletType:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            WalletType: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "WalletType",
            await self._invoker.request("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


class AsyncWalletTypesResourceWithRawResponse:
    """Like `AsyncWalletTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_wallet_types(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletTypePage]:
        """List the wallet types.

        `GET /v1/wallet-types`

        Args:
            statuses: Only wallet types with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletTypePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_wallet_types._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletTypePage]",
            await self._invoker.request_raw("list_wallet_types", request, _list_wallet_types._parse_response),
        )

    async def create_wallet_type(
        self,
        *,
        body: CreateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Create a wallet type.

        `POST /v1/wallet-types`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_wallet_type._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("create_wallet_type", request, _create_wallet_type._parse_response),
        )

    async def get_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[WalletType]:
        """Get the wallet type.

        `GET /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("get_wallet_type", request, _get_wallet_type._parse_response),
        )

    async def update_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateWalletTypeRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Update the wallet type.

        `PATCH /v1/wallet-types/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("update_wallet_type", request, _update_wallet_type._parse_response),
        )

    async def activate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Activate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("activate_wallet_type", request, _activate_wallet_type._parse_response),
        )

    async def archive_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Archive the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("archive_wallet_type", request, _archive_wallet_type._parse_response),
        )

    async def deactivate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Deactivate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deactivate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("deactivate_wallet_type", request, _deactivate_wallet_type._parse_response),
        )

    async def deprecate_wallet_type(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[WalletType]:
        """Deprecate the wallet type.

        `POST /v1/wallet-types/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the wallet type.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[WalletType]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_wallet_type._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[WalletType]",
            await self._invoker.request_raw("deprecate_wallet_type", request, _deprecate_wallet_type._parse_response),
        )


__all__ = [
    "AsyncWalletTypesResource",
    "AsyncWalletTypesResourceWithRawResponse",
    "WalletTypesResource",
    "WalletTypesResourceWithRawResponse",
]
