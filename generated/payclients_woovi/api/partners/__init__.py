"""Typed operations tagged `partners`.

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
    from ...models.application_response import ApplicationResponse
    from ...models.partner_affiliate import PartnerAffiliate
    from ...models.partner_affiliate_page import PartnerAffiliatePage
    from ...models.partner_application_create_request import PartnerApplicationCreateRequest
    from ...models.partner_company_create_request import PartnerCompanyCreateRequest
    from ...models.partner_pre_registration import PartnerPreRegistration
    from ...models.partner_pre_registration_page import PartnerPreRegistrationPage
    from ...models.partner_pre_registration_response import PartnerPreRegistrationResponse
    from ...models.woovi_error import WooviError
    from . import create_partner_application as _create_partner_application
    from . import create_partner_company as _create_partner_company
    from . import get_partner_company as _get_partner_company
    from . import list_partner_affiliates as _list_partner_affiliates
    from . import list_partner_companies as _list_partner_companies
else:
    _list_partner_affiliates = LazyModule(__name__ + ".list_partner_affiliates")
    _create_partner_application = LazyModule(__name__ + ".create_partner_application")
    _list_partner_companies = LazyModule(__name__ + ".list_partner_companies")
    _create_partner_company = LazyModule(__name__ + ".create_partner_company")
    _get_partner_company = LazyModule(__name__ + ".get_partner_company")

_LIST_PARTNER_AFFILIATES_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="affiliates",
    attributes=("affiliates",),
)
"""How `list_partner_affiliates` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""

