"""Typed operations tagged `products`.

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
    from ...models.create_product_request import CreateProductRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.product import Product
    from ...models.product_page import ProductPage
    from ...models.update_product_request import UpdateProductRequest
    from ...models.upsert_product_field_actions import UpsertProductFieldActions
    from . import activate_product as _activate_product
    from . import archive_product as _archive_product
    from . import create_product as _create_product
    from . import delete_product as _delete_product
    from . import deprecate_product as _deprecate_product
    from . import get_product as _get_product
    from . import list_products as _list_products
    from . import search_products as _search_products
    from . import update_product as _update_product
    from . import upsert_product as _upsert_product
else:
    _list_products = LazyModule(__name__ + ".list_products")
    _upsert_product = LazyModule(__name__ + ".upsert_product")
    _create_product = LazyModule(__name__ + ".create_product")
    _search_products = LazyModule(__name__ + ".search_products")
    _get_product = LazyModule(__name__ + ".get_product")
    _delete_product = LazyModule(__name__ + ".delete_product")
    _update_product = LazyModule(__name__ + ".update_product")
    _activate_product = LazyModule(__name__ + ".activate_product")
    _archive_product = LazyModule(__name__ + ".archive_product")
    _deprecate_product = LazyModule(__name__ + ".deprecate_product")


class ProductsResource:
    """Operations tagged `products`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ProductsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ProductsResourceWithRawResponse(self._invoker)

    def list_products(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        product_category_id: str | None = None,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> ProductPage:
        """List the products.

        `GET /v1/products`

        Args:
            statuses: Only products with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only products whose custom field has this value.
            product_category_id: Only products of this product category.
            customer_id: Only products of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_products._get_kwargs(
            statuses=statuses,
            expand=expand,
            custom_field=custom_field,
            product_category_id=product_category_id,
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast("ProductPage", self._invoker.request("list_products", request, _list_products._parse_response))

    def upsert_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Create or update a product.

        `PUT /v1/products`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("upsert_product", request, _upsert_product._parse_response))

    def create_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Create a product.

        `POST /v1/products`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("create_product", request, _create_product._parse_response))

    def search_products(
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
    ) -> ProductPage:
        """Search the products.

        `POST /v1/products/search`

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
            ProductPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_products._get_kwargs(
            body=body,
            expand=expand,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("ProductPage", self._invoker.request("search_products", request, _search_products._parse_response))

    def get_product(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Product:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Product", self._invoker.request("get_product", request, _get_product._parse_response))

    def delete_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("delete_product", request, _delete_product._parse_response))

    def update_product(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductRequest | None = None,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            body: The request body.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("update_product", request, _update_product._parse_response))

    def activate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("activate_product", request, _activate_product._parse_response))

    def archive_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("archive_product", request, _archive_product._parse_response))

    def deprecate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", self._invoker.request("deprecate_product", request, _deprecate_product._parse_response))


