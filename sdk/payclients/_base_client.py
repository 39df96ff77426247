"""The runtime every provider client is built on.

`SyncAPIClient` and `AsyncAPIClient` own an httpx client and hand an invoker to the generated resource
classes (`client.invoices`, ...). Every operation of every provider goes through `_Core.prepare`
(URL, timeout, idempotency), the retry plan in `_retries`, and `_Core.finish` (typed errors, parsing,
raw responses), so behaviour is defined once.
"""

from __future__ import annotations

import contextvars
import copy
import functools
import importlib
import inspect
import logging
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

import httpx

from ._checks import check_header_text, config_text, has_control_characters
from ._config import (
    TimeoutTypes,
    check_base_url,
    to_deadline,
    to_timeout,
    user_agent,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    ParameterError,
    PayclientsError,
    RateLimitError,
    ResponseValidationError,
    status_error_class,
)
from ._facade import note_response
from ._logging import REDACTED, logger, redact_headers, redact_url, setup_logging
from ._pagination import AsyncPager, SyncPager, page_parser
from ._paths import expand_path
from ._provider import ErrorDetails, Provider, decode_json_body
from ._response import APIResponse
from ._retries import DEFAULT_MAX_RETRIES, Outcome, RetryPolicy, Send, Sleep

__all__ = ["AsyncAPIClient", "LazyResources", "SyncAPIClient"]

ParseResponse = Any  # an operation module's `_parse_response(*, client, response)`


class _ParseOptions:
    """Stands in for the generated `Client` when parsing: undocumented statuses raise."""

    raise_on_unexpected_status = True


_PARSE_OPTIONS = _ParseOptions()
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError, ArithmeticError, IndexError)
"""What parsing a malformed body raises: a too-deep JSON document, a non-finite number, a wrong type."""
_ARGUMENT_ERRORS = (TypeError, ValueError, AttributeError, RecursionError, ArithmeticError, KeyError)
"""What the generated code raises while building a request from arguments that do not fit."""
MAX_BODY_BYTES = 64 * 1024 * 1024
"""A response body larger than this is refused (64 MiB): no API of ours sends one."""


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: it costs a sync user's import about 15 ms

    await asyncio.sleep(seconds)


class LazyResources:
    """Stands in, at run time, for a generated package's `api.Resources` / `api.AsyncResources`.

    A provider client inherits those for type checkers only (`if TYPE_CHECKING:`): they declare the
    typed resource attributes, while `_Core.__getattr__` builds each resource on first use, so neither
    importing nor constructing a client imports the generated package.
    """


