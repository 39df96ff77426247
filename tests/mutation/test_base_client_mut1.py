"""The shared runtime's promises that the scripted-transport suites do not reach.

A MockTransport reply built from bytes is already read when the client gets it, so the body limit and
the deadline while a body arrives only show with a streamed reply (`content=` an iterator), as from a
real server. Time is a fake clock the transport moves on: no test waits.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from payclients import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSolvimon,
    ConfigurationError,
    InternalServerError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    Solvimon,
    _base_client,
)
from payclients._base_client import SyncAPIClient
from payclients.solvimon._client import PROVIDER
from tests.conftest import TEST_SECRETS, Script

KEY = TEST_SECRETS[0]
MIB = 1024 * 1024
INVOICE = {
    "id": "inv_1",
    "object_type": "INVOICE",
    "status": "OPEN",
    "type": "STANDARD",
    "invoice_date": "2026-01-01T00:00:00Z",
}


class Clock:
    """Stands in for the runtime's `time`: `monotonic()` moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_base_client, "time", fake)
    return fake


class Streamed:
    """A transport whose replies arrive chunk by chunk; `between` runs before each chunk after the first."""

    def __init__(self, chunks: list[bytes], status: int = 200, between: Any = None) -> None:
        self.chunks = chunks
        self.status = status
        self.between = between or (lambda: None)
        self.requests: list[httpx.Request] = []

    def _chunks(self) -> Iterator[bytes]:
        for number, chunk in enumerate(self.chunks):
            if number:
                self.between()
            yield chunk

    async def _async_chunks(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk

    def _reply(self, request: httpx.Request, content: Any) -> httpx.Response:
        self.requests.append(request)
        headers = {"Content-Type": "application/json", "X-Request-Id": "req_1"}
        return httpx.Response(self.status, content=content, headers=headers)

    def sync(self, **options: Any) -> Solvimon:
        transport = httpx.MockTransport(lambda request: self._reply(request, self._chunks()))
        return Solvimon(api_key=KEY, transport=transport, **options)

    def async_(self, **options: Any) -> AsyncSolvimon:
        async def handler(request: httpx.Request) -> httpx.Response:
            return self._reply(request, self._async_chunks())

        return AsyncSolvimon(api_key=KEY, transport=httpx.MockTransport(handler), **options)


def pieces(body: bytes, size: int = 64 * 1024) -> list[bytes]:
    return [body[start : start + size] for start in range(0, len(body), size)]


def big_invoice() -> bytes:
    """A valid invoice of a little over a megabyte (a long free-text field)."""
    return json.dumps({**INVOICE, "padding": "x" * MIB}).encode()


# -- the body limit ----------------------------------------------------------------------------------


def test_a_streamed_body_of_a_megabyte_is_read() -> None:
    assert Streamed(pieces(big_invoice())).sync().get_invoice("inv_1").id == "inv_1"


@pytest.mark.anyio
async def test_a_streamed_body_of_a_megabyte_is_read_async() -> None:
    async with Streamed(pieces(big_invoice())).async_() as client:
        assert (await client.get_invoice("inv_1")).id == "inv_1"


def over_the_limit() -> list[bytes]:
    """64 MiB and one byte, as the README states the limit; the same chunk object, so memory stays small."""
    return [b" " * MIB] * 64 + [b" "]


def test_a_body_over_64_mib_is_refused_unread_and_not_retried() -> None:
    server = Streamed(over_the_limit())
    with pytest.raises(ResponseValidationError, match="larger than 67108864 bytes"):
        server.sync(max_retries=3).get_invoice("inv_1")
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_a_body_over_64_mib_is_refused_unread_and_not_retried_async() -> None:
    server = Streamed(over_the_limit())
    async with server.async_(max_retries=3) as client:
        with pytest.raises(ResponseValidationError, match="larger than 67108864 bytes"):
            await client.get_invoice("inv_1")
    assert len(server.requests) == 1


def exactly_the_limit() -> list[bytes]:
    """64 MiB that is not JSON from its first byte, so the refusal comes from parsing, and fast."""
    return [b"<" + b" " * (MIB - 1)] + [b" " * MIB] * 63


def test_a_body_of_exactly_64_mib_is_read() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        Streamed(exactly_the_limit()).sync().get_invoice("inv_1")
    assert "larger than" not in str(caught.value) and len(caught.value.body) == 64 * MIB


@pytest.mark.anyio
async def test_a_body_of_exactly_64_mib_is_read_async() -> None:
    async with Streamed(exactly_the_limit()).async_() as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.get_invoice("inv_1")
    assert "larger than" not in str(caught.value) and len(caught.value.body) == 64 * MIB


# -- the deadline while a body arrives ---------------------------------------------------------------


def test_a_body_still_arriving_at_the_deadline_is_a_timeout(clock: Clock) -> None:
    server = Streamed(pieces(json.dumps(INVOICE).encode(), 16), between=lambda: clock.advance(6))
    with pytest.raises(APITimeoutError):
        server.sync(deadline=5, max_retries=0).get_invoice("inv_1")
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_a_body_still_arriving_at_the_deadline_is_a_timeout_async(clock: Clock) -> None:
    server = Streamed(pieces(json.dumps(INVOICE).encode(), 16), between=lambda: clock.advance(6))
    async with server.async_(deadline=5, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.get_invoice("inv_1")
    assert len(server.requests) == 1


def test_a_slow_body_within_the_deadline_is_read(clock: Clock) -> None:
    server = Streamed(pieces(json.dumps(INVOICE).encode(), 16), between=lambda: clock.advance(1))
    assert server.sync(deadline=60).get_invoice("inv_1").id == "inv_1"


@pytest.mark.anyio
async def test_a_slow_body_within_the_deadline_is_read_async(clock: Clock) -> None:
    server = Streamed(pieces(json.dumps(INVOICE).encode(), 16), between=lambda: clock.advance(1))
    async with server.async_(deadline=60) as client:
        assert (await client.get_invoice("inv_1")).id == "inv_1"


def test_the_info_log_gives_the_elapsed_time_of_a_read_response(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="payclients"):
        Streamed(pieces(json.dumps(INVOICE).encode())).sync().get_invoice("inv_1")
    (line,) = [r.getMessage() for r in caplog.records if "-> 200" in r.getMessage()]
    assert " ms, request id req_1)" in line


def test_the_info_log_gives_the_time_httpx_measured_in_milliseconds(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    class TwoSeconds:
        """httpx's clock: the response closes two seconds after it was sent."""

        readings = iter([10.0])

        @classmethod
        def perf_counter(cls) -> float:
            return next(cls.readings, 12.0)

    monkeypatch.setattr(httpx._client, "time", TwoSeconds)
    with caplog.at_level(logging.INFO, logger="payclients"):
        Streamed([json.dumps(INVOICE).encode()]).sync().get_invoice("inv_1")
    assert any("-> 200 (2000 ms, request id req_1)" in r.getMessage() for r in caplog.records)


# -- the deadline between attempts -------------------------------------------------------------------


def scripted(script: Script, **options: Any) -> Solvimon:
    return Solvimon(api_key=KEY, transport=script.transport(), **options)


def async_scripted(script: Script, **options: Any) -> AsyncSolvimon:
    return AsyncSolvimon(api_key=KEY, transport=script.async_transport(), **options)


def busy() -> httpx.Response:
    return httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "1"})


def oversleeping(monkeypatch: pytest.MonkeyPatch, clock: Clock, late_on: int) -> list[float]:
    """Backoff waits that move the clock, the `late_on`-th one 10 s longer than asked (a suspended laptop)."""
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds + (10 if len(waits) == late_on else 0))

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    monkeypatch.setattr(_base_client, "_sleep", sleep)
    monkeypatch.setattr(_base_client, "_async_sleep", async_sleep)
    return waits


