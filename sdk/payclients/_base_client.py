"""The runtime every provider client is built on.

`SyncAPIClient` and `AsyncAPIClient` own an httpx client and hand an invoker to the generated resource
classes (`client.invoices`, ...). Every operation of every provider goes through `_Core.prepare`
(URL, timeout, idempotency), the retry plan in `_retries`, and `_Core.finish` (typed errors, parsing,
raw responses), so behaviour is defined once.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import time
from collections.abc import Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self

import httpx

from ._config import TimeoutTypes, require_secure_url, to_timeout, user_agent
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    RateLimitError,
    ResponseValidationError,
    status_error_class,
)
from ._logging import logger, redact_headers, redact_url, setup_logging
from ._pagination import AsyncPager, SyncPager, page_parser
from ._provider import ErrorDetails, Provider, decode_json_body
from ._response import APIResponse
from ._retries import DEFAULT_MAX_RETRIES, Outcome, RetryPolicy, Send, Sleep

__all__ = ["AsyncAPIClient", "LazyResources", "SyncAPIClient"]

ParseResponse = Any  # an operation module's `_parse_response(*, client, response)`


class _ParseOptions:
    """Stands in for the generated `Client` when parsing: undocumented statuses raise."""

    raise_on_unexpected_status = True


_PARSE_OPTIONS = _ParseOptions()
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
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

    def _init_core(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        setup_logging()
        require_secure_url(base_url)
        self._init_retries(max_retries)
        self.base_url = httpx.URL(base_url)
        self.timeout = to_timeout(timeout)
        self._auth = auth
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
    ) -> None:
        """Settings and connections in one step, for a provider's `__init__` shared by both clients."""
        self._init_core(
            base_url=base_url, auth=auth, timeout=timeout, max_retries=max_retries, default_headers=default_headers
        )
        self._open(transport)

    def _open(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r} max_retries={self.max_retries}>"

    @property
    def _retry_policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries, retry_after=self.provider.retry_after)

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
            resource = cls(self._invoker_for(name))
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

    def with_options(self, *, timeout: TimeoutTypes = None, max_retries: int | None = None) -> Self:
        """A client for some calls with other settings; it shares this client's connections.

        >>> client.with_options(timeout=5, max_retries=0).get_invoice("inv_1")
        """
        clone = copy.copy(self)
        clone.__dict__ = {k: v for k, v in self.__dict__.items() if not self._is_resource(k)}
        if timeout is not None:
            clone.timeout = to_timeout(timeout)
        if max_retries is not None:
            clone._init_retries(max_retries)
        clone._owns_http = False
        return clone

    def _init_retries(self, max_retries: int) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, not {max_retries!r}")
        self.max_retries = max_retries

    def _is_resource(self, attribute: str) -> bool:
        return not attribute.startswith("_") and attribute in self._resource_map()

    # -- one call --------------------------------------------------------------------------------

    def _prepare(self, request: Mapping[str, Any]) -> tuple[httpx.Request, bool]:
        """An httpx request from an operation's `_get_kwargs`, and whether retrying it is safe."""
        kwargs = dict(request)
        headers = {**self._headers, **kwargs.pop("headers", {})}
        built = self._http.build_request(headers=headers, timeout=self.timeout, **kwargs)
        retry_safe = self.provider.idempotency(built)
        return built, retry_safe

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
        if logger.isEnabledFor(10):  # DEBUG
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

    def _connection_error(self, request: httpx.Request, exc: httpx.TransportError, attempts: int) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = "timed out" if cls is APITimeoutError else f"failed ({type(exc).__name__}: {exc})"
        tries = f"after {attempts} attempts" if attempts > 1 else "on the only attempt"
        return cls(
            f"{self.provider.name} request {what} {tries}",
            method=request.method,
            url=redact_url(request.url),
        )

    def _next_step(
        self,
        plan: Generator[Send | Sleep, Outcome, httpx.Response],
        outcome: Outcome,
        request: httpx.Request,
        parse: ParseResponse,
        attempts: int,
    ) -> Send | Sleep | APIResponse[Any]:
        """Feed one outcome to the retry plan: its next step, or the finished call's response or error."""
        try:
            return plan.send(outcome)
        except StopIteration as done:
            return self._finish(request, done.value, parse, attempts)
        except httpx.TransportError as exc:
            raise self._connection_error(request, exc, attempts) from exc

    def _finish(
        self, request: httpx.Request, response: httpx.Response, parse: ParseResponse, attempts: int
    ) -> APIResponse[Any]:
        """Raise the typed error for an error status; otherwise parse the body."""
        request_id = self._request_id(response)
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
        try:
            parsed = parse(client=_PARSE_OPTIONS, response=response)
        except _PARSE_ERRORS as exc:
            raise ResponseValidationError(
                f"the {self.provider.name} response does not match the spec: {type(exc).__name__}: {exc}",
                method=request.method,
                url=redact_url(request.url),
                status_code=response.status_code,
                headers=response.headers,
                body=response.content,
                request_id=request_id,
            ) from exc
        except Exception as exc:  # the generated errors.UnexpectedStatus
            if type(exc).__name__ != "UnexpectedStatus":
                raise
            raise ResponseValidationError(
                f"{self.provider.name} answered with status {response.status_code}, which the spec does not list",
                method=request.method,
                url=redact_url(request.url),
                status_code=response.status_code,
                headers=response.headers,
                body=response.content,
                request_id=request_id,
            ) from exc
        return APIResponse(http_response=response, parsed=parsed, request_id=request_id, attempts=attempts)

    def _status_error(self, request: httpx.Request, response: httpx.Response, request_id: str | None) -> APIStatusError:
        details: ErrorDetails | None
        try:
            details = self.provider.parse_error(response)
        except _PARSE_ERRORS:
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
    ) -> None:
        self._connect(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            transport=transport,
        )

    def _open(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> None:
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(f"{type(self).__name__} needs a sync httpx transport, not {transport!r}")
        self._http = httpx.Client(base_url=self.base_url, auth=self._auth, transport=transport, follow_redirects=False)

    @property
    def _invoker(self) -> _SyncInvoker:
        return _SyncInvoker(self)

    def _send(self, request: httpx.Request, retry_safe: bool, parse: ParseResponse) -> APIResponse[Any]:
        plan = self._retry_policy.plan(request, retry_safe=retry_safe, on_retry=self._log_retry)
        step: Send | Sleep | APIResponse[Any] = next(plan)
        attempts = 0
        while not isinstance(step, APIResponse):
            outcome: Outcome = None
            if isinstance(step, Send):
                attempts = step.attempt
                self._log_sent(step.request)
                try:
                    outcome = self._http.send(step.request)
                except httpx.TransportError as exc:
                    outcome = exc
            else:
                _sleep(step.seconds)
            step = self._next_step(plan, outcome, request, parse, attempts)
        return step

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
    ) -> None:
        self._connect(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            transport=transport,
        )

    def _open(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> None:
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(f"{type(self).__name__} needs an async httpx transport, not {transport!r}")
        self._http = httpx.AsyncClient(
            base_url=self.base_url, auth=self._auth, transport=transport, follow_redirects=False
        )

    @property
    def _invoker(self) -> _AsyncInvoker:
        return _AsyncInvoker(self)

    async def _send(self, request: httpx.Request, retry_safe: bool, parse: ParseResponse) -> APIResponse[Any]:
        plan = self._retry_policy.plan(request, retry_safe=retry_safe, on_retry=self._log_retry)
        step: Send | Sleep | APIResponse[Any] = next(plan)
        attempts = 0
        while not isinstance(step, APIResponse):
            outcome: Outcome = None
            if isinstance(step, Send):
                attempts = step.attempt
                self._log_sent(step.request)
                try:
                    outcome = await self._http.send(step.request)
                except httpx.TransportError as exc:
                    outcome = exc
            else:
                await _async_sleep(step.seconds)
            step = self._next_step(plan, outcome, request, parse, attempts)
        return step

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
        built, retry_safe = self._client._prepare(request)
        return self._client._send(built, retry_safe, parse)

    def paginate(
        self,
        operation: str,
        request: dict[str, Any],
        parse: ParseResponse,
        listing: Any,
        *,
        max_items: int | None = None,
    ) -> SyncPager[Any, Any]:
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
        built, retry_safe = self._client._prepare(request)
        return await self._client._send(built, retry_safe, parse)

    def paginate(
        self,
        operation: str,
        request: dict[str, Any],
        parse: ParseResponse,
        listing: Any,
        *,
        max_items: int | None = None,
    ) -> AsyncPager[Any, Any]:
        parse_page = page_parser(parse, listing)
        return AsyncPager(
            operation, request, listing, lambda page: self.request_raw(operation, page, parse_page), max_items=max_items
        )
