"""Typed operations tagged `anticipations`.

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
    from ...models.anticipation_balance_batch_request import AnticipationBalanceBatchRequest
    from ...models.anticipation_balance_batch_result import AnticipationBalanceBatchResult
    from ...models.anticipation_beneficiary_create_request import AnticipationBeneficiaryCreateRequest
    from ...models.anticipation_beneficiary_response import AnticipationBeneficiaryResponse
    from ...models.anticipation_list import AnticipationList
    from ...models.anticipation_reject_request import AnticipationRejectRequest
    from ...models.anticipation_response import AnticipationResponse
    from ...models.anticipation_status import AnticipationStatus
    from ...models.woovi_error import WooviError
    from . import activate_anticipation_beneficiary as _activate_anticipation_beneficiary
    from . import approve_anticipation as _approve_anticipation
    from . import create_anticipation_beneficiary as _create_anticipation_beneficiary
    from . import deactivate_anticipation_beneficiary as _deactivate_anticipation_beneficiary
    from . import list_anticipations as _list_anticipations
    from . import reject_anticipation as _reject_anticipation
    from . import update_anticipation_balances as _update_anticipation_balances
else:
    _list_anticipations = LazyModule(__name__ + ".list_anticipations")
    _update_anticipation_balances = LazyModule(__name__ + ".update_anticipation_balances")
    _create_anticipation_beneficiary = LazyModule(__name__ + ".create_anticipation_beneficiary")
    _activate_anticipation_beneficiary = LazyModule(__name__ + ".activate_anticipation_beneficiary")
    _deactivate_anticipation_beneficiary = LazyModule(__name__ + ".deactivate_anticipation_beneficiary")
    _approve_anticipation = LazyModule(__name__ + ".approve_anticipation")
    _reject_anticipation = LazyModule(__name__ + ".reject_anticipation")


class AnticipationsResource:
    """Operations tagged `anticipations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AnticipationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AnticipationsResourceWithRawResponse(self._invoker)

    def list_anticipations(
        self,
        *,
        status: AnticipationStatus | None = None,
        limit: int | None = None,
    ) -> AnticipationList:
        """List anticipations

        Lists anticipation requests, newest first. This endpoint has no skip parameter and answers
        with a count instead of pageInfo.

        `GET /api/v1/anticipation`

        Args:
            status: Not described in the spec.
            limit: Maximum number of requests returned (at most 1000).

        Returns:
            AnticipationList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_anticipations._get_kwargs(
            status=status,
            limit=limit,
        )
        return cast(
            "AnticipationList",
            self._invoker.request("list_anticipations", request, _list_anticipations._parse_response),
        )

    def update_anticipation_balances(
        self,
        *,
        body: AnticipationBalanceBatchRequest,
    ) -> AnticipationBalanceBatchResult:
        """Sync beneficiary balances in bulk

        Updates in bulk (1 to 1000 items) how much each beneficiary has available and may
        anticipate. Each item succeeds or fails on its own.

        `POST /api/v1/anticipation/balance/batch`

        Args:
            body: The request body.

        Returns:
            AnticipationBalanceBatchResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_anticipation_balances._get_kwargs(
            body=body,
        )
        return cast(
            "AnticipationBalanceBatchResult",
            self._invoker.request(
                "update_anticipation_balances", request, _update_anticipation_balances._parse_response
            ),
        )

    def create_anticipation_beneficiary(
        self,
        *,
        body: AnticipationBeneficiaryCreateRequest,
        return_existing: bool | None = None,
    ) -> AnticipationBeneficiaryResponse:
        """Add an anticipation beneficiary

        Registers a person or company that may request anticipations. A duplicate taxID yields 409
        unless return_existing is true, in which case the existing beneficiary is returned.

        `POST /api/v1/anticipation/beneficiary`

        Args:
            body: The request body.
            return_existing: When true, a repeated key returns the existing resource instead of an
                error.

        Returns:
            AnticipationBeneficiaryResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_anticipation_beneficiary._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "AnticipationBeneficiaryResponse",
            self._invoker.request(
                "create_anticipation_beneficiary", request, _create_anticipation_beneficiary._parse_response
            ),
        )

    def activate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> AnticipationBeneficiaryResponse:
        """Re-enable an anticipation beneficiary

        Allows the beneficiary to request anticipations again.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            AnticipationBeneficiaryResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "AnticipationBeneficiaryResponse",
            self._invoker.request(
                "activate_anticipation_beneficiary", request, _activate_anticipation_beneficiary._parse_response
            ),
        )

    def deactivate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> AnticipationBeneficiaryResponse:
        """Disable an anticipation beneficiary

        Stops the beneficiary from requesting new anticipations.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            AnticipationBeneficiaryResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "AnticipationBeneficiaryResponse",
            self._invoker.request(
                "deactivate_anticipation_beneficiary", request, _deactivate_anticipation_beneficiary._parse_response
            ),
        )

    def approve_anticipation(
        self,
        id: str,
    ) -> AnticipationResponse:
        """Approve an anticipation

        Approves a pending request; the net amount is then paid out to the beneficiary.

        `POST /api/v1/anticipation/{id}/approve`

        Args:
            id: Id of the anticipation request.

        Returns:
            AnticipationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_anticipation._get_kwargs(
            id=id,
        )
        return cast(
            "AnticipationResponse",
            self._invoker.request("approve_anticipation", request, _approve_anticipation._parse_response),
        )

    def reject_anticipation(
        self,
        id: str,
        *,
        body: AnticipationRejectRequest | None = None,
    ) -> AnticipationResponse:
        """Reject an anticipation

        Rejects a pending request, optionally with a reason.

        `POST /api/v1/anticipation/{id}/reject`

        Args:
            id: Id of the anticipation request.
            body: The request body.

        Returns:
            AnticipationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_anticipation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "AnticipationResponse",
            self._invoker.request("reject_anticipation", request, _reject_anticipation._parse_response),
        )


class AnticipationsResourceWithRawResponse:
    """Like `AnticipationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_anticipations(
        self,
        *,
        status: AnticipationStatus | None = None,
        limit: int | None = None,
    ) -> RawResponse[AnticipationList]:
        """List anticipations

        Lists anticipation requests, newest first. This endpoint has no skip parameter and answers
        with a count instead of pageInfo.

        `GET /api/v1/anticipation`

        Args:
            status: Not described in the spec.
            limit: Maximum number of requests returned (at most 1000).

        Returns:
            RawResponse[AnticipationList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_anticipations._get_kwargs(
            status=status,
            limit=limit,
        )
        return cast(
            "RawResponse[AnticipationList]",
            self._invoker.request_raw("list_anticipations", request, _list_anticipations._parse_response),
        )

    def update_anticipation_balances(
        self,
        *,
        body: AnticipationBalanceBatchRequest,
    ) -> RawResponse[AnticipationBalanceBatchResult]:
        """Sync beneficiary balances in bulk

        Updates in bulk (1 to 1000 items) how much each beneficiary has available and may
        anticipate. Each item succeeds or fails on its own.

        `POST /api/v1/anticipation/balance/batch`

        Args:
            body: The request body.

        Returns:
            RawResponse[AnticipationBalanceBatchResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_anticipation_balances._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[AnticipationBalanceBatchResult]",
            self._invoker.request_raw(
                "update_anticipation_balances", request, _update_anticipation_balances._parse_response
            ),
        )

    def create_anticipation_beneficiary(
        self,
        *,
        body: AnticipationBeneficiaryCreateRequest,
        return_existing: bool | None = None,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Add an anticipation beneficiary

        Registers a person or company that may request anticipations. A duplicate taxID yields 409
        unless return_existing is true, in which case the existing beneficiary is returned.

        `POST /api/v1/anticipation/beneficiary`

        Args:
            body: The request body.
            return_existing: When true, a repeated key returns the existing resource instead of an
                error.

        Returns:
            RawResponse[AnticipationBeneficiaryResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_anticipation_beneficiary._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "RawResponse[AnticipationBeneficiaryResponse]",
            self._invoker.request_raw(
                "create_anticipation_beneficiary", request, _create_anticipation_beneficiary._parse_response
            ),
        )

    def activate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Re-enable an anticipation beneficiary

        Allows the beneficiary to request anticipations again.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            RawResponse[AnticipationBeneficiaryResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[AnticipationBeneficiaryResponse]",
            self._invoker.request_raw(
                "activate_anticipation_beneficiary", request, _activate_anticipation_beneficiary._parse_response
            ),
        )

    def deactivate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Disable an anticipation beneficiary

        Stops the beneficiary from requesting new anticipations.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            RawResponse[AnticipationBeneficiaryResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[AnticipationBeneficiaryResponse]",
            self._invoker.request_raw(
                "deactivate_anticipation_beneficiary", request, _deactivate_anticipation_beneficiary._parse_response
            ),
        )

    def approve_anticipation(
        self,
        id: str,
    ) -> RawResponse[AnticipationResponse]:
        """Approve an anticipation

        Approves a pending request; the net amount is then paid out to the beneficiary.

        `POST /api/v1/anticipation/{id}/approve`

        Args:
            id: Id of the anticipation request.

        Returns:
            RawResponse[AnticipationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_anticipation._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[AnticipationResponse]",
            self._invoker.request_raw("approve_anticipation", request, _approve_anticipation._parse_response),
        )

    def reject_anticipation(
        self,
        id: str,
        *,
        body: AnticipationRejectRequest | None = None,
    ) -> RawResponse[AnticipationResponse]:
        """Reject an anticipation

        Rejects a pending request, optionally with a reason.

        `POST /api/v1/anticipation/{id}/reject`

        Args:
            id: Id of the anticipation request.
            body: The request body.

        Returns:
            RawResponse[AnticipationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_anticipation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[AnticipationResponse]",
            self._invoker.request_raw("reject_anticipation", request, _reject_anticipation._parse_response),
        )


class AsyncAnticipationsResource:
    """Operations tagged `anticipations`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncAnticipationsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAnticipationsResourceWithRawResponse(self._invoker)

    async def list_anticipations(
        self,
        *,
        status: AnticipationStatus | None = None,
        limit: int | None = None,
    ) -> AnticipationList:
        """List anticipations

        Lists anticipation requests, newest first. This endpoint has no skip parameter and answers
        with a count instead of pageInfo.

        `GET /api/v1/anticipation`

        Args:
            status: Not described in the spec.
            limit: Maximum number of requests returned (at most 1000).

        Returns:
            AnticipationList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_anticipations._get_kwargs(
            status=status,
            limit=limit,
        )
        return cast(
            "AnticipationList",
            await self._invoker.request("list_anticipations", request, _list_anticipations._parse_response),
        )

    async def update_anticipation_balances(
        self,
        *,
        body: AnticipationBalanceBatchRequest,
    ) -> AnticipationBalanceBatchResult:
        """Sync beneficiary balances in bulk

        Updates in bulk (1 to 1000 items) how much each beneficiary has available and may
        anticipate. Each item succeeds or fails on its own.

        `POST /api/v1/anticipation/balance/batch`

        Args:
            body: The request body.

        Returns:
            AnticipationBalanceBatchResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_anticipation_balances._get_kwargs(
            body=body,
        )
        return cast(
            "AnticipationBalanceBatchResult",
            await self._invoker.request(
                "update_anticipation_balances", request, _update_anticipation_balances._parse_response
            ),
        )

    async def create_anticipation_beneficiary(
        self,
        *,
        body: AnticipationBeneficiaryCreateRequest,
        return_existing: bool | None = None,
    ) -> AnticipationBeneficiaryResponse:
        """Add an anticipation beneficiary

        Registers a person or company that may request anticipations. A duplicate taxID yields 409
        unless return_existing is true, in which case the existing beneficiary is returned.

        `POST /api/v1/anticipation/beneficiary`

        Args:
            body: The request body.
            return_existing: When true, a repeated key returns the existing resource instead of an
                error.

        Returns:
            AnticipationBeneficiaryResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_anticipation_beneficiary._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "AnticipationBeneficiaryResponse",
            await self._invoker.request(
                "create_anticipation_beneficiary", request, _create_anticipation_beneficiary._parse_response
            ),
        )

    async def activate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> AnticipationBeneficiaryResponse:
        """Re-enable an anticipation beneficiary

        Allows the beneficiary to request anticipations again.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            AnticipationBeneficiaryResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "AnticipationBeneficiaryResponse",
            await self._invoker.request(
                "activate_anticipation_beneficiary", request, _activate_anticipation_beneficiary._parse_response
            ),
        )

    async def deactivate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> AnticipationBeneficiaryResponse:
        """Disable an anticipation beneficiary

        Stops the beneficiary from requesting new anticipations.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            AnticipationBeneficiaryResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "AnticipationBeneficiaryResponse",
            await self._invoker.request(
                "deactivate_anticipation_beneficiary", request, _deactivate_anticipation_beneficiary._parse_response
            ),
        )

    async def approve_anticipation(
        self,
        id: str,
    ) -> AnticipationResponse:
        """Approve an anticipation

        Approves a pending request; the net amount is then paid out to the beneficiary.

        `POST /api/v1/anticipation/{id}/approve`

        Args:
            id: Id of the anticipation request.

        Returns:
            AnticipationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_anticipation._get_kwargs(
            id=id,
        )
        return cast(
            "AnticipationResponse",
            await self._invoker.request("approve_anticipation", request, _approve_anticipation._parse_response),
        )

    async def reject_anticipation(
        self,
        id: str,
        *,
        body: AnticipationRejectRequest | None = None,
    ) -> AnticipationResponse:
        """Reject an anticipation

        Rejects a pending request, optionally with a reason.

        `POST /api/v1/anticipation/{id}/reject`

        Args:
            id: Id of the anticipation request.
            body: The request body.

        Returns:
            AnticipationResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_anticipation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "AnticipationResponse",
            await self._invoker.request("reject_anticipation", request, _reject_anticipation._parse_response),
        )


