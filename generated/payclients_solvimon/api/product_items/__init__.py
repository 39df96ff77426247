"""Typed operations tagged `product_items`.

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
    from ...models.create_product_item_request import CreateProductItemRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.product_item import ProductItem
    from ...models.product_item_page import ProductItemPage
    from ...models.update_product_item_request import UpdateProductItemRequest
    from ...models.upsert_product_item_field_actions import UpsertProductItemFieldActions
    from . import activate_product_item as _activate_product_item
    from . import archive_product_item as _archive_product_item
    from . import create_product_item as _create_product_item
    from . import delete_product_item as _delete_product_item
    from . import deprecate_product_item as _deprecate_product_item
    from . import get_product_item as _get_product_item
    from . import list_product_items as _list_product_items
    from . import search_product_items as _search_product_items
    from . import update_product_item as _update_product_item
    from . import upsert_product_item as _upsert_product_item
else:
    _list_product_items = LazyModule(__name__ + ".list_product_items")
    _upsert_product_item = LazyModule(__name__ + ".upsert_product_item")
    _create_product_item = LazyModule(__name__ + ".create_product_item")
    _search_product_items = LazyModule(__name__ + ".search_product_items")
    _get_product_item = LazyModule(__name__ + ".get_product_item")
    _delete_product_item = LazyModule(__name__ + ".delete_product_item")
    _update_product_item = LazyModule(__name__ + ".update_product_item")
    _activate_product_item = LazyModule(__name__ + ".activate_product_item")
    _archive_product_item = LazyModule(__name__ + ".archive_product_item")
    _deprecate_product_item = LazyModule(__name__ + ".deprecate_product_item")

_LIST_PRODUCT_ITEMS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_product_items` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ProductItemsResource:
    """Operations tagged `product_items`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ProductItemsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ProductItemsResourceWithRawResponse(self._invoker)

    def list_product_items(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        product_id: str | None = None,
        customer_id: str | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ProductItemPage, ProductItem]:
        """List the product items.

        `GET /v1/product-items`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            product_id: Only product items of this product.
            customer_id: Only product items of this customer.
            custom_field: Only product items whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ProductItemPage, ProductItem]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_items._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            product_id=product_id,
            customer_id=customer_id,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_product_items",
            request,
            _list_product_items._parse_response,
            _LIST_PRODUCT_ITEMS_LISTING,
            max_items=max_items,
        )

    def upsert_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductItemFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Create or update a product item.

        `PUT /v1/product-items`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_item._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem", self._invoker.request("upsert_product_item", request, _upsert_product_item._parse_response)
        )

    def create_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Create a product item.

        `POST /v1/product-items`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_item._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem", self._invoker.request("create_product_item", request, _create_product_item._parse_response)
        )

    def search_product_items(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItemPage:
        """Search the product items.

        `POST /v1/product-items/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItemPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_items._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItemPage",
            self._invoker.request("search_product_items", request, _search_product_items._parse_response),
        )

    def get_product_item(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> ProductItem:
        """Get the product item.

        `GET /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductItem", self._invoker.request("get_product_item", request, _get_product_item._parse_response)
        )

    def delete_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Delete the product item.

        `DELETE /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem", self._invoker.request("delete_product_item", request, _delete_product_item._parse_response)
        )

    def update_product_item(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Update the product item.

        `PATCH /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem", self._invoker.request("update_product_item", request, _update_product_item._parse_response)
        )

    def activate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Activate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            self._invoker.request("activate_product_item", request, _activate_product_item._parse_response),
        )

    def archive_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Archive the product item.

        `POST /v1/product-items/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem", self._invoker.request("archive_product_item", request, _archive_product_item._parse_response)
        )

    def deprecate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Deprecate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            self._invoker.request("deprecate_product_item", request, _deprecate_product_item._parse_response),
        )


class ProductItemsResourceWithRawResponse:
    """Like `ProductItemsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_product_items(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        product_id: str | None = None,
        customer_id: str | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductItemPage]:
        """List the product items.

        `GET /v1/product-items`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            product_id: Only product items of this product.
            customer_id: Only product items of this customer.
            custom_field: Only product items whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductItemPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_items._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            product_id=product_id,
            customer_id=customer_id,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductItemPage]",
            self._invoker.request_raw("list_product_items", request, _list_product_items._parse_response),
        )

    def upsert_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductItemFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Create or update a product item.

        `PUT /v1/product-items`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_item._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("upsert_product_item", request, _upsert_product_item._parse_response),
        )

    def create_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Create a product item.

        `POST /v1/product-items`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_item._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("create_product_item", request, _create_product_item._parse_response),
        )

    def search_product_items(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItemPage]:
        """Search the product items.

        `POST /v1/product-items/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItemPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_items._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItemPage]",
            self._invoker.request_raw("search_product_items", request, _search_product_items._parse_response),
        )

    def get_product_item(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Get the product item.

        `GET /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("get_product_item", request, _get_product_item._parse_response),
        )

    def delete_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Delete the product item.

        `DELETE /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("delete_product_item", request, _delete_product_item._parse_response),
        )

    def update_product_item(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Update the product item.

        `PATCH /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("update_product_item", request, _update_product_item._parse_response),
        )

    def activate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Activate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("activate_product_item", request, _activate_product_item._parse_response),
        )

    def archive_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Archive the product item.

        `POST /v1/product-items/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("archive_product_item", request, _archive_product_item._parse_response),
        )

    def deprecate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Deprecate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            self._invoker.request_raw("deprecate_product_item", request, _deprecate_product_item._parse_response),
        )


class AsyncProductItemsResource:
    """Operations tagged `product_items`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncProductItemsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncProductItemsResourceWithRawResponse(self._invoker)

    def list_product_items(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        product_id: str | None = None,
        customer_id: str | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ProductItemPage, ProductItem]:
        """List the product items.

        `GET /v1/product-items`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            product_id: Only product items of this product.
            customer_id: Only product items of this customer.
            custom_field: Only product items whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ProductItemPage, ProductItem]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_items._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            product_id=product_id,
            customer_id=customer_id,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_product_items",
            request,
            _list_product_items._parse_response,
            _LIST_PRODUCT_ITEMS_LISTING,
            max_items=max_items,
        )

    async def upsert_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductItemFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Create or update a product item.

        `PUT /v1/product-items`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_item._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("upsert_product_item", request, _upsert_product_item._parse_response),
        )

    async def create_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Create a product item.

        `POST /v1/product-items`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_item._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("create_product_item", request, _create_product_item._parse_response),
        )

    async def search_product_items(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItemPage:
        """Search the product items.

        `POST /v1/product-items/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItemPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_items._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItemPage",
            await self._invoker.request("search_product_items", request, _search_product_items._parse_response),
        )

    async def get_product_item(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> ProductItem:
        """Get the product item.

        `GET /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductItem", await self._invoker.request("get_product_item", request, _get_product_item._parse_response)
        )

    async def delete_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Delete the product item.

        `DELETE /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("delete_product_item", request, _delete_product_item._parse_response),
        )

    async def update_product_item(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Update the product item.

        `PATCH /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("update_product_item", request, _update_product_item._parse_response),
        )

    async def activate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Activate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("activate_product_item", request, _activate_product_item._parse_response),
        )

    async def archive_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Archive the product item.

        `POST /v1/product-items/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("archive_product_item", request, _archive_product_item._parse_response),
        )

    async def deprecate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductItem:
        """Deprecate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductItem: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductItem",
            await self._invoker.request("deprecate_product_item", request, _deprecate_product_item._parse_response),
        )