_LIST_PARTNER_COMPANIES_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="preRegistrations",
    attributes=("pre_registrations",),
)
"""How `list_partner_companies` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class PartnersResource:
    """Operations tagged `partners`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PartnersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PartnersResourceWithRawResponse(self._invoker)

    def list_partner_affiliates(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[PartnerAffiliatePage, PartnerAffiliate]:
        """List affiliated companies

        Lists the companies affiliated to the partner, with their main account.

        `GET /api/v1/partner/affiliate`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PartnerAffiliatePage, PartnerAffiliate]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_affiliates._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_partner_affiliates",
            request,
            _list_partner_affiliates._parse_response,
            _LIST_PARTNER_AFFILIATES_LISTING,
            max_items=max_items,
        )

    def create_partner_application(
        self,
        *,
        body: PartnerApplicationCreateRequest,
    ) -> ApplicationResponse:
        """Create an application for an affiliate

        Creates API credentials for an affiliated company identified by its taxID.

        `POST /api/v1/partner/application`

        Args:
            body: The request body.

        Returns:
            ApplicationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_application._get_kwargs(
            body=body,
        )
        return cast(
            "ApplicationResponse",
            self._invoker.request("create_partner_application", request, _create_partner_application._parse_response),
        )

    def list_partner_companies(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[PartnerPreRegistrationPage, PartnerPreRegistration]:
        """List pre-registered companies

        Lists the companies the partner pre-registered.

        `GET /api/v1/partner/company`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PartnerPreRegistrationPage, PartnerPreRegistration]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_companies._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_partner_companies",
            request,
            _list_partner_companies._parse_response,
            _LIST_PARTNER_COMPANIES_LISTING,
            max_items=max_items,
        )

    def create_partner_company(
        self,
        *,
        body: PartnerCompanyCreateRequest,
    ) -> PartnerPreRegistration:
        """Pre-register a company

        Pre-registers a company and its first user under the partner.

        `POST /api/v1/partner/company`

        Args:
            body: The request body.

        Returns:
            PartnerPreRegistration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_company._get_kwargs(
            body=body,
        )
        return cast(
            "PartnerPreRegistration",
            self._invoker.request("create_partner_company", request, _create_partner_company._parse_response),
        )

    def get_partner_company(
        self,
        tax_id: str,
    ) -> PartnerPreRegistrationResponse:
        """Get a pre-registered company

        Returns one pre-registration by the company's taxID.

        `GET /api/v1/partner/company/{tax_id}`

        Args:
            tax_id: CNPJ of the company, digits only.

        Returns:
            PartnerPreRegistrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_partner_company._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "PartnerPreRegistrationResponse",
            self._invoker.request("get_partner_company", request, _get_partner_company._parse_response),
        )


class PartnersResourceWithRawResponse:
    """Like `PartnersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_partner_affiliates(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PartnerAffiliatePage]:
        """List affiliated companies

        Lists the companies affiliated to the partner, with their main account.

        `GET /api/v1/partner/affiliate`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PartnerAffiliatePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_affiliates._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PartnerAffiliatePage]",
            self._invoker.request_raw("list_partner_affiliates", request, _list_partner_affiliates._parse_response),
        )

    def create_partner_application(
        self,
        *,
        body: PartnerApplicationCreateRequest,
    ) -> RawResponse[ApplicationResponse]:
        """Create an application for an affiliate

        Creates API credentials for an affiliated company identified by its taxID.

        `POST /api/v1/partner/application`

        Args:
            body: The request body.

        Returns:
            RawResponse[ApplicationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_application._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[ApplicationResponse]",
            self._invoker.request_raw(
                "create_partner_application", request, _create_partner_application._parse_response
            ),
        )

    def list_partner_companies(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PartnerPreRegistrationPage]:
        """List pre-registered companies

        Lists the companies the partner pre-registered.

        `GET /api/v1/partner/company`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PartnerPreRegistrationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_companies._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PartnerPreRegistrationPage]",
            self._invoker.request_raw("list_partner_companies", request, _list_partner_companies._parse_response),
        )

    def create_partner_company(
        self,
        *,
        body: PartnerCompanyCreateRequest,
    ) -> RawResponse[PartnerPreRegistration]:
        """Pre-register a company

        Pre-registers a company and its first user under the partner.

        `POST /api/v1/partner/company`

        Args:
            body: The request body.

        Returns:
            RawResponse[PartnerPreRegistration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_company._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PartnerPreRegistration]",
            self._invoker.request_raw("create_partner_company", request, _create_partner_company._parse_response),
        )

    def get_partner_company(
        self,
        tax_id: str,
    ) -> RawResponse[PartnerPreRegistrationResponse]:
        """Get a pre-registered company

        Returns one pre-registration by the company's taxID.

        `GET /api/v1/partner/company/{tax_id}`

        Args:
            tax_id: CNPJ of the company, digits only.

        Returns:
            RawResponse[PartnerPreRegistrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_partner_company._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[PartnerPreRegistrationResponse]",
            self._invoker.request_raw("get_partner_company", request, _get_partner_company._parse_response),
        )


class AsyncPartnersResource:
    """Operations tagged `partners`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPartnersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPartnersResourceWithRawResponse(self._invoker)

    def list_partner_affiliates(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PartnerAffiliatePage, PartnerAffiliate]:
        """List affiliated companies

        Lists the companies affiliated to the partner, with their main account.

        `GET /api/v1/partner/affiliate`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PartnerAffiliatePage, PartnerAffiliate]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_affiliates._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_partner_affiliates",
            request,
            _list_partner_affiliates._parse_response,
            _LIST_PARTNER_AFFILIATES_LISTING,
            max_items=max_items,
        )

    async def create_partner_application(
        self,
        *,
        body: PartnerApplicationCreateRequest,
    ) -> ApplicationResponse:
        """Create an application for an affiliate

        Creates API credentials for an affiliated company identified by its taxID.

        `POST /api/v1/partner/application`

        Args:
            body: The request body.

        Returns:
            ApplicationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_application._get_kwargs(
            body=body,
        )
        return cast(
            "ApplicationResponse",
            await self._invoker.request(
                "create_partner_application", request, _create_partner_application._parse_response
            ),
        )

    def list_partner_companies(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PartnerPreRegistrationPage, PartnerPreRegistration]:
        """List pre-registered companies

        Lists the companies the partner pre-registered.

        `GET /api/v1/partner/company`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PartnerPreRegistrationPage, PartnerPreRegistration]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_companies._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_partner_companies",
            request,
            _list_partner_companies._parse_response,
            _LIST_PARTNER_COMPANIES_LISTING,
            max_items=max_items,
        )

    async def create_partner_company(
        self,
        *,
        body: PartnerCompanyCreateRequest,
    ) -> PartnerPreRegistration:
        """Pre-register a company

        Pre-registers a company and its first user under the partner.

        `POST /api/v1/partner/company`

        Args:
            body: The request body.

        Returns:
            PartnerPreRegistration: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_company._get_kwargs(
            body=body,
        )
        return cast(
            "PartnerPreRegistration",
            await self._invoker.request("create_partner_company", request, _create_partner_company._parse_response),
        )

    async def get_partner_company(
        self,
        tax_id: str,
    ) -> PartnerPreRegistrationResponse:
        """Get a pre-registered company

        Returns one pre-registration by the company's taxID.

        `GET /api/v1/partner/company/{tax_id}`

        Args:
            tax_id: CNPJ of the company, digits only.

        Returns:
            PartnerPreRegistrationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_partner_company._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "PartnerPreRegistrationResponse",
            await self._invoker.request("get_partner_company", request, _get_partner_company._parse_response),
        )


class AsyncPartnersResourceWithRawResponse:
    """Like `AsyncPartnersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_partner_affiliates(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PartnerAffiliatePage]:
        """List affiliated companies

        Lists the companies affiliated to the partner, with their main account.

        `GET /api/v1/partner/affiliate`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PartnerAffiliatePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_affiliates._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PartnerAffiliatePage]",
            await self._invoker.request_raw(
                "list_partner_affiliates", request, _list_partner_affiliates._parse_response
            ),
        )

    async def create_partner_application(
        self,
        *,
        body: PartnerApplicationCreateRequest,
    ) -> RawResponse[ApplicationResponse]:
        """Create an application for an affiliate

        Creates API credentials for an affiliated company identified by its taxID.

        `POST /api/v1/partner/application`

        Args:
            body: The request body.

        Returns:
            RawResponse[ApplicationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_application._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[ApplicationResponse]",
            await self._invoker.request_raw(
                "create_partner_application", request, _create_partner_application._parse_response
            ),
        )

    async def list_partner_companies(
        self,
        *,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PartnerPreRegistrationPage]:
        """List pre-registered companies

        Lists the companies the partner pre-registered.

        `GET /api/v1/partner/company`

        Args:
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[PartnerPreRegistrationPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_partner_companies._get_kwargs(
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[PartnerPreRegistrationPage]",
            await self._invoker.request_raw("list_partner_companies", request, _list_partner_companies._parse_response),
        )

    async def create_partner_company(
        self,
        *,
        body: PartnerCompanyCreateRequest,
    ) -> RawResponse[PartnerPreRegistration]:
        """Pre-register a company

        Pre-registers a company and its first user under the partner.

        `POST /api/v1/partner/company`

        Args:
            body: The request body.

        Returns:
            RawResponse[PartnerPreRegistration]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_partner_company._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[PartnerPreRegistration]",
            await self._invoker.request_raw("create_partner_company", request, _create_partner_company._parse_response),
        )

    async def get_partner_company(
        self,
        tax_id: str,
    ) -> RawResponse[PartnerPreRegistrationResponse]:
        """Get a pre-registered company

        Returns one pre-registration by the company's taxID.

        `GET /api/v1/partner/company/{tax_id}`

        Args:
            tax_id: CNPJ of the company, digits only.

        Returns:
            RawResponse[PartnerPreRegistrationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_partner_company._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[PartnerPreRegistrationResponse]",
            await self._invoker.request_raw("get_partner_company", request, _get_partner_company._parse_response),
        )


__all__ = [
    "AsyncPartnersResource",
    "AsyncPartnersResourceWithRawResponse",
    "PartnersResource",
    "PartnersResourceWithRawResponse",
]
