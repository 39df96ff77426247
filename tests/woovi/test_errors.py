"""Woovi error bodies -> typed errors with message and code, and the Pix-key token bucket's 429."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import (
    APIStatusError,
    AsyncWoovi,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Woovi,
)
from payclients.woovi._provider import WAIT_FOR_TOKEN_REFILL
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"
TOKEN_BUCKET = {"error": "You tried to consult many Pix keys that do not exist.", "errorCode": "TOO_MANY_REQUESTS"}


def raised(status: int, body: Any = None, *, content: bytes | None = None, **headers: str) -> APIStatusError:
    reply = (
        httpx.Response(status, content=content, headers=headers)
        if content is not None
        else httpx.Response(status, json=body, headers=headers)
    )
    script = Script(reply)
    with pytest.raises(APIStatusError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport(), max_retries=0).get_charge("order-1")
    return caught.value


# -- every body shape Woovi sends ------------------------------------------------------------------------------------


def test_error_string() -> None:
    from payclients_woovi.models import WooviError

    error = raised(400, {"error": "Charge not found"})
    assert isinstance(error, BadRequestError)
    assert error.message == "Charge not found"
    assert error.code is None
    assert isinstance(error.error, WooviError)
    assert error.error.error == "Charge not found"
    assert "Charge not found" in str(error)


def test_error_string_with_success_false() -> None:
    error = raised(400, {"error": "Validation error", "success": False})
    assert error.message == "Validation error"
    assert error.error.success is False


def test_error_with_error_code() -> None:
    error = raised(404, {"error": "Pix key not found", "errorCode": "PIX_KEY_INFO_NOT_FOUND"})
    assert isinstance(error, NotFoundError)
    assert (error.message, error.code) == ("Pix key not found", "PIX_KEY_INFO_NOT_FOUND")
    assert error.error.error_code == "PIX_KEY_INFO_NOT_FOUND"


def test_error_list_of_messages() -> None:
    # woovi-developers issue #425: an array although the docs promise a string.
    error = raised(400, {"error": ["value is required", "correlationID is required"]})
    assert error.message == "value is required; correlationID is required"
    assert error.code is None


def test_error_list_of_issues_gives_field_errors_and_a_code() -> None:
    body = {
        "error": [
            {"code": "invalid_type", "message": "Expected number, received string", "path": ["value"]},
            {"code": "too_small", "message": "Required", "path": ["customer", "address", "zipcode"]},
        ]
    }
    error = raised(400, body)
    assert error.code == "invalid_type"
    assert error.field_errors == {
        "value": ["Expected number, received string"],
        "customer.address.zipcode": ["Required"],
    }
    assert error.message == "value: Expected number, received string; customer.address.zipcode: Required"


def test_error_map_of_field_messages() -> None:
    error = raised(400, {"error": {"value": ["must be positive"], "taxID": ["invalid CPF", "too short"]}})
    assert error.field_errors == {"value": ["must be positive"], "taxID": ["invalid CPF", "too short"]}
    assert "taxID: invalid CPF" in error.message


def test_graphql_style_errors_of_an_invalid_app_id() -> None:
    error = raised(401, {"data": None, "errors": [{"message": "appID inválido"}]})
    assert isinstance(error, AuthenticationError)
    assert error.message == "appID inválido"
    assert error.error.errors[0].message == "appID inválido"


def test_details_with_fields() -> None:
    error = raised(400, {"status": "error", "details": [{"field": "taxID", "message": "Invalid taxID"}]})
    assert error.message == "taxID: Invalid taxID"
    assert error.field_errors == {"taxID": ["Invalid taxID"]}


def test_a_body_that_does_not_fit_the_model_is_kept_raw() -> None:
    body = {"error": "Internal server error", "errors": ["plain string, not an object"]}
    error = raised(500, body)
    assert isinstance(error, InternalServerError)
    assert error.message == "Internal server error; plain string, not an object"
    assert error.error == body


def test_feature_missing_is_permission_denied() -> None:
    error = raised(403, {"error": "You need feature Invoice to access this endpoint"})
    assert isinstance(error, PermissionDeniedError)
    assert error.message == "You need feature Invoice to access this endpoint"


def test_an_html_error_page_still_becomes_a_typed_error() -> None:
    error = raised(502, content=b"<html>Bad Gateway</html>", **{"Content-Type": "text/html"})
    assert isinstance(error, InternalServerError)
    assert "text/html" in error.message
    assert error.body == b"<html>Bad Gateway</html>"


def test_an_unknown_json_shape_still_becomes_a_typed_error() -> None:
    error = raised(400, {"unexpected": True})
    assert isinstance(error, BadRequestError)
    assert error.error is None
    assert error.body == b'{"unexpected":true}'


def test_errors_carry_method_and_url() -> None:
    error = raised(400, {"error": "Charge not found"})
    assert (error.method, error.url) == ("GET", "https://api.woovi.com/api/v1/charge/order-1")


# -- the Pix-key token bucket ------------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_token_bucket_429_raises_rate_limit_error(sleeps: list[float]) -> None:
    from payclients_woovi.models import PixKeyCheckRequest

    woovi = Woovi(app_id=APP_ID)
    with pytest.raises(RateLimitError) as caught:
        woovi.pix_keys.check_pix_key(body=PixKeyCheckRequest(pix_key="00000000191"))
    error = caught.value
    assert error.code == "TOO_MANY_REQUESTS"
    assert error.message == "You tried to consult many Pix keys that do not exist."
    assert error.retry_after == WAIT_FOR_TOKEN_REFILL == 60.0
    assert sleeps == []  # a look-up POST carries no key: it is not repeated


def test_a_retryable_token_bucket_429_waits_for_the_refill(sleeps: list[float]) -> None:
    found = {"pixKey": "00000000191", "type": "CPF", "pixKeyEndToEndId": "E123"}
    script = Script(httpx.Response(429, json=TOKEN_BUCKET), httpx.Response(200, json=found))
    check = Woovi(app_id=APP_ID, transport=script.transport()).pix_keys.get_pix_key_check("00000000191")
    assert check.pix_key_end_to_end_id == "E123"
    assert sleeps == [60.0]  # not the 0.5 s backoff: Woovi asks not to retry at once


def test_a_token_bucket_429_that_persists_is_handed_back_with_the_wait(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json=TOKEN_BUCKET))
    with pytest.raises(RateLimitError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport()).pix_keys.get_pix_key_check("00000000191")
    assert caught.value.retry_after == 60.0
    assert len(script.requests) == 3
    assert sleeps == [60.0, 60.0]


def test_a_blocked_payment_is_retried_after_the_refill_with_the_same_correlation_id(sleeps: list[float]) -> None:
    # Payments are blocked by an empty bucket too; a payment's correlationID makes the repeat safe.
    from payclients_woovi.models import PaymentCreatePixKeyRequest, PaymentType, PixKeyType

    body = PaymentCreatePixKeyRequest(
        type_=PaymentType("PIX_KEY"),
        value=1500,
        destination_alias="00000000191",
        destination_alias_type=PixKeyType("CPF"),
        correlation_id="payment-1",
    )
    paid = {"payment": {"value": 1500, "status": "CREATED", "correlationID": "payment-1"}}
    script = Script(httpx.Response(429, json=TOKEN_BUCKET), httpx.Response(200, json=paid))
    Woovi(app_id=APP_ID, transport=script.transport()).payments.create_payment(body=body)
    assert [b["correlationID"] for b in script.json_bodies()] == ["payment-1", "payment-1"]
    assert sleeps == [60.0]


def test_a_retry_after_header_wins_over_the_refill_period(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json=TOKEN_BUCKET, headers={"Retry-After": "7"}))
    with pytest.raises(RateLimitError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport(), max_retries=1).pix_keys.get_pix_key_check("k")
    assert caught.value.retry_after == 7.0
    assert sleeps == [7.0]


def test_another_429_names_no_wait_and_backs_off(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json={"error": "Too many requests"}))
    with pytest.raises(RateLimitError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport(), max_retries=1).get_charge("order-1")
    assert caught.value.retry_after is None
    assert caught.value.code is None
    assert len(sleeps) == 1 and sleeps[0] <= 0.5


def test_a_wait_beyond_the_cap_is_handed_back_at_once(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json=TOKEN_BUCKET, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimitError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport()).pix_keys.get_pix_key_check("k")
    assert caught.value.retry_after == 3600.0
    assert sleeps == []


@pytest.mark.anyio
async def test_async_token_bucket_429(sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, json=TOKEN_BUCKET))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport(), max_retries=1) as woovi:
        with pytest.raises(RateLimitError) as caught:
            await woovi.pix_keys.get_pix_key_check("00000000191")
    assert (caught.value.code, caught.value.retry_after) == ("TOO_MANY_REQUESTS", 60.0)
    assert sleeps == [60.0]


@pytest.mark.anyio
async def test_async_error_shapes() -> None:
    script = Script(httpx.Response(401, json={"data": None, "errors": [{"message": "appID inválido"}]}))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as woovi:
        with pytest.raises(AuthenticationError) as caught:
            await woovi.get_charge("order-1")
    assert caught.value.message == "appID inválido"
    assert APP_ID not in repr(caught.value)
