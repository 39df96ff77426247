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
    from ...models.api_error import ApiError
    from ...models.create_customer_request import CreateCustomerRequest
    from ...models.customer import Customer
    from ...models.customer_page import CustomerPage
    from ...models.customer_wallet_balances_status import CustomerWalletBalancesStatus
    from ...models.entitlements import Entitlements
    from ...models.invoice_search_request import InvoiceSearchRequest
    from ...models.order_direction import OrderDirection
    from ...models.tax_id_validation_wrapper import TaxIdValidationWrapper
    from ...models.update_customer_request import UpdateCustomerRequest
    from ...models.upsert_customer_field_actions import UpsertCustomerFieldActions
    from ...models.wallet_balance_status_request import WalletBalanceStatusRequest
    from . import activate_customer as _activate_customer
    from . import archive_customer as _archive_customer
    from . import create_customer as _create_customer
    from . import delete_customer as _delete_customer
    from . import deprecate_customer as _deprecate_customer
    from . import forget_customer as _forget_customer
    from . import get_customer as _get_customer
    from . import get_customer_entitlements as _get_customer_entitlements
    from . import get_customer_wallet_balances as _get_customer_wallet_balances
    from . import list_customers as _list_customers
    from . import search_customers as _search_customers
    from . import update_customer as _update_customer
    from . import upsert_customer as _upsert_customer
    from . import validate_customer_tax_id as _validate_customer_tax_id
else:
    _list_customers = LazyModule(__name__ + ".list_customers")
    _upsert_customer = LazyModule(__name__ + ".upsert_customer")
    _create_customer = LazyModule(__name__ + ".create_customer")
    _search_customers = LazyModule(__name__ + ".search_customers")
    _validate_customer_tax_id = LazyModule(__name__ + ".validate_customer_tax_id")
    _get_customer = LazyModule(__name__ + ".get_customer")
    _delete_customer = LazyModule(__name__ + ".delete_customer")
    _update_customer = LazyModule(__name__ + ".update_customer")
    _activate_customer = LazyModule(__name__ + ".activate_customer")
    _archive_customer = LazyModule(__name__ + ".archive_customer")
    _deprecate_customer = LazyModule(__name__ + ".deprecate_customer")
    _get_customer_entitlements = LazyModule(__name__ + ".get_customer_entitlements")
    _forget_customer = LazyModule(__name__ + ".forget_customer")
    _get_customer_wallet_balances = LazyModule(__name__ + ".get_customer_wallet_balances")

