"""Typed operations tagged `kyc_onboardings`.

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
    from ...models.kyc_onboarding_request import KycOnboardingRequest
    from ...models.kyc_onboarding_response import KycOnboardingResponse
    from ...models.woovi_error import WooviError
    from . import create_kyc_onboarding as _create_kyc_onboarding
else:
    _create_kyc_onboarding = LazyModule(__name__ + ".create_kyc_onboarding")


class KycOnboardingsResource:
    """Operations tagged `kyc_onboardings`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> KycOnboardingsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return KycOnboardingsResourceWithRawResponse(self._invoker)

    def create_kyc_onboarding(
        self,
        *,
        body: KycOnboardingRequest,
    ) -> KycOnboardingResponse:
        """Create a KYC onboarding link

        Starts the hosted KYC onboarding of a merchant and returns the link to send to it.
        Repeating a
        correlationID returns the existing link (200) instead of creating another one (201).
        Requires the
        BaaS feature and the KYC-link feature on the account.

        `POST /api/v1/kyc/onboarding`

        Args:
            body: The request body.

        Returns:
            KycOnboardingResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_kyc_onboarding._get_kwargs(
            body=body,
        )
        return cast(
            "KycOnboardingResponse",
            self._invoker.request("create_kyc_onboarding", request, _create_kyc_onboarding._parse_response),
        )


class KycOnboardingsResourceWithRawResponse:
    """Like `KycOnboardingsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create_kyc_onboarding(
        self,
        *,
        body: KycOnboardingRequest,
    ) -> RawResponse[KycOnboardingResponse]:
        """Create a KYC onboarding link

        Starts the hosted KYC onboarding of a merchant and returns the link to send to it.
        Repeating a
        correlationID returns the existing link (200) instead of creating another one (201).
        Requires the
        BaaS feature and the KYC-link feature on the account.

        `POST /api/v1/kyc/onboarding`

        Args:
            body: The request body.

        Returns:
            RawResponse[KycOnboardingResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_kyc_onboarding._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[KycOnboardingResponse]",
            self._invoker.request_raw("create_kyc_onboarding", request, _create_kyc_onboarding._parse_response),
        )


class AsyncKycOnboardingsResource:
    """Operations tagged `kyc_onboardings`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncKycOnboardingsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncKycOnboardingsResourceWithRawResponse(self._invoker)

    async def create_kyc_onboarding(
        self,
        *,
        body: KycOnboardingRequest,
    ) -> KycOnboardingResponse:
        """Create a KYC onboarding link

        Starts the hosted KYC onboarding of a merchant and returns the link to send to it.
        Repeating a
        correlationID returns the existing link (200) instead of creating another one (201).
        Requires the
        BaaS feature and the KYC-link feature on the account.

        `POST /api/v1/kyc/onboarding`

        Args:
            body: The request body.

        Returns:
            KycOnboardingResponse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_kyc_onboarding._get_kwargs(
            body=body,
        )
        return cast(
            "KycOnboardingResponse",
            await self._invoker.request("create_kyc_onboarding", request, _create_kyc_onboarding._parse_response),
        )


class AsyncKycOnboardingsResourceWithRawResponse:
    """Like `AsyncKycOnboardingsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create_kyc_onboarding(
        self,
        *,
        body: KycOnboardingRequest,
    ) -> RawResponse[KycOnboardingResponse]:
        """Create a KYC onboarding link

        Starts the hosted KYC onboarding of a merchant and returns the link to send to it.
        Repeating a
        correlationID returns the existing link (200) instead of creating another one (201).
        Requires the
        BaaS feature and the KYC-link feature on the account.

        `POST /api/v1/kyc/onboarding`

        Args:
            body: The request body.

        Returns:
            RawResponse[KycOnboardingResponse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_kyc_onboarding._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[KycOnboardingResponse]",
            await self._invoker.request_raw("create_kyc_onboarding", request, _create_kyc_onboarding._parse_response),
        )


__all__ = [
    "AsyncKycOnboardingsResource",
    "AsyncKycOnboardingsResourceWithRawResponse",
    "KycOnboardingsResource",
    "KycOnboardingsResourceWithRawResponse",
]
