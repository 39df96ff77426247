"""Typed operations tagged `disputes`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.dispute import Dispute
    from ...models.dispute_evidence_request import DisputeEvidenceRequest
    from ...models.dispute_evidence_response import DisputeEvidenceResponse
    from ...models.dispute_page import DisputePage
    from ...models.dispute_response import DisputeResponse
    from ...models.woovi_error import WooviError
    from . import create_dispute_evidence as _create_dispute_evidence
    from . import get_dispute as _get_dispute
    from . import list_disputes as _list_disputes
else:
    _list_disputes = LazyModule(__name__ + ".list_disputes")
    _get_dispute = LazyModule(__name__ + ".get_dispute")
    _create_dispute_evidence = LazyModule(__name__ + ".create_dispute_evidence")

_LIST_DISPUTES_LISTING = Listing(
    style="skip_limit",
    rules={"has_more": "pageInfo.hasNextPage", "limit": "limit", "offset": "skip"},
    items="disputes",
    attributes=("disputes",),
)
"""How `list_disputes` pages (the spec's `x-payclients-pagination`: style `skip_limit`)."""


class DisputesResource:
    """Operations tagged `disputes`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> DisputesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return DisputesResourceWithRawResponse(self._invoker)

    def list_disputes(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> Pager[DisputePage, Dispute]:
        """List disputes

        Lists disputes opened against the company, optionally in a period.

        `GET /api/v1/dispute`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[DisputePage, Dispute]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_disputes._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_disputes", request, _list_disputes._parse_response, _LIST_DISPUTES_LISTING, max_items=max_items
        )

    def get_dispute(
        self,
        id: str,
    ) -> DisputeResponse:
        """Get a dispute

        Returns one dispute.

        `GET /api/v1/dispute/{id}`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.

        Returns:
            DisputeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_dispute._get_kwargs(
            id=id,
        )
        return cast("DisputeResponse", self._invoker.request("get_dispute", request, _get_dispute._parse_response))

    def create_dispute_evidence(
        self,
        id: str,
        *,
        body: DisputeEvidenceRequest,
    ) -> DisputeEvidenceResponse:
        """Send evidence for a dispute

        Attaches documents (by URL) that support the company's side of a dispute. Not possible
        once the dispute was accepted.

        `POST /api/v1/dispute/{id}/evidence`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.
            body: The request body.

        Returns:
            DisputeEvidenceResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_dispute_evidence._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DisputeEvidenceResponse",
            self._invoker.request("create_dispute_evidence", request, _create_dispute_evidence._parse_response),
        )


class DisputesResourceWithRawResponse:
    """Like `DisputesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_disputes(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[DisputePage]:
        """List disputes

        Lists disputes opened against the company, optionally in a period.

        `GET /api/v1/dispute`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[DisputePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_disputes._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[DisputePage]",
            self._invoker.request_raw("list_disputes", request, _list_disputes._parse_response),
        )

    def get_dispute(
        self,
        id: str,
    ) -> RawResponse[DisputeResponse]:
        """Get a dispute

        Returns one dispute.

        `GET /api/v1/dispute/{id}`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.

        Returns:
            RawResponse[DisputeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_dispute._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DisputeResponse]",
            self._invoker.request_raw("get_dispute", request, _get_dispute._parse_response),
        )

    def create_dispute_evidence(
        self,
        id: str,
        *,
        body: DisputeEvidenceRequest,
    ) -> RawResponse[DisputeEvidenceResponse]:
        """Send evidence for a dispute

        Attaches documents (by URL) that support the company's side of a dispute. Not possible
        once the dispute was accepted.

        `POST /api/v1/dispute/{id}/evidence`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.
            body: The request body.

        Returns:
            RawResponse[DisputeEvidenceResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_dispute_evidence._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[DisputeEvidenceResponse]",
            self._invoker.request_raw("create_dispute_evidence", request, _create_dispute_evidence._parse_response),
        )


class AsyncDisputesResource:
    """Operations tagged `disputes`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncDisputesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncDisputesResourceWithRawResponse(self._invoker)

    def list_disputes(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[DisputePage, Dispute]:
        """List disputes

        Lists disputes opened against the company, optionally in a period.

        `GET /api/v1/dispute`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[DisputePage, Dispute]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_disputes._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return self._invoker.paginate(
            "list_disputes", request, _list_disputes._parse_response, _LIST_DISPUTES_LISTING, max_items=max_items
        )

    async def get_dispute(
        self,
        id: str,
    ) -> DisputeResponse:
        """Get a dispute

        Returns one dispute.

        `GET /api/v1/dispute/{id}`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.

        Returns:
            DisputeResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_dispute._get_kwargs(
            id=id,
        )
        return cast(
            "DisputeResponse", await self._invoker.request("get_dispute", request, _get_dispute._parse_response)
        )

    async def create_dispute_evidence(
        self,
        id: str,
        *,
        body: DisputeEvidenceRequest,
    ) -> DisputeEvidenceResponse:
        """Send evidence for a dispute

        Attaches documents (by URL) that support the company's side of a dispute. Not possible
        once the dispute was accepted.

        `POST /api/v1/dispute/{id}/evidence`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.
            body: The request body.

        Returns:
            DisputeEvidenceResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_dispute_evidence._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "DisputeEvidenceResponse",
            await self._invoker.request("create_dispute_evidence", request, _create_dispute_evidence._parse_response),
        )


class AsyncDisputesResourceWithRawResponse:
    """Like `AsyncDisputesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_disputes(
        self,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        skip: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[DisputePage]:
        """List disputes

        Lists disputes opened against the company, optionally in a period.

        `GET /api/v1/dispute`

        Args:
            start: Start of the period (inclusive), as an RFC 3339 date-time.
            end: End of the period (inclusive), as an RFC 3339 date-time.
            skip: Offset: how many items to leave out before the page starts (Woovi starts at 0).
            limit: Maximum number of items in the page. Woovi uses 100 when it is omitted.

        Returns:
            RawResponse[DisputePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_disputes._get_kwargs(
            start=start,
            end=end,
            skip=skip,
            limit=limit,
        )
        return cast(
            "RawResponse[DisputePage]",
            await self._invoker.request_raw("list_disputes", request, _list_disputes._parse_response),
        )

    async def get_dispute(
        self,
        id: str,
    ) -> RawResponse[DisputeResponse]:
        """Get a dispute

        Returns one dispute.

        `GET /api/v1/dispute/{id}`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.

        Returns:
            RawResponse[DisputeResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_dispute._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[DisputeResponse]",
            await self._invoker.request_raw("get_dispute", request, _get_dispute._parse_response),
        )

    async def create_dispute_evidence(
        self,
        id: str,
        *,
        body: DisputeEvidenceRequest,
    ) -> RawResponse[DisputeEvidenceResponse]:
        """Send evidence for a dispute

        Attaches documents (by URL) that support the company's side of a dispute. Not possible
        once the dispute was accepted.

        `POST /api/v1/dispute/{id}/evidence`

        Args:
            id: Id of the dispute; the docs' examples use the end-to-end id of the disputed Pix.
            body: The request body.

        Returns:
            RawResponse[DisputeEvidenceResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_dispute_evidence._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[DisputeEvidenceResponse]",
            await self._invoker.request_raw(
                "create_dispute_evidence", request, _create_dispute_evidence._parse_response
            ),
        )


__all__ = [
    "AsyncDisputesResource",
    "AsyncDisputesResourceWithRawResponse",
    "DisputesResource",
    "DisputesResourceWithRawResponse",
]
