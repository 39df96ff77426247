"""Bearer tokens that fetch and renew themselves: an `httpx.Auth` any provider can use.

`TokenAuth` sends `Authorization: Bearer <token>` and gets the token from a `TokenSource`: either an
OAuth exchange described by `OAuthEndpoints` (credentials -> token, token -> fresh token), or a
caller's `token_provider` callable. The token is renewed shortly before it expires, and once after a
401 (the request is then sent again, once). One renewal runs at a time: threads share a lock, tasks
share an asyncio lock, and whoever waited finds the new token instead of fetching another.

The renewal requests are written once, as a generator that yields what it needs (a lock, a request to
send, a call of the provider); the sync and async flows of httpx only carry those out. Tokens and
secrets are kept out of reprs, logs and errors.
"""

from __future__ import annotations

import inspect
import json
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import httpx

if TYPE_CHECKING:
    import asyncio

from ._config import require_secure_url
from ._exceptions import AuthenticationError, ConfigurationError

__all__ = ["AccessToken", "OAuthEndpoints", "TokenAuth", "TokenProvider"]

DEFAULT_LEEWAY: Final = 60.0
"""Renew a token this many seconds before it expires (at most a tenth of its lifetime)."""


@dataclass(frozen=True)
class AccessToken:
    """A bearer token and when it stops working (`expires_at`, seconds on `time.monotonic()`; None: unknown)."""

    value: str = field(repr=False)
    expires_at: float | None = None
    issued_at: float = field(default_factory=time.monotonic, repr=False)

    @classmethod
    def lasting(cls, value: str, seconds: float | None) -> AccessToken:
        """A token that expires `seconds` from now."""
        now = time.monotonic()
        return cls(value, None if seconds is None else now + float(seconds), now)

    @property
    def lifetime(self) -> float | None:
        return None if self.expires_at is None else self.expires_at - self.issued_at

    def __repr__(self) -> str:
        left = "unknown" if self.expires_at is None else f"{self.expires_at - time.monotonic():.0f} s"
        return f"AccessToken([redacted], expires in {left})"


TokenProvider = Callable[[], "str | AccessToken | Awaitable[str | AccessToken]"]
"""Your own source of tokens: called when a token is needed or was refused; may be async for async clients."""


@dataclass(frozen=True)
class OAuthEndpoints:
    """How one provider hands out tokens, as data: the rest is shared."""

    token_path: str
    """POST with the credentials body: a new token."""
    credentials: Mapping[str, str] = field(repr=False)
    """The JSON body of the token request (holds the secret)."""
    refresh_path: str | None = None
    """POST with the current token as bearer: a fresh token (None: always use the credentials)."""
    token_field: str = "access_token"
    lifetime_field: str = "expires_in"

    def __repr__(self) -> str:
        paths = f"token_path={self.token_path!r}, refresh_path={self.refresh_path!r}"
        return f"OAuthEndpoints({paths}, credentials=[redacted])"


@dataclass(frozen=True)
class _Lock:
    pass


@dataclass(frozen=True)
class _Unlock:
    pass


@dataclass(frozen=True)
class _Provide:
    pass


_LOCK, _UNLOCK, _PROVIDE = _Lock(), _Unlock(), _Provide()
_Step = httpx.Request | _Lock | _Unlock | _Provide
_Flow = Generator[_Step, Any, None]


