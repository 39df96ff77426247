"""Every path parameter of every operation of every provider is checked and encoded by the runtime."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from payclients import APIConnectionError, AsyncSolvimon, ParameterError, Solvimon
from payclients.mindz import Mindz
from payclients.woovi import Woovi
from tests.conftest import TEST_SECRETS

BAD_VALUES = ["", "   ", ".", "..", "a\nb", "a\rb", "nul\x00", "tab\there", "x" * 1025, None, 1.5, True, b"bytes"]
TRICKY = "a/b?c=d#e%2e%2E ..é"
TRICKY_ENCODED = "a%2Fb%3Fc%3Dd%23e%252e%252E%20..%C3%A9"


class Recorder:
    """A transport that records each request's URL and refuses to answer (nothing is parsed)."""

    def __init__(self) -> None:
        self.urls: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(request.url)
        raise httpx.ConnectError("recorded only")


def clients(recorder: Recorder) -> Iterator[Any]:
    transport = httpx.MockTransport(recorder)
    yield Solvimon(api_key=TEST_SECRETS[0], transport=transport, max_retries=0)
    yield Woovi(app_id=TEST_SECRETS[4], transport=transport, max_retries=0)
    yield Mindz(app_id=TEST_SECRETS[2], api_key=TEST_SECRETS[3], platform="escola", transport=transport, max_retries=0)


class Stub(str):
    """Any argument that is not a path parameter: a string that also looks like a model, an enum, a date."""

    value = "stub"

    def isoformat(self) -> str:
        return "2026-01-01"

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def operations(client: Any) -> Iterator[tuple[str, Callable[..., Any], list[str]]]:
    """(name, bound method, its path parameters) for every operation the client reaches."""
    for tag in sorted(client._resource_map()):
        resource = getattr(client, tag)
        for name, method in inspect.getmembers(type(resource._resource), inspect.isfunction):
            if name.startswith("_"):
                continue
            parameters = inspect.signature(method).parameters.values()
            path = [
                p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
            ]
            yield f"{tag}.{name}", getattr(resource, name), path


def call(method: Callable[..., Any], path: list[str], value: object) -> None:
    required = {
        p.name: Stub("stub")
        for p in inspect.signature(method).parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }
    method(*[value] * len(path), **required)


def test_every_operation_of_every_spec_is_walked() -> None:
    counts = {type(c).__name__: sum(1 for _ in operations(c)) for c in clients(Recorder())}
    with_path = {type(c).__name__: sum(1 for _, _, p in operations(c) if p) for c in clients(Recorder())}
    assert all(counts.values()) and all(with_path.values()), (counts, with_path)


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
def test_a_bad_path_value_is_refused_before_sending(value: object) -> None:
    recorder = Recorder()
    checked = 0
    for client in clients(recorder):
        for name, method, path in operations(client):
            if not path:
                continue
            with pytest.raises(ParameterError) as caught:
                call(method, path, value)
            assert caught.value.param == path[0], name
            if isinstance(value, str) and len(value) > 3:
                assert value not in str(caught.value)
            checked += 1
    assert recorder.urls == []
    assert checked > 100


def test_every_other_value_is_percent_encoded_into_one_segment() -> None:
    recorder = Recorder()
    for client in clients(recorder):
        for name, method, path in operations(client):
            if not path:
                continue
            with pytest.raises(APIConnectionError):
                call(method, path, TRICKY)
            sent = recorder.urls[-1]
            assert TRICKY_ENCODED in sent.raw_path.decode(), name
            assert sent.query in (b"", b"return_existing=true") or b"stub" in sent.query or b"=" in sent.query, name
            assert "#" not in str(sent)


def test_whole_numbers_and_async_clients_take_the_same_path() -> None:
    recorder = Recorder()
    mindz = Mindz(
        app_id=TEST_SECRETS[2],
        api_key=TEST_SECRETS[3],
        platform="escola",
        transport=httpx.MockTransport(recorder),
        max_retries=0,
    )
    with pytest.raises(APIConnectionError):
        mindz.get_invoice("conta", 42)
    assert recorder.urls[-1].path == "/api/v2/mindzpay/accounts/conta/invoices/42/"

    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    import asyncio

    async def main() -> None:
        async with AsyncSolvimon(
            api_key=TEST_SECRETS[0], transport=httpx.MockTransport(handler), max_retries=0
        ) as solvimon:
            with pytest.raises(ParameterError):
                await solvimon.invoices.get_invoice("..")
            with pytest.raises(APIConnectionError):
                await solvimon.invoices.get_invoice("a/b")

    count = len(recorder.urls)
    asyncio.run(main())
    assert len(recorder.urls) == count + 1
    assert recorder.urls[-1].raw_path == b"/v1/invoices/a%2Fb"
