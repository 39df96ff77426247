"""Typed operations tagged `anticipations`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.anticipation_balance_batch_request import AnticipationBalanceBatchRequest
from ...models.anticipation_balance_batch_result import AnticipationBalanceBatchResult
from ...models.anticipation_beneficiary_create_request import AnticipationBeneficiaryCreateRequest
from ...models.anticipation_beneficiary_response import AnticipationBeneficiaryResponse
from ...models.anticipation_list import AnticipationList
from ...models.anticipation_reject_request import AnticipationRejectRequest
from ...models.anticipation_response import AnticipationResponse
from ...models.anticipation_status import AnticipationStatus
from ...models.woovi_error import WooviError
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import activate_anticipation_beneficiary as _activate_anticipation_beneficiary
from . import approve_anticipation as _approve_anticipation
from . import create_anticipation_beneficiary as _create_anticipation_beneficiary
from . import deactivate_anticipation_beneficiary as _deactivate_anticipation_beneficiary
from . import list_anticipations as _list_anticipations
from . import reject_anticipation as _reject_anticipation
from . import update_anticipation_balances as _update_anticipation_balances


class AnticipationsResource:
    """Operations tagged `anticipations`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AnticipationsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AnticipationsResourceWithRawResponse(self._invoker)

    def list_anticipations(
        self,
        *,
        status: AnticipationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AnticipationList:
        """List anticipations

        `GET /api/v1/anticipation`
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

        `POST /api/v1/anticipation/balance/batch`
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
        return_existing: bool | Unset = UNSET,
    ) -> AnticipationBeneficiaryResponse:
        """Add an anticipation beneficiary

        `POST /api/v1/anticipation/beneficiary`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`
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

        `POST /api/v1/anticipation/{id}/approve`
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
        body: AnticipationRejectRequest | Unset = UNSET,
    ) -> AnticipationResponse:
        """Reject an anticipation

        `POST /api/v1/anticipation/{id}/reject`
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
        status: AnticipationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[AnticipationList]:
        """List anticipations

        `GET /api/v1/anticipation`
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

        `POST /api/v1/anticipation/balance/batch`
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
        return_existing: bool | Unset = UNSET,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Add an anticipation beneficiary

        `POST /api/v1/anticipation/beneficiary`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`
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

        `POST /api/v1/anticipation/{id}/approve`
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
        body: AnticipationRejectRequest | Unset = UNSET,
    ) -> RawResponse[AnticipationResponse]:
        """Reject an anticipation

        `POST /api/v1/anticipation/{id}/reject`
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
    def with_raw_response(self) -> "AsyncAnticipationsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncAnticipationsResourceWithRawResponse(self._invoker)

    async def list_anticipations(
        self,
        *,
        status: AnticipationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> AnticipationList:
        """List anticipations

        `GET /api/v1/anticipation`
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

        `POST /api/v1/anticipation/balance/batch`
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
        return_existing: bool | Unset = UNSET,
    ) -> AnticipationBeneficiaryResponse:
        """Add an anticipation beneficiary

        `POST /api/v1/anticipation/beneficiary`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`
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

        `POST /api/v1/anticipation/{id}/approve`
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
        body: AnticipationRejectRequest | Unset = UNSET,
    ) -> AnticipationResponse:
        """Reject an anticipation

        `POST /api/v1/anticipation/{id}/reject`
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
        status: AnticipationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> RawResponse[AnticipationList]:
        """List anticipations

        `GET /api/v1/anticipation`
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

        `POST /api/v1/anticipation/balance/batch`
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
        return_existing: bool | Unset = UNSET,
    ) -> RawResponse[AnticipationBeneficiaryResponse]:
        """Add an anticipation beneficiary

        `POST /api/v1/anticipation/beneficiary`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/activate`
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

        `POST /api/v1/anticipation/beneficiary/{tax_id}/deactivate`
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

        `POST /api/v1/anticipation/{id}/approve`
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
        body: AnticipationRejectRequest | Unset = UNSET,
    ) -> RawResponse[AnticipationResponse]:
        """Reject an anticipation

        `POST /api/v1/anticipation/{id}/reject`
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
