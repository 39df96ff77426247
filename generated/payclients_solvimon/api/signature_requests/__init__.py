"""Typed operations tagged `signature_requests`.

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
    from ...models.record_signature_request_recipient_action_request import RecordSignatureRequestRecipientActionRequest
    from ...models.signature_request import SignatureRequest
    from . import complete_signature_request as _complete_signature_request
    from . import record_signature_request_recipient_action as _record_signature_request_recipient_action
    from . import void_signature_request as _void_signature_request
else:
    _complete_signature_request = LazyModule(__name__ + ".complete_signature_request")
    _record_signature_request_recipient_action = LazyModule(__name__ + ".record_signature_request_recipient_action")
    _void_signature_request = LazyModule(__name__ + ".void_signature_request")


class SignatureRequestsResource:
    """Operations tagged `signature_requests`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> SignatureRequestsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return SignatureRequestsResourceWithRawResponse(self._invoker)

    def complete_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SignatureRequest:
        """Complete the signature request.

        `POST /v1/signature-requests/{resource_id}/complete`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SignatureRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SignatureRequest",
            self._invoker.request("complete_signature_request", request, _complete_signature_request._parse_response),
        )

    def record_signature_request_recipient_action(
        self,
        resource_id: str,
        *,
        body: RecordSignatureRequestRecipientActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SignatureRequest:
        """Record the signature request recipient action.

        `POST /v1/signature-requests/{resource_id}/recipient-action`

        Args:
            resource_id: Id of the signature request.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SignatureRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _record_signature_request_recipient_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SignatureRequest",
            self._invoker.request(
                "record_signature_request_recipient_action",
                request,
                _record_signature_request_recipient_action._parse_response,
            ),
        )

    def void_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SignatureRequest:
        """Void the signature request.

        `POST /v1/signature-requests/{resource_id}/void`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SignatureRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SignatureRequest",
            self._invoker.request("void_signature_request", request, _void_signature_request._parse_response),
        )


class SignatureRequestsResourceWithRawResponse:
    """Like `SignatureRequestsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def complete_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SignatureRequest]:
        """Complete the signature request.

        `POST /v1/signature-requests/{resource_id}/complete`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SignatureRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SignatureRequest]",
            self._invoker.request_raw(
                "complete_signature_request", request, _complete_signature_request._parse_response
            ),
        )

    def record_signature_request_recipient_action(
        self,
        resource_id: str,
        *,
        body: RecordSignatureRequestRecipientActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SignatureRequest]:
        """Record the signature request recipient action.

        `POST /v1/signature-requests/{resource_id}/recipient-action`

        Args:
            resource_id: Id of the signature request.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SignatureRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _record_signature_request_recipient_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SignatureRequest]",
            self._invoker.request_raw(
                "record_signature_request_recipient_action",
                request,
                _record_signature_request_recipient_action._parse_response,
            ),
        )

    def void_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SignatureRequest]:
        """Void the signature request.

        `POST /v1/signature-requests/{resource_id}/void`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SignatureRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SignatureRequest]",
            self._invoker.request_raw("void_signature_request", request, _void_signature_request._parse_response),
        )


class AsyncSignatureRequestsResource:
    """Operations tagged `signature_requests`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncSignatureRequestsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncSignatureRequestsResourceWithRawResponse(self._invoker)

    async def complete_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SignatureRequest:
        """Complete the signature request.

        `POST /v1/signature-requests/{resource_id}/complete`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SignatureRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SignatureRequest",
            await self._invoker.request(
                "complete_signature_request", request, _complete_signature_request._parse_response
            ),
        )

    async def record_signature_request_recipient_action(
        self,
        resource_id: str,
        *,
        body: RecordSignatureRequestRecipientActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SignatureRequest:
        """Record the signature request recipient action.

        `POST /v1/signature-requests/{resource_id}/recipient-action`

        Args:
            resource_id: Id of the signature request.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SignatureRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _record_signature_request_recipient_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SignatureRequest",
            await self._invoker.request(
                "record_signature_request_recipient_action",
                request,
                _record_signature_request_recipient_action._parse_response,
            ),
        )

    async def void_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> SignatureRequest:
        """Void the signature request.

        `POST /v1/signature-requests/{resource_id}/void`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            SignatureRequest: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "SignatureRequest",
            await self._invoker.request("void_signature_request", request, _void_signature_request._parse_response),
        )


class AsyncSignatureRequestsResourceWithRawResponse:
    """Like `AsyncSignatureRequestsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def complete_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SignatureRequest]:
        """Complete the signature request.

        `POST /v1/signature-requests/{resource_id}/complete`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SignatureRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SignatureRequest]",
            await self._invoker.request_raw(
                "complete_signature_request", request, _complete_signature_request._parse_response
            ),
        )

    async def record_signature_request_recipient_action(
        self,
        resource_id: str,
        *,
        body: RecordSignatureRequestRecipientActionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SignatureRequest]:
        """Record the signature request recipient action.

        `POST /v1/signature-requests/{resource_id}/recipient-action`

        Args:
            resource_id: Id of the signature request.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SignatureRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _record_signature_request_recipient_action._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SignatureRequest]",
            await self._invoker.request_raw(
                "record_signature_request_recipient_action",
                request,
                _record_signature_request_recipient_action._parse_response,
            ),
        )

    async def void_signature_request(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[SignatureRequest]:
        """Void the signature request.

        `POST /v1/signature-requests/{resource_id}/void`

        Args:
            resource_id: Id of the signature request.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[SignatureRequest]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _void_signature_request._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[SignatureRequest]",
            await self._invoker.request_raw("void_signature_request", request, _void_signature_request._parse_response),
        )


__all__ = [
    "AsyncSignatureRequestsResource",
    "AsyncSignatureRequestsResourceWithRawResponse",
    "SignatureRequestsResource",
    "SignatureRequestsResourceWithRawResponse",
]
