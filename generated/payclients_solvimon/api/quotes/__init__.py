"""Typed operations tagged `quotes`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

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
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_quote as _create_quote
from . import delete_quote as _delete_quote
from . import get_quote as _get_quote
from . import init_quote as _init_quote
from . import list_quote_approval_requests as _list_quote_approval_requests
from . import list_quotes as _list_quotes
from . import update_quote as _update_quote
from . import upgrade_quote as _upgrade_quote


class QuotesResource:
    """Operations tagged `quotes`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "QuotesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QuotesResourceWithRawResponse(self._invoker)

    def list_quotes(
        self,
        *,
        customer_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        owner_user_id: str | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> QuotesPage:
        """List the quotes.

        `GET /v1/quotes`
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
        return cast("QuotesPage", self._invoker.request("list_quotes", request, _list_quotes._parse_response))

    def create_quote(
        self,
        *,
        body: CreateQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Quote:
        """Create a quote.

        `POST /v1/quotes`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> GetQuotesList:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`
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
        body: InitQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteInitAction:
        """Init the quote.

        `POST /v1/quotes/init`
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
        body: UpgradeQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteUpgradeActionResponse:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Quote:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Quote:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`
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
        body: UpdateQuoteRequest | Unset = UNSET,
        field_actions: UpdateQuoteFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Quote:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`
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
        customer_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        owner_user_id: str | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[QuotesPage]:
        """List the quotes.

        `GET /v1/quotes`
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
        body: CreateQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Create a quote.

        `POST /v1/quotes`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[GetQuotesList]:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`
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
        body: InitQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteInitAction]:
        """Init the quote.

        `POST /v1/quotes/init`
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
        body: UpgradeQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteUpgradeActionResponse]:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`
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
        body: UpdateQuoteRequest | Unset = UNSET,
        field_actions: UpdateQuoteFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`
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
    def with_raw_response(self) -> "AsyncQuotesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQuotesResourceWithRawResponse(self._invoker)

    async def list_quotes(
        self,
        *,
        customer_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        owner_user_id: str | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> QuotesPage:
        """List the quotes.

        `GET /v1/quotes`
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
        return cast("QuotesPage", await self._invoker.request("list_quotes", request, _list_quotes._parse_response))

    async def create_quote(
        self,
        *,
        body: CreateQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Quote:
        """Create a quote.

        `POST /v1/quotes`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> GetQuotesList:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`
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
        body: InitQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteInitAction:
        """Init the quote.

        `POST /v1/quotes/init`
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
        body: UpgradeQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteUpgradeActionResponse:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> Quote:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Quote:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`
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
        body: UpdateQuoteRequest | Unset = UNSET,
        field_actions: UpdateQuoteFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Quote:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`
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
        customer_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        owner_user_id: str | Unset = UNSET,
        custom_field: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[QuotesPage]:
        """List the quotes.

        `GET /v1/quotes`
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
        body: CreateQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Create a quote.

        `POST /v1/quotes`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[GetQuotesList]:
        """List the quote approval requests.

        `GET /v1/quotes/approval-requests`
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
        body: InitQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteInitAction]:
        """Init the quote.

        `POST /v1/quotes/init`
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
        body: UpgradeQuoteRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteUpgradeActionResponse]:
        """Upgrade the quote.

        `POST /v1/quotes/upgrade`
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
        expand: list[str] | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Get the quote.

        `GET /v1/quotes/{resource_id}`
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
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Delete the quote.

        `DELETE /v1/quotes/{resource_id}`
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
        body: UpdateQuoteRequest | Unset = UNSET,
        field_actions: UpdateQuoteFieldActions | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[Quote]:
        """Update the quote.

        `PATCH /v1/quotes/{resource_id}`
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
