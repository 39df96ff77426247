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
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine, Generator, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._pagination import AsyncPager, SyncPager

__all__ = ["Pages", "Steps", "convenience", "listing"]

P = ParamSpec("P")
T = TypeVar("T")
Pg = TypeVar("Pg", covariant=True)
It = TypeVar("It", covariant=True)
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


def _bind(function: Callable[..., Any], runner: Callable[..., Any]) -> Callable[..., Any]:
    """`runner` dressed as `function` without its client argument (name, doc, signature)."""
    wrapped: Any = functools.wraps(function)(runner)
    wrapped.__signature__ = _signature_without_client(function)
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
    def __get__(self, client: AsyncAPIClient, owner: type) -> Callable[P, Coroutine[Any, Any, T]]: ...

    @overload
    def __get__(self, client: SyncAPIClient, owner: type) -> Callable[P, T]: ...

    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
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

            return _bind(steps, _netted(run_async, self._name, is_async=True))

        def run(*args: Any, **kwargs: Any) -> Any:
            plan = steps(client, *args, **kwargs)
            result: Any = None
            while True:
                try:
                    result = plan.send(result)  # the call has run already: its result goes straight back
                except StopIteration as done:
                    return done.value

        return _bind(steps, _netted(run, self._name, is_async=False))


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
    def __get__(self, client: AsyncAPIClient, owner: type) -> Callable[P, AsyncPager[Pg, It]]: ...

    @overload
    def __get__(self, client: SyncAPIClient, owner: type) -> Callable[P, SyncPager[Pg, It]]: ...

    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
        return _bind(self._build, _netted(functools.partial(self._build, client), self._name, is_async=False))
