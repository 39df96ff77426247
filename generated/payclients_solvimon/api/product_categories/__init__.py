"""Typed operations tagged `product_categories`.

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
    from ...models.create_product_category_request import CreateProductCategoryRequest
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.product_category import ProductCategory
    from ...models.product_category_page import ProductCategoryPage
    from ...models.update_product_category_request import UpdateProductCategoryRequest
    from . import create_product_category as _create_product_category
    from . import delete_product_category as _delete_product_category
    from . import get_product_category as _get_product_category
    from . import list_product_categories as _list_product_categories
    from . import search_product_categories as _search_product_categories
    from . import update_product_category as _update_product_category
    from . import upsert_product_category as _upsert_product_category
else:
    _list_product_categories = LazyModule(__name__ + ".list_product_categories")
    _upsert_product_category = LazyModule(__name__ + ".upsert_product_category")
    _create_product_category = LazyModule(__name__ + ".create_product_category")
    _search_product_categories = LazyModule(__name__ + ".search_product_categories")
    _get_product_category = LazyModule(__name__ + ".get_product_category")
    _delete_product_category = LazyModule(__name__ + ".delete_product_category")
    _update_product_category = LazyModule(__name__ + ".update_product_category")


class ProductCategoriesResource:
    """Operations tagged `product_categories`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ProductCategoriesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ProductCategoriesResourceWithRawResponse(self._invoker)

    def list_product_categories(
        self,
        *,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> ProductCategoryPage:
        """List the product categories.

        `GET /v1/product-categories`

        Args:
            customer_id: Only product categories of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductCategoryPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_categories._get_kwargs(
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductCategoryPage",
            self._invoker.request("list_product_categories", request, _list_product_categories._parse_response),
        )

    def upsert_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Create or update a product category.

        `PUT /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            self._invoker.request("upsert_product_category", request, _upsert_product_category._parse_response),
        )

    def create_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Create a product category.

        `POST /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            self._invoker.request("create_product_category", request, _create_product_category._parse_response),
        )

    def search_product_categories(
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
    ) -> ProductCategoryPage:
        """Search the product categories.

        `POST /v1/product-categories/search`

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
            ProductCategoryPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_categories._get_kwargs(
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
            "ProductCategoryPage",
            self._invoker.request("search_product_categories", request, _search_product_categories._parse_response),
        )

    def get_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> ProductCategory:
        """Get the product category.

        `GET /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductCategory",
            self._invoker.request("get_product_category", request, _get_product_category._parse_response),
        )

    def delete_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Delete the product category.

        `DELETE /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            self._invoker.request("delete_product_category", request, _delete_product_category._parse_response),
        )

    def update_product_category(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Update the product category.

        `PATCH /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            self._invoker.request("update_product_category", request, _update_product_category._parse_response),
        )


class ProductCategoriesResourceWithRawResponse:
    """Like `ProductCategoriesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_product_categories(
        self,
        *,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductCategoryPage]:
        """List the product categories.

        `GET /v1/product-categories`

        Args:
            customer_id: Only product categories of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductCategoryPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_categories._get_kwargs(
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductCategoryPage]",
            self._invoker.request_raw("list_product_categories", request, _list_product_categories._parse_response),
        )

    def upsert_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Create or update a product category.

        `PUT /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            self._invoker.request_raw("upsert_product_category", request, _upsert_product_category._parse_response),
        )

    def create_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Create a product category.

        `POST /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            self._invoker.request_raw("create_product_category", request, _create_product_category._parse_response),
        )

    def search_product_categories(
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
    ) -> RawResponse[ProductCategoryPage]:
        """Search the product categories.

        `POST /v1/product-categories/search`

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
            RawResponse[ProductCategoryPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_categories._get_kwargs(
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
            "RawResponse[ProductCategoryPage]",
            self._invoker.request_raw("search_product_categories", request, _search_product_categories._parse_response),
        )

    def get_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Get the product category.

        `GET /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductCategory]",
            self._invoker.request_raw("get_product_category", request, _get_product_category._parse_response),
        )

    def delete_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Delete the product category.

        `DELETE /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            self._invoker.request_raw("delete_product_category", request, _delete_product_category._parse_response),
        )

    def update_product_category(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Update the product category.

        `PATCH /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            self._invoker.request_raw("update_product_category", request, _update_product_category._parse_response),
        )


