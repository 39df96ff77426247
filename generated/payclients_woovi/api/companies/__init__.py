"""Typed operations tagged `companies`.

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
    from ...models.company_response import CompanyResponse
    from ...models.woovi_error import WooviError
    from . import get_company as _get_company
else:
    _get_company = LazyModule(__name__ + ".get_company")


class CompaniesResource:
    """Operations tagged `companies`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CompaniesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CompaniesResourceWithRawResponse(self._invoker)

    def get_company(
        self,
    ) -> CompanyResponse:
        """Get the company

        Returns the company that owns the AppID.

        `GET /api/v1/company`

        Returns:
            CompanyResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_company._get_kwargs()
        return cast("CompanyResponse", self._invoker.request("get_company", request, _get_company._parse_response))


class CompaniesResourceWithRawResponse:
    """Like `CompaniesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get_company(
        self,
    ) -> RawResponse[CompanyResponse]:
        """Get the company

        Returns the company that owns the AppID.

        `GET /api/v1/company`

        Returns:
            RawResponse[CompanyResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_company._get_kwargs()
        return cast(
            "RawResponse[CompanyResponse]",
            self._invoker.request_raw("get_company", request, _get_company._parse_response),
        )


class AsyncCompaniesResource:
    """Operations tagged `companies`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCompaniesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCompaniesResourceWithRawResponse(self._invoker)

    async def get_company(
        self,
    ) -> CompanyResponse:
        """Get the company

        Returns the company that owns the AppID.

        `GET /api/v1/company`

        Returns:
            CompanyResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_company._get_kwargs()
        return cast(
            "CompanyResponse", await self._invoker.request("get_company", request, _get_company._parse_response)
        )


class AsyncCompaniesResourceWithRawResponse:
    """Like `AsyncCompaniesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_company(
        self,
    ) -> RawResponse[CompanyResponse]:
        """Get the company

        Returns the company that owns the AppID.

        `GET /api/v1/company`

        Returns:
            RawResponse[CompanyResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_company._get_kwargs()
        return cast(
            "RawResponse[CompanyResponse]",
            await self._invoker.request_raw("get_company", request, _get_company._parse_response),
        )


__all__ = [
    "AsyncCompaniesResource",
    "AsyncCompaniesResourceWithRawResponse",
    "CompaniesResource",
    "CompaniesResourceWithRawResponse",
]
