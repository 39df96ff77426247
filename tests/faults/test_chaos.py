"""The clients against a hostile loopback server: every fault ends in a safe retry or the right typed
error, and the server's count shows that no write was sent twice without its dedupe key."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    ResponseValidationError,
)

from .chaos import ChaosServer, Fault
from .conftest import Case, run

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TRANSPORT_FAULTS = [
    Fault.reset_before_headers,
    Fault.reset_after_headers,
    Fault.reset_mid_body,
    Fault.short_body,
    Fault.truncated_chunked,
]
FAULT_IDS = ["reset-before-headers", "reset-after-headers", "reset-mid-body", "short-body", "truncated-chunked"]


def _model_fields(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


@pytest.mark.parametrize("fault", TRANSPORT_FAULTS, ids=FAULT_IDS)
def test_a_read_is_retried_after_a_broken_response(case: Case, mode: str, fault: Any) -> None:
    with ChaosServer(fault(), Fault.ok(case.read_ok)) as server:
        result = run(case, mode, server, case.read)
    assert result is not None
    assert server.count == 2
    assert server.received[0].path == server.received[1].path


@pytest.mark.parametrize("fault", TRANSPORT_FAULTS, ids=FAULT_IDS)
def test_a_keyed_write_is_retried_with_the_same_key(case: Case, mode: str, fault: Any) -> None:
    if case.keyed_write is None or case.key_of is None:
        pytest.skip(f"{case.name} has no keyed write")
    with ChaosServer(fault(), Fault.ok(case.keyed_ok)) as server:
        run(case, mode, server, case.keyed_write)
    assert server.count == 2
    keys = [case.key_of(received) for received in server.received]
    assert keys[0] and keys[0] == keys[1]


@pytest.mark.parametrize("fault", TRANSPORT_FAULTS, ids=FAULT_IDS)
def test_a_write_without_a_key_is_never_sent_twice(case: Case, mode: str, fault: Any) -> None:
    if case.unkeyed_write is None:
        pytest.skip(f"{case.name} has no write without a dedupe key")
    with ChaosServer(fault(), Fault.ok({})) as server, pytest.raises(APIConnectionError) as caught:
        run(case, mode, server, case.unkeyed_write)
    assert type(caught.value) is APIConnectionError
    assert server.count == 1


@pytest.mark.parametrize("fault", [Fault.drip, Fault.hang], ids=["drip", "hang"])
def test_a_slow_or_silent_server_ends_at_the_deadline(case: Case, mode: str, fault: Any) -> None:
    with ChaosServer(fault()) as server, pytest.raises(APITimeoutError):
        run(case, mode, server, case.read, timeout=httpx.Timeout(5.0), deadline=0.4)
    assert server.count == 1  # the retry would start past the deadline, so it is not sent


def test_a_slow_write_without_a_key_times_out_once(case: Case, mode: str) -> None:
    if case.unkeyed_write is None:
        pytest.skip(f"{case.name} has no write without a dedupe key")
    with ChaosServer(Fault.drip()) as server, pytest.raises(APITimeoutError):
        run(case, mode, server, case.unkeyed_write, timeout=httpx.Timeout(5.0), deadline=0.4)
    assert server.count == 1


def test_with_options_timeout_is_the_whole_call(case: Case, mode: str) -> None:
    """`with_options(timeout=...)` bounds each read and the whole call: a drip cannot hold it."""
    with ChaosServer(Fault.drip()) as server, pytest.raises(APITimeoutError):
        run(case, mode, server, lambda c: case.read(c.with_options(timeout=0.4)))
    assert server.count == 1


@pytest.mark.parametrize(
    "fault",
    [Fault.bad_gzip, Fault.invalid_utf8, Fault.deep_json, lambda: Fault.huge(300_000)],
    ids=["bad-gzip", "invalid-utf8", "deep-json", "huge-body"],
)
def test_a_body_that_does_not_decode_is_a_response_validation_error(
    case: Case, mode: str, fault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("payclients._base_client.MAX_BODY_BYTES", 100_000)
    with ChaosServer(fault(), Fault.ok(case.read_ok)) as server, pytest.raises(ResponseValidationError) as caught:
        run(case, mode, server, case.read)
    assert server.count == 1
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_gzip_body_that_decodes_is_read(case: Case, mode: str) -> None:
    with ChaosServer(Fault.gzip_json(case.read_ok)) as server:
        assert run(case, mode, server, case.read) is not None
    assert server.count == 1


@pytest.mark.parametrize("wait", ["NaN", "inf", "-5", "1e12", "99999999999999999999"])
def test_a_nonsense_retry_after_counts_as_absent(case: Case, mode: str, wait: str, sleeps: list[float]) -> None:
    with ChaosServer(Fault.status(503, Retry_After=wait), Fault.ok(case.read_ok)) as server:
        assert run(case, mode, server, case.read) is not None
    assert server.count == 2
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 1  # the first backoff step, not the header's value


@pytest.mark.parametrize("header", ["Retry_After_Ms", "Retry_After"])
def test_a_nonsense_wait_on_429_counts_as_absent(case: Case, mode: str, header: str, sleeps: list[float]) -> None:
    with ChaosServer(Fault.status(429, **{header: "nan"}), Fault.ok(case.read_ok)) as server:
        assert run(case, mode, server, case.read) is not None
    assert server.count == 2
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 1


def test_a_keyed_write_is_retried_after_a_503_with_the_same_key(case: Case, mode: str) -> None:
    if case.keyed_write is None or case.key_of is None:
        pytest.skip(f"{case.name} has no keyed write")
    with ChaosServer(Fault.status(503), Fault.ok(case.keyed_ok)) as server:
        run(case, mode, server, case.keyed_write)
    assert server.count == 2
    assert case.key_of(server.received[0]) == case.key_of(server.received[1]) is not None


def test_a_write_without_a_key_is_not_retried_after_a_503(case: Case, mode: str) -> None:
    if case.unkeyed_write is None:
        pytest.skip(f"{case.name} has no write without a dedupe key")
    with ChaosServer(Fault.status(503)) as server, pytest.raises(InternalServerError):
        run(case, mode, server, case.unkeyed_write)
    assert server.count == 1


def test_retries_stop_at_max_retries(case: Case, mode: str) -> None:
    with ChaosServer(Fault.reset_before_headers()) as server, pytest.raises(APIConnectionError):
        run(case, mode, server, case.read, max_retries=2)
    assert server.count == 3
