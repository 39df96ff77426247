"""Typed operations tagged `integrations`.

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
    from ...models.create_authentication_settings_request import CreateAuthenticationSettingsRequest
    from ...models.create_integration_request import CreateIntegrationRequest
    from ...models.e_invoicing_mandate import EInvoicingMandate
    from ...models.integration import Integration
    from ...models.integration_page import IntegrationPage
    from ...models.order_direction import OrderDirection
    from ...models.test_connection_response import TestConnectionResponse
    from ...models.update_integration_request import UpdateIntegrationRequest
    from . import activate_integration as _activate_integration
    from . import archive_integration as _archive_integration
    from . import create_integration as _create_integration
    from . import delete_integration as _delete_integration
    from . import deprecate_integration as _deprecate_integration
    from . import get_integration as _get_integration
    from . import list_e_invoicing_default_mandates as _list_e_invoicing_default_mandates
    from . import list_integrations as _list_integrations
    from . import test_integration_connection as _test_integration_connection
    from . import update_integration as _update_integration
else:
    _list_integrations = LazyModule(__name__ + ".list_integrations")
    _create_integration = LazyModule(__name__ + ".create_integration")
    _list_e_invoicing_default_mandates = LazyModule(__name__ + ".list_e_invoicing_default_mandates")
    _test_integration_connection = LazyModule(__name__ + ".test_integration_connection")
    _get_integration = LazyModule(__name__ + ".get_integration")
    _delete_integration = LazyModule(__name__ + ".delete_integration")
    _update_integration = LazyModule(__name__ + ".update_integration")
    _activate_integration = LazyModule(__name__ + ".activate_integration")
    _archive_integration = LazyModule(__name__ + ".archive_integration")
    _deprecate_integration = LazyModule(__name__ + ".deprecate_integration")

_LIST_INTEGRATIONS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_integrations` pages (the spec's `x-payclients-pagination`: style `page`)."""


