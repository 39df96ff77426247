"""The shared runtime, exercised through the Solvimon client with scripted transports.

Retries, backoff, Retry-After, idempotency keys, timeouts, status -> error class, bodies that do not
decode, raw responses and per-call options. Sync and async side by side.
"""

from __future__ import annotations

import dataclasses
import email.utils
import time
from typing import Any

import httpx
import pytest

import payclients
from payclients import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncSolvimon,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
    Solvimon,
)
from payclients._provider import no_idempotency
from payclients.solvimon._client import PROVIDER
from tests.conftest import Script

KEY = "sk_test_payclients_1234567890"
BASE = "https://test.api.solvimon.com"
INVOICE = {
    "id": "inv_1",
    "object_type": "INVOICE",
    "status": "OPEN",
    "type": "STANDARD",
    "invoice_date": "2026-01-01T00:00:00Z",
}
SOLVIMON_ERROR = {"type": "INVALID_REQUEST", "code": "RESOURCE_NOT_FOUND", "message": "Invoice not found"}


def ok(body: Any = INVOICE, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"X-REQUEST-ID": "reqr_test1", **headers})


def client(script: Script, **options: Any) -> Solvimon:
    return Solvimon(api_key=KEY, base_url=BASE, transport=script.transport(), **options)


def async_client(script: Script, **options: Any) -> AsyncSolvimon:
    return AsyncSolvimon(api_key=KEY, base_url=BASE, transport=script.async_transport(), **options)


class KeylessSolvimon(Solvimon):
    """A provider that has no idempotency mechanism: its POSTs must never be repeated."""

    provider = dataclasses.replace(PROVIDER, idempotency=no_idempotency)


# -- retries -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_status_is_retried_then_succeeds(status: int, sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, status), ok())
    invoice = client(script).get_invoice("inv_1")
    assert invoice.id == "inv_1"
    assert len(script.requests) == 2
    assert len(sleeps) == 1


def test_gives_up_after_max_retries_and_raises_the_last_error(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 503))
    with pytest.raises(InternalServerError) as caught:
        client(script, max_retries=3).get_invoice("inv_1")
    assert len(script.requests) == 4
    assert caught.value.status_code == 503
    assert len(sleeps) == 3


def test_backoff_grows_exponentially_with_jitter(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 500))
    with pytest.raises(InternalServerError):
        client(script, max_retries=5).get_invoice("inv_1")
    assert [0.375 <= s <= 0.5 for s in sleeps[:1]] == [True]
    for attempt, slept in enumerate(sleeps):
        ceiling = min(0.5 * 2**attempt, 8.0)
        assert ceiling * 0.75 <= slept <= ceiling
    assert sleeps[4] <= 8.0


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int, sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, status))
    with pytest.raises(APIStatusError):
        client(script).get_invoice("inv_1")
    assert len(script.requests) == 1
    assert sleeps == []


def test_retry_after_seconds_is_honoured(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 429, **{"Retry-After": "3"}), ok())
    client(script).get_invoice("inv_1")
    assert sleeps == [3.0]


def test_retry_after_http_date_is_honoured(sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    script = Script(ok(SOLVIMON_ERROR, 503, **{"Retry-After": when}), ok())
    client(script).get_invoice("inv_1")
    assert len(sleeps) == 1
    assert 8.0 <= sleeps[0] <= 10.0


def test_retry_after_ms_is_honoured(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 429, **{"retry-after-ms": "250"}), ok())
    client(script).get_invoice("inv_1")
    assert sleeps == [0.25]


def test_retry_after_beyond_the_cap_is_not_waited_out(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 429, **{"Retry-After": "3600"}))
    with pytest.raises(RateLimitError) as caught:
        client(script).get_invoice("inv_1")
    assert len(script.requests) == 1
    assert sleeps == []
    assert caught.value.retry_after == 3600.0


def test_post_reuses_one_idempotency_key_on_every_attempt() -> None:
    script = Script(ok(SOLVIMON_ERROR, 503), httpx.ReadTimeout("slow"), ok())
    client(script).refresh_invoice("inv_1", types=["CUSTOMER"])
    keys = [r.headers["Idempotency-Key"] for r in script.requests]
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert len(keys[0]) == 36  # a UUID


def test_each_logical_call_gets_its_own_key() -> None:
    script = Script(ok())
    solvimon = client(script)
    solvimon.refresh_invoice("inv_1")
    solvimon.refresh_invoice("inv_1")
    first, second = (r.headers["Idempotency-Key"] for r in script.requests)
    assert first != second


def test_caller_idempotency_key_is_sent_on_every_attempt() -> None:
    script = Script(ok(SOLVIMON_ERROR, 500), ok())
    client(script).refresh_invoice("inv_1", types=["FULL"], idempotency_key="my-key-1")
    assert [r.headers["Idempotency-Key"] for r in script.requests] == ["my-key-1", "my-key-1"]


def test_get_carries_no_idempotency_key() -> None:
    script = Script(ok())
    client(script).get_invoice("inv_1")
    assert "Idempotency-Key" not in script.requests[0].headers