@pytest.mark.parametrize(("late_on", "tries"), [(1, "on the only attempt"), (2, "after 2 attempts")])
def test_a_wait_that_overran_the_deadline_sends_nothing_more(
    monkeypatch: pytest.MonkeyPatch, clock: Clock, late_on: int, tries: str
) -> None:
    oversleeping(monkeypatch, clock, late_on)
    script = Script(busy(), busy(), httpx.Response(200, json=INVOICE))
    with pytest.raises(APITimeoutError) as caught:
        scripted(script, deadline=5, max_retries=3).get_invoice("inv_1")
    assert str(caught.value).startswith(f"Solvimon call ran past its deadline of 5 s {tries} (GET ")
    assert len(script.requests) == late_on


@pytest.mark.anyio
@pytest.mark.parametrize(("late_on", "tries"), [(1, "on the only attempt"), (2, "after 2 attempts")])
async def test_a_wait_that_overran_the_deadline_sends_nothing_more_async(
    monkeypatch: pytest.MonkeyPatch, clock: Clock, late_on: int, tries: str
) -> None:
    oversleeping(monkeypatch, clock, late_on)
    script = Script(busy(), busy(), httpx.Response(200, json=INVOICE))
    async with async_scripted(script, deadline=5, max_retries=3) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.get_invoice("inv_1")
    assert str(caught.value).startswith(f"Solvimon call ran past its deadline of 5 s {tries} (GET ")
    assert len(script.requests) == late_on


