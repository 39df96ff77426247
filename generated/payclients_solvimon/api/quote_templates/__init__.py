"""Typed operations tagged `quote_templates`.

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
    from ...models.create_quote_template_request import CreateQuoteTemplateRequest
    from ...models.order_direction import OrderDirection
    from ...models.quote_template import QuoteTemplate
    from ...models.quote_template_page import QuoteTemplatePage
    from ...models.update_quote_template_request import UpdateQuoteTemplateRequest
    from . import activate_quote_template as _activate_quote_template
    from . import archive_quote_template as _archive_quote_template
    from . import create_quote_template as _create_quote_template
    from . import get_quote_template as _get_quote_template
    from . import list_quote_templates as _list_quote_templates
    from . import update_quote_template as _update_quote_template
else:
    _list_quote_templates = LazyModule(__name__ + ".list_quote_templates")
    _create_quote_template = LazyModule(__name__ + ".create_quote_template")
    _get_quote_template = LazyModule(__name__ + ".get_quote_template")
    _update_quote_template = LazyModule(__name__ + ".update_quote_template")
    _activate_quote_template = LazyModule(__name__ + ".activate_quote_template")
    _archive_quote_template = LazyModule(__name__ + ".archive_quote_template")

_LIST_QUOTE_TEMPLATES_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_quote_templates` pages (the spec's `x-payclients-pagination`: style `page`)."""


class QuoteTemplatesResource:
    """Operations tagged `quote_templates`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> QuoteTemplatesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QuoteTemplatesResourceWithRawResponse(self._invoker)

    def list_quote_templates(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[QuoteTemplatePage, QuoteTemplate]:
        """List the quote templates.

        `GET /v1/quote-templates`

        Args:
            statuses: Only quote templates with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[QuoteTemplatePage, QuoteTemplate]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_templates._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_quote_templates",
            request,
            _list_quote_templates._parse_response,
            _LIST_QUOTE_TEMPLATES_LISTING,
            max_items=max_items,
        )

    def create_quote_template(
        self,
        *,
        body: CreateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Create a quote template.

        `POST /v1/quote-templates`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> QuoteTemplate:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteTemplatePage]:
        """List the quote templates.

        `GET /v1/quote-templates`

        Args:
            statuses: Only quote templates with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteTemplatePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Create a quote template.

        `POST /v1/quote-templates`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncQuoteTemplatesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQuoteTemplatesResourceWithRawResponse(self._invoker)

    def list_quote_templates(
        self,
        *,
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[QuoteTemplatePage, QuoteTemplate]:
        """List the quote templates.

        `GET /v1/quote-templates`

        Args:
            statuses: Only quote templates with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[QuoteTemplatePage, QuoteTemplate]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_templates._get_kwargs(
            statuses=statuses,
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_quote_templates",
            request,
            _list_quote_templates._parse_response,
            _LIST_QUOTE_TEMPLATES_LISTING,
            max_items=max_items,
        )

    async def create_quote_template(
        self,
        *,
        body: CreateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Create a quote template.

        `POST /v1/quote-templates`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> QuoteTemplate:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteTemplate:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteTemplate: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        statuses: list[str] | None = None,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteTemplatePage]:
        """List the quote templates.

        `GET /v1/quote-templates`

        Args:
            statuses: Only quote templates with one of these statuses.
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteTemplatePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: CreateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Create a quote template.

        `POST /v1/quote-templates`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Get the quote template.

        `GET /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        body: UpdateQuoteTemplateRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Update the quote template.

        `PATCH /v1/quote-templates/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Activate the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteTemplate]:
        """Archive the quote template.

        `POST /v1/quote-templates/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the quote template.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteTemplate]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