class _Core:
    """Settings and request/response handling shared by the sync and async clients."""

    provider: ClassVar[Provider]
    _http: httpx.Client | httpx.AsyncClient

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__ != __name__:  # the provider clients: their methods get the argument net
            check_arguments(cls)
            if "__init__" in vars(cls):
                cls.__init__ = _checked_constructor(vars(cls)["__init__"])  # type: ignore[method-assign]

    def _init_core(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        deadline: float | None = None,
    ) -> None:
        setup_logging()
        self.base_url = check_base_url(base_url)
        self._init_retries(max_retries)
        self.base_url = httpx.URL(base_url)
        self._url_prefix = str(self.base_url).rstrip("/") + "/"
        self.timeout = to_timeout(timeout)
        self.deadline = to_deadline(deadline, timeout)
        self._auth = auth
        if default_headers is not None and not isinstance(default_headers, Mapping):
            raise ConfigurationError(f"default_headers must be a mapping, not {type(default_headers).__name__}")
        for name, value in (default_headers or {}).items():
            config_text(value, f"the {name} header")
        self._headers = {"User-Agent": user_agent(), "Accept": "application/json", **(default_headers or {})}
        self._owns_http = True

    def _connect(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        """Settings and connections in one step, for a provider's `__init__` shared by both clients."""
        self._init_core(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            deadline=deadline,
        )
        self._open(transport, http_client, limits)

    def _open(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        limits: httpx.Limits | None,
    ) -> None:
        """Open the connections (the sync or async httpx client), checking the transport's kind."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r} max_retries={self.max_retries}>"

    def _require_open(self) -> None:
        if self._http.is_closed:
            raise ConfigurationError(
                f"this {self.provider.name} client is closed; make a new one (or call it inside its `with` block)"
            )

    # -- resources -------------------------------------------------------------------------------

    if not TYPE_CHECKING:  # type checkers see the resources declared by the generated `api.Resources`

        def __getattr__(self, name: str) -> Any:
            """Build a generated resource (`client.invoices`) on first use; later uses find it cached."""
            if name.startswith("_"):
                raise AttributeError(name)
            resources = self._resource_map()
            if name not in resources:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            module_name, sync_class, async_class = resources[name]
            module = importlib.import_module(module_name, f"{self.provider.generated_package}.api")
            cls = getattr(module, async_class if isinstance(self, AsyncAPIClient) else sync_class)
            resource = _CheckedResource(cls(self._invoker_for(name)))
            self.__dict__[name] = resource
            return resource

    def __dir__(self) -> list[str]:
        """The attributes, with the resources not built yet (so Tab completion lists them)."""
        return sorted({*super().__dir__(), *self._resource_map()})

    def _invoker_for(self, tag: str) -> Any:
        """The invoker a resource sends through; a provider may route some tags elsewhere."""
        return self._invoker

    def _resource_map(self) -> Mapping[str, tuple[str, str, str]]:
        api = importlib.import_module(f"{self.provider.generated_package}.api")
        resources: Mapping[str, tuple[str, str, str]] = api.RESOURCES
        return resources

    @property
    def _invoker(self) -> Any:
        raise NotImplementedError

    def with_options(
        self, *, timeout: TimeoutTypes = None, max_retries: int | None = None, deadline: float | None = None
    ) -> Self:
        """A client for some calls with other settings; it shares this client's connections.

        A number as `timeout` bounds each wait and the whole call (all attempts and the pauses between
        them); `deadline` sets the latter alone.

        >>> client.with_options(timeout=5, max_retries=0).get_invoice("inv_1")
        """
        clone = copy.copy(self)
        clone.__dict__ = {k: v for k, v in self.__dict__.items() if not self._is_resource(k)}
        if timeout is not None:
            clone.timeout = to_timeout(timeout)
        if deadline is not None or (timeout is not None and not isinstance(timeout, httpx.Timeout)):
            clone.deadline = to_deadline(deadline, timeout)
        if max_retries is not None:
            clone._init_retries(max_retries)
        clone._owns_http = False
        return clone

    def _init_retries(self, max_retries: int) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, not {max_retries!r}")
        self.max_retries = max_retries
        self._retry_policy = RetryPolicy(max_retries=max_retries, retry_after=self.provider.retry_after)

    def _is_resource(self, attribute: str) -> bool:
        return not attribute.startswith("_") and attribute in self._resource_map()

    # -- one call --------------------------------------------------------------------------------

    def _prepare(self, request: Mapping[str, Any]) -> tuple[httpx.Request, bool]:
        """An httpx request from an operation's `_get_kwargs`, and whether retrying it is safe.

        The URL is made absolute here rather than by an httpx `base_url`, so a client the user
        configured (`http_client=`) sends to the provider whatever its own base URL is.

        Everything the caller gave is checked here, before anything is sent: path values (`_paths`),
        header values (no line breaks, no padding), multipart content types. A value httpx cannot
        encode is a `ParameterError` too.
        """
        self._require_open()
        kwargs = dict(request)
        url = expand_path(str(kwargs.pop("url")), kwargs.pop("path_params", None) or {})
        if not url.startswith(("https://", "http://")):
            url = self._url_prefix + url.lstrip("/")
        call_headers = kwargs.pop("headers", None)
        headers = self._headers
        if call_headers:
            for name, value in call_headers.items():
                if name.lower() != "content-type":
                    check_header_text(value, name)
            headers = {**self._headers, **call_headers}
        _check_files(kwargs.get("files"))
        if not kwargs.get("params"):
            kwargs.pop("params", None)  # an empty mapping still costs httpx a URL merge
        problem: str | None = None
        try:
            built = self._http.build_request(url=url, headers=headers, timeout=self.timeout, **kwargs)
        except (httpx.InvalidURL, UnicodeError) as exc:
            problem = f"cannot be made into an HTTP request ({type(exc).__name__})"
        except (TypeError, ValueError) as exc:
            problem = f"cannot be sent ({type(exc).__name__}: {exc})"
        if problem is not None:
            raise ParameterError(str(request.get("url", "request")), problem)
        retry_safe = self.provider.idempotency(built)
        return built, retry_safe

    def _attempt_timeout(self, deadline_at: float) -> dict[str, float | None]:
        """This attempt's httpx timeouts: the configured ones, none past the call's deadline."""
        remaining = max(deadline_at - time.monotonic(), 0.001)
        return {
            phase: remaining if limit is None else min(limit, remaining)
            for phase, limit in self.timeout.as_dict().items()
        }

    def _deadline_error(self, request: httpx.Request, attempts: int) -> APITimeoutError:
        tries = f"after {attempts} attempts" if attempts > 1 else "on the only attempt"
        return APITimeoutError(
            f"{self.provider.name} call ran past its deadline of {self.deadline:g} s {tries}",
            method=request.method,
            url=redact_url(request.url),
        )

    def _log_retry(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        logger.info(
            "%s %s failed (%s); retrying in %.2fs (attempt %d of %d)",
            request.method,
            redact_url(request.url),
            reason,
            delay,
            attempt + 1,
            self.max_retries + 1,
        )

    def _log_sent(self, request: httpx.Request) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "sending %s %s headers=%s",
                request.method,
                redact_url(request.url),
                redact_headers(request.headers, self._sensitive_headers),
            )

    @property
    def _sensitive_headers(self) -> tuple[str, ...]:
        names: tuple[str, ...] = getattr(self._auth, "header_names", ())
        return (*names, *self.provider.sensitive_headers)

    def _request_id(self, response: httpx.Response) -> str | None:
        header = self.provider.request_id_header
        return response.headers.get(header) if header else None

    def _connection_error(self, request: httpx.Request, exc: Exception, attempts: int) -> APIError:
        """The typed error for what went wrong in transport. It keeps a description, never `exc` itself:
        httpx exceptions hold the request, and with it the credential headers."""
        tries = f"after {attempts} attempts" if attempts > 1 else "on the only attempt"
        url = redact_url(request.url)
        if isinstance(exc, _BodyTooLarge):
            return ResponseValidationError(
                f"the {self.provider.name} response body is larger than {MAX_BODY_BYTES} bytes; not read",
                method=request.method,
                url=url,
            )
        if isinstance(exc, httpx.DecodingError):
            return ResponseValidationError(
                f"the {self.provider.name} response body does not decode as its Content-Encoding says",
                method=request.method,
                url=url,
            )
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{self.provider.name} request timed out {tries}", method=request.method, url=url)
        reason = _safe_reason(exc, request)
        return APIConnectionError(
            f"{self.provider.name} request failed ({reason}) {tries}", method=request.method, url=url
        )

    def _next_step(
        self,
        plan: Generator[Send | Sleep, Outcome, httpx.Response],
        outcome: Outcome,
        request: httpx.Request,
        parse: ParseResponse,
        attempts: int,
    ) -> Send | Sleep | APIResponse[Any]:
        """Feed one outcome to the retry plan: its next step, or the finished call's response or error.

        Errors are raised outside the `except` blocks, so that no httpx object (which holds the request
        and its credentials) rides along as `__context__`.
        """
        failure: Exception | None = None
        response: httpx.Response | None = None
        try:
            return plan.send(outcome)
        except StopIteration as done:
            response = done.value
        except httpx.TransportError as exc:
            failure = exc
        if response is not None:
            return self._finish(request, response, parse, attempts)
        assert failure is not None
        raise self._connection_error(request, failure, attempts) from None

    def _give_up(
        self,
        plan: Generator[Send | Sleep, Outcome, httpx.Response],
        last: Outcome,
        request: httpx.Request,
        parse: ParseResponse,
        attempts: int,
    ) -> APIResponse[Any]:
        """The wait before the next retry would pass the deadline: the last outcome is the call's."""
        plan.close()
        if isinstance(last, httpx.Response):
            return self._finish(request, last, parse, attempts)
        if last is None:
            raise self._deadline_error(request, attempts)
        raise self._connection_error(request, last, attempts) from None

    def _finish(
        self, request: httpx.Request, response: httpx.Response, parse: ParseResponse, attempts: int
    ) -> APIResponse[Any]:
        """Raise the typed error for an error status; otherwise parse the body."""
        request_id = self._request_id(response)
        if logger.isEnabledFor(logging.INFO):  # the arguments cost a URL parse: build them only when logged
            logger.info(
                "%s %s -> %d (%s, request id %s%s)",
                request.method,
                redact_url(request.url),
                response.status_code,
                _elapsed(response),
                request_id or "none",
                f", {attempts} attempts" if attempts > 1 else "",
            )
        if response.status_code >= 400:
            raise self._status_error(request, response, request_id)
        problem: str | None = None
        try:
            parsed = parse(client=_PARSE_OPTIONS, response=response)
        except PayclientsError:
            raise
        except Exception as exc:  # a body that does not parse, whatever the parser raised
            if type(exc).__name__ == "UnexpectedStatus":  # the generated errors.UnexpectedStatus
                status = response.status_code
                problem = f"{self.provider.name} answered with status {status}, which the spec does not list"
            elif type(exc).__name__ == "ResponseValueError":  # the generated one: a JSON path and a problem
                path = getattr(exc, "path", "")
                where = f" at {path}" if path else ""
                problem = (
                    f"the {self.provider.name} response does not match the spec{where}: {getattr(exc, 'problem', exc)}"
                )
            else:
                problem = f"the {self.provider.name} response does not match the spec: {_describe_exception(exc)}"
        if problem is not None:
            raise ResponseValidationError(
                problem,
                method=request.method,
                url=redact_url(request.url),
                status_code=response.status_code,
                headers=response.headers,
                body=response.content,
                request_id=request_id,
            ) from None
        return APIResponse(http_response=response, parsed=parsed, request_id=request_id, attempts=attempts)

    def _status_error(self, request: httpx.Request, response: httpx.Response, request_id: str | None) -> APIStatusError:
        details: ErrorDetails | None
        try:
            details = self.provider.parse_error(response)
        except Exception:  # an unreadable error body is still the status's error
            details = None
        if details is None:
            details = ErrorDetails(message=_describe_body(response))
        error = status_error_class(response.status_code)(
            details.message,
            method=request.method,
            url=redact_url(request.url),
            status_code=response.status_code,
            headers=response.headers,
            body=response.content,
            request_id=request_id,
            code=details.code,
            error=details.error,
            field_errors=details.field_errors,
        )
        if isinstance(error, RateLimitError):
            error._requested_wait = self.provider.retry_after(response)
        return error


class _BodyTooLarge(Exception):
    """A response body over `MAX_BODY_BYTES`."""


def _check_files(files: Any) -> None:
    """Multipart parts: a content type with a control character would add headers to the part."""
    for name, part in files or ():
        content_type = part[2] if isinstance(part, tuple) and len(part) >= 3 else None
        if isinstance(content_type, str) and has_control_characters(content_type):
            raise ParameterError(f"{name}.content_type", "contains a control character")


def _describe_exception(exc: BaseException) -> str:
    text = str(exc)
    if len(text) > 300:
        text = text[:300] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _safe_reason(exc: BaseException, request: httpx.Request) -> str:
    """The exception's type and message, with every request header value in it redacted."""
    text = _describe_exception(exc)
    for _, value in request.headers.multi_items():
        if len(value) >= 4:
            text = text.replace(value, REDACTED)
            text = text.replace(repr(value.encode("latin-1", "replace"))[2:-1], REDACTED)
    return text


def _check_deadline(deadline_at: float) -> None:
    if time.monotonic() > deadline_at:
        raise httpx.ReadTimeout("the call's deadline passed while the body was arriving")


class _BoundedStream(httpx.SyncByteStream):
    """A response body that stops at the call's deadline and at `MAX_BODY_BYTES`."""

    def __init__(self, stream: Any, deadline_at: float) -> None:
        self._stream = stream
        self._deadline_at = deadline_at

    def __iter__(self) -> Iterator[bytes]:
        size = 0
        for chunk in self._stream:
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise _BodyTooLarge
            _check_deadline(self._deadline_at)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    """The async twin of `_BoundedStream`."""

    def __init__(self, stream: Any, deadline_at: float) -> None:
        self._stream = stream
        self._deadline_at = deadline_at

    async def __aiter__(self) -> AsyncIterator[bytes]:
        size = 0
        async for chunk in self._stream:
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise _BodyTooLarge
            _check_deadline(self._deadline_at)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


_NOT_TRANSPORT = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, _BodyTooLarge)
"""Failures of one attempt that are not retried: a body that does not decode, one that is too large."""


