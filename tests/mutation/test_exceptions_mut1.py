"""An error survives a pickle round trip with its headers still usable as headers."""

from __future__ import annotations

import pickle
from types import MappingProxyType

import httpx

from payclients import NotFoundError, RateLimitError


def error(cls: type[NotFoundError] | type[RateLimitError], headers: object) -> NotFoundError | RateLimitError:
    return cls(
        "gone",
        method="GET",
        url="https://api.test/v1/x",
        status_code=404 if cls is NotFoundError else 429,
        headers=headers,  # type: ignore[arg-type]
        body=b"",
        request_id="req_1",
    )


def test_unpickled_headers_are_still_looked_up_case_insensitively() -> None:
    original = error(NotFoundError, httpx.Headers({"X-Request-Id": "req_1", "Retry-After": "3"}))
    copy = pickle.loads(pickle.dumps(original))
    assert copy.headers["X-Request-Id"] == copy.headers["x-request-id"] == "req_1"
    assert copy.headers.get("Retry-After") == "3"


def test_an_error_with_any_mapping_as_headers_pickles() -> None:
    # A read-only mapping (what a framework may hand over) cannot be pickled as itself.
    original = error(RateLimitError, MappingProxyType({"Retry-After": "7"}))
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is RateLimitError
    assert copy.headers["retry-after"] == "7"
    assert copy.retry_after == 7.0
