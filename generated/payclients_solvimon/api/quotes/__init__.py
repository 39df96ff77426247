"""Typed operations tagged `quotes`.

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
    from ...models.create_quote_request import CreateQuoteRequest
    from ...models.get_quotes_list import GetQuotesList
    from ...models.init_quote_request import InitQuoteRequest
    from ...models.order_direction import OrderDirection
    from ...models.quote import Quote
    from ...models.quote_init_action import QuoteInitAction
    from ...models.quote_upgrade_action_response import QuoteUpgradeActionResponse
    from ...models.quotes_page import QuotesPage
    from ...models.update_quote_field_actions import UpdateQuoteFieldActions
    from ...models.update_quote_request import UpdateQuoteRequest
    from ...models.upgrade_quote_request import UpgradeQuoteRequest
    from . import create_quote as _create_quote
    from . import delete_quote as _delete_quote
    from . import get_quote as _get_quote
    from . import init_quote as _init_quote
    from . import list_quote_approval_requests as _list_quote_approval_requests
    from . import list_quotes as _list_quotes
    from . import update_quote as _update_quote
    from . import upgrade_quote as _upgrade_quote
else:
    _list_quotes = LazyModule(__name__ + ".list_quotes")
    _create_quote = LazyModule(__name__ + ".create_quote")
    _list_quote_approval_requests = LazyModule(__name__ + ".list_quote_approval_requests")
    _init_quote = LazyModule(__name__ + ".init_quote")
    _upgrade_quote = LazyModule(__name__ + ".upgrade_quote")
    _get_quote = LazyModule(__name__ + ".get_quote")
    _delete_quote = LazyModule(__name__ + ".delete_quote")
    _update_quote = LazyModule(__name__ + ".update_quote")

_LIST_QUOTES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_quotes` pages (the spec's `x-payclients-pagination`: style `page`)."""


