"""Typed operations tagged `tax_id_types`.

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
    from ...models.tax_id_type_response import TaxIdTypeResponse
    from . import list_tax_id_types as _list_tax_id_types
else:
    _list_tax_id_types = LazyModule(__name__ + ".list_tax_id_types")


class TaxIdTypesResource:
    """Operations tagged `tax_id_types`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> TaxIdTypesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return TaxIdTypesResourceWithRawResponse(self._invoker)

    def list_tax_id_types(
        self,
        *,
        country: str | None = None,
        x_platform_id: str | None = None,
    ) -> TaxIdTypeResponse:
        """List the tax ID types.

        `GET /v1/tax-id-types`

        Args:
            country: Only tax ID types of this country (ISO 3166-1 alpha-2 code).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            TaxIdTypeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_tax_id_types._get_kwargs(
            country=country,
            x_platform_id=x_platform_id,
        )
        return cast(
            "TaxIdTypeResponse", self._invoker.request("list_tax_id_types", request, _list_tax_id_types._parse_response)
        )


class TaxIdTypesResourceWithRawResponse:
    """Like `TaxIdTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_tax_id_types(
        self,
        *,
        country: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[TaxIdTypeResponse]:
        """List the tax ID types.

        `GET /v1/tax-id-types`

        Args:
            country: Only tax ID types of this country (ISO 3166-1 alpha-2 code).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[TaxIdTypeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_tax_id_types._get_kwargs(
            country=country,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[TaxIdTypeResponse]",
            self._invoker.request_raw("list_tax_id_types", request, _list_tax_id_types._parse_response),
        )


class AsyncTaxIdTypesResource:
    """Operations tagged `tax_id_types`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncTaxIdTypesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncTaxIdTypesResourceWithRawResponse(self._invoker)

    async def list_tax_id_types(
        self,
        *,
        country: str | None = None,
        x_platform_id: str | None = None,
    ) -> TaxIdTypeResponse:
        """List the tax ID types.

        `GET /v1/tax-id-types`

        Args:
            country: Only tax ID types of this country (ISO 3166-1 alpha-2 code).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            TaxIdTypeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_tax_id_types._get_kwargs(
            country=country,
            x_platform_id=x_platform_id,
        )
        return cast(
            "TaxIdTypeResponse",
            await self._invoker.request("list_tax_id_types", request, _list_tax_id_types._parse_response),
        )


class AsyncTaxIdTypesResourceWithRawResponse:
    """Like `AsyncTaxIdTypesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_tax_id_types(
        self,
        *,
        country: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[TaxIdTypeResponse]:
        """List the tax ID types.

        `GET /v1/tax-id-types`

        Args:
            country: Only tax ID types of this country (ISO 3166-1 alpha-2 code).
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[TaxIdTypeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_tax_id_types._get_kwargs(
            country=country,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[TaxIdTypeResponse]",
            await self._invoker.request_raw("list_tax_id_types", request, _list_tax_id_types._parse_response),
        )


__all__ = [
    "AsyncTaxIdTypesResource",
    "AsyncTaxIdTypesResourceWithRawResponse",
    "TaxIdTypesResource",
    "TaxIdTypesResourceWithRawResponse",
]