class AsyncAnticipationsResourceWithRawResponse:
    """Like `AsyncAnticipationsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_anticipations(
        self,
        *,
        status: AnticipationStatus | None = None,
        limit: int | None = None,
    ) -> RawResponse[AnticipationList]:
        """List anticipations

        Lists anticipation requests, newest first. This endpoint has no skip parameter and answers
        with a count instead of pageInfo.

        `GET /api/v1/anticipation`

        Args:
            status: Not described in the spec.
            limit: Maximum number of requests returned (at most 1000).

        Returns:
            RawResponse[AnticipationList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_anticipations._get_kwargs(
            status=status,
            limit=limit,
        )
        return cast(
            "RawResponse[AnticipationList]",
            await self._invoker.request_raw("list_anticipations", request, _list_anticipations._parse_response),
        )

    async def update_anticipation_balances(
        self,
        *,
        body: AnticipationBalanceBatchRequest,
    ) -> RawResponse[AnticipationBalanceBatchResult]:
        """Sync beneficiary balances in bulk

        Updates in bulk (1 to 1000 items) how much each beneficiary has available and may
        anticipate. Each item succeeds or fails on its own.

        `POST /api/v1/anticipation/balance/batch`

        Args:
            body: The request body.

        Returns:
            RawResponse[AnticipationBalanceBatchResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_anticipation_balances._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[AnticipationBalanceBatchResult]",
            await self._invoker.request_raw(
                "update_anticipation_balances", request, _update_anticipation_balances._parse_response
            ),
        )

    async def create_anticipation_beneficiary(
        self,
        *,
        body: AnticipationBeneficiaryCreateRequest,
        return_existing: bool | None = None,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Add an anticipation beneficiary

        Registers a person or company that may request anticipations. A duplicate taxID yields 409
        unless return_existing is true, in which case the existing beneficiary is returned.

        `POST /api/v1/anticipation/beneficiary`

        Args:
            body: The request body.
            return_existing: When true, a repeated key returns the existing resource instead of an
                error.

        Returns:
            RawResponse[AnticipationBeneficiaryResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_anticipation_beneficiary._get_kwargs(
            body=body,
            return_existing=return_existing,
        )
        return cast(
            "RawResponse[AnticipationBeneficiaryResponse]",
            await self._invoker.request_raw(
                "create_anticipation_beneficiary", request, _create_anticipation_beneficiary._parse_response
            ),
        )

    async def activate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Re-enable an anticipation beneficiary

        Allows the beneficiary to request anticipations again.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            RawResponse[AnticipationBeneficiaryResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[AnticipationBeneficiaryResponse]",
            await self._invoker.request_raw(
                "activate_anticipation_beneficiary", request, _activate_anticipation_beneficiary._parse_response
            ),
        )

    async def deactivate_anticipation_beneficiary(
        self,
        tax_id: str,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Disable an anticipation beneficiary

        Stops the beneficiary from requesting new anticipations.

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`

        Args:
            tax_id: CPF or CNPJ of the beneficiary, digits only.

        Returns:
            RawResponse[AnticipationBeneficiaryResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _deactivate_anticipation_beneficiary._get_kwargs(
            tax_id=tax_id,
        )
        return cast(
            "RawResponse[AnticipationBeneficiaryResponse]",
            await self._invoker.request_raw(
                "deactivate_anticipation_beneficiary", request, _deactivate_anticipation_beneficiary._parse_response
            ),
        )

    async def approve_anticipation(
        self,
        id: str,
    ) -> RawResponse[AnticipationResponse]:
        """Approve an anticipation

        Approves a pending request; the net amount is then paid out to the beneficiary.

        `POST /api/v1/anticipation/{id}/approve`

        Args:
            id: Id of the anticipation request.

        Returns:
            RawResponse[AnticipationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _approve_anticipation._get_kwargs(
            id=id,
        )
        return cast(
            "RawResponse[AnticipationResponse]",
            await self._invoker.request_raw("approve_anticipation", request, _approve_anticipation._parse_response),
        )

    async def reject_anticipation(
        self,
        id: str,
        *,
        body: AnticipationRejectRequest | None = None,
    ) -> RawResponse[AnticipationResponse]:
        """Reject an anticipation

        Rejects a pending request, optionally with a reason.

        `POST /api/v1/anticipation/{id}/reject`

        Args:
            id: Id of the anticipation request.
            body: The request body.

        Returns:
            RawResponse[AnticipationResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 404, 409), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_anticipation._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            "RawResponse[AnticipationResponse]",
            await self._invoker.request_raw("reject_anticipation", request, _reject_anticipation._parse_response),
        )


__all__ = [
    "AnticipationsResource",
    "AnticipationsResourceWithRawResponse",
    "AsyncAnticipationsResource",
    "AsyncAnticipationsResourceWithRawResponse",
]