class QuotesResource:
    """Operations tagged `quotes`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> QuotesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QuotesResourceWithRawResponse(self._invoker)

    def list_quotes(
        self,
        *,
        customer_id: str | None = None,
        status: str | None = None,
        owner_user_id: str | None = None,
        custom_field: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[QuotesPage, Quote]:
        """List the quotes.

        `GET /v1/quotes`

        Args:
            customer_id: Only quotes of this customer.
            status: Only quotes with this status.
            owner_user_id: Only quotes owned by this user.
            custom_field: Only quotes whose custom field has this value.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[QuotesPage, Quote]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quotes._get_kwargs(
            customer_id=customer_id,
            status=status,
            owner_user_id=owner_user_id,
            custom_field=custom_field,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_quotes", request, _list_quotes._parse_response, _LIST_QUOTES_LISTING, max_items=max_items
        )

    def create_quote(
        self,
        *,
        body: CreateQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Quote:
        """Create a quote.

        `POST /v1/quotes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Quote", self._invoker.request("create_quote", request, _create_quote._parse_response))

    def list_quote_approval_requests(
        self,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> GetQuotesList:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            GetQuotesList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_approval_requests._get_kwargs(
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "GetQuotesList",
            self._invoker.request(
                "list_quote_approval_requests", request, _list_quote_approval_requests._parse_response
            ),
        )

    def init_quote(
        self,
        *,
        body: InitQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteInitAction:
        """Initialise a quote.

        `POST /v1/quotes/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteInitAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("QuoteInitAction", self._invoker.request("init_quote", request, _init_quote._parse_response))

    def upgrade_quote(
        self,
        *,
        body: UpgradeQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteUpgradeActionResponse:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteUpgradeActionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upgrade_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteUpgradeActionResponse",
            self._invoker.request("upgrade_quote", request, _upgrade_quote._parse_response),
        )

    def get_quote(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Quote:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Quote", self._invoker.request("get_quote", request, _get_quote._parse_response))

    def delete_quote(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Quote:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Quote", self._invoker.request("delete_quote", request, _delete_quote._parse_response))

    def update_quote(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteRequest | None = None,
        field_actions: UpdateQuoteFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Quote:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            body: The request body.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote._get_kwargs(
            resource_id=resource_id,
            body=body,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Quote", self._invoker.request("update_quote", request, _update_quote._parse_response))


class QuotesResourceWithRawResponse:
    """Like `QuotesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_quotes(
        self,
        *,
        customer_id: str | None = None,
        status: str | None = None,
        owner_user_id: str | None = None,
        custom_field: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuotesPage]:
        """List the quotes.

        `GET /v1/quotes`

        Args:
            customer_id: Only quotes of this customer.
            status: Only quotes with this status.
            owner_user_id: Only quotes owned by this user.
            custom_field: Only quotes whose custom field has this value.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuotesPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quotes._get_kwargs(
            customer_id=customer_id,
            status=status,
            owner_user_id=owner_user_id,
            custom_field=custom_field,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuotesPage]", self._invoker.request_raw("list_quotes", request, _list_quotes._parse_response)
        )

    def create_quote(
        self,
        *,
        body: CreateQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Quote]:
        """Create a quote.

        `POST /v1/quotes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Quote]", self._invoker.request_raw("create_quote", request, _create_quote._parse_response)
        )

    def list_quote_approval_requests(
        self,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[GetQuotesList]:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[GetQuotesList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_approval_requests._get_kwargs(
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[GetQuotesList]",
            self._invoker.request_raw(
                "list_quote_approval_requests", request, _list_quote_approval_requests._parse_response
            ),
        )

    def init_quote(
        self,
        *,
        body: InitQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteInitAction]:
        """Initialise a quote.

        `POST /v1/quotes/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteInitAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteInitAction]",
            self._invoker.request_raw("init_quote", request, _init_quote._parse_response),
        )

    def upgrade_quote(
        self,
        *,
        body: UpgradeQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteUpgradeActionResponse]:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteUpgradeActionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upgrade_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteUpgradeActionResponse]",
            self._invoker.request_raw("upgrade_quote", request, _upgrade_quote._parse_response),
        )

    def get_quote(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Quote]:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("RawResponse[Quote]", self._invoker.request_raw("get_quote", request, _get_quote._parse_response))

    def delete_quote(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Quote]:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Quote]", self._invoker.request_raw("delete_quote", request, _delete_quote._parse_response)
        )

    def update_quote(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteRequest | None = None,
        field_actions: UpdateQuoteFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Quote]:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            body: The request body.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote._get_kwargs(
            resource_id=resource_id,
            body=body,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Quote]", self._invoker.request_raw("update_quote", request, _update_quote._parse_response)
        )


