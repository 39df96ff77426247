"""Typed operations tagged `quote_templates`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.api_error import ApiError
from ...models.create_quote_template_request import CreateQuoteTemplateRequest
from ...models.order_direction import OrderDirection
from ...models.quote_template import QuoteTemplate
from ...models.quote_template_page import QuoteTemplatePage
from ...models.update_quote_template_request import UpdateQuoteTemplateRequest
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_quote_template as _activate_quote_template
from . import archive_quote_template as _archive_quote_template
from . import create_quote_template as _create_quote_template
from . import get_quote_template as _get_quote_template
from . import list_quote_templates as _list_quote_templates
from . import update_quote_template as _update_quote_template


class QuoteTemplatesResource:
    """Operations tagged `quote_templates`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "QuoteTemplatesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QuoteTemplatesResourceWithRawResponse(self._invoker)

    def list_quote_templates(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> QuoteTemplatePage:
        """List the quote templates.

        `GET /v1/quote-templates`
        """
        request = _list_quote_templates._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteTemplatePage",
            self._invoker.request("list_quote_templates", request, _list_quote_templates._parse_response),
        )

    def create_quote_template(
        self,
        *,
        body: CreateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Create a quote template.

        `POST /v1/quote-templates`
        """
        request = _create_quote_template._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            self._invoker.request("create_quote_template", request, _create_quote_template._parse_response),
        )

    def get_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _get_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteTemplate", self._invoker.request("get_quote_template", request, _get_quote_template._parse_response)
        )

    def update_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _update_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            self._invoker.request("update_quote_template", request, _update_quote_template._parse_response),
        )

    def activate_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`
        """
        request = _activate_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            self._invoker.request("activate_quote_template", request, _activate_quote_template._parse_response),
        )

    def archive_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`
        """
        request = _archive_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            self._invoker.request("archive_quote_template", request, _archive_quote_template._parse_response),
        )


class QuoteTemplatesResourceWithRawResponse:
    """Like `QuoteTemplatesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_quote_templates(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplatePage]:
        """List the quote templates.

        `GET /v1/quote-templates`
        """
        request = _list_quote_templates._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteTemplatePage]",
            self._invoker.request_raw("list_quote_templates", request, _list_quote_templates._parse_response),
        )

    def create_quote_template(
        self,
        *,
        body: CreateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Create a quote template.

        `POST /v1/quote-templates`
        """
        request = _create_quote_template._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            self._invoker.request_raw("create_quote_template", request, _create_quote_template._parse_response),
        )

    def get_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _get_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            self._invoker.request_raw("get_quote_template", request, _get_quote_template._parse_response),
        )

    def update_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _update_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            self._invoker.request_raw("update_quote_template", request, _update_quote_template._parse_response),
        )

    def activate_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`
        """
        request = _activate_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            self._invoker.request_raw("activate_quote_template", request, _activate_quote_template._parse_response),
        )

    def archive_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`
        """
        request = _archive_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            self._invoker.request_raw("archive_quote_template", request, _archive_quote_template._parse_response),
        )


class AsyncQuoteTemplatesResource:
    """Operations tagged `quote_templates`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncQuoteTemplatesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQuoteTemplatesResourceWithRawResponse(self._invoker)

    async def list_quote_templates(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> QuoteTemplatePage:
        """List the quote templates.

        `GET /v1/quote-templates`
        """
        request = _list_quote_templates._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteTemplatePage",
            await self._invoker.request("list_quote_templates", request, _list_quote_templates._parse_response),
        )

    async def create_quote_template(
        self,
        *,
        body: CreateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Create a quote template.

        `POST /v1/quote-templates`
        """
        request = _create_quote_template._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            await self._invoker.request("create_quote_template", request, _create_quote_template._parse_response),
        )

    async def get_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _get_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteTemplate",
            await self._invoker.request("get_quote_template", request, _get_quote_template._parse_response),
        )

    async def update_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _update_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            await self._invoker.request("update_quote_template", request, _update_quote_template._parse_response),
        )

    async def activate_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`
        """
        request = _activate_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            await self._invoker.request("activate_quote_template", request, _activate_quote_template._parse_response),
        )

    async def archive_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> QuoteTemplate:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`
        """
        request = _archive_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteTemplate",
            await self._invoker.request("archive_quote_template", request, _archive_quote_template._parse_response),
        )


class AsyncQuoteTemplatesResourceWithRawResponse:
    """Like `AsyncQuoteTemplatesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_quote_templates(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: OrderDirection | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplatePage]:
        """List the quote templates.

        `GET /v1/quote-templates`
        """
        request = _list_quote_templates._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteTemplatePage]",
            await self._invoker.request_raw("list_quote_templates", request, _list_quote_templates._parse_response),
        )

    async def create_quote_template(
        self,
        *,
        body: CreateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Create a quote template.

        `POST /v1/quote-templates`
        """
        request = _create_quote_template._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            await self._invoker.request_raw("create_quote_template", request, _create_quote_template._parse_response),
        )

    async def get_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _get_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            await self._invoker.request_raw("get_quote_template", request, _get_quote_template._parse_response),
        )

    async def update_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateQuoteTemplateRequest | Unset = UNSET,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`
        """
        request = _update_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            await self._invoker.request_raw("update_quote_template", request, _update_quote_template._parse_response),
        )

    async def activate_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`
        """
        request = _activate_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            await self._invoker.request_raw(
                "activate_quote_template", request, _activate_quote_template._parse_response
            ),
        )

    async def archive_quote_template(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> RawResponse[QuoteTemplate]:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`
        """
        request = _archive_quote_template._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteTemplate]",
            await self._invoker.request_raw("archive_quote_template", request, _archive_quote_template._parse_response),
        )


__all__ = [
    "AsyncQuoteTemplatesResource",
    "AsyncQuoteTemplatesResourceWithRawResponse",
    "QuoteTemplatesResource",
    "QuoteTemplatesResourceWithRawResponse",
]
