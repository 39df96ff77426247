"""Typed operations tagged `customers`.

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
    from ...models.customer import Customer
    from ...models.customer_create_request import CustomerCreateRequest
    from ...models.customer_input import CustomerInput
    from ...models.customer_page import CustomerPage
    from ...models.customer_response import CustomerResponse
    from ...models.woovi_error import WooviError
    from . import create_customer as _create_customer
    from . import get_customer as _get_customer
    from . import list_customers as _list_customers
    from . import update_customer as _update_customer
else:
    _list_customers = LazyModule(__name__ + ".list_customers")
    _create_customer = LazyModule(__name__ + ".create_customer")
    _get_customer = LazyModule(__name__ + ".get_customer")
    _update_customer = LazyModule(__name__ + ".update_customer")

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
    def with_raw_response(self) -> CustomersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CustomersResourceWithRawResponse(self._invoker)

    def list_customers(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[CustomerPage, Customer]:
        """List customers

        Lists the customers of the company.

        `GET /api/v1/customer`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[CustomerPage, Customer]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a customer. Besides the name, at least one of taxID, email or phone is needed.

        `POST /api/v1/customer`

        Args:
            body: A new customer. Besides the name, taxID, email or phone must be present (any one
                of them).

        Returns:
            CustomerResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer by correlationID or taxID.

        `GET /api/v1/customer/{id}`

        Args:
            id: correlationID or taxID of the customer.

        Returns:
            CustomerResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes the given fields of a customer.

        `PATCH /api/v1/customer/{id}`

        Args:
            id: correlationID of the customer.
            body: Customer fields that can be set or changed.

        Returns:
            CustomerResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[CustomerPage]:
        """List customers

        Lists the customers of the company.

        `GET /api/v1/customer`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[CustomerPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a customer. Besides the name, at least one of taxID, email or phone is needed.

        `POST /api/v1/customer`

        Args:
            body: A new customer. Besides the name, taxID, email or phone must be present (any one
                of them).

        Returns:
            RawResponse[CustomerResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer by correlationID or taxID.

        `GET /api/v1/customer/{id}`

        Args:
            id: correlationID or taxID of the customer.

        Returns:
            RawResponse[CustomerResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes the given fields of a customer.

        `PATCH /api/v1/customer/{id}`

        Args:
            id: correlationID of the customer.
            body: Customer fields that can be set or changed.

        Returns:
            RawResponse[CustomerResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncCustomersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCustomersResourceWithRawResponse(self._invoker)

    def list_customers(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CustomerPage, Customer]:
        """List customers

        Lists the customers of the company.

        `GET /api/v1/customer`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[CustomerPage, Customer]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a customer. Besides the name, at least one of taxID, email or phone is needed.

        `POST /api/v1/customer`

        Args:
            body: A new customer. Besides the name, taxID, email or phone must be present (any one
                of them).

        Returns:
            CustomerResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer by correlationID or taxID.

        `GET /api/v1/customer/{id}`

        Args:
            id: correlationID or taxID of the customer.

        Returns:
            CustomerResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes the given fields of a customer.

        `PATCH /api/v1/customer/{id}`

        Args:
            id: correlationID of the customer.
            body: Customer fields that can be set or changed.

        Returns:
            CustomerResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[CustomerPage]:
        """List customers

        Lists the customers of the company.

        `GET /api/v1/customer`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[CustomerPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a customer. Besides the name, at least one of taxID, email or phone is needed.

        `POST /api/v1/customer`

        Args:
            body: A new customer. Besides the name, taxID, email or phone must be present (any one
                of them).

        Returns:
            RawResponse[CustomerResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one customer by correlationID or taxID.

        `GET /api/v1/customer/{id}`

        Args:
            id: correlationID or taxID of the customer.

        Returns:
            RawResponse[CustomerResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes the given fields of a customer.

        `PATCH /api/v1/customer/{id}`

        Args:
            id: correlationID of the customer.
            body: Customer fields that can be set or changed.

        Returns:
            RawResponse[CustomerResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