_LIST_CUSTOMERS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_customers` pages (the spec's `x-payclients-pagination`: style `page`)."""


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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        custom_field: str | None = None,
        order_direction: OrderDirection | None = None,
        reference: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CustomerPage, Customer]:
        """List the customers.

        `GET /v1/customers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            custom_field: Only customers whose custom field has this value.
            order_direction: Sort direction of a list.
            reference: Only customers with this reference.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[CustomerPage, Customer]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            custom_field=custom_field,
            order_direction=order_direction,
            reference=reference,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_customers", request, _list_customers._parse_response, _LIST_CUSTOMERS_LISTING, max_items=max_items
        )

    def upsert_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertCustomerFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Create or update a customer.

        `PUT /v1/customers`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_customer._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("upsert_customer", request, _upsert_customer._parse_response))

    def create_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Create a customer.

        `POST /v1/customers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_customer._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("create_customer", request, _create_customer._parse_response))

    def search_customers(
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
    ) -> CustomerPage:
        """Search the customers.

        `POST /v1/customers/search`

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
            CustomerPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_customers._get_kwargs(
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
            "CustomerPage", self._invoker.request("search_customers", request, _search_customers._parse_response)
        )

    def validate_customer_tax_id(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> TaxIdValidationWrapper:
        """Validate the customer tax ID.

        `POST /v1/customers/validate-tax-id`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            TaxIdValidationWrapper: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_customer_tax_id._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "TaxIdValidationWrapper",
            self._invoker.request("validate_customer_tax_id", request, _validate_customer_tax_id._parse_response),
        )

    def get_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Customer:
        """Get the customer.

        `GET /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Customer", self._invoker.request("get_customer", request, _get_customer._parse_response))

    def delete_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Delete the customer.

        `DELETE /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("delete_customer", request, _delete_customer._parse_response))

    def update_customer(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Update the customer.

        `PATCH /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("update_customer", request, _update_customer._parse_response))

    def activate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Activate the customer.

        `POST /v1/customers/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("activate_customer", request, _activate_customer._parse_response))

    def archive_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Archive the customer.

        `POST /v1/customers/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("archive_customer", request, _archive_customer._parse_response))

    def deprecate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Deprecate the customer.

        `POST /v1/customers/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", self._invoker.request("deprecate_customer", request, _deprecate_customer._parse_response)
        )

    def get_customer_entitlements(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Entitlements:
        """Get the customer entitlements.

        `GET /v1/customers/{resource_id_or_reference}/entitlements`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Entitlements: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_entitlements._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Entitlements",
            self._invoker.request("get_customer_entitlements", request, _get_customer_entitlements._parse_response),
        )

    def forget_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Forget the customer.

        `POST /v1/customers/{resource_id_or_reference}/forget`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _forget_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Customer", self._invoker.request("forget_customer", request, _forget_customer._parse_response))

    def get_customer_wallet_balances(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomerWalletBalancesStatus:
        """Get the customer wallet balances.

        `POST /v1/customers/{resource_id_or_reference}/wallets/balance`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomerWalletBalancesStatus: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_wallet_balances._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomerWalletBalancesStatus",
            self._invoker.request(
                "get_customer_wallet_balances", request, _get_customer_wallet_balances._parse_response
            ),
        )


class CustomersResourceWithRawResponse:
    """Like `CustomersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_customers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        custom_field: str | None = None,
        order_direction: OrderDirection | None = None,
        reference: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CustomerPage]:
        """List the customers.

        `GET /v1/customers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            custom_field: Only customers whose custom field has this value.
            order_direction: Sort direction of a list.
            reference: Only customers with this reference.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CustomerPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            custom_field=custom_field,
            order_direction=order_direction,
            reference=reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CustomerPage]",
            self._invoker.request_raw("list_customers", request, _list_customers._parse_response),
        )

    def upsert_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertCustomerFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Create or update a customer.

        `PUT /v1/customers`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_customer._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("upsert_customer", request, _upsert_customer._parse_response),
        )

    def create_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Create a customer.

        `POST /v1/customers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_customer._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("create_customer", request, _create_customer._parse_response),
        )

    def search_customers(
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
    ) -> RawResponse[CustomerPage]:
        """Search the customers.

        `POST /v1/customers/search`

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
            RawResponse[CustomerPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_customers._get_kwargs(
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
            "RawResponse[CustomerPage]",
            self._invoker.request_raw("search_customers", request, _search_customers._parse_response),
        )

    def validate_customer_tax_id(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[TaxIdValidationWrapper]:
        """Validate the customer tax ID.

        `POST /v1/customers/validate-tax-id`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[TaxIdValidationWrapper]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_customer_tax_id._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[TaxIdValidationWrapper]",
            self._invoker.request_raw("validate_customer_tax_id", request, _validate_customer_tax_id._parse_response),
        )

    def get_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Customer]:
        """Get the customer.

        `GET /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Customer]", self._invoker.request_raw("get_customer", request, _get_customer._parse_response)
        )

    def delete_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Delete the customer.

        `DELETE /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("delete_customer", request, _delete_customer._parse_response),
        )

    def update_customer(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Update the customer.

        `PATCH /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("update_customer", request, _update_customer._parse_response),
        )

    def activate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Activate the customer.

        `POST /v1/customers/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("activate_customer", request, _activate_customer._parse_response),
        )

    def archive_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Archive the customer.

        `POST /v1/customers/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("archive_customer", request, _archive_customer._parse_response),
        )

    def deprecate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Deprecate the customer.

        `POST /v1/customers/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("deprecate_customer", request, _deprecate_customer._parse_response),
        )

    def get_customer_entitlements(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Entitlements]:
        """Get the customer entitlements.

        `GET /v1/customers/{resource_id_or_reference}/entitlements`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Entitlements]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_entitlements._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Entitlements]",
            self._invoker.request_raw("get_customer_entitlements", request, _get_customer_entitlements._parse_response),
        )

    def forget_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Forget the customer.

        `POST /v1/customers/{resource_id_or_reference}/forget`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _forget_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            self._invoker.request_raw("forget_customer", request, _forget_customer._parse_response),
        )

    def get_customer_wallet_balances(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomerWalletBalancesStatus]:
        """Get the customer wallet balances.

        `POST /v1/customers/{resource_id_or_reference}/wallets/balance`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomerWalletBalancesStatus]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_wallet_balances._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomerWalletBalancesStatus]",
            self._invoker.request_raw(
                "get_customer_wallet_balances", request, _get_customer_wallet_balances._parse_response
            ),
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
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        custom_field: str | None = None,
        order_direction: OrderDirection | None = None,
        reference: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CustomerPage, Customer]:
        """List the customers.

        `GET /v1/customers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            custom_field: Only customers whose custom field has this value.
            order_direction: Sort direction of a list.
            reference: Only customers with this reference.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[CustomerPage, Customer]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            custom_field=custom_field,
            order_direction=order_direction,
            reference=reference,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_customers", request, _list_customers._parse_response, _LIST_CUSTOMERS_LISTING, max_items=max_items
        )

    async def upsert_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertCustomerFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Create or update a customer.

        `PUT /v1/customers`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_customer._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("upsert_customer", request, _upsert_customer._parse_response)
        )

    async def create_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Create a customer.

        `POST /v1/customers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_customer._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("create_customer", request, _create_customer._parse_response)
        )

    async def search_customers(
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
    ) -> CustomerPage:
        """Search the customers.

        `POST /v1/customers/search`

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
            CustomerPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_customers._get_kwargs(
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
            "CustomerPage", await self._invoker.request("search_customers", request, _search_customers._parse_response)
        )

    async def validate_customer_tax_id(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> TaxIdValidationWrapper:
        """Validate the customer tax ID.

        `POST /v1/customers/validate-tax-id`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            TaxIdValidationWrapper: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_customer_tax_id._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "TaxIdValidationWrapper",
            await self._invoker.request("validate_customer_tax_id", request, _validate_customer_tax_id._parse_response),
        )

    async def get_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Customer:
        """Get the customer.

        `GET /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Customer", await self._invoker.request("get_customer", request, _get_customer._parse_response))

    async def delete_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Delete the customer.

        `DELETE /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("delete_customer", request, _delete_customer._parse_response)
        )

    async def update_customer(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Update the customer.

        `PATCH /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("update_customer", request, _update_customer._parse_response)
        )

    async def activate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Activate the customer.

        `POST /v1/customers/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("activate_customer", request, _activate_customer._parse_response)
        )

    async def archive_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Archive the customer.

        `POST /v1/customers/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("archive_customer", request, _archive_customer._parse_response)
        )

    async def deprecate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Deprecate the customer.

        `POST /v1/customers/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("deprecate_customer", request, _deprecate_customer._parse_response)
        )

    async def get_customer_entitlements(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Entitlements:
        """Get the customer entitlements.

        `GET /v1/customers/{resource_id_or_reference}/entitlements`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Entitlements: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_entitlements._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Entitlements",
            await self._invoker.request(
                "get_customer_entitlements", request, _get_customer_entitlements._parse_response
            ),
        )

    async def forget_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """Forget the customer.

        `POST /v1/customers/{resource_id_or_reference}/forget`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Customer: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _forget_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Customer", await self._invoker.request("forget_customer", request, _forget_customer._parse_response)
        )

    async def get_customer_wallet_balances(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CustomerWalletBalancesStatus:
        """Get the customer wallet balances.

        `POST /v1/customers/{resource_id_or_reference}/wallets/balance`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            CustomerWalletBalancesStatus: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_wallet_balances._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "CustomerWalletBalancesStatus",
            await self._invoker.request(
                "get_customer_wallet_balances", request, _get_customer_wallet_balances._parse_response
            ),
        )


class AsyncCustomersResourceWithRawResponse:
    """Like `AsyncCustomersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_customers(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        custom_field: str | None = None,
        order_direction: OrderDirection | None = None,
        reference: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[CustomerPage]:
        """List the customers.

        `GET /v1/customers`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            custom_field: Only customers whose custom field has this value.
            order_direction: Sort direction of a list.
            reference: Only customers with this reference.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[CustomerPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            custom_field=custom_field,
            order_direction=order_direction,
            reference=reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[CustomerPage]",
            await self._invoker.request_raw("list_customers", request, _list_customers._parse_response),
        )

    async def upsert_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertCustomerFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Create or update a customer.

        `PUT /v1/customers`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_customer._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("upsert_customer", request, _upsert_customer._parse_response),
        )

    async def create_customer(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Create a customer.

        `POST /v1/customers`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_customer._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("create_customer", request, _create_customer._parse_response),
        )

    async def search_customers(
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
    ) -> RawResponse[CustomerPage]:
        """Search the customers.

        `POST /v1/customers/search`

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
            RawResponse[CustomerPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _search_customers._get_kwargs(
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
            "RawResponse[CustomerPage]",
            await self._invoker.request_raw("search_customers", request, _search_customers._parse_response),
        )

    async def validate_customer_tax_id(
        self,
        *,
        body: CreateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[TaxIdValidationWrapper]:
        """Validate the customer tax ID.

        `POST /v1/customers/validate-tax-id`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[TaxIdValidationWrapper]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _validate_customer_tax_id._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[TaxIdValidationWrapper]",
            await self._invoker.request_raw(
                "validate_customer_tax_id", request, _validate_customer_tax_id._parse_response
            ),
        )

    async def get_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Customer]:
        """Get the customer.

        `GET /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("get_customer", request, _get_customer._parse_response),
        )

    async def delete_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Delete the customer.

        `DELETE /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("delete_customer", request, _delete_customer._parse_response),
        )

    async def update_customer(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateCustomerRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Update the customer.

        `PATCH /v1/customers/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("update_customer", request, _update_customer._parse_response),
        )

    async def activate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Activate the customer.

        `POST /v1/customers/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("activate_customer", request, _activate_customer._parse_response),
        )

    async def archive_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Archive the customer.

        `POST /v1/customers/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("archive_customer", request, _archive_customer._parse_response),
        )

    async def deprecate_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Deprecate the customer.

        `POST /v1/customers/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("deprecate_customer", request, _deprecate_customer._parse_response),
        )

    async def get_customer_entitlements(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Entitlements]:
        """Get the customer entitlements.

        `GET /v1/customers/{resource_id_or_reference}/entitlements`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Entitlements]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_entitlements._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Entitlements]",
            await self._invoker.request_raw(
                "get_customer_entitlements", request, _get_customer_entitlements._parse_response
            ),
        )

    async def forget_customer(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Customer]:
        """Forget the customer.

        `POST /v1/customers/{resource_id_or_reference}/forget`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Customer]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _forget_customer._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Customer]",
            await self._invoker.request_raw("forget_customer", request, _forget_customer._parse_response),
        )

    async def get_customer_wallet_balances(
        self,
        resource_id_or_reference: str,
        *,
        body: WalletBalanceStatusRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[CustomerWalletBalancesStatus]:
        """Get the customer wallet balances.

        `POST /v1/customers/{resource_id_or_reference}/wallets/balance`

        Args:
            resource_id_or_reference: Id or reference of the customer.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[CustomerWalletBalancesStatus]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_customer_wallet_balances._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[CustomerWalletBalancesStatus]",
            await self._invoker.request_raw(
                "get_customer_wallet_balances", request, _get_customer_wallet_balances._parse_response
            ),
        )


__all__ = [
    "AsyncCustomersResource",
    "AsyncCustomersResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
]