def test_keyless_post_is_not_retried_after_a_server_error(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 503), ok())
    keyless = KeylessSolvimon(api_key=KEY, base_url=BASE, transport=script.transport())
    with pytest.raises(InternalServerError):
        keyless.refresh_invoice("inv_1")
    assert len(script.requests) == 1
    assert "Idempotency-Key" not in script.requests[0].headers
    assert sleeps == []


def test_keyless_post_is_not_retried_after_a_read_timeout() -> None:
    script = Script(httpx.ReadTimeout("slow"), ok())
    keyless = KeylessSolvimon(api_key=KEY, base_url=BASE, transport=script.transport())
    with pytest.raises(APITimeoutError):
        keyless.refresh_invoice("inv_1")
    assert len(script.requests) == 1


def test_keyless_post_is_retried_when_the_connection_never_opened() -> None:
    script = Script(httpx.ConnectError("refused"), ok())
    keyless = KeylessSolvimon(api_key=KEY, base_url=BASE, transport=script.transport())
    assert keyless.refresh_invoice("inv_1").id == "inv_1"
    assert len(script.requests) == 2


def test_max_retries_zero_sends_once() -> None:
    script = Script(ok(SOLVIMON_ERROR, 503))
    with pytest.raises(InternalServerError):
        client(script, max_retries=0).get_invoice("inv_1")
    assert len(script.requests) == 1


# -- timeouts and connection errors ---------------------------------------------------------------


def test_timeout_after_retries_raises_api_timeout_error() -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as caught:
        client(script).get_invoice("inv_1")
    assert len(script.requests) == 3
    assert "after 3 attempts" in str(caught.value)
    assert isinstance(caught.value, APIConnectionError)
    assert caught.value.method == "GET"
    assert caught.value.url == f"{BASE}/v1/invoices/inv_1"


def test_connection_error_raises_api_connection_error() -> None:
    script = Script(httpx.ConnectError("Name or service not known"))
    with pytest.raises(APIConnectionError) as caught:
        client(script, max_retries=1).get_invoice("inv_1")
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.status_code is None


def test_default_timeout_is_finite_and_sent_with_each_request() -> None:
    script = Script(ok())
    solvimon = client(script)
    solvimon.get_invoice("inv_1")
    timeout = script.requests[0].extensions["timeout"]
    assert all(isinstance(v, float) and 0 < v <= 60 for v in timeout.values())


def test_timeout_per_client_and_per_call() -> None:
    script = Script(ok())
    solvimon = client(script, timeout=12.5)
    solvimon.get_invoice("inv_1")
    solvimon.with_options(timeout=2).get_invoice("inv_1")
    solvimon.get_invoice("inv_1")
    reads = [r.extensions["timeout"]["read"] for r in script.requests]
    # a number is also the whole call's deadline, so an attempt gets what is left of it (a hair less)
    assert reads == [pytest.approx(12.5, abs=0.5), pytest.approx(2.0, abs=0.5), pytest.approx(12.5, abs=0.5)]
    assert (solvimon.deadline, solvimon.with_options(timeout=2).deadline) == (12.5, 2.0)


def test_with_options_max_retries_applies_to_that_call_only() -> None:
    script = Script(ok(SOLVIMON_ERROR, 503))
    solvimon = client(script, max_retries=2)
    with pytest.raises(InternalServerError):
        solvimon.with_options(max_retries=0).get_invoice("inv_1")
    assert len(script.requests) == 1
    with pytest.raises(InternalServerError):
        solvimon.get_invoice("inv_1")
    assert len(script.requests) == 4


def test_with_options_client_does_not_close_the_shared_connections() -> None:
    script = Script(ok())
    solvimon = client(script)
    solvimon.with_options(timeout=1).close()
    assert solvimon.get_invoice("inv_1").id == "inv_1"


# -- status -> error class --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, payclients.BadRequestError),
        (401, payclients.AuthenticationError),
        (403, payclients.PermissionDeniedError),
        (404, payclients.NotFoundError),
        (409, payclients.ConflictError),
        (422, payclients.UnprocessableEntityError),
        (429, payclients.RateLimitError),
        (500, payclients.InternalServerError),
        (503, payclients.InternalServerError),
        (418, payclients.APIStatusError),
    ],
)
def test_every_status_maps_to_its_error_class(status: int, error_class: type[APIStatusError]) -> None:
    script = Script(ok(SOLVIMON_ERROR, status))
    with pytest.raises(error_class) as caught:
        client(script, max_retries=0).get_invoice("inv_1")
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.request_id == "reqr_test1"
    assert error.method == "GET"
    assert error.url == f"{BASE}/v1/invoices/inv_1"
    assert error.headers["x-request-id"] == "reqr_test1"
    assert error.body is not None and b"RESOURCE_NOT_FOUND" in error.body
    assert error.code == "RESOURCE_NOT_FOUND"
    assert error.message == "Invoice not found"
    assert error.error.code == "RESOURCE_NOT_FOUND"  # the generated ApiError model
    assert "reqr_test1" in str(error)


