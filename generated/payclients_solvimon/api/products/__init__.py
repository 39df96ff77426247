"""Typed operations tagged `products`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_product_request import CreateProductRequest
from ...models.invoice_search_request import InvoiceSearchRequest
from ...models.order_direction import OrderDirection
from ...models.product import Product
from ...models.product_page import ProductPage
from ...models.update_product_request import UpdateProductRequest
from ...models.upsert_product_field_actions import UpsertProductFieldActions
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
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


class ProductsResource:
    """Operations tagged `products`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "ProductsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ProductsResourceWithRawResponse(self._invoker)

    def list_products(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        product_category_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ProductPage:
        """List the products.

        `GET /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        identifier_field: str | Unset = UNSET,
        custom_field_reference: str | Unset = UNSET,
        field_actions: UpsertProductFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Upsert the product.

        `PUT /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Create a product.

        `POST /v1/products`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ProductPage:
        """Search the products.

        `POST /v1/products/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Product:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`
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
        body: UpdateProductRequest | Unset = UNSET,
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`
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
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        product_category_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ProductPage]:
        """List the products.

        `GET /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        identifier_field: str | Unset = UNSET,
        custom_field_reference: str | Unset = UNSET,
        field_actions: UpsertProductFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Upsert the product.

        `PUT /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Create a product.

        `POST /v1/products`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ProductPage]:
        """Search the products.

        `POST /v1/products/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`
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
        body: UpdateProductRequest | Unset = UNSET,
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`
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
    def with_raw_response(self) -> "AsyncProductsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncProductsResourceWithRawResponse(self._invoker)

    async def list_products(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        product_category_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> ProductPage:
        """List the products.

        `GET /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        identifier_field: str | Unset = UNSET,
        custom_field_reference: str | Unset = UNSET,
        field_actions: UpsertProductFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Upsert the product.

        `PUT /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Create a product.

        `POST /v1/products`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> ProductPage:
        """Search the products.

        `POST /v1/products/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Product:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`
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
        body: UpdateProductRequest | Unset = UNSET,
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Product:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`
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
        statuses: list[str] | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        product_category_id: str | Unset = UNSET,
        customer_id: str | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[ProductPage]:
        """List the products.

        `GET /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        identifier_field: str | Unset = UNSET,
        custom_field_reference: str | Unset = UNSET,
        field_actions: UpsertProductFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Upsert the product.

        `PUT /v1/products`
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
        body: CreateProductRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Create a product.

        `POST /v1/products`
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
        body: InvoiceSearchRequest | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[ProductPage]:
        """Search the products.

        `POST /v1/products/search`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Get the product.

        `GET /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Delete the product.

        `DELETE /v1/products/{resource_id_or_reference}`
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
        body: UpdateProductRequest | Unset = UNSET,
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Update the product.

        `PATCH /v1/products/{resource_id_or_reference}`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Activate the product.

        `POST /v1/products/{resource_id_or_reference}/activate`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Archive the product.

        `POST /v1/products/{resource_id_or_reference}/archive`
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
        align_product_item_status: bool | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Product]:
        """Deprecate the product.

        `POST /v1/products/{resource_id_or_reference}/deprecate`
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
