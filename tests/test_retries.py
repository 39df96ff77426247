"""Retry-After parsing and the retry decision, without a client."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from payclients._retries import RetryPolicy, retry_after_seconds

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "5"}, 5.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"Retry-After": "-3"}, None),
        ({"Retry-After": "NaN"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "1e12"}, None),
        ({"Retry-After": "1_0"}, None),
        ({"Retry-After-Ms": "nan", "Retry-After": "2"}, 2.0),
        ({"Retry-After-Ms": "-5"}, None),
        ({"Retry-After-Ms": "1e300"}, None),
        ({"Retry-After": "86400"}, 86400.0),
        ({"Retry-After": "86401"}, None),
        ({"Retry-After-Ms": "1500"}, 1.5),
        ({"Retry-After": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"Retry-After": email.utils.formatdate(NOW - 30, usegmt=True)}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(headers, now=NOW) == expected


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def test_decision_table() -> None:
    policy = RetryPolicy(max_retries=2)
    retry = policy.delay_before_retry
    assert retry(response(503), 0, retry_safe=True) is not None
    assert retry(response(503), 0, retry_safe=False) is None
    assert retry(response(404), 0, retry_safe=True) is None
    assert retry(response(503), 2, retry_safe=True) is None  # retries used up
    assert retry(httpx.ConnectError("x"), 0, retry_safe=False) is not None
    assert retry(httpx.ConnectTimeout("x"), 0, retry_safe=False) is not None
    assert retry(httpx.ReadTimeout("x"), 0, retry_safe=False) is None
    assert retry(httpx.RemoteProtocolError("x"), 0, retry_safe=True) is not None
    assert retry(response(429, **{"Retry-After": "61"}), 0, retry_safe=True) is None
    assert retry(response(429, **{"Retry-After": "60"}), 0, retry_safe=True) == 60.0


def test_the_plan_reports_each_retry_with_its_number_delay_and_reason() -> None:
    request = httpx.Request("GET", "https://api.test/v1/x")
    logged: list[tuple[int, float, str]] = []
    policy = RetryPolicy(max_retries=2, retry_after=lambda response: 1.5)
    plan = policy.plan(request, retry_safe=True, on_retry=lambda r, n, d, why: logged.append((n, d, why)))
    steps = [next(plan)]
    outcomes: list[httpx.Response | httpx.TransportError] = [
        httpx.Response(503, request=request),
        httpx.ReadError("reset", request=request),
    ]
    for outcome in outcomes:
        steps.append(plan.send(outcome))  # a Sleep
        steps.append(plan.send(None))  # the next Send
    assert [getattr(step, "attempt", None) for step in steps] == [1, None, 2, None, 3]
    assert logged[0] == (1, 1.5, "HTTP 503")
    assert logged[1][0] == 2 and logged[1][2] == "ReadError" and 0 < logged[1][1] <= 1