def _elapsed(response: httpx.Response) -> str:
    try:
        return f"{response.elapsed.total_seconds() * 1000:.0f} ms"
    except RuntimeError:  # responses that were never closed (e.g. from a mock transport) have no timing
        return "time unknown"


def _describe_body(response: httpx.Response) -> str:
    """A message for an error body the provider's parser did not recognise."""
    body = decode_json_body(response)
    if isinstance(body, dict):
        for key in ("message", "detail", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])
    kind = response.headers.get("content-type", "no content type").split(";")[0]
    return f"{response.reason_phrase or 'error'} ({kind} body of {len(response.content)} bytes)"


HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


def _check_pool_options(transport: object, limits: httpx.Limits | None) -> None:
    if limits is not None and not isinstance(limits, httpx.Limits):
        raise ConfigurationError(f"limits must be an httpx.Limits, not {type(limits).__name__}")
    if limits is not None and transport is not None:
        raise ConfigurationError("limits= sets up the default transport: with transport=, configure the transport")


DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""httpx's own default pool: at most 100 connections, 20 kept alive when idle."""


def _user_client(client: HTTPClient, kind: type[HTTPClient], transport: object, limits: object) -> HTTPClient:
    """A client the user configured (pool, proxies, HTTP/2, event hooks), checked.

    Our rules still hold with it: every request carries its absolute URL, our auth (https or loopback
    only) and our timeout, and is sent with `follow_redirects=False` whatever the client's setting, so
    credentials never follow a redirect. The user keeps ownership: `close()` leaves it open.
    """
    if not isinstance(client, kind):
        raise ConfigurationError(
            f"http_client must be an {kind.__module__}.{kind.__name__}, not {type(client).__name__}"
        )
    if transport is not None or limits is not None:
        raise ConfigurationError("pass either http_client= or transport=/limits= (configure them on the http_client)")
    if client.is_closed:
        raise ConfigurationError("http_client is closed")
    return client