def test_field_error_is_reported_per_field() -> None:
    body = {"type": "INVALID_REQUEST", "code": "INVALID_FIELD", "field": "types.0", "message": "value required"}
    script = Script(ok(body, 400))
    with pytest.raises(payclients.BadRequestError) as caught:
        client(script).refresh_invoice("inv_1")
    assert caught.value.field_errors == {"types.0": ["value required"]}


def test_non_json_error_page_becomes_a_typed_error() -> None:
    page = httpx.Response(502, text="<html><body>Bad gateway</body></html>", headers={"content-type": "text/html"})
    script = Script(page)
    with pytest.raises(InternalServerError) as caught:
        client(script, max_retries=0).get_invoice("inv_1")
    assert caught.value.status_code == 502
    assert "text/html" in caught.value.message
    assert caught.value.error is None
    assert caught.value.body == b"<html><body>Bad gateway</body></html>"


# -- bodies that do not decode or do not match --------------------------------------------------------


def test_truncated_body_raises_response_validation_error() -> None:
    truncated = httpx.Response(200, content=b'{"id": "inv_1", "status": "OP', headers={"X-REQUEST-ID": "reqr_t"})
    with pytest.raises(ResponseValidationError) as caught:
        client(Script(truncated)).get_invoice("inv_1")
    assert caught.value.status_code == 200
    assert caught.value.request_id == "reqr_t"
    assert caught.value.body == b'{"id": "inv_1", "status": "OP'


def test_body_of_the_wrong_shape_raises_response_validation_error() -> None:
    with pytest.raises(ResponseValidationError):
        client(Script(ok(["not", "an", "invoice"]))).get_invoice("inv_1")


def test_undocumented_success_status_raises_response_validation_error() -> None:
    with pytest.raises(ResponseValidationError, match="does not list"):
        client(Script(ok(INVOICE, 202))).get_invoice("inv_1")


def test_unknown_fields_are_kept() -> None:
    body = {**INVOICE, "brand_new_field": {"nested": [1, 2]}}
    invoice = client(Script(ok(body))).get_invoice("inv_1")
    assert invoice.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert invoice.to_dict()["brand_new_field"] == {"nested": [1, 2]}


# -- raw responses ---------------------------------------------------------------------------------------


def test_raw_response_gives_status_headers_request_id_and_parsed_body() -> None:
    script = Script(ok())
    raw = client(script).invoices.with_raw_response.get_invoice("inv_1")
    assert raw.status_code == 200
    assert raw.request_id == "reqr_test1"
    assert raw.headers["content-type"] == "application/json"
    assert raw.parsed.id == "inv_1"
    assert raw.content.startswith(b"{")


def test_raw_response_counts_attempts() -> None:
    script = Script(ok(SOLVIMON_ERROR, 503), ok())
    raw = client(script).invoices.with_raw_response.get_invoice("inv_1")
    assert isinstance(raw, payclients.APIResponse)
    assert raw.attempts == 2


# -- async twins -----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_retries_with_one_idempotency_key(sleeps: list[float]) -> None:
    script = Script(ok(SOLVIMON_ERROR, 503), ok(SOLVIMON_ERROR, 429, **{"Retry-After": "1"}), ok())
    async with async_client(script) as solvimon:
        invoice = await solvimon.refresh_invoice("inv_1", types=["TAX_RATES"])
    assert invoice.id == "inv_1"
    assert len({r.headers["Idempotency-Key"] for r in script.requests}) == 1
    assert len(script.requests) == 3
    assert sleeps[1] == 1.0


@pytest.mark.anyio
async def test_async_status_error_and_timeout() -> None:
    async with async_client(Script(ok(SOLVIMON_ERROR, 404))) as solvimon:
        with pytest.raises(payclients.NotFoundError) as caught:
            await solvimon.get_invoice("inv_1")
    assert caught.value.request_id == "reqr_test1"
    async with async_client(Script(httpx.ReadTimeout("slow"))) as solvimon:
        with pytest.raises(APITimeoutError):
            await solvimon.get_invoice("inv_1")


@pytest.mark.anyio
async def test_async_raw_response_and_validation_error() -> None:
    async with async_client(Script(ok())) as solvimon:
        raw = await solvimon.invoices.with_raw_response.get_invoice("inv_1")
        assert raw.request_id == "reqr_test1"
    truncated = httpx.Response(200, content=b'{"id": ')
    async with async_client(Script(truncated)) as solvimon:
        with pytest.raises(ResponseValidationError):
            await solvimon.get_invoice("inv_1")


def test_unknown_enum_value_in_a_response_is_kept() -> None:
    body = {**INVOICE, "type": "RECURRING_CREDIT", "payment_status": "DISPUTED"}
    invoice = client(Script(ok(body))).get_invoice("inv_1")
    assert invoice.type_ == "RECURRING_CREDIT"
    assert invoice.payment_status == "DISPUTED"
    assert not invoice.payment_status.is_known
    assert invoice.to_dict()["payment_status"] == "DISPUTED"