class ProductsResourceWithRawResponse:
    """Like `ProductsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_products(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        product_category_id: str | None = None,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductPage]:
        """List the products.

        `GET /v1/products`

        Args:
            statuses: Only products with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only products whose custom field has this value.
            product_category_id: Only products of this product category.
            customer_id: Only products of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_products._get_kwargs(
            statuses=statuses,
            expand=expand,
            custom_field=custom_field,
            product_category_id=product_category_id,
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductPage]",
            self._invoker.request_raw("list_products", request, _list_products._parse_response),
        )

    def upsert_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Create or update a product.

        `PUT /v1/products`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("upsert_product", request, _upsert_product._parse_response),
        )

    def create_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Create a product.

        `POST /v1/products`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("create_product", request, _create_product._parse_response),
        )

    def search_products(
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
    ) -> RawResponse[ProductPage]:
        """Search the products.

        `POST /v1/products/search`

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
            RawResponse[ProductPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_products._get_kwargs(
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
            "RawResponse[ProductPage]",
            self._invoker.request_raw("search_products", request, _search_products._parse_response),
        )

    def get_product(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Product]:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Product]", self._invoker.request_raw("get_product", request, _get_product._parse_response)
        )

    def delete_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("delete_product", request, _delete_product._parse_response),
        )

    def update_product(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductRequest | None = None,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            body: The request body.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("update_product", request, _update_product._parse_response),
        )

    def activate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("activate_product", request, _activate_product._parse_response),
        )

    def archive_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("archive_product", request, _archive_product._parse_response),
        )

    def deprecate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            self._invoker.request_raw("deprecate_product", request, _deprecate_product._parse_response),
        )


class AsyncProductsResource:
    """Operations tagged `products`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncProductsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncProductsResourceWithRawResponse(self._invoker)

    async def list_products(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        product_category_id: str | None = None,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> ProductPage:
        """List the products.

        `GET /v1/products`

        Args:
            statuses: Only products with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only products whose custom field has this value.
            product_category_id: Only products of this product category.
            customer_id: Only products of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_products._get_kwargs(
            statuses=statuses,
            expand=expand,
            custom_field=custom_field,
            product_category_id=product_category_id,
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductPage", await self._invoker.request("list_products", request, _list_products._parse_response)
        )

    async def upsert_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Create or update a product.

        `PUT /v1/products`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", await self._invoker.request("upsert_product", request, _upsert_product._parse_response))

    async def create_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Create a product.

        `POST /v1/products`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", await self._invoker.request("create_product", request, _create_product._parse_response))

    async def search_products(
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
    ) -> ProductPage:
        """Search the products.

        `POST /v1/products/search`

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
            ProductPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_products._get_kwargs(
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
            "ProductPage", await self._invoker.request("search_products", request, _search_products._parse_response)
        )

    async def get_product(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Product:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Product", await self._invoker.request("get_product", request, _get_product._parse_response))

    async def delete_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", await self._invoker.request("delete_product", request, _delete_product._parse_response))

    async def update_product(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductRequest | None = None,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            body: The request body.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Product", await self._invoker.request("update_product", request, _update_product._parse_response))

    async def activate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Product", await self._invoker.request("activate_product", request, _activate_product._parse_response)
        )

    async def archive_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Product", await self._invoker.request("archive_product", request, _archive_product._parse_response)
        )

    async def deprecate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Product:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Product: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Product", await self._invoker.request("deprecate_product", request, _deprecate_product._parse_response)
        )


class AsyncProductsResourceWithRawResponse:
    """Like `AsyncProductsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_products(
        self,
        *,
        statuses: list[str] | None = None,
        expand: list[str] | None = None,
        custom_field: str | None = None,
        product_category_id: str | None = None,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductPage]:
        """List the products.

        `GET /v1/products`

        Args:
            statuses: Only products with one of these statuses.
            expand: Id fields whose referenced objects to embed in full in the answer.
            custom_field: Only products whose custom field has this value.
            product_category_id: Only products of this product category.
            customer_id: Only products of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_products._get_kwargs(
            statuses=statuses,
            expand=expand,
            custom_field=custom_field,
            product_category_id=product_category_id,
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductPage]",
            await self._invoker.request_raw("list_products", request, _list_products._parse_response),
        )

    async def upsert_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertProductFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Create or update a product.

        `PUT /v1/products`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("upsert_product", request, _upsert_product._parse_response),
        )

    async def create_product(
        self,
        *,
        body: CreateProductRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Create a product.

        `POST /v1/products`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("create_product", request, _create_product._parse_response),
        )

    async def search_products(
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
    ) -> RawResponse[ProductPage]:
        """Search the products.

        `POST /v1/products/search`

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
            RawResponse[ProductPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_products._get_kwargs(
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
            "RawResponse[ProductPage]",
            await self._invoker.request_raw("search_products", request, _search_products._parse_response),
        )

    async def get_product(
        self,
        resource_id_or_reference: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Product]:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("get_product", request, _get_product._parse_response),
        )

    async def delete_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("delete_product", request, _delete_product._parse_response),
        )

    async def update_product(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductRequest | None = None,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product.
            body: The request body.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("update_product", request, _update_product._parse_response),
        )

    async def activate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("activate_product", request, _activate_product._parse_response),
        )

    async def archive_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("archive_product", request, _archive_product._parse_response),
        )

    async def deprecate_product(
        self,
        resource_id_or_reference: str,
        *,
        align_product_item_status: bool | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Product]:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the product.
            align_product_item_status: Give the product's items the product's new status too.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Product]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_product._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            align_product_item_status=align_product_item_status,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Product]",
            await self._invoker.request_raw("deprecate_product", request, _deprecate_product._parse_response),
        )


__all__ = [
    "AsyncProductsResource",
    "AsyncProductsResourceWithRawResponse",
    "ProductsResource",
    "ProductsResourceWithRawResponse",
]
