"""Every error is a payclients error, pickles, and carries no credential anywhere."""

from __future__ import annotations

import asyncio
import pickle
from typing import Any

import httpx
import pytest

import payclients
from payclients import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    ParameterError,
    PayclientsError,
    RateLimitError,
    ResponseValidationError,
    Solvimon,
)
from payclients._exceptions import STATUS_ERRORS
from payclients.mindz import Mindz
from payclients.woovi import Woovi
from tests.conftest import TEST_SECRETS

KEY = TEST_SECRETS[0]
ERROR_CLASSES = [
    getattr(payclients, name)
    for name in payclients.__all__
    if isinstance(getattr(payclients, name), type) and issubclass(getattr(payclients, name), PayclientsError)
]


def build(cls: type[PayclientsError]) -> PayclientsError:
    if issubclass(cls, ParameterError):
        return cls("invoice_id", "must not be empty")
    if issubclass(cls, APIStatusError):
        status = next(
            (code for code, c in STATUS_ERRORS.items() if c is cls), 500 if cls.__name__.startswith("Int") else 418
        )
        return cls(
            "boom",
            method="GET",
            url="https://api.test/v1/x",
            status_code=status,
            headers=httpx.Headers({"Retry-After": "3", "X-Request-Id": "req_1"}),
            body=b'{"message": "boom"}',
            request_id="req_1",
            code="E1",
            error={"message": "boom"},
            field_errors={"amount": ["bad"]},
        )
    if issubclass(cls, APIError):
        return cls("boom", method="GET", url="https://api.test/v1/x", request_id="req_1")
    return cls("boom")


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_every_error_class_pickles_to_an_equal_error(cls: type[PayclientsError]) -> None:
    error = build(cls)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error) and repr(copy) == repr(error)
    assert vars(copy).keys() == vars(error).keys()
    if isinstance(error, RateLimitError):
        assert copy.retry_after == error.retry_after == 3.0
    if isinstance(error, ParameterError):
        assert (copy.param, copy.problem) == ("invoice_id", "must not be empty")


def test_error_classes_cover_the_hierarchy() -> None:
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert {"APIConnectionError", "APITimeoutError", "ResponseValidationError", "ConfigurationError"} <= names
    assert len(ERROR_CLASSES) >= 17


def chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def everything_in(error: BaseException) -> str:
    """What a log collector or result store could keep of an error."""
    parts = []
    for item in chain(error):
        parts += [str(item), repr(item), repr(vars(item)), repr(pickle.dumps(item))]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "raised",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("peer closed"),
        httpx.LocalProtocolError(f"Illegal header value b'{KEY}\\n'"),
        httpx.DecodingError("bad gzip"),
        httpx.UnsupportedProtocol("ftp"),
        httpx.ProxyError("proxy"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_httpx_failure_becomes_a_typed_error_without_the_request(raised: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raised.request = request  # httpx attaches the request, credentials and all
        raise raised

    solvimon = Solvimon(api_key=KEY, transport=httpx.MockTransport(handler), max_retries=1)
    with pytest.raises(APIError) as caught:
        solvimon.get_invoice("inv_1")
    error = caught.value
    expected = (
        ResponseValidationError
        if isinstance(raised, httpx.DecodingError)
        else APITimeoutError
        if isinstance(raised, httpx.TimeoutException)
        else APIConnectionError
    )
    assert type(error) is expected
    assert error.__cause__ is None and error.__context__ is None and error.__suppress_context__
    assert KEY not in everything_in(error)


def test_an_error_raised_inside_an_except_block_of_the_caller_keeps_only_the_callers_context() -> None:
    solvimon = Solvimon(
        api_key=KEY, transport=httpx.MockTransport(lambda r: (_ for _ in ()).throw(httpx.ReadError("x"))), max_retries=0
    )
    try:
        raise KeyError("the caller's own")
    except KeyError:
        with pytest.raises(APIConnectionError) as caught:
            solvimon.get_invoice("inv_1")
    assert [type(e) for e in chain(caught.value)] == [APIConnectionError, KeyError]


@pytest.mark.parametrize(
    "body",
    [b"[" * 50_000 + b"]" * 50_000, b'{"id": "\xff"}', b"{not json", b'{"id": NaN, "status": Infinity}', b"[1, 2]"],
    ids=["deep", "utf8", "garbage", "non-finite", "array"],
)
def test_a_malformed_success_body_is_a_response_validation_error(body: bytes) -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=body, headers={"x-request-id": "req_9"}))
    for client in (
        Solvimon(api_key=KEY, transport=transport),
        Mindz(app_id=TEST_SECRETS[2], api_key=TEST_SECRETS[3], platform="escola", transport=transport),
    ):
        getter: Any = client.get_invoice
        try:
            result = getter("inv_1") if isinstance(client, Solvimon) else getter("conta", 1)
        except ResponseValidationError as error:
            assert error.request_id == "req_9"
            assert error.__cause__ is None and error.__context__ is None
        else:  # NaN/Infinity read as floats by a lenient model: still a model, never a raw exception
            assert body.startswith(b'{"id": NaN') and result is not None


