"""Typed operations tagged `customers`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.customer import Customer
from ...models.customer_create_request import CustomerCreateRequest
from ...models.customer_input import CustomerInput
from ...models.customer_page import CustomerPage
from ...models.customer_response import CustomerResponse
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_customer as _create_customer
from . import get_customer as _get_customer
from . import list_customers as _list_customers
from . import update_customer as _update_customer

_LIST_CUSTOMERS_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="customers",
    attributes=("customers",),
)
"""How `list_customers` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class CustomersResource:
    """Operations tagged `customers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "CustomersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CustomersResourceWithRawResponse(self._invoker)

    def list_customers(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[CustomerPage, Customer]":
        """List customers

        `GET /api/v1/customer`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_customers._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_customers", request, _list_customers._parse_response, _LIST_CUSTOMERS_LISTING, max_items=max_items
        )

    def create_customer(
        self,
        *,
        body: CustomerCreateRequest,
    ) -> CustomerResponse:
        """Create a customer

        `POST /api/v1/customer`
        """
        request = _create_customer._get_kwargs(
            body=body,
        )
        return cast(
            "CustomerResponse", self._invoker.request("create_customer", request, _create_customer._parse_response)
        )

    def get_customer(
        self,
        id: str,
    ) -> CustomerResponse:
        """Get a customer

        `GET /api/v1/customer/{id}`
        """
        request = _get_customer._get_kwargs(
            id=id,
        )
        return cast("CustomerResponse", self._invoker.request("get_customer", request, _get_customer._parse_response))

    def update_customer(
        self,
        id: str,
        *,
        body: CustomerInput,
    ) -> CustomerResponse:
        """Edit a customer

        `PATCH /api/v1/customer/{id}`
        """
        request = _update_customer._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "CustomerResponse", self._invoker.request("update_customer", request, _update_customer._parse_response)
        )


class CustomersResourceWithRawResponse:
    """Like `CustomersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_customers(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[CustomerPage]:
        """List customers

        `GET /api/v1/customer`
        """
        request = _list_customers._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[CustomerPage]",
            self._invoker.request_raw("list_customers", request, _list_customers._parse_response),
        )

    def create_customer(
        self,
        *,
        body: CustomerCreateRequest,
    ) -> RawResponse[CustomerResponse]:
        """Create a customer

        `POST /api/v1/customer`
        """
        request = _create_customer._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[CustomerResponse]",
            self._invoker.request_raw("create_customer", request, _create_customer._parse_response),
        )

    def get_customer(
        self,
        id: str,
    ) -> RawResponse[CustomerResponse]:
        """Get a customer

        `GET /api/v1/customer/{id}`
        """
        request = _get_customer._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[CustomerResponse]",
            self._invoker.request_raw("get_customer", request, _get_customer._parse_response),
        )

    def update_customer(
        self,
        id: str,
        *,
        body: CustomerInput,
    ) -> RawResponse[CustomerResponse]:
        """Edit a customer

        `PATCH /api/v1/customer/{id}`
        """
        request = _update_customer._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[CustomerResponse]",
            self._invoker.request_raw("update_customer", request, _update_customer._parse_response),
        )


class AsyncCustomersResource:
    """Operations tagged `customers`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncCustomersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCustomersResourceWithRawResponse(self._invoker)

    def list_customers(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[CustomerPage, Customer]":
        """List customers

        `GET /api/v1/customer`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_customers._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_customers", request, _list_customers._parse_response, _LIST_CUSTOMERS_LISTING, max_items=max_items
        )

    async def create_customer(
        self,
        *,
        body: CustomerCreateRequest,
    ) -> CustomerResponse:
        """Create a customer

        `POST /api/v1/customer`
        """
        request = _create_customer._get_kwargs(
            body=body,
        )
        return cast(
            "CustomerResponse",
            await self._invoker.request("create_customer", request, _create_customer._parse_response),
        )

    async def get_customer(
        self,
        id: str,
    ) -> CustomerResponse:
        """Get a customer

        `GET /api/v1/customer/{id}`
        """
        request = _get_customer._get_kwargs(
            id=id,
        )
        return cast(
            "CustomerResponse", await self._invoker.request("get_customer", request, _get_customer._parse_response)
        )

    async def update_customer(
        self,
        id: str,
        *,
        body: CustomerInput,
    ) -> CustomerResponse:
        """Edit a customer

        `PATCH /api/v1/customer/{id}`
        """
        request = _update_customer._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "CustomerResponse",
            await self._invoker.request("update_customer", request, _update_customer._parse_response),
        )


class AsyncCustomersResourceWithRawResponse:
    """Like `AsyncCustomersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_customers(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[CustomerPage]:
        """List customers

        `GET /api/v1/customer`
        """
        request = _list_customers._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[CustomerPage]",
            await self._invoker.request_raw("list_customers", request, _list_customers._parse_response),
        )

    async def create_customer(
        self,
        *,
        body: CustomerCreateRequest,
    ) -> RawResponse[CustomerResponse]:
        """Create a customer

        `POST /api/v1/customer`
        """
        request = _create_customer._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[CustomerResponse]",
            await self._invoker.request_raw("create_customer", request, _create_customer._parse_response),
        )

    async def get_customer(
        self,
        id: str,
    ) -> RawResponse[CustomerResponse]:
        """Get a customer

        `GET /api/v1/customer/{id}`
        """
        request = _get_customer._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[CustomerResponse]",
            await self._invoker.request_raw("get_customer", request, _get_customer._parse_response),
        )

    async def update_customer(
        self,
        id: str,
        *,
        body: CustomerInput,
    ) -> RawResponse[CustomerResponse]:
        """Edit a customer

        `PATCH /api/v1/customer/{id}`
        """
        request = _update_customer._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[CustomerResponse]",
            await self._invoker.request_raw("update_customer", request, _update_customer._parse_response),
        )


__all__ = [
    "AsyncCustomersResource",
    "AsyncCustomersResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
]