class AsyncProductCategoriesResource:
    """Operations tagged `product_categories`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncProductCategoriesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncProductCategoriesResourceWithRawResponse(self._invoker)

    async def list_product_categories(
        self,
        *,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> ProductCategoryPage:
        """List the product categories.

        `GET /v1/product-categories`

        Args:
            customer_id: Only product categories of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductCategoryPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_categories._get_kwargs(
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductCategoryPage",
            await self._invoker.request("list_product_categories", request, _list_product_categories._parse_response),
        )

    async def upsert_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Create or update a product category.

        `PUT /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            await self._invoker.request("upsert_product_category", request, _upsert_product_category._parse_response),
        )

    async def create_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Create a product category.

        `POST /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            await self._invoker.request("create_product_category", request, _create_product_category._parse_response),
        )

    async def search_product_categories(
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
    ) -> ProductCategoryPage:
        """Search the product categories.

        `POST /v1/product-categories/search`

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
            ProductCategoryPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_categories._get_kwargs(
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
            "ProductCategoryPage",
            await self._invoker.request(
                "search_product_categories", request, _search_product_categories._parse_response
            ),
        )

    async def get_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> ProductCategory:
        """Get the product category.

        `GET /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "ProductCategory",
            await self._invoker.request("get_product_category", request, _get_product_category._parse_response),
        )

    async def delete_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Delete the product category.

        `DELETE /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            await self._invoker.request("delete_product_category", request, _delete_product_category._parse_response),
        )

    async def update_product_category(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ProductCategory:
        """Update the product category.

        `PATCH /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            ProductCategory: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "ProductCategory",
            await self._invoker.request("update_product_category", request, _update_product_category._parse_response),
        )


class AsyncProductCategoriesResourceWithRawResponse:
    """Like `AsyncProductCategoriesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_product_categories(
        self,
        *,
        customer_id: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductCategoryPage]:
        """List the product categories.

        `GET /v1/product-categories`

        Args:
            customer_id: Only product categories of this customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductCategoryPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_product_categories._get_kwargs(
            customer_id=customer_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductCategoryPage]",
            await self._invoker.request_raw(
                "list_product_categories", request, _list_product_categories._parse_response
            ),
        )

    async def upsert_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Create or update a product category.

        `PUT /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            await self._invoker.request_raw(
                "upsert_product_category", request, _upsert_product_category._parse_response
            ),
        )

    async def create_product_category(
        self,
        *,
        body: CreateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Create a product category.

        `POST /v1/product-categories`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_product_category._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            await self._invoker.request_raw(
                "create_product_category", request, _create_product_category._parse_response
            ),
        )

    async def search_product_categories(
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
    ) -> RawResponse[ProductCategoryPage]:
        """Search the product categories.

        `POST /v1/product-categories/search`

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
            RawResponse[ProductCategoryPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_product_categories._get_kwargs(
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
            "RawResponse[ProductCategoryPage]",
            await self._invoker.request_raw(
                "search_product_categories", request, _search_product_categories._parse_response
            ),
        )

    async def get_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Get the product category.

        `GET /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ProductCategory]",
            await self._invoker.request_raw("get_product_category", request, _get_product_category._parse_response),
        )

    async def delete_product_category(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Delete the product category.

        `DELETE /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            await self._invoker.request_raw(
                "delete_product_category", request, _delete_product_category._parse_response
            ),
        )

    async def update_product_category(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateProductCategoryRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[ProductCategory]:
        """Update the product category.

        `PATCH /v1/product-categories/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the product category.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[ProductCategory]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_product_category._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[ProductCategory]",
            await self._invoker.request_raw(
                "update_product_category", request, _update_product_category._parse_response
            ),
        )


__all__ = [
    "AsyncProductCategoriesResource",
    "AsyncProductCategoriesResourceWithRawResponse",
    "ProductCategoriesResource",
    "ProductCategoriesResourceWithRawResponse",
]