class TokenAuth(httpx.Auth):
    """Bearer auth with self-renewing tokens (see the module docstring)."""

    @property
    def header_names(self) -> tuple[str, ...]:
        """Headers this auth sets: redacted in logs."""
        return ("Authorization", *self._defaults)

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        endpoints: OAuthEndpoints | None = None,
        token_provider: TokenProvider | None = None,
        default_headers: Mapping[str, str] | None = None,
        defaults: Mapping[str, str] | None = None,
        leeway: float = DEFAULT_LEEWAY,
        provider_name: str = "the provider",
    ) -> None:
        if (endpoints is None) == (token_provider is None):
            raise ConfigurationError("TokenAuth needs exactly one of endpoints and token_provider")
        if token_provider is not None and not callable(token_provider):
            raise ConfigurationError("token_provider must be a callable that returns a token")
        self._base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self._endpoints = endpoints
        self._provider = token_provider
        self._defaults = dict(defaults or {})
        """Headers every request gets unless it set them (an account id, say); token requests too."""
        self._default_headers = {**dict(default_headers or {}), **self._defaults}
        self._leeway = leeway
        self._name = provider_name
        self._token: AccessToken | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self.renewals = 0
        """How many tokens were fetched so far (for tests and diagnostics)."""

    def __repr__(self) -> str:
        source = "token_provider" if self._provider is not None else repr(self._endpoints)
        return f"TokenAuth({source}, token=[redacted])"

    # -- the flow, written once ------------------------------------------------------------------

    def _needs_renewal(self, token: AccessToken | None) -> bool:
        if token is None:
            return True
        if token.expires_at is None:
            return False
        return time.monotonic() >= token.expires_at - self._leeway_for(token)

    def _leeway_for(self, token: AccessToken) -> float:
        lifetime = token.lifetime
        return self._leeway if lifetime is None else min(self._leeway, max(0.0, lifetime / 10))

    def _flow(self, request: httpx.Request) -> _Flow:
        require_secure_url(request.url)
        for name, value in self._defaults.items():
            request.headers.setdefault(name, value)
        token = self._token
        if self._needs_renewal(token):
            yield _LOCK  # an error below leaves the lock to the driver, which releases it
            token = self._token  # another thread or task may have renewed it while we waited
            if self._needs_renewal(token):
                token = yield from self._renew(token)
            yield _UNLOCK
        assert token is not None
        request.headers["Authorization"] = f"Bearer {token.value}"
        response: httpx.Response = yield request
        if response.status_code != 401:
            return
        fresh: AccessToken | None
        yield _LOCK
        if self._token is token:  # nobody renewed it since this request was sent
            fresh = yield from self._renew(token, refused=True)
        else:
            fresh = self._token
        yield _UNLOCK
        if fresh is None:
            return
        request.headers["Authorization"] = f"Bearer {fresh.value}"
        yield request

    def _renew(self, current: AccessToken | None, *, refused: bool = False) -> Generator[_Step, Any, AccessToken]:
        """A new token (call with the lock held): refresh the current one if possible, else log in again."""
        token: AccessToken | None = None
        if self._provider is not None:
            value = yield _PROVIDE
            token = _as_token(value, self._name)
        else:
            endpoints = self._endpoints
            assert endpoints is not None
            if current is not None and endpoints.refresh_path and not refused:
                response = yield self._build(endpoints.refresh_path, bearer=current.value)
                if response.status_code < 300:
                    token = self._parse(response, endpoints)
            if token is None:
                response = yield self._build(endpoints.token_path, body=endpoints.credentials)
                token = self._parse(response, endpoints)
        assert token is not None
        self._token = token
        self.renewals += 1
        return token

    def _build(self, path: str, *, body: Mapping[str, str] | None = None, bearer: str | None = None) -> httpx.Request:
        headers = {"Accept": "application/json", **self._default_headers}
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer}"
        url = self._base_url.join(path.lstrip("/"))
        require_secure_url(url)
        if body is None:
            return httpx.Request("POST", url, headers=headers)
        headers["Content-Type"] = "application/json"
        return httpx.Request("POST", url, headers=headers, content=json.dumps(dict(body)).encode())

    def _parse(self, response: httpx.Response, endpoints: OAuthEndpoints) -> AccessToken:
        where = f"{response.request.method} {response.request.url.path}"
        if response.status_code >= 300:
            raise AuthenticationError(
                f"{self._name} refused to issue a token ({response.status_code})",
                method=response.request.method,
                url=str(response.request.url),
                status_code=response.status_code,
                headers=response.headers,
                body=b"",  # not kept: a token endpoint's body is no place to look for secrets later
                request_id=response.headers.get("x-request-id"),
            )
        try:
            data = json.loads(response.content)
            value = data[endpoints.token_field]
            lifetime = data.get(endpoints.lifetime_field)
        except (ValueError, TypeError, KeyError, AttributeError):
            value, lifetime = None, None
        if not isinstance(value, str) or not value:
            # the body is not kept: it may hold a token
            raise AuthenticationError(
                f"{self._name} answered {where} without a token",
                method=response.request.method,
                url=str(response.request.url),
                status_code=response.status_code,
                headers=response.headers,
                body=b"",  # not kept: it may hold a token
            )
        seconds = lifetime if isinstance(lifetime, int | float) and not isinstance(lifetime, bool) else None
        return AccessToken.lasting(value, seconds)

    # -- httpx's two ways of running a flow --------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        locked = False
        try:
            sent: Any = None
            while True:
                try:
                    step = flow.send(sent)
                except StopIteration:
                    return
                sent = None
                if step is _LOCK:
                    self._thread_lock.acquire()
                    locked = True
                elif step is _UNLOCK:
                    self._thread_lock.release()
                    locked = False
                elif step is _PROVIDE:
                    sent = self._call_provider()
                    if inspect.isawaitable(sent):
                        _close(sent)
                        raise ConfigurationError("an async token_provider needs the async client")
                else:
                    assert isinstance(step, httpx.Request)
                    sent = yield step
                    if step is not request:
                        sent.read()
        finally:
            if locked:
                self._thread_lock.release()
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            import asyncio  # here, not at import: a sync user never loads asyncio

            self._async_lock = asyncio.Lock()
        lock = self._async_lock
        flow = self._flow(request)
        locked = False
        try:
            sent: Any = None
            while True:
                try:
                    step = flow.send(sent)
                except StopIteration:
                    return
                sent = None
                if step is _LOCK:
                    await lock.acquire()
                    locked = True
                elif step is _UNLOCK:
                    lock.release()
                    locked = False
                elif step is _PROVIDE:
                    sent = self._call_provider()
                    if inspect.isawaitable(sent):
                        sent = await sent
                else:
                    assert isinstance(step, httpx.Request)
                    sent = yield step
                    if step is not request:
                        await sent.aread()
        finally:
            if locked:
                lock.release()
            flow.close()

    def _call_provider(self) -> Any:
        """The caller's provider; its own exceptions reach the caller unchanged."""
        assert self._provider is not None
        return self._provider()


def _as_token(value: object, name: str) -> AccessToken:
    if isinstance(value, AccessToken):
        token = value
    elif isinstance(value, str):
        token = AccessToken(value)
    else:
        raise ConfigurationError(f"the token_provider must return a str or an AccessToken, not {type(value).__name__}")
    if not token.value.strip():
        raise ConfigurationError(f"the token_provider returned an empty token for {name}")
    return token


def _close(awaitable: object) -> None:
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()