class AsyncQuotesResource:
    """Operations tagged `quotes`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncQuotesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQuotesResourceWithRawResponse(self._invoker)

    def list_quotes(
        self,
        *,
        customer_id: str | None = None,
        status: str | None = None,
        owner_user_id: str | None = None,
        custom_field: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[QuotesPage, Quote]:
        """List the quotes.

        `GET /v1/quotes`

        Args:
            customer_id: Only quotes of this customer.
            status: Only quotes with this status.
            owner_user_id: Only quotes owned by this user.
            custom_field: Only quotes whose custom field has this value.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[QuotesPage, Quote]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quotes._get_kwargs(
            customer_id=customer_id,
            status=status,
            owner_user_id=owner_user_id,
            custom_field=custom_field,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_quotes", request, _list_quotes._parse_response, _LIST_QUOTES_LISTING, max_items=max_items
        )

    async def create_quote(
        self,
        *,
        body: CreateQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Quote:
        """Create a quote.

        `POST /v1/quotes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Quote", await self._invoker.request("create_quote", request, _create_quote._parse_response))

    async def list_quote_approval_requests(
        self,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> GetQuotesList:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            GetQuotesList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_approval_requests._get_kwargs(
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "GetQuotesList",
            await self._invoker.request(
                "list_quote_approval_requests", request, _list_quote_approval_requests._parse_response
            ),
        )

    async def init_quote(
        self,
        *,
        body: InitQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteInitAction:
        """Initialise a quote.

        `POST /v1/quotes/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteInitAction: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("QuoteInitAction", await self._invoker.request("init_quote", request, _init_quote._parse_response))

    async def upgrade_quote(
        self,
        *,
        body: UpgradeQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteUpgradeActionResponse:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteUpgradeActionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upgrade_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteUpgradeActionResponse",
            await self._invoker.request("upgrade_quote", request, _upgrade_quote._parse_response),
        )

    async def get_quote(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> Quote:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast("Quote", await self._invoker.request("get_quote", request, _get_quote._parse_response))

    async def delete_quote(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Quote:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Quote", await self._invoker.request("delete_quote", request, _delete_quote._parse_response))

    async def update_quote(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteRequest | None = None,
        field_actions: UpdateQuoteFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Quote:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            body: The request body.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Quote: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote._get_kwargs(
            resource_id=resource_id,
            body=body,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Quote", await self._invoker.request("update_quote", request, _update_quote._parse_response))


class AsyncQuotesResourceWithRawResponse:
    """Like `AsyncQuotesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_quotes(
        self,
        *,
        customer_id: str | None = None,
        status: str | None = None,
        owner_user_id: str | None = None,
        custom_field: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuotesPage]:
        """List the quotes.

        `GET /v1/quotes`

        Args:
            customer_id: Only quotes of this customer.
            status: Only quotes with this status.
            owner_user_id: Only quotes owned by this user.
            custom_field: Only quotes whose custom field has this value.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuotesPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quotes._get_kwargs(
            customer_id=customer_id,
            status=status,
            owner_user_id=owner_user_id,
            custom_field=custom_field,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuotesPage]",
            await self._invoker.request_raw("list_quotes", request, _list_quotes._parse_response),
        )

    async def create_quote(
        self,
        *,
        body: CreateQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Quote]:
        """Create a quote.

        `POST /v1/quotes`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Quote]",
            await self._invoker.request_raw("create_quote", request, _create_quote._parse_response),
        )

    async def list_quote_approval_requests(
        self,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[GetQuotesList]:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`

        Args:
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[GetQuotesList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_approval_requests._get_kwargs(
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[GetQuotesList]",
            await self._invoker.request_raw(
                "list_quote_approval_requests", request, _list_quote_approval_requests._parse_response
            ),
        )

    async def init_quote(
        self,
        *,
        body: InitQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteInitAction]:
        """Initialise a quote.

        `POST /v1/quotes/init`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteInitAction]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _init_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteInitAction]",
            await self._invoker.request_raw("init_quote", request, _init_quote._parse_response),
        )

    async def upgrade_quote(
        self,
        *,
        body: UpgradeQuoteRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteUpgradeActionResponse]:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteUpgradeActionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upgrade_quote._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteUpgradeActionResponse]",
            await self._invoker.request_raw("upgrade_quote", request, _upgrade_quote._parse_response),
        )

    async def get_quote(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[Quote]:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Quote]", await self._invoker.request_raw("get_quote", request, _get_quote._parse_response)
        )

    async def delete_quote(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Quote]:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Quote]",
            await self._invoker.request_raw("delete_quote", request, _delete_quote._parse_response),
        )

    async def update_quote(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteRequest | None = None,
        field_actions: UpdateQuoteFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Quote]:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`

        Args:
            resource_id: Id of the quote.
            body: The request body.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Quote]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote._get_kwargs(
            resource_id=resource_id,
            body=body,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Quote]",
            await self._invoker.request_raw("update_quote", request, _update_quote._parse_response),
        )


__all__ = [
    "AsyncQuotesResource",
    "AsyncQuotesResourceWithRawResponse",
    "QuotesResource",
    "QuotesResourceWithRawResponse",
]