def failing_late(clock: Clock) -> Script:
    """A connection that breaks just before the deadline: no retry wait fits in what is left."""

    def reply(request: httpx.Request) -> httpx.Response:
        clock.advance(4.99)
        raise httpx.ReadError("connection reset")

    return Script(reply)


def test_a_failure_with_no_time_left_to_retry_is_the_calls_error(clock: Clock, sleeps: list[float]) -> None:
    script = failing_late(clock)
    with pytest.raises(APIConnectionError, match="ReadError: connection reset"):
        scripted(script, deadline=5, max_retries=3).get_invoice("inv_1")
    assert len(script.requests) == 1 and sleeps == []


@pytest.mark.anyio
async def test_a_failure_with_no_time_left_to_retry_is_the_calls_error_async(clock: Clock, sleeps: list[float]) -> None:
    script = failing_late(clock)
    async with async_scripted(script, deadline=5, max_retries=3) as client:
        with pytest.raises(APIConnectionError, match="ReadError: connection reset"):
            await client.get_invoice("inv_1")
    assert len(script.requests) == 1 and sleeps == []


@pytest.mark.anyio
async def test_a_retry_wait_past_the_deadline_is_not_waited_async(sleeps: list[float]) -> None:
    script = Script(httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "30"}))
    async with async_scripted(script, deadline=5) as client:
        with pytest.raises(InternalServerError, match="busy"):
            await client.get_invoice("inv_1")
    assert len(script.requests) == 1 and sleeps == []