class IntegrationsResource:
    """Operations tagged `integrations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> IntegrationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return IntegrationsResourceWithRawResponse(self._invoker)

    def list_integrations(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[IntegrationPage, Integration]:
        """List the integrations.

        `GET /v1/integrations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[IntegrationPage, Integration]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_integrations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_integrations",
            request,
            _list_integrations._parse_response,
            _LIST_INTEGRATIONS_LISTING,
            max_items=max_items,
        )

    def create_integration(
        self,
        *,
        body: CreateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Create an integration.

        `POST /v1/integrations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_integration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration", self._invoker.request("create_integration", request, _create_integration._parse_response)
        )

    def list_e_invoicing_default_mandates(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> list[EInvoicingMandate]:
        """List the e invoicing default mandates.

        `GET /v1/integrations/e-invoicing/default-mandates`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[EInvoicingMandate]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_e_invoicing_default_mandates._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[EInvoicingMandate]",
            self._invoker.request(
                "list_e_invoicing_default_mandates", request, _list_e_invoicing_default_mandates._parse_response
            ),
        )

    def test_integration_connection(
        self,
        *,
        body: CreateAuthenticationSettingsRequest | None = None,
        integration_type: str | None = None,
        e_invoicing_processor: str | None = None,
        tax_calculation_variant: str | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> TestConnectionResponse:
        """Test the integration connection.

        `POST /v1/integrations/test-connection`

        Args:
            body: The request body.
            integration_type: Type of the integration to test.
            e_invoicing_processor: E-invoicing processor to test.
            tax_calculation_variant: Tax calculation variant to test.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            TestConnectionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _test_integration_connection._get_kwargs(
            body=body,
            integration_type=integration_type,
            e_invoicing_processor=e_invoicing_processor,
            tax_calculation_variant=tax_calculation_variant,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "TestConnectionResponse",
            self._invoker.request("test_integration_connection", request, _test_integration_connection._parse_response),
        )

    def get_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Integration:
        """Get the integration.

        `GET /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast("Integration", self._invoker.request("get_integration", request, _get_integration._parse_response))

    def delete_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Delete the integration.

        `DELETE /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration", self._invoker.request("delete_integration", request, _delete_integration._parse_response)
        )

    def update_integration(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Update the integration.

        `PATCH /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration", self._invoker.request("update_integration", request, _update_integration._parse_response)
        )

    def activate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Activate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration", self._invoker.request("activate_integration", request, _activate_integration._parse_response)
        )

    def archive_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Archive the integration.

        `POST /v1/integrations/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration", self._invoker.request("archive_integration", request, _archive_integration._parse_response)
        )

    def deprecate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Deprecate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            self._invoker.request("deprecate_integration", request, _deprecate_integration._parse_response),
        )


class IntegrationsResourceWithRawResponse:
    """Like `IntegrationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_integrations(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[IntegrationPage]:
        """List the integrations.

        `GET /v1/integrations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[IntegrationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_integrations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[IntegrationPage]",
            self._invoker.request_raw("list_integrations", request, _list_integrations._parse_response),
        )

    def create_integration(
        self,
        *,
        body: CreateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Create an integration.

        `POST /v1/integrations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_integration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("create_integration", request, _create_integration._parse_response),
        )

    def list_e_invoicing_default_mandates(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[EInvoicingMandate]]:
        """List the e invoicing default mandates.

        `GET /v1/integrations/e-invoicing/default-mandates`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[EInvoicingMandate]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_e_invoicing_default_mandates._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[EInvoicingMandate]]",
            self._invoker.request_raw(
                "list_e_invoicing_default_mandates", request, _list_e_invoicing_default_mandates._parse_response
            ),
        )

    def test_integration_connection(
        self,
        *,
        body: CreateAuthenticationSettingsRequest | None = None,
        integration_type: str | None = None,
        e_invoicing_processor: str | None = None,
        tax_calculation_variant: str | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[TestConnectionResponse]:
        """Test the integration connection.

        `POST /v1/integrations/test-connection`

        Args:
            body: The request body.
            integration_type: Type of the integration to test.
            e_invoicing_processor: E-invoicing processor to test.
            tax_calculation_variant: Tax calculation variant to test.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[TestConnectionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _test_integration_connection._get_kwargs(
            body=body,
            integration_type=integration_type,
            e_invoicing_processor=e_invoicing_processor,
            tax_calculation_variant=tax_calculation_variant,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[TestConnectionResponse]",
            self._invoker.request_raw(
                "test_integration_connection", request, _test_integration_connection._parse_response
            ),
        )

    def get_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Integration]:
        """Get the integration.

        `GET /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("get_integration", request, _get_integration._parse_response),
        )

    def delete_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Delete the integration.

        `DELETE /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("delete_integration", request, _delete_integration._parse_response),
        )

    def update_integration(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Update the integration.

        `PATCH /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("update_integration", request, _update_integration._parse_response),
        )

    def activate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Activate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("activate_integration", request, _activate_integration._parse_response),
        )

    def archive_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Archive the integration.

        `POST /v1/integrations/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("archive_integration", request, _archive_integration._parse_response),
        )

    def deprecate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Deprecate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            self._invoker.request_raw("deprecate_integration", request, _deprecate_integration._parse_response),
        )


class AsyncIntegrationsResource:
    """Operations tagged `integrations`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncIntegrationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncIntegrationsResourceWithRawResponse(self._invoker)

    def list_integrations(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[IntegrationPage, Integration]:
        """List the integrations.

        `GET /v1/integrations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[IntegrationPage, Integration]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_integrations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_integrations",
            request,
            _list_integrations._parse_response,
            _LIST_INTEGRATIONS_LISTING,
            max_items=max_items,
        )

    async def create_integration(
        self,
        *,
        body: CreateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Create an integration.

        `POST /v1/integrations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_integration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            await self._invoker.request("create_integration", request, _create_integration._parse_response),
        )

    async def list_e_invoicing_default_mandates(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> list[EInvoicingMandate]:
        """List the e invoicing default mandates.

        `GET /v1/integrations/e-invoicing/default-mandates`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            list[EInvoicingMandate]: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_e_invoicing_default_mandates._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "list[EInvoicingMandate]",
            await self._invoker.request(
                "list_e_invoicing_default_mandates", request, _list_e_invoicing_default_mandates._parse_response
            ),
        )

    async def test_integration_connection(
        self,
        *,
        body: CreateAuthenticationSettingsRequest | None = None,
        integration_type: str | None = None,
        e_invoicing_processor: str | None = None,
        tax_calculation_variant: str | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> TestConnectionResponse:
        """Test the integration connection.

        `POST /v1/integrations/test-connection`

        Args:
            body: The request body.
            integration_type: Type of the integration to test.
            e_invoicing_processor: E-invoicing processor to test.
            tax_calculation_variant: Tax calculation variant to test.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            TestConnectionResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _test_integration_connection._get_kwargs(
            body=body,
            integration_type=integration_type,
            e_invoicing_processor=e_invoicing_processor,
            tax_calculation_variant=tax_calculation_variant,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "TestConnectionResponse",
            await self._invoker.request(
                "test_integration_connection", request, _test_integration_connection._parse_response
            ),
        )

    async def get_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> Integration:
        """Get the integration.

        `GET /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "Integration", await self._invoker.request("get_integration", request, _get_integration._parse_response)
        )

    async def delete_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Delete the integration.

        `DELETE /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            await self._invoker.request("delete_integration", request, _delete_integration._parse_response),
        )

    async def update_integration(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Update the integration.

        `PATCH /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            await self._invoker.request("update_integration", request, _update_integration._parse_response),
        )

    async def activate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Activate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            await self._invoker.request("activate_integration", request, _activate_integration._parse_response),
        )

    async def archive_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Archive the integration.

        `POST /v1/integrations/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            await self._invoker.request("archive_integration", request, _archive_integration._parse_response),
        )

    async def deprecate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Integration:
        """Deprecate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Integration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "Integration",
            await self._invoker.request("deprecate_integration", request, _deprecate_integration._parse_response),
        )


class AsyncIntegrationsResourceWithRawResponse:
    """Like `AsyncIntegrationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_integrations(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[IntegrationPage]:
        """List the integrations.

        `GET /v1/integrations`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[IntegrationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_integrations._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[IntegrationPage]",
            await self._invoker.request_raw("list_integrations", request, _list_integrations._parse_response),
        )

    async def create_integration(
        self,
        *,
        body: CreateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Create an integration.

        `POST /v1/integrations`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_integration._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("create_integration", request, _create_integration._parse_response),
        )

    async def list_e_invoicing_default_mandates(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[list[EInvoicingMandate]]:
        """List the e invoicing default mandates.

        `GET /v1/integrations/e-invoicing/default-mandates`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[list[EInvoicingMandate]]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_e_invoicing_default_mandates._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[list[EInvoicingMandate]]",
            await self._invoker.request_raw(
                "list_e_invoicing_default_mandates", request, _list_e_invoicing_default_mandates._parse_response
            ),
        )

    async def test_integration_connection(
        self,
        *,
        body: CreateAuthenticationSettingsRequest | None = None,
        integration_type: str | None = None,
        e_invoicing_processor: str | None = None,
        tax_calculation_variant: str | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[TestConnectionResponse]:
        """Test the integration connection.

        `POST /v1/integrations/test-connection`

        Args:
            body: The request body.
            integration_type: Type of the integration to test.
            e_invoicing_processor: E-invoicing processor to test.
            tax_calculation_variant: Tax calculation variant to test.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[TestConnectionResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _test_integration_connection._get_kwargs(
            body=body,
            integration_type=integration_type,
            e_invoicing_processor=e_invoicing_processor,
            tax_calculation_variant=tax_calculation_variant,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[TestConnectionResponse]",
            await self._invoker.request_raw(
                "test_integration_connection", request, _test_integration_connection._parse_response
            ),
        )

    async def get_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Integration]:
        """Get the integration.

        `GET /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("get_integration", request, _get_integration._parse_response),
        )

    async def delete_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Delete the integration.

        `DELETE /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("delete_integration", request, _delete_integration._parse_response),
        )

    async def update_integration(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdateIntegrationRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Update the integration.

        `PATCH /v1/integrations/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("update_integration", request, _update_integration._parse_response),
        )

    async def activate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Activate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("activate_integration", request, _activate_integration._parse_response),
        )

    async def archive_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Archive the integration.

        `POST /v1/integrations/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _archive_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("archive_integration", request, _archive_integration._parse_response),
        )

    async def deprecate_integration(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Integration]:
        """Deprecate the integration.

        `POST /v1/integrations/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the integration.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Integration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deprecate_integration._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Integration]",
            await self._invoker.request_raw("deprecate_integration", request, _deprecate_integration._parse_response),
        )


__all__ = [
    "AsyncIntegrationsResource",
    "AsyncIntegrationsResourceWithRawResponse",
    "IntegrationsResource",
    "IntegrationsResourceWithRawResponse",
]