class SyncAPIClient(_Core):
    """Base of the synchronous provider clients."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        self._connect(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )

    def _open(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        limits: httpx.Limits | None,
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(f"transport must be an httpx.BaseTransport, not {type(transport).__name__}")
        if http_client is None:
            _check_pool_options(transport, limits)
            self._http = httpx.Client(
                base_url=self.base_url,
                auth=self._auth,
                transport=transport,
                follow_redirects=False,
                limits=limits or DEFAULT_LIMITS,
            )
        elif isinstance(http_client, httpx.Client):
            self._http = _user_client(http_client, httpx.Client, transport, limits)
            self._owns_http = False
        else:
            raise ConfigurationError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")

    @property
    def _invoker(self) -> _SyncInvoker:
        return _SyncInvoker(self)

    def _send(self, request: httpx.Request, retry_safe: bool, parse: ParseResponse) -> APIResponse[Any]:
        deadline_at = time.monotonic() + self.deadline
        plan = self._retry_policy.plan(request, retry_safe=retry_safe, on_retry=self._log_retry)
        step: Send | Sleep | APIResponse[Any] = next(plan)
        attempts = 0
        last: Outcome = None
        while not isinstance(step, APIResponse):
            outcome: Outcome = None
            failure: Exception | None = None
            if isinstance(step, Send):
                attempts = step.attempt
                if time.monotonic() >= deadline_at:
                    raise self._deadline_error(request, attempts - 1)
                self._log_sent(step.request)
                try:
                    outcome = last = self._attempt(step.request, deadline_at)
                except httpx.TransportError as exc:
                    outcome = last = exc
                except _NOT_TRANSPORT as exc:
                    failure = exc
                if failure is not None:
                    raise self._connection_error(request, failure, attempts) from None
            elif time.monotonic() + step.seconds > deadline_at:
                return self._give_up(plan, last, request, parse, attempts)
            else:
                _sleep(step.seconds)
            step = self._next_step(plan, outcome, request, parse, attempts)
        return step

    def _attempt(self, request: httpx.Request, deadline_at: float) -> httpx.Response:
        """Send once and read the body, none of it past the call's deadline."""
        request.extensions["timeout"] = self._attempt_timeout(deadline_at)
        response = self._http.send(request, auth=self._auth, follow_redirects=False, stream=True)
        try:
            response.stream = _BoundedStream(response.stream, deadline_at)
            response.read()
        finally:
            response.close()
        return response

    def close(self) -> None:
        """Close the connections (not for clients made by `with_options`, which share them)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_Core):
    """Base of the asynchronous provider clients; the same surface, awaited."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        deadline: float | None = None,
    ) -> None:
        self._connect(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            transport=transport,
            http_client=http_client,
            limits=limits,
            deadline=deadline,
        )

    def _open(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        limits: httpx.Limits | None,
    ) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(f"transport must be an httpx.AsyncBaseTransport, not {type(transport).__name__}")
        if http_client is None:
            _check_pool_options(transport, limits)
            self._http = httpx.AsyncClient(
                base_url=self.base_url,
                auth=self._auth,
                transport=transport,
                follow_redirects=False,
                limits=limits or DEFAULT_LIMITS,
            )
        elif isinstance(http_client, httpx.AsyncClient):
            self._http = _user_client(http_client, httpx.AsyncClient, transport, limits)
            self._owns_http = False
        else:
            raise ConfigurationError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")

    @property
    def _invoker(self) -> _AsyncInvoker:
        return _AsyncInvoker(self)

    async def _send(self, request: httpx.Request, retry_safe: bool, parse: ParseResponse) -> APIResponse[Any]:
        deadline_at = time.monotonic() + self.deadline
        plan = self._retry_policy.plan(request, retry_safe=retry_safe, on_retry=self._log_retry)
        step: Send | Sleep | APIResponse[Any] = next(plan)
        attempts = 0
        last: Outcome = None
        while not isinstance(step, APIResponse):
            outcome: Outcome = None
            failure: Exception | None = None
            if isinstance(step, Send):
                attempts = step.attempt
                if time.monotonic() >= deadline_at:
                    raise self._deadline_error(request, attempts - 1)
                self._log_sent(step.request)
                try:
                    outcome = last = await self._attempt(step.request, deadline_at)
                except httpx.TransportError as exc:
                    outcome = last = exc
                except _NOT_TRANSPORT as exc:
                    failure = exc
                if failure is not None:
                    raise self._connection_error(request, failure, attempts) from None
            elif time.monotonic() + step.seconds > deadline_at:
                return self._give_up(plan, last, request, parse, attempts)
            else:
                await _async_sleep(step.seconds)
            step = self._next_step(plan, outcome, request, parse, attempts)
        return step

    async def _attempt(self, request: httpx.Request, deadline_at: float) -> httpx.Response:
        """Send once and read the body, none of it past the call's deadline."""
        request.extensions["timeout"] = self._attempt_timeout(deadline_at)
        response = await self._http.send(request, auth=self._auth, follow_redirects=False, stream=True)
        try:
            response.stream = _AsyncBoundedStream(response.stream, deadline_at)
            await response.aread()
        finally:
            await response.aclose()
        return response

    async def close(self) -> None:
        """Close the connections (not for clients made by `with_options`, which share them)."""
        if self._owns_http:
            await self._http.aclose()

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class _SyncInvoker:
    """The generated resources' `Invoker`, backed by a `SyncAPIClient`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def request(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> Any:
        return self.request_raw(operation, request, parse).parsed

    def request_raw(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> APIResponse[Any]:
        _mark_reached()
        built, retry_safe = self._client._prepare(request)
        response = self._client._send(built, retry_safe, parse)
        note_response(response)
        return response

    def paginate(
        self,
        operation: str,
        request: dict[str, Any],
        parse: ParseResponse,
        listing: Any,
        *,
        max_items: int | None = None,
    ) -> SyncPager[Any, Any]:
        self._client._prepare(request)  # a bad argument (a path value, say) fails here, not at the first page
        parse_page = page_parser(parse, listing)
        return SyncPager(
            operation, request, listing, lambda page: self.request_raw(operation, page, parse_page), max_items=max_items
        )


class _AsyncInvoker:
    """The generated resources' `AsyncInvoker`, backed by an `AsyncAPIClient`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def request(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> Any:
        return (await self.request_raw(operation, request, parse)).parsed

    async def request_raw(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> APIResponse[Any]:
        _mark_reached()
        built, retry_safe = self._client._prepare(request)
        response = await self._client._send(built, retry_safe, parse)
        note_response(response)
        return response

    def paginate(
        self,
        operation: str,
        request: dict[str, Any],
        parse: ParseResponse,
        listing: Any,
        *,
        max_items: int | None = None,
    ) -> AsyncPager[Any, Any]:
        self._client._prepare(request)  # a bad argument (a path value, say) fails here, not at the first page
        parse_page = page_parser(parse, listing)
        return AsyncPager(
            operation, request, listing, lambda page: self.request_raw(operation, page, parse_page), max_items=max_items
        )


class _CheckedResource:
    """A generated resource whose request-building errors are `ParameterError`s.

    A resource method builds its request (`_get_kwargs`, request models' `to_dict`/`to_multipart`)
    before it reaches the invoker. What that raises for arguments that do not fit (the generated
    `RequestValueError`, or a `TypeError`/`AttributeError` from a value of the wrong type) is mapped
    here, once for every operation; nothing has been sent. Errors from the invoker are already typed.
    """

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._resource, name)
        if name == "with_raw_response":
            return _CheckedResource(attribute)
        if name.startswith("_") or not callable(attribute):
            return attribute
        wrap = _checked_async if inspect.iscoroutinefunction(attribute) else _checked
        checked = wrap(attribute, name)
        self.__dict__[name] = checked
        return checked

    def __repr__(self) -> str:
        return repr(self._resource)


