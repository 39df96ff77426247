"""Conveniences written once for the sync and the async client.

A provider's convenience (argument checks, body building, unwrapping an envelope) is one function,
written against the sync client, that `yield`s each API call it makes and receives the call's result:

    def _get_charge(client: Woovi, charge_id: str) -> Steps[Charge]:
        raw = yield client.charges.with_raw_response.get_charge(P.identifier(charge_id, "charge_id"))
        return _unwrap(raw, "charge")

    class _Conveniences:
        get_charge = convenience(_get_charge)

Both clients inherit `_Conveniences`. On a sync client the yielded expression has already run (its
value is sent straight back); on an async client it is a coroutine, which the runner awaits. So
`Woovi().get_charge(...)` returns a `Charge` and `AsyncWoovi().get_charge(...)` a coroutine of one,
and type checkers see both (the descriptor's `__get__` is overloaded on the client's kind).

A listing convenience returns the generated method's pager and needs no await: `listing(fn)` gives
the sync client a `SyncPager` and the async one an `AsyncPager`, from the same function.

Raw responses (openai's shape): `client.with_raw_response.get_charge(...)` returns an `APIResponse`
(status, headers, request id) whose `parsed` is what `client.get_charge(...)` returns; for a listing,
the first page. It is one mechanism for every convenience: while the convenience runs, the invokers
note each response they receive (`note_response`), and the last one, the convenience's final call,
dresses the result. A provider declares its conveniences once, in a class both its clients and its two
raw proxies (`SyncRaw`, `AsyncRaw` subclasses) inherit, and one `raw_access(...)` line; the descriptors'
overloads then type `with_raw_response.get_charge(...)` as `APIResponse[Charge]` (or a coroutine of one).
`client.with_raw_response.<resource>` is the resource's own `with_raw_response`.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import inspect
from collections.abc import Callable, Coroutine, Generator, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._pagination import AsyncPager, SyncPager

from ._response import APIResponse

__all__ = ["AsyncRaw", "Pages", "Steps", "SyncRaw", "convenience", "listing", "note_response", "raw_access"]

P = ParamSpec("P")
T = TypeVar("T")
Pg = TypeVar("Pg", covariant=True)
It = TypeVar("It", covariant=True)
S = TypeVar("S")
A = TypeVar("A")
Steps = Generator[Any, Any, T]
"""A convenience: yields API calls, receives their results, returns its own."""


class Pages(Protocol[Pg, It]):
    """What a generated listing method returns (each package's `types.Pager`), for typing `listing`."""

    def __iter__(self) -> Iterator[It]: ...

    def iter_pages(self) -> Iterator[Pg]: ...

    def first_page(self) -> Pg: ...


def _signature_without_client(function: Callable[..., Any]) -> inspect.Signature:
    signature = inspect.signature(function)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


def _bind(function: Callable[..., Any], runner: Callable[..., Any], signature: inspect.Signature) -> Callable[..., Any]:
    """`runner` dressed as `function` without its client argument (name, doc, and `signature`, worked
    out once by the descriptor: this runs on every attribute access, so on every call)."""
    wrapped: Any = functools.wraps(function)(runner)
    wrapped.__signature__ = signature
    del wrapped.__wrapped__  # else `inspect.signature` shows the client argument again
    bound: Callable[..., Any] = wrapped
    return bound


def _is_async(client: object) -> bool:
    from ._base_client import AsyncAPIClient

    return isinstance(client, AsyncAPIClient)


def _netted(runner: Callable[..., Any], name: str, is_async: bool) -> Callable[..., Any]:
    """The runtime's argument net around a convenience: a value no check foresaw, failing before
    anything is sent, becomes a `ParameterError` naming the method (see `_base_client.check_arguments`)."""
    from ._base_client import _checked, _checked_async

    return (_checked_async if is_async else _checked)(runner, name)


_SEEN: contextvars.ContextVar[list[APIResponse[Any]] | None] = contextvars.ContextVar("payclients_seen", default=None)
"""The responses received while a `with_raw_response` convenience runs (None outside one)."""


def note_response(response: APIResponse[Any]) -> None:
    """Called by the invokers for every response: kept when a raw convenience is running."""
    seen = _SEEN.get()
    if seen is not None:
        seen.append(response)


def _dressed(result: Any, seen: list[APIResponse[Any]]) -> APIResponse[Any]:
    """The last response received, carrying the convenience's result as its parsed body."""
    return dataclasses.replace(seen[-1], parsed=result)


class _RawBase:
    """A client's `with_raw_response`: its conveniences return `APIResponse`s."""

    def __init__(self, client: Any) -> None:
        self._client = client

    if not TYPE_CHECKING:  # a misspelled convenience stays a type error; resources are reached at run time

        def __getattr__(self, name: str) -> Any:
            """A resource's raw twin: `client.with_raw_response.invoices` is `client.invoices.with_raw_response`."""
            if name.startswith("_"):
                raise AttributeError(name)
            return getattr(self._client, name).with_raw_response

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncRaw(_RawBase):
    """The raw proxy of a sync client (a provider subclasses it with its conveniences class)."""

    def _run(self, call: Callable[..., Any], args: Any, kwargs: Any, first_page: bool) -> APIResponse[Any]:
        seen: list[APIResponse[Any]] = []
        token = _SEEN.set(seen)
        try:
            result = call(*args, **kwargs)
            if first_page:
                result = result.first_page()
        finally:
            _SEEN.reset(token)
        return _dressed(result, seen)


class AsyncRaw(_RawBase):
    """The raw proxy of an async client."""

    async def _run(self, call: Callable[..., Any], args: Any, kwargs: Any, first_page: bool) -> APIResponse[Any]:
        seen: list[APIResponse[Any]] = []
        token = _SEEN.set(seen)
        try:
            result = call(*args, **kwargs)
            result = await (result.first_page() if first_page else result)
        finally:
            _SEEN.reset(token)
        return _dressed(result, seen)


def _raw_method(proxy: SyncRaw | AsyncRaw, descriptor: Any, first_page: bool) -> Callable[..., Any]:
    """The client's method `descriptor` run through `proxy` (same name, doc and signature)."""
    client = proxy._client
    method = descriptor.__get__(client, type(client))

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> Any:
        return proxy._run(method, args, kwargs, first_page)

    return run


class raw_access(Generic[S, A]):
    """`with_raw_response` of a provider's clients: its `SyncRaw` proxy on a sync client, `AsyncRaw` on an async one."""

    def __init__(self, sync_raw: Callable[[Any], S], async_raw: Callable[[Any], A]) -> None:
        self._sync_raw = sync_raw
        self._async_raw = async_raw

    @overload
    def __get__(self, client: None, owner: type) -> raw_access[S, A]: ...

    @overload
    def __get__(self, client: AsyncAPIClient, owner: type) -> A: ...

    @overload
    def __get__(self, client: SyncAPIClient, owner: type) -> S: ...

    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
        return (self._async_raw if _is_async(client) else self._sync_raw)(client)


class convenience(Generic[P, T]):
    """A convenience method from one generator function (see the module docstring)."""

    def __init__(self, steps: Callable[Concatenate[Any, P], Steps[T]]) -> None:
        self._steps = steps
        self.__doc__ = steps.__doc__
        self.__signature__ = _signature_without_client(steps)

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> convenience[P, T]: ...

    @overload
    def __get__(self, client: AsyncRaw, owner: type) -> Callable[P, Coroutine[Any, Any, APIResponse[T]]]: ...

    @overload
    def __get__(self, client: SyncRaw, owner: type) -> Callable[P, APIResponse[T]]: ...

    @overload
    def __get__(self, client: AsyncAPIClient, owner: type) -> Callable[P, Coroutine[Any, Any, T]]: ...

    @overload
    def __get__(self, client: SyncAPIClient, owner: type) -> Callable[P, T]: ...

    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
        if isinstance(client, SyncRaw | AsyncRaw):
            return _raw_method(client, self, first_page=False)
        steps = self._steps
        if _is_async(client):

            async def run_async(*args: Any, **kwargs: Any) -> Any:
                plan = steps(client, *args, **kwargs)
                result: Any = None
                while True:
                    try:
                        call = plan.send(result)
                    except StopIteration as done:
                        return done.value
                    result = await call

            return _bind(steps, _netted(run_async, self._name, is_async=True), self.__signature__)

        def run(*args: Any, **kwargs: Any) -> Any:
            plan = steps(client, *args, **kwargs)
            result: Any = None
            while True:
                try:
                    result = plan.send(result)  # the call has run already: its result goes straight back
                except StopIteration as done:
                    return done.value

        return _bind(steps, _netted(run, self._name, is_async=False), self.__signature__)


class listing(Generic[P, Pg, It]):
    """A listing convenience: returns the generated method's pager, sync or async alike."""

    def __init__(self, build: Callable[Concatenate[Any, P], Pages[Pg, It]]) -> None:
        self._build = build
        self.__doc__ = build.__doc__
        self.__signature__ = _signature_without_client(build)

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> listing[P, Pg, It]: ...

    @overload
    def __get__(self, client: AsyncRaw, owner: type) -> Callable[P, Coroutine[Any, Any, APIResponse[Pg]]]: ...

    @overload
    def __get__(self, client: SyncRaw, owner: type) -> Callable[P, APIResponse[Pg]]: ...

    @overload
    def __get__(self, client: AsyncAPIClient, owner: type) -> Callable[P, AsyncPager[Pg, It]]: ...

    @overload
    def __get__(self, client: SyncAPIClient, owner: type) -> Callable[P, SyncPager[Pg, It]]: ...

    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
        if isinstance(client, SyncRaw | AsyncRaw):  # the first page, raw
            return _raw_method(client, self, first_page=True)
        return _bind(
            self._build, _netted(functools.partial(self._build, client), self._name, is_async=False), self.__signature__
        )