def test_each_attempt_gets_only_what_is_left_even_under_a_second(clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    def sleep(seconds: float) -> None:
        clock.advance(4.5)  # the wait took most of the deadline

    monkeypatch.setattr(_base_client, "_sleep", sleep)
    script = Script(httpx.ReadError("reset"), httpx.Response(200, json=INVOICE))
    scripted(script, deadline=5, timeout=httpx.Timeout(60.0)).get_invoice("inv_1")
    second = script.requests[1].extensions["timeout"]
    assert all(value == pytest.approx(0.5) for value in second.values())


# -- what the errors and logs say --------------------------------------------------------------------


@pytest.mark.parametrize(("max_retries", "tries"), [(0, "on the only attempt"), (1, "after 2 attempts")])
def test_a_connection_error_says_how_many_attempts_were_made(max_retries: int, tries: str) -> None:
    script = Script(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        scripted(script, max_retries=max_retries).get_invoice("inv_1")
    assert f"Solvimon request failed (ConnectError: refused) {tries}" in str(caught.value)


def test_a_retry_is_logged_with_the_next_attempts_number_out_of_all(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200, json=INVOICE))
    with caplog.at_level(logging.INFO, logger="payclients"):
        scripted(script, max_retries=3).get_invoice("inv_1")
    (line,) = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert line.startswith("GET https://test.api.solvimon.com/v1/invoices/inv_1 failed (")
    assert line.endswith("(attempt 2 of 4)")
    (done,) = [r.getMessage() for r in caplog.records if "-> 200" in r.getMessage()]
    assert done.endswith(", 2 attempts)")


@pytest.mark.parametrize(("length", "cut"), [(300, False), (301, True)])
def test_a_transport_message_is_cut_after_300_characters(length: int, cut: bool) -> None:
    script = Script(httpx.ReadError("y" * length))
    with pytest.raises(APIConnectionError) as caught:
        scripted(script, max_retries=0).get_invoice("inv_1")
    reason = "y" * 300 + ("..." if cut else "")
    assert f"(ReadError: {reason}) on the only attempt" in str(caught.value)


def test_a_header_value_quoted_as_bytes_by_httpx_is_redacted_whole() -> None:
    secret = "tok\\en-9"  # a backslash: httpx's bytes repr doubles it
    script = Script(httpx.LocalProtocolError(f"Illegal header value {f'Bearer {secret}'.encode()!r}"))
    client = Custom(base_url="https://api.test", auth=Bearer(secret), transport=script.transport(), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.get_invoice("inv_1")
    assert "Illegal header value b'[redacted]'" in str(caught.value)
    assert "en-9" not in str(caught.value)


def test_an_error_body_in_no_provider_format_gives_its_detail_as_the_message() -> None:
    script = Script(httpx.Response(403, json={"detail": "Not allowed here"}))
    with pytest.raises(APIStatusError) as caught:
        scripted(script).get_invoice("inv_1")
    assert caught.value.message == "Not allowed here"


def test_a_field_that_does_not_match_is_named_in_the_error() -> None:
    script = Script(httpx.Response(200, json={**INVOICE, "id": 5}))
    with pytest.raises(ResponseValidationError) as caught:
        scripted(script).get_invoice("inv_1")
    assert "the Solvimon response does not match the spec at id: expected string, got integer 5" in str(caught.value)


def test_query_parameters_are_sent() -> None:
    script = Script(httpx.Response(200, json={"data": [], "total_number_of_pages": 1}))
    scripted(script).invoices.list_invoices(customer_id="cus_1", limit=5).first_page()
    assert script.requests[0].url.params["customer_id"] == "cus_1"
    assert script.requests[0].url.params["limit"] == "5"


def test_reprs_name_the_client_and_the_resource() -> None:
    client = scripted(Script(httpx.Response(200, json=INVOICE)), max_retries=4)
    assert repr(client) == "<Solvimon base_url='https://test.api.solvimon.com' max_retries=4>"
    assert repr(client.invoices).startswith("<payclients_solvimon.api.invoices.InvoicesResource object")


# -- settings ----------------------------------------------------------------------------------------


def test_with_options_keeps_the_deadline_unless_told_otherwise() -> None:
    client = scripted(Script(httpx.Response(200, json=INVOICE)), deadline=7)
    assert client.with_options(max_retries=0).deadline == 7
    assert client.with_options(timeout=httpx.Timeout(5.0)).deadline == 7
    assert client.with_options(timeout=3).deadline == 3


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
def test_max_retries_must_be_a_whole_number(bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        scripted(Script(), max_retries=bad)
    with pytest.raises(ConfigurationError, match="max_retries"):
        scripted(Script()).with_options(max_retries=bad)


def test_a_transport_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.BaseTransport"):
        Solvimon(api_key=KEY, transport=object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncBaseTransport"):
        AsyncSolvimon(api_key=KEY, transport=httpx.HTTPTransport())  # type: ignore[arg-type]


class Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


class Custom(SyncAPIClient):
    """A provider client built on the runtime directly, as the provider modules do."""

    provider = PROVIDER

    def get_invoice(self, invoice_id: str) -> Any:
        return self.invoices.get_invoice(invoice_id)


def test_default_headers_must_be_a_mapping_of_header_text() -> None:
    with pytest.raises(ConfigurationError, match="default_headers must be a mapping, not list"):
        Custom(base_url="https://api.test", auth=Bearer("t0ken"), default_headers=[("X-A", "1")])  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        Custom(base_url="https://api.test", auth=Bearer("t0ken"), default_headers={"X-A": "1\r\nX-B: 2"})


@pytest.mark.anyio
async def test_an_async_convenience_given_what_breaks_it_raises_a_parameter_error() -> None:
    async with async_scripted(Script()) as client:
        with pytest.raises(ParameterError, match="ingest_events: arguments that cannot be sent"):
            await client.ingest_events(5)  # type: ignore[arg-type]


def test_dir_lists_the_resources_before_they_are_built() -> None:
    client = scripted(Script())
    assert {"invoices", "customers", "with_options"} <= set(dir(client))
    assert "invoices" not in vars(client)


class BodyWaitSolvimon(Solvimon):
    """A provider that says how long to wait in the body of a 429, not in a header."""

    provider = dataclasses.replace(PROVIDER, retry_after=lambda response: float(response.json()["wait_seconds"]))


def test_a_rate_limit_error_reports_the_wait_the_provider_read() -> None:
    script = Script(httpx.Response(429, json={"message": "slow down", "wait_seconds": 12}))
    client = BodyWaitSolvimon(api_key=KEY, transport=script.transport(), max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        client.get_invoice("inv_1")
    assert caught.value.retry_after == 12.0


def empty_page() -> httpx.Response:
    return httpx.Response(200, json={"data": [], "total_number_of_pages": 1})


@pytest.mark.anyio
async def test_an_async_listing_sends_its_query_parameters() -> None:
    script = Script(empty_page())
    async with async_scripted(script) as client:
        assert await client.invoices.list_invoices(customer_id="cus_1", limit=5).to_list() == []
    assert script.requests[0].url.params["customer_id"] == "cus_1"


@pytest.mark.parametrize("value", ["\ud800", "x" * 70_000], ids=["lone-surrogate", "too-long"])
def test_a_query_value_no_url_can_carry_is_a_parameter_error_and_nothing_is_sent(value: str) -> None:
    script = Script(empty_page())
    with pytest.raises(ParameterError, match="cannot be made into an HTTP request"):
        scripted(script).invoices.list_invoices(customer_id=value).first_page()
    assert script.requests == []


def test_the_default_pool_is_100_connections_20_kept_alive() -> None:
    # As the README's Configuration table says; read from the httpx transport's pool.
    with Solvimon(api_key=KEY) as client:  # nothing is sent
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert (pool._max_connections, pool._max_keepalive_connections) == (100, 20)


def test_a_four_character_header_value_is_redacted_in_a_transport_message() -> None:
    script = Script(httpx.LocalProtocolError("peer rejected header k3y9"))
    client = Custom(base_url="https://api.test", auth=Header("k3y9"), transport=script.transport(), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.get_invoice("inv_1")
    assert "peer rejected header [redacted]" in str(caught.value)


class Header(httpx.Auth):
    def __init__(self, key: str) -> None:
        self.key = key

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["X-Key"] = self.key
        yield request


@pytest.mark.anyio
async def test_an_http_client_of_the_wrong_kind_is_refused() -> None:
    wrong = r"http_client must be an httpx\.AsyncClient, not Client"
    with httpx.Client() as sync_http, pytest.raises(ConfigurationError, match=wrong):
        AsyncSolvimon(api_key=KEY, http_client=sync_http)  # type: ignore[arg-type]
    async with httpx.AsyncClient() as async_http:
        with pytest.raises(ConfigurationError, match=r"http_client must be an httpx\.Client, not AsyncClient"):
            Solvimon(api_key=KEY, http_client=async_http)  # type: ignore[arg-type]


def broken_transport_hook(request: httpx.Request) -> httpx.Response:
    raise KeyError("a bug in a transport")  # not an httpx error: it reaches the caller as it is


EVENT = {
    "customer_reference": "cus-1",
    "meter_reference": "api_calls",
    "timestamp": "2026-11-01T00:00:00Z",
    "meter_values": [{"reference": "calls", "number": "1"}],
}


def test_an_error_after_the_request_was_sent_is_not_called_an_argument_error() -> None:
    client = Solvimon(api_key=KEY, transport=httpx.MockTransport(broken_transport_hook))
    with pytest.raises(KeyError, match="a bug in a transport"):
        client.ingest_events([EVENT])


@pytest.mark.anyio
async def test_an_error_after_the_request_was_sent_is_not_called_an_argument_error_async() -> None:
    async def hook(request: httpx.Request) -> httpx.Response:
        return broken_transport_hook(request)

    async with AsyncSolvimon(api_key=KEY, transport=httpx.MockTransport(hook)) as client:
        with pytest.raises(KeyError, match="a bug in a transport"):
            await client.ingest_events([EVENT])


def test_a_type_error_inside_a_constructor_whose_arguments_fit_is_left_alone() -> None:
    class Strict(Solvimon):
        def __init__(self, api_key: str) -> None:
            raise TypeError("a bug of the subclass")

    with pytest.raises(TypeError, match="a bug of the subclass"):
        Strict(KEY)
    with pytest.raises(ConfigurationError, match=r"Strict\(\): missing a required argument: 'api_key'"):
        Strict(api_kye=KEY)  # type: ignore[call-arg]