_CALLS: contextvars.ContextVar[tuple[list[bool], ...]] = contextvars.ContextVar("payclients_calls", default=())
"""One flag per checked call in progress (a facade method, the resource method it calls): set once the
call reached the invoker, after which an error is no longer about the arguments."""


def _mark_reached() -> None:
    for flag in _CALLS.get():
        flag[0] = True


def _parameter_error(exc: BaseException, operation: str) -> ParameterError:
    path = getattr(exc, "path", None)
    problem = getattr(exc, "problem", None)
    if isinstance(path, str) and isinstance(problem, str):  # the generated RequestValueError
        return ParameterError(path or operation, problem)
    return ParameterError(operation, f"arguments that cannot be sent: {_describe_exception(exc)}")


def _checked(method: Callable[..., Any], operation: str) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        error: ParameterError | None = None
        reached = [False]
        token = _CALLS.set((*_CALLS.get(), reached))
        try:
            return method(*args, **kwargs)
        except PayclientsError:
            raise
        except _ARGUMENT_ERRORS as exc:
            if reached[0]:
                raise
            error = _parameter_error(exc, operation)
        finally:
            _CALLS.reset(token)
        raise error from None

    return call


def _checked_async(method: Callable[..., Any], operation: str) -> Callable[..., Any]:
    @functools.wraps(method)
    async def call(*args: Any, **kwargs: Any) -> Any:
        error: ParameterError | None = None
        reached = [False]
        token = _CALLS.set((*_CALLS.get(), reached))
        try:
            return await method(*args, **kwargs)
        except PayclientsError:
            raise
        except _ARGUMENT_ERRORS as exc:
            if reached[0]:
                raise
            error = _parameter_error(exc, operation)
        finally:
            _CALLS.reset(token)
        raise error from None

    return call