class AsyncProductItemsResourceWithRawResponse:
    """Like `AsyncProductItemsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_product_items(
        self,
        *,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        product_id: str | None = None,
        customer_id: str | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductItemPage]:
        """List the product items.

        `GET /v1/product-items`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            product_id: Only product items of this product.
            customer_id: Only product items of this customer.
            custom_field: Only product items whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductItemPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_items._get_kwargs(
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            product_id=product_id,
            customer_id=customer_id,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductItemPage]",
            await self._invoker.request_raw("list_product_items", request, _list_product_items._parse_response),
        )

    async def upsert_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductItemFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Create or update a product item.

        `PUT /v1/product-items`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_item._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("upsert_product_item", request, _upsert_product_item._parse_response),
        )

    async def create_product_item(
        self,
        *,
        body: CreateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Create a product item.

        `POST /v1/product-items`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_item._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("create_product_item", request, _create_product_item._parse_response),
        )

    async def search_product_items(
        self,
        *,
        body: InvoiceSearchRequest | None = None,
        expand: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItemPage]:
        """Search the product items.

        `POST /v1/product-items/search`

        Args:
            body: Search criteria for invoices.
            expand: Id fields whose referenced objects to embed in full in the answer.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItemPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_items._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItemPage]",
            await self._invoker.request_raw("search_product_items", request, _search_product_items._parse_response),
        )

    async def get_product_item(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Get the product item.

        `GET /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("get_product_item", request, _get_product_item._parse_response),
        )

    async def delete_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Delete the product item.

        `DELETE /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("delete_product_item", request, _delete_product_item._parse_response),
        )

    async def update_product_item(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductItemRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Update the product item.

        `PATCH /v1/product-items/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("update_product_item", request, _update_product_item._parse_response),
        )

    async def activate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Activate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("activate_product_item", request, _activate_product_item._parse_response),
        )

    async def archive_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Archive the product item.

        `POST /v1/product-items/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("archive_product_item", request, _archive_product_item._parse_response),
        )

    async def deprecate_product_item(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductItem]:
        """Deprecate the product item.

        `POST /v1/product-items/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product item.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductItem]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product_item._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductItem]",
            await self._invoker.request_raw("deprecate_product_item", request, _deprecate_product_item._parse_response),
        )


__all__ = [
    "AsyncProductItemsResource",
    "AsyncProductItemsResourceWithRawResponse",
    "ProductItemsResource",
    "ProductItemsResourceWithRawResponse",
]
