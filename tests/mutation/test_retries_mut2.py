"""The retry policy at its edges: the backoff sequence and its jitter, the caps, the statuses retried,
Retry-After forms, and what the plan does when it gives up."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from payclients._retries import DEFAULT_MAX_RETRIES, RetryPolicy, Send, Sleep, retry_after_seconds, sane_wait

NOW = 1_800_000_000.0
REQUEST = httpx.Request("POST", "https://api.test/v1/x")


def reply(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=REQUEST)


@pytest.mark.parametrize(
    ("jitter", "delays"), [(0.0, [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]), (1.0, [0.375, 0.75, 1.5, 3.0, 6.0, 6.0])]
)
def test_backoff_doubles_from_half_a_second_up_to_eight_with_a_quarter_jitter(
    monkeypatch: pytest.MonkeyPatch, jitter: float, delays: list[float]
) -> None:
    monkeypatch.setattr("payclients._retries.random.random", lambda: jitter)
    policy = RetryPolicy(max_retries=10)
    assert [policy.delay_before_retry(reply(503), n, retry_safe=True) for n in range(6)] == delays


def test_two_retries_by_default() -> None:
    policy = RetryPolicy()
    assert DEFAULT_MAX_RETRIES == 2
    assert policy.delay_before_retry(reply(503), 1, retry_safe=True) is not None
    assert policy.delay_before_retry(reply(503), 2, retry_safe=True) is None


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 599])
def test_these_statuses_are_retried(status: int) -> None:
    assert RetryPolicy().delay_before_retry(reply(status), 0, retry_safe=True) is not None


@pytest.mark.parametrize("status", [200, 201, 400, 401, 404, 407, 409, 422, 430, 499])
def test_these_statuses_are_not(status: int) -> None:
    assert RetryPolicy().delay_before_retry(reply(status), 0, retry_safe=True) is None


def test_a_wait_up_to_a_minute_is_waited_out_and_a_longer_one_is_not() -> None:
    policy = RetryPolicy()
    assert policy.delay_before_retry(reply(429, **{"Retry-After": "60"}), 0, retry_safe=True) == 60.0
    assert policy.delay_before_retry(reply(429, **{"Retry-After": "60.5"}), 0, retry_safe=True) is None
    assert policy.delay_before_retry(reply(503, **{"Retry-After": "0"}), 0, retry_safe=True) == 0.0


def test_the_providers_reader_replaces_the_headers() -> None:
    policy = RetryPolicy(retry_after=lambda response: 4.0)
    assert policy.delay_before_retry(reply(429, **{"Retry-After": "1"}), 0, retry_safe=True) == 4.0
    garbage = RetryPolicy(retry_after=lambda response: float("nan"))
    assert garbage.delay_before_retry(reply(429), 0, retry_safe=True) is not None  # backoff instead


def test_a_transport_error_is_retried_only_when_safe_but_a_refused_connection_always() -> None:
    policy = RetryPolicy()
    assert policy.delay_before_retry(httpx.ReadError("x"), 0, retry_safe=True) is not None
    assert policy.delay_before_retry(httpx.ReadError("x"), 0, retry_safe=False) is None
    assert policy.delay_before_retry(httpx.ConnectError("x"), 0, retry_safe=False) is not None
    assert policy.delay_before_retry(httpx.ConnectError("x"), 2, retry_safe=False) is None
    assert policy.delay_before_retry(None, 0, retry_safe=True) is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"Retry-After-MS": "0"}, 0.0),
        ({"retry-after-ms": "abc", "Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "", "Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "86400001", "Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "1500", "Retry-After": "3"}, 1.5),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "0.5"}, 0.5),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"}, None),  # no zone: not an HTTP date
        ({"Retry-After": email.utils.formatdate(NOW + 90, usegmt=True)}, 90.0),
        ({"Retry-After": email.utils.formatdate(NOW - 90, usegmt=True)}, 0.0),
        ({"Retry-After": email.utils.formatdate(NOW + 86400 + 60, usegmt=True)}, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(headers, now=NOW) == expected


def test_an_http_date_is_read_against_the_clock() -> None:
    far = email.utils.formatdate(4_000_000_000.0, usegmt=True)
    wait = retry_after_seconds({"Retry-After": far})
    assert wait is None  # decades away: not a sane wait
    past = email.utils.formatdate(1_000_000_000.0, usegmt=True)
    assert retry_after_seconds({"Retry-After": past}) == 0.0


@pytest.mark.parametrize(("seconds", "expected"), [(0, 0.0), (0.5, 0.5), (86400, 86400.0), (3, 3.0)])
def test_sane_waits(seconds: float, expected: float) -> None:
    result = sane_wait(seconds)
    assert result == expected
    assert type(result) is float


@pytest.mark.parametrize("seconds", [None, True, "3", -0.001, 86400.5, 86460, float("inf"), float("nan")])
def test_insane_waits(seconds: object) -> None:
    assert sane_wait(seconds) is None  # type: ignore[arg-type]


def test_the_plan_returns_the_last_response_after_the_retries() -> None:
    policy = RetryPolicy(max_retries=1, retry_after=lambda response: 2.0)
    plan = policy.plan(REQUEST, retry_safe=True)
    assert next(plan) == Send(REQUEST, 1)
    assert plan.send(reply(503)) == Sleep(2.0)
    assert plan.send(None) == Send(REQUEST, 2)
    last = reply(503)
    with pytest.raises(StopIteration) as stopped:
        plan.send(last)
    assert stopped.value.value is last


def test_the_plan_raises_a_transport_error_it_does_not_retry() -> None:
    plan = RetryPolicy().plan(REQUEST, retry_safe=False)
    next(plan)
    error = httpx.ReadTimeout("slow", request=REQUEST)
    with pytest.raises(httpx.ReadTimeout) as caught:
        plan.send(error)
    assert caught.value is error


def test_the_plan_counts_attempts_and_reports_retries() -> None:
    logged: list[tuple[int, float, str]] = []
    policy = RetryPolicy(max_retries=3, retry_after=lambda response: 1.0)
    plan = policy.plan(REQUEST, retry_safe=True, on_retry=lambda r, n, d, why: logged.append((n, d, why)))
    attempts = [next(plan).attempt]  # type: ignore[union-attr]
    for outcome in (reply(429), reply(500), reply(502)):
        plan.send(outcome)
        attempts.append(plan.send(None).attempt)  # type: ignore[union-attr]
    assert attempts == [1, 2, 3, 4]
    assert logged == [(1, 1.0, "HTTP 429"), (2, 1.0, "HTTP 500"), (3, 1.0, "HTTP 502")]


@pytest.mark.parametrize(
    ("method", "safe"),
    [("GET", True), ("get", True), ("PUT", True), ("DELETE", True), ("POST", False), ("PATCH", False)],
)
def test_idempotent_methods(method: str, safe: bool) -> None:
    from payclients._retries import is_idempotent_method

    assert is_idempotent_method(method) is safe