def _checked_constructor(init: Callable[..., None]) -> Callable[..., None]:
    """A client constructor that answers arguments it does not take (an unknown keyword, too many
    positionals) with `ConfigurationError`, as it answers a bad value. The message names the
    argument, never a value, so a misspelt keyword cannot carry a key into a log."""
    signature = inspect.signature(init)

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        try:
            init(self, *args, **kwargs)
        except TypeError:
            message = _unbindable(signature, self, args, kwargs)
            if message is None:
                raise
        else:
            return
        # Raised out here, so neither TypeError (nor its frames, which hold the arguments) rides along.
        raise ConfigurationError(f"{type(self).__name__}(): {message}")

    return __init__


def _unbindable(signature: inspect.Signature, self: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    """Why the arguments do not fit the signature (naming arguments, never values), or None."""
    try:
        signature.bind(self, *args, **kwargs)
    except TypeError as unbound:
        return str(unbound)
    return None


def check_arguments(cls: type) -> None:
    """Make every public method of a facade class raise `ParameterError`, naming the method, for an
    argument that breaks it before anything is sent (a value of a type no check foresaw). The explicit
    checks name the argument; this is the net under them."""
    for name, value in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(value) or getattr(value, "_payclients_checked", False):
            continue
        wrap = _checked_async if inspect.iscoroutinefunction(value) else _checked
        checked = wrap(value, name)
        checked._payclients_checked = True  # type: ignore[attr-defined]
        setattr(cls, name, checked)
