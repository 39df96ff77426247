"""Every error payclients raises, for every provider.

PayclientsError
 ├── ConfigurationError       bad client settings (missing credentials, http:// to a remote host)
 ├── ParameterError           bad input to a call, caught before anything is sent
 ├── WebhookVerificationError a webhook delivery whose signature does not check out
 └── APIError                 something went wrong talking to the provider
      ├── APIConnectionError  no usable response (DNS, refused connection, reset, ...)
      │    └── APITimeoutError
      ├── ResponseValidationError  a response that does not decode or match the model
      └── APIStatusError      the provider answered with a 4xx or 5xx
           ├── BadRequestError (400)
           ├── AuthenticationError (401)
           ├── PermissionDeniedError (403)
           ├── NotFoundError (404)
           ├── ConflictError (409)
           ├── UnprocessableEntityError (422)
           ├── RateLimitError (429)
           └── InternalServerError (>= 500)

`ConfigurationError` and `ParameterError` are also `ValueError`s, so code that already guards
input with `except ValueError` keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "ParameterError",
    "PayclientsError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


class PayclientsError(Exception):
    """Base class of every payclients error."""


class ConfigurationError(PayclientsError, ValueError):
    """The client cannot be built as configured: the message says which setting to fix."""


class ParameterError(PayclientsError, ValueError):
    """A call's arguments break a rule of the API; nothing was sent.

    `param` names the offending argument (dotted for nested fields, e.g. `customer.address.zipcode`).
    """

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.problem = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.param, self.problem))


class WebhookVerificationError(PayclientsError):
    """A webhook delivery failed verification: treat its body as untrusted."""


class APIError(PayclientsError):
    """A request to the provider failed.

    Carries what is known about the exchange: the request's `method` and `url` always; the response's
    `status_code`, `headers`, raw `body`, `request_id` and the provider's parsed `error` when there
    was a response. `message` and `code` are the provider's own, when it sent them.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        request_id: str | None = None,
        code: str | None = None,
        error: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.status_code = status_code
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.body = body
        self.request_id = request_id
        self.code = code
        self.error = error

    def __str__(self) -> str:
        parts = [self.message]
        if self.status_code is not None:
            parts.insert(0, f"HTTP {self.status_code}:")
        parts.append(f"({self.method} {self.url}")
        parts[-1] += f", request id {self.request_id})" if self.request_id else ", no request id)"
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickles (task queues, result stores) as its plain attributes, which hold no credential.

        Headers of any mapping type travel as `httpx.Headers`, so the copy still looks them up
        case-insensitively (`headers["X-Request-Id"]`), as the original did.
        """
        import httpx  # only when pickling: importing payclients stays light

        state = dict(self.__dict__)
        if isinstance(state.get("headers"), Mapping):
            state["headers"] = httpx.Headers(state["headers"])
        return (_restore, (type(self), state))


def _restore(cls: type[APIError], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class APIStatusError(APIError):
    """The provider answered with an error status (4xx or 5xx).

    `field_errors` maps a request field to the provider's messages about it, for providers that
    report errors per field.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        headers: Mapping[str, str],
        body: bytes,
        request_id: str | None = None,
        code: str | None = None,
        error: Any = None,
        field_errors: Mapping[str, list[str]] | None = None,
    ) -> None:
        super().__init__(
            message,
            method=method,
            url=url,
            status_code=status_code,
            headers=headers,
            body=body,
            request_id=request_id,
            code=code,
            error=error,
        )
        self.field_errors: Mapping[str, list[str]] = field_errors or {}


class BadRequestError(APIStatusError):
    """400: the provider rejected the request as malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong, or for another environment."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or not in this environment)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state, or reuses an idempotency key."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but its content cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the wait the provider asked for, in seconds."""

    _requested_wait: float | None = None
    """The wait as the provider's client read it (headers or body); set when the error is raised."""

    @property
    def retry_after(self) -> float | None:
        from ._retries import retry_after_seconds, sane_wait

        if self._requested_wait is not None:
            return sane_wait(self._requested_wait)
        return retry_after_seconds(self.headers)


class InternalServerError(APIStatusError):
    """5xx: the provider failed. Safe to retry only if the request was idempotent."""


class APIConnectionError(APIError):
    """No usable response arrived: the connection failed, was reset, or broke mid-response."""


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


class ResponseValidationError(APIError):
    """A response arrived but its body does not decode, or does not match the documented model.

    Usually means the API changed; `body` holds what was received.
    """


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific error class for an error status."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)
