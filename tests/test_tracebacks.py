"""An API error's traceback shows the user's call and the typed error, nothing of the retry plan.

The retry plan is a generator and a convenience runs as one; a finished generator announces itself with
`StopIteration`. Raised inside an `except StopIteration` block, the typed error would carry it as
`__context__` ("During handling of the above exception, another exception occurred"), and with it the
httpx response (which holds the request and its credentials).
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from payclients import APIConnectionError, InternalServerError, NotFoundError, PayclientsError
from payclients.solvimon import AsyncSolvimon, Solvimon
from payclients.woovi import AsyncWoovi, Woovi

SECRET = "sk_traceback_secret"

CALLS: dict[str, Callable[[Any], Any]] = {
    "solvimon-convenience": lambda c: c.get_invoice("inv_1"),
    "solvimon-resource": lambda c: c.invoices.get_invoice("inv_1"),
    "woovi-convenience": lambda c: c.get_charge("ch_1"),
}
CLIENTS = {
    "solvimon-convenience": (Solvimon, AsyncSolvimon, "api_key"),
    "solvimon-resource": (Solvimon, AsyncSolvimon, "api_key"),
    "woovi-convenience": (Woovi, AsyncWoovi, "app_id"),
}
FAILURES: dict[str, tuple[list[tuple[int, str] | Exception], type[PayclientsError]]] = {
    "404": ([(404, "no such thing")], NotFoundError),
    "500-after-retries": ([(500, "boom")] * 3, InternalServerError),
    "connect-after-retries": ([httpx.ConnectError(f"refused {SECRET}")] * 3, APIConnectionError),
}


def _raise(kind: str, failure: str, mode: str) -> PayclientsError:
    sync_class, async_class, credential = CLIENTS[kind]
    replies, expected = FAILURES[failure]
    pending = list(replies)

    def answer(request: httpx.Request) -> httpx.Response:
        reply = pending.pop(0)
        if isinstance(reply, Exception):
            raise reply
        status, message = reply
        return httpx.Response(status, json={"message": message, "error": message})

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    with pytest.raises(expected) as caught:
        if mode == "sync":
            CALLS[kind](sync_class(**{credential: SECRET}, transport=httpx.MockTransport(answer)))
        else:

            async def run() -> None:
                client = async_class(**{credential: SECRET}, transport=httpx.MockTransport(answer_async))
                await CALLS[kind](client)

            asyncio.run(run())
    assert not pending  # every scripted answer was used: the retries really ran
    return caught.value


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("kind", list(CALLS))
def test_an_api_error_carries_no_internal_chain(kind: str, failure: str, mode: str) -> None:
    error = _raise(kind, failure, mode)
    chained: BaseException | None = error
    while chained is not None:  # only payclients errors in the chain, if any
        assert isinstance(chained, PayclientsError), repr(chained)
        chained = chained.__cause__ or chained.__context__
    text = "".join(traceback.format_exception(error))
    assert "StopIteration" not in text
    assert "During handling" not in text
    assert "direct cause" not in text
    assert SECRET not in text
    assert "test_tracebacks.py" in text  # the user's call is in it
    assert text.rstrip().splitlines()[-1].startswith(f"payclients._exceptions.{type(error).__name__}")
