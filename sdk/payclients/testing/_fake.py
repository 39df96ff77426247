"""The machinery shared by every provider fake.

A fake is an httpx transport (sync and async at once) that answers like the provider: it routes each
request to a handler, keeps state between calls, checks credentials, and can be told to fail the next
calls. Every request it receives and every answer it gives is checked against our spec, so a fake can
never drift from `specs/`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

import httpx

from ._spec import SpecViolation, make_checker

__all__ = ["Call", "FakeAPI", "FakeNotImplementedError", "route"]

Handler = Callable[[Any, "Call"], httpx.Response]
H = TypeVar("H", bound=Handler)


class FakeNotImplementedError(NotImplementedError):
    """The spec has this operation but the fake does not simulate it (yet)."""


def route(method: str, template: str) -> Callable[[H], H]:
    """Mark a fake's method as the handler of `METHOD /path/{param}` (relative to the base path)."""

    def mark(handler: H) -> H:
        handler.__fake_route__ = (method.upper(), template)  # type: ignore[attr-defined]
        return handler

    return mark


@dataclass(frozen=True)
class Call:
    """One request as a handler sees it."""

    request: httpx.Request
    path_params: Mapping[str, str]
    query: httpx.QueryParams

    @property
    def headers(self) -> httpx.Headers:
        return self.request.headers

    def json(self) -> Any:
        """The JSON body, or None when there is none."""
        if not self.request.content:
            return None
        return json.loads(self.request.content)


@dataclass
class _Fault:
    times: int
    status: int | None = None
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: bool = False
    reset: bool = False


class FakeAPI(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Base of the provider fakes: pass an instance as `transport=` to a sync or async client."""

    package: ClassVar[str]
    """The generated package whose `openapi.json` the traffic is checked against."""
    base_paths: ClassVar[tuple[str, ...]] = ("",)
    """Path prefixes the provider serves its spec's paths under (longest match wins)."""
    request_id_header: ClassVar[str | None] = None
    _routes: ClassVar[list[tuple[str, re.Pattern[str], str]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        table = []
        for name in dir(cls):
            marker = getattr(getattr(cls, name), "__fake_route__", None)
            if marker is not None:
                method, template = marker
                pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
                table.append((method, re.compile(f"^{pattern}$"), name))
        # Literal paths before templated ones, so /v1/x/search never reads as /v1/x/{id}.
        cls._routes = sorted(table, key=lambda entry: entry[1].pattern.count("(?P<"))

    def __init__(self, *, check_spec: bool | None = None, clock: Callable[[], dt.datetime] | None = None) -> None:
        """`check_spec`: None checks when the `testing` extra is installed and otherwise warns
        (`SpecChecksUnavailable`) and runs unchecked; True insists (ImportError); False never checks."""
        self._lock = threading.RLock()
        self._faults: deque[_Fault] = deque()
        self._checker = make_checker(self.package, check_spec, stacklevel=3)
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._counters: dict[str, Iterator[int]] = {}
        self.requests: list[httpx.Request] = []
        """Every request received, in order (including ones answered by an injected fault)."""

    # -- fault injection ------------------------------------------------------------------------------

    def fail_next(
        self,
        times: int = 1,
        *,
        status: int = 500,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer the next `times` requests with `status` (and the provider's error body unless given).

        The answers carry `Retry-After: 0` unless `headers` say otherwise, so a client's retries of
        them do not wait.
        """
        self._add_fault(_Fault(times, status=status, body=body, headers={"Retry-After": "0", **(headers or {})}))

    def timeout_next(self, times: int = 1) -> None:
        """Make the next `times` requests time out (httpx.ReadTimeout)."""
        self._add_fault(_Fault(times, timeout=True))

    def reset_next(self, times: int = 1) -> None:
        """Drop the connection on the next `times` requests (httpx.RemoteProtocolError)."""
        self._add_fault(_Fault(times, reset=True))

    def _add_fault(self, fault: _Fault) -> None:
        if isinstance(fault.times, bool) or not isinstance(fault.times, int) or fault.times < 1:
            raise ValueError(f"times must be a whole number >= 1, not {fault.times!r}")
        with self._lock:
            self._faults.append(fault)

    def _take_fault(self) -> _Fault | None:
        with self._lock:
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.times -= 1
            if fault.times == 0:
                self._faults.popleft()
            return fault

    # -- what a provider fake supplies ------------------------------------------------------------------

    def authenticate(self, call: Call) -> httpx.Response | None:
        """None if the request carries valid credentials, else the provider's 401 answer."""
        raise NotImplementedError

    def error(self, status: int, message: str, **details: Any) -> httpx.Response:
        """The provider's own error answer."""
        raise NotImplementedError

    # -- helpers for handlers -------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self._clock()

    def timestamp(self) -> str:
        return self.now().astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def new_id(self, prefix: str) -> str:
        """Sequential, readable ids (`inv_fake0001`), so tests and demos are deterministic."""
        with self._lock:
            counter = self._counters.setdefault(prefix, itertools.count(1))
            return f"{prefix}_fake{next(counter):04d}"

    def respond(self, status: int, body: Any = None, *, headers: Mapping[str, str] | None = None) -> httpx.Response:
        all_headers = dict(headers or {})
        if self.request_id_header:
            all_headers.setdefault(self.request_id_header, self.new_id("req"))
        if body is None:
            return httpx.Response(status, headers=all_headers)
        if isinstance(body, bytes):
            all_headers.setdefault("Content-Type", "application/octet-stream")
            return httpx.Response(status, content=body, headers=all_headers)
        return httpx.Response(status, json=body, headers=all_headers)

    # -- the transport ------------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._handle(request)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        fault = self._take_fault()
        if fault is not None:
            if fault.timeout:
                raise httpx.ReadTimeout("the fake timed out, as asked", request=request)
            if fault.reset:
                raise httpx.RemoteProtocolError("the fake dropped the connection, as asked", request=request)
            assert fault.status is not None
            if fault.body is None:
                response = self.error(fault.status, "failure injected by the test")
            else:
                response = self.respond(fault.status, fault.body)
            response.headers.update(fault.headers)
            return response
        path = self._relative_path(request.url.path)
        if self._checker is not None:
            self._checker.check_request(request, path)
        handler, params = self._match(request.method, path)
        call = Call(request=request, path_params=params, query=request.url.params)
        with self._lock:
            response = self.authenticate(call) or handler(self, call)
        if self._checker is not None:
            self._checker.check_response(request, path, response)
        return response

    def _relative_path(self, path: str) -> str:
        for prefix in sorted(self.base_paths, key=len, reverse=True):
            if prefix and (path == prefix or path.startswith(prefix + "/")):
                return path[len(prefix) :] or "/"
        if "" in self.base_paths:
            return path
        raise SpecViolation(f"{path} is outside the paths this provider serves ({', '.join(self.base_paths)})")

    def _match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        for route_method, pattern, name in self._routes:
            found = pattern.match(path)
            if found and route_method == method.upper():
                handler: Handler = getattr(type(self), name)
                return handler, found.groupdict()
        raise FakeNotImplementedError(f"{type(self).__name__} does not simulate {method} {path} yet")
