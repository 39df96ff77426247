"""Typed operations tagged `quote_versions`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, File, FileTypes, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.accept_quote_version_request import AcceptQuoteVersionRequest
    from ...models.api_error import ApiError
    from ...models.create_quote_version_request import CreateQuoteVersionRequest
    from ...models.create_quote_version_subscription_request import CreateQuoteVersionSubscriptionRequest
    from ...models.quote_version import QuoteVersion
    from ...models.quote_version_page import QuoteVersionPage
    from ...models.reject_quote_version_request import RejectQuoteVersionRequest
    from ...models.request_quote_version_signature_request import RequestQuoteVersionSignatureRequest
    from ...models.send_quote_version_request import SendQuoteVersionRequest
    from ...models.update_quote_version_request import UpdateQuoteVersionRequest
    from . import accept_quote_version as _accept_quote_version
    from . import create_quote_version as _create_quote_version
    from . import create_quote_version_subscription as _create_quote_version_subscription
    from . import delete_quote_version as _delete_quote_version
    from . import download_quote_version_pdf as _download_quote_version_pdf
    from . import finalize_quote_version as _finalize_quote_version
    from . import get_quote_version as _get_quote_version
    from . import list_quote_versions as _list_quote_versions
    from . import reject_quote_version as _reject_quote_version
    from . import request_quote_version_signature as _request_quote_version_signature
    from . import send_quote_version as _send_quote_version
    from . import update_quote_version as _update_quote_version
else:
    _list_quote_versions = LazyModule(__name__ + ".list_quote_versions")
    _create_quote_version = LazyModule(__name__ + ".create_quote_version")
    _get_quote_version = LazyModule(__name__ + ".get_quote_version")
    _delete_quote_version = LazyModule(__name__ + ".delete_quote_version")
    _update_quote_version = LazyModule(__name__ + ".update_quote_version")
    _accept_quote_version = LazyModule(__name__ + ".accept_quote_version")
    _create_quote_version_subscription = LazyModule(__name__ + ".create_quote_version_subscription")
    _finalize_quote_version = LazyModule(__name__ + ".finalize_quote_version")
    _download_quote_version_pdf = LazyModule(__name__ + ".download_quote_version_pdf")
    _reject_quote_version = LazyModule(__name__ + ".reject_quote_version")
    _request_quote_version_signature = LazyModule(__name__ + ".request_quote_version_signature")
    _send_quote_version = LazyModule(__name__ + ".send_quote_version")


class QuoteVersionsResource:
    """Operations tagged `quote_versions`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> QuoteVersionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return QuoteVersionsResourceWithRawResponse(self._invoker)

    def list_quote_versions(
        self,
        *,
        quote_id: str,
        x_platform_id: str | None = None,
    ) -> QuoteVersionPage:
        """List the quote versions.

        `GET /v1/quote-versions`

        Args:
            quote_id: Only quote versions of this quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            QuoteVersionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_versions._get_kwargs(
            quote_id=quote_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteVersionPage",
            self._invoker.request("list_quote_versions", request, _list_quote_versions._parse_response),
        )

    def create_quote_version(
        self,
        *,
        body: CreateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Create a quote version.

        `POST /v1/quote-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request("create_quote_version", request, _create_quote_version._parse_response),
        )

    def get_quote_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> QuoteVersion:
        """Get the quote version.

        `GET /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteVersion", self._invoker.request("get_quote_version", request, _get_quote_version._parse_response)
        )

    def delete_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Delete the quote version.

        `DELETE /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request("delete_quote_version", request, _delete_quote_version._parse_response),
        )

    def update_quote_version(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Update the quote version.

        `PATCH /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request("update_quote_version", request, _update_quote_version._parse_response),
        )

    def accept_quote_version(
        self,
        resource_id: str,
        *,
        body: AcceptQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Accept the quote version.

        `POST /v1/quote-versions/{resource_id}/accept`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _accept_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request("accept_quote_version", request, _accept_quote_version._parse_response),
        )

    def create_quote_version_subscription(
        self,
        resource_id: str,
        *,
        body: CreateQuoteVersionSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Create a quote version subscription.

        `POST /v1/quote-versions/{resource_id}/create-subscription`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request(
                "create_quote_version_subscription", request, _create_quote_version_subscription._parse_response
            ),
        )

    def finalize_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Finalize the quote version.

        `POST /v1/quote-versions/{resource_id}/finalize`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _finalize_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request("finalize_quote_version", request, _finalize_quote_version._parse_response),
        )

    def download_quote_version_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the quote version PDF.

        `GET /v1/quote-versions/{resource_id}/pdf`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_quote_version_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            self._invoker.request("download_quote_version_pdf", request, _download_quote_version_pdf._parse_response),
        )

    def reject_quote_version(
        self,
        resource_id: str,
        *,
        body: RejectQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Reject the quote version.

        `POST /v1/quote-versions/{resource_id}/reject`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request("reject_quote_version", request, _reject_quote_version._parse_response),
        )

    def request_quote_version_signature(
        self,
        resource_id: str,
        *,
        body: RequestQuoteVersionSignatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Request the quote version signature.

        `POST /v1/quote-versions/{resource_id}/request-signature`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_quote_version_signature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            self._invoker.request(
                "request_quote_version_signature", request, _request_quote_version_signature._parse_response
            ),
        )

    def send_quote_version(
        self,
        resource_id: str,
        *,
        body: SendQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Send the quote version.

        `POST /v1/quote-versions/{resource_id}/send`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion", self._invoker.request("send_quote_version", request, _send_quote_version._parse_response)
        )


class QuoteVersionsResourceWithRawResponse:
    """Like `QuoteVersionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_quote_versions(
        self,
        *,
        quote_id: str,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteVersionPage]:
        """List the quote versions.

        `GET /v1/quote-versions`

        Args:
            quote_id: Only quote versions of this quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteVersionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_versions._get_kwargs(
            quote_id=quote_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteVersionPage]",
            self._invoker.request_raw("list_quote_versions", request, _list_quote_versions._parse_response),
        )

    def create_quote_version(
        self,
        *,
        body: CreateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Create a quote version.

        `POST /v1/quote-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("create_quote_version", request, _create_quote_version._parse_response),
        )

    def get_quote_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Get the quote version.

        `GET /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("get_quote_version", request, _get_quote_version._parse_response),
        )

    def delete_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Delete the quote version.

        `DELETE /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("delete_quote_version", request, _delete_quote_version._parse_response),
        )

    def update_quote_version(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Update the quote version.

        `PATCH /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("update_quote_version", request, _update_quote_version._parse_response),
        )

    def accept_quote_version(
        self,
        resource_id: str,
        *,
        body: AcceptQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Accept the quote version.

        `POST /v1/quote-versions/{resource_id}/accept`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _accept_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("accept_quote_version", request, _accept_quote_version._parse_response),
        )

    def create_quote_version_subscription(
        self,
        resource_id: str,
        *,
        body: CreateQuoteVersionSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Create a quote version subscription.

        `POST /v1/quote-versions/{resource_id}/create-subscription`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw(
                "create_quote_version_subscription", request, _create_quote_version_subscription._parse_response
            ),
        )

    def finalize_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Finalize the quote version.

        `POST /v1/quote-versions/{resource_id}/finalize`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _finalize_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("finalize_quote_version", request, _finalize_quote_version._parse_response),
        )

    def download_quote_version_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the quote version PDF.

        `GET /v1/quote-versions/{resource_id}/pdf`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_quote_version_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            self._invoker.request_raw(
                "download_quote_version_pdf", request, _download_quote_version_pdf._parse_response
            ),
        )

    def reject_quote_version(
        self,
        resource_id: str,
        *,
        body: RejectQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Reject the quote version.

        `POST /v1/quote-versions/{resource_id}/reject`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("reject_quote_version", request, _reject_quote_version._parse_response),
        )

    def request_quote_version_signature(
        self,
        resource_id: str,
        *,
        body: RequestQuoteVersionSignatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Request the quote version signature.

        `POST /v1/quote-versions/{resource_id}/request-signature`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_quote_version_signature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw(
                "request_quote_version_signature", request, _request_quote_version_signature._parse_response
            ),
        )

    def send_quote_version(
        self,
        resource_id: str,
        *,
        body: SendQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Send the quote version.

        `POST /v1/quote-versions/{resource_id}/send`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            self._invoker.request_raw("send_quote_version", request, _send_quote_version._parse_response),
        )


class AsyncQuoteVersionsResource:
    """Operations tagged `quote_versions`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncQuoteVersionsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncQuoteVersionsResourceWithRawResponse(self._invoker)

    async def list_quote_versions(
        self,
        *,
        quote_id: str,
        x_platform_id: str | None = None,
    ) -> QuoteVersionPage:
        """List the quote versions.

        `GET /v1/quote-versions`

        Args:
            quote_id: Only quote versions of this quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            QuoteVersionPage: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_versions._get_kwargs(
            quote_id=quote_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteVersionPage",
            await self._invoker.request("list_quote_versions", request, _list_quote_versions._parse_response),
        )

    async def create_quote_version(
        self,
        *,
        body: CreateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Create a quote version.

        `POST /v1/quote-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("create_quote_version", request, _create_quote_version._parse_response),
        )

    async def get_quote_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> QuoteVersion:
        """Get the quote version.

        `GET /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("get_quote_version", request, _get_quote_version._parse_response),
        )

    async def delete_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Delete the quote version.

        `DELETE /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("delete_quote_version", request, _delete_quote_version._parse_response),
        )

    async def update_quote_version(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Update the quote version.

        `PATCH /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("update_quote_version", request, _update_quote_version._parse_response),
        )

    async def accept_quote_version(
        self,
        resource_id: str,
        *,
        body: AcceptQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Accept the quote version.

        `POST /v1/quote-versions/{resource_id}/accept`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _accept_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("accept_quote_version", request, _accept_quote_version._parse_response),
        )

    async def create_quote_version_subscription(
        self,
        resource_id: str,
        *,
        body: CreateQuoteVersionSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Create a quote version subscription.

        `POST /v1/quote-versions/{resource_id}/create-subscription`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request(
                "create_quote_version_subscription", request, _create_quote_version_subscription._parse_response
            ),
        )

    async def finalize_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Finalize the quote version.

        `POST /v1/quote-versions/{resource_id}/finalize`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _finalize_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("finalize_quote_version", request, _finalize_quote_version._parse_response),
        )

    async def download_quote_version_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> File:
        """Download the quote version PDF.

        `GET /v1/quote-versions/{resource_id}/pdf`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            File: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_quote_version_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "File",
            await self._invoker.request(
                "download_quote_version_pdf", request, _download_quote_version_pdf._parse_response
            ),
        )

    async def reject_quote_version(
        self,
        resource_id: str,
        *,
        body: RejectQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Reject the quote version.

        `POST /v1/quote-versions/{resource_id}/reject`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("reject_quote_version", request, _reject_quote_version._parse_response),
        )

    async def request_quote_version_signature(
        self,
        resource_id: str,
        *,
        body: RequestQuoteVersionSignatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Request the quote version signature.

        `POST /v1/quote-versions/{resource_id}/request-signature`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_quote_version_signature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request(
                "request_quote_version_signature", request, _request_quote_version_signature._parse_response
            ),
        )

    async def send_quote_version(
        self,
        resource_id: str,
        *,
        body: SendQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> QuoteVersion:
        """Send the quote version.

        `POST /v1/quote-versions/{resource_id}/send`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            QuoteVersion: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "QuoteVersion",
            await self._invoker.request("send_quote_version", request, _send_quote_version._parse_response),
        )


class AsyncQuoteVersionsResourceWithRawResponse:
    """Like `AsyncQuoteVersionsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_quote_versions(
        self,
        *,
        quote_id: str,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteVersionPage]:
        """List the quote versions.

        `GET /v1/quote-versions`

        Args:
            quote_id: Only quote versions of this quote.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteVersionPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_quote_versions._get_kwargs(
            quote_id=quote_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteVersionPage]",
            await self._invoker.request_raw("list_quote_versions", request, _list_quote_versions._parse_response),
        )

    async def create_quote_version(
        self,
        *,
        body: CreateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Create a quote version.

        `POST /v1/quote-versions`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("create_quote_version", request, _create_quote_version._parse_response),
        )

    async def get_quote_version(
        self,
        resource_id: str,
        *,
        expand: list[str] | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Get the quote version.

        `GET /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            expand: Id fields whose referenced objects to embed in full in the answer.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_quote_version._get_kwargs(
            resource_id=resource_id,
            expand=expand,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("get_quote_version", request, _get_quote_version._parse_response),
        )

    async def delete_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Delete the quote version.

        `DELETE /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("delete_quote_version", request, _delete_quote_version._parse_response),
        )

    async def update_quote_version(
        self,
        resource_id: str,
        *,
        body: UpdateQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Update the quote version.

        `PATCH /v1/quote-versions/{resource_id}`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("update_quote_version", request, _update_quote_version._parse_response),
        )

    async def accept_quote_version(
        self,
        resource_id: str,
        *,
        body: AcceptQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Accept the quote version.

        `POST /v1/quote-versions/{resource_id}/accept`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _accept_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("accept_quote_version", request, _accept_quote_version._parse_response),
        )

    async def create_quote_version_subscription(
        self,
        resource_id: str,
        *,
        body: CreateQuoteVersionSubscriptionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Create a quote version subscription.

        `POST /v1/quote-versions/{resource_id}/create-subscription`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_quote_version_subscription._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw(
                "create_quote_version_subscription", request, _create_quote_version_subscription._parse_response
            ),
        )

    async def finalize_quote_version(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Finalize the quote version.

        `POST /v1/quote-versions/{resource_id}/finalize`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _finalize_quote_version._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("finalize_quote_version", request, _finalize_quote_version._parse_response),
        )

    async def download_quote_version_pdf(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[File]:
        """Download the quote version PDF.

        `GET /v1/quote-versions/{resource_id}/pdf`

        Args:
            resource_id: Id of the quote version.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[File]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _download_quote_version_pdf._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[File]",
            await self._invoker.request_raw(
                "download_quote_version_pdf", request, _download_quote_version_pdf._parse_response
            ),
        )

    async def reject_quote_version(
        self,
        resource_id: str,
        *,
        body: RejectQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Reject the quote version.

        `POST /v1/quote-versions/{resource_id}/reject`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reject_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("reject_quote_version", request, _reject_quote_version._parse_response),
        )

    async def request_quote_version_signature(
        self,
        resource_id: str,
        *,
        body: RequestQuoteVersionSignatureRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Request the quote version signature.

        `POST /v1/quote-versions/{resource_id}/request-signature`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_quote_version_signature._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw(
                "request_quote_version_signature", request, _request_quote_version_signature._parse_response
            ),
        )

    async def send_quote_version(
        self,
        resource_id: str,
        *,
        body: SendQuoteVersionRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[QuoteVersion]:
        """Send the quote version.

        `POST /v1/quote-versions/{resource_id}/send`

        Args:
            resource_id: Id of the quote version.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[QuoteVersion]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _send_quote_version._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[QuoteVersion]",
            await self._invoker.request_raw("send_quote_version", request, _send_quote_version._parse_response),
        )


__all__ = [
    "AsyncQuoteVersionsResource",
    "AsyncQuoteVersionsResourceWithRawResponse",
    "QuoteVersionsResource",
    "QuoteVersionsResourceWithRawResponse",
]