def test_an_unreadable_error_body_still_gives_the_status_error() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(404, content=b"[" * 50_000))
    with pytest.raises(payclients.NotFoundError):
        Woovi(app_id=TEST_SECRETS[4], transport=transport).get_charge("x")


def test_request_value_errors_of_generated_code_are_parameter_errors_and_nothing_is_sent() -> None:
    from payclients_solvimon.types import RequestValueError

    sent: list[httpx.Request] = []
    solvimon = Solvimon(api_key=KEY, transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)))

    class Body:
        def to_dict(self) -> dict[str, Any]:
            raise RequestValueError("types[0]", "must be one of FULL, CUSTOMERS")

    with pytest.raises(ParameterError) as caught:
        solvimon.invoices.refresh_invoice("inv_1", body=Body())  # type: ignore[arg-type]
    assert (caught.value.param, caught.value.problem) == ("types[0]", "must be one of FULL, CUSTOMERS")
    assert caught.value.__context__ is None

    class Broken:
        pass

    with pytest.raises(ParameterError, match="refresh_invoice"):
        solvimon.invoices.refresh_invoice("inv_1", body=Broken())  # type: ignore[arg-type]
    with pytest.raises(ParameterError):
        solvimon.invoices.with_raw_response.refresh_invoice("inv_1", body=Broken())  # type: ignore[arg-type]

    async def main() -> None:
        async with payclients.AsyncSolvimon(
            api_key=KEY, transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))
        ) as client:
            with pytest.raises(ParameterError):
                await client.invoices.refresh_invoice("inv_1", body=Broken())  # type: ignore[arg-type]

    asyncio.run(main())
    assert sent == []


def test_a_header_parameter_with_a_line_break_is_refused_at_the_call() -> None:
    sent: list[httpx.Request] = []
    solvimon = Solvimon(api_key=KEY, transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)))
    for key in ["key\r\nX-Evil: 1", " padded", "padded\n", "", "nul\x00"]:
        with pytest.raises(ParameterError) as caught:
            solvimon.refresh_invoice("inv_1", types=["FULL"], idempotency_key=key)
        assert caught.value.param == "Idempotency-Key"
        if key.strip():
            assert key.strip() not in str(caught.value)
    assert sent == []


def test_a_multipart_content_type_with_a_control_character_is_refused() -> None:
    sent: list[httpx.Request] = []
    mindz = Mindz(
        app_id=TEST_SECRETS[2],
        api_key=TEST_SECRETS[3],
        platform="escola",
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(201)),
    )
    with pytest.raises(ParameterError):
        mindz.create_invoice("conta", b"%PDF-1.4", content_type="application/pdf\r\nX-Status: 9")
    assert sent == []


def test_a_file_holding_the_old_fixed_boundary_cannot_add_fields() -> None:
    sent: list[httpx.Request] = []
    mindz = Mindz(
        app_id=TEST_SECRETS[2],
        api_key=TEST_SECRETS[3],
        platform="escola",
        transport=httpx.MockTransport(
            lambda r: sent.append(r) or httpx.Response(201, json={"id": 1, "status": 0, "amount": "1.00"})
        ),
    )
    evil = b'%PDF-1.4\r\n--+++\r\nContent-Disposition: form-data; name="status"\r\n\r\n9\r\n--+++--\r\n'
    mindz.create_invoice("conta", evil)
    mindz.create_invoice("conta", evil)
    boundaries = [r.headers["Content-Type"].split("boundary=")[1] for r in sent]
    assert boundaries[0] != boundaries[1] and "+++" not in boundaries
    for request, boundary in zip(sent, boundaries, strict=True):
        parts = request.content.split(b"--" + boundary.encode())[1:-1]
        names = [part.split(b'name="', 1)[1].split(b'"', 1)[0] for part in parts]
        assert b"status" not in names and names.count(b"file") == 1


def test_a_call_on_a_closed_client_is_a_typed_error() -> None:
    solvimon = Solvimon(api_key=KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    solvimon.close()
    with pytest.raises(ConfigurationError, match="closed"):
        solvimon.get_invoice("inv_1")
    with pytest.raises(ConfigurationError, match="closed"):
        solvimon.with_options(timeout=3).get_invoice("inv_1")

    async def main() -> None:
        client = payclients.AsyncSolvimon(api_key=KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
        await client.close()
        with pytest.raises(ConfigurationError, match="closed"):
            await client.get_invoice("inv_1")

    asyncio.run(main())
