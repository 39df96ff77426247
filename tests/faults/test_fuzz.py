"""A fuzz of the facade methods' arguments: each call is either a `ParameterError` with nothing sent,
or a request that validates against our spec. Nothing else may come out (no TypeError, no httpx error)."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payclients import APIConnectionError, ParameterError, Solvimon
from payclients.mindz import Mindz
from payclients.testing._spec import SpecChecker, spec_checks_available
from payclients.woovi import Woovi
from tests.conftest import TEST_SECRETS, snapshot

pytestmark = pytest.mark.skipif(not spec_checks_available(), reason="needs the testing extra (openapi-core)")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

TRICKY_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(list("abcXYZ019-_./%?#&= \t\n\r\x00é€")), max_size=24),
    st.sampled_from(["", ".", "..", "%2e%2e", " inv_1", "inv_1\n", "x" * 2000]),
)
ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    TRICKY_TEXT,
    st.binary(max_size=16),
    st.lists(TRICKY_TEXT, max_size=3),
    st.dictionaries(TRICKY_TEXT, TRICKY_TEXT, max_size=2),
)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly plausible values, sometimes anything at all."""
    return st.one_of(strategy, strategy, ANYTHING)


class Recorder:
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(snapshot(request))
        raise httpx.ConnectError("fuzz: recorded only")


def check(
    package: str, make: Callable[[httpx.MockTransport], Any], call: Callable[[Any], Any], base_path: str = ""
) -> None:
    recorder = Recorder()
    client = make(httpx.MockTransport(recorder))
    try:
        call(client)
    except ParameterError:
        assert recorder.sent == [], "a ParameterError after something was sent"
        return
    except APIConnectionError:
        pass  # the recorder refuses to answer
    assert recorder.sent, "neither a ParameterError nor a request"
    checker = SpecChecker(package)
    for request in recorder.sent:
        checker.check_request(request, request.url.path.removeprefix(base_path) or "/")


def solvimon(transport: httpx.MockTransport) -> Solvimon:
    return Solvimon(api_key=TEST_SECRETS[0], transport=transport, max_retries=0)


def woovi(transport: httpx.MockTransport) -> Woovi:
    return Woovi(app_id=TEST_SECRETS[4], transport=transport, max_retries=0)


def mindz(transport: httpx.MockTransport) -> Mindz:
    return Mindz(app_id=TEST_SECRETS[2], api_key=TEST_SECRETS[3], platform="escola", transport=transport, max_retries=0)


@FUZZ
@given(invoice_id=maybe(TRICKY_TEXT))
def test_solvimon_get_invoice(invoice_id: Any) -> None:
    check("payclients_solvimon", solvimon, lambda c: c.get_invoice(invoice_id))


@FUZZ
@given(
    invoice_id=maybe(TRICKY_TEXT),
    types=maybe(st.one_of(st.none(), st.lists(st.sampled_from(["FULL", "CUSTOMERS", "PRICING", "x"]), max_size=3))),
    idempotency_key=maybe(st.one_of(st.none(), TRICKY_TEXT)),
)
def test_solvimon_refresh_invoice(invoice_id: Any, types: Any, idempotency_key: Any) -> None:
    check(
        "payclients_solvimon",
        solvimon,
        lambda c: c.refresh_invoice(invoice_id, types=types, idempotency_key=idempotency_key),
    )


@FUZZ
@given(charge_id=maybe(TRICKY_TEXT))
def test_woovi_get_charge(charge_id: Any) -> None:
    check("payclients_woovi", woovi, lambda c: c.get_charge(charge_id))


@FUZZ
@given(
    value=maybe(st.integers(min_value=-5, max_value=10**9)),
    correlation_id=maybe(st.one_of(st.none(), TRICKY_TEXT)),
    comment=maybe(st.one_of(st.none(), TRICKY_TEXT)),
    expires_in=maybe(st.one_of(st.none(), st.integers(min_value=-5, max_value=10**7))),
)
def test_woovi_create_charge(value: Any, correlation_id: Any, comment: Any, expires_in: Any) -> None:
    check(
        "payclients_woovi",
        woovi,
        lambda c: c.create_charge(value=value, correlation_id=correlation_id, comment=comment, expires_in=expires_in),
    )


@FUZZ
@given(
    name=maybe(TRICKY_TEXT),
    tax_id=maybe(st.one_of(st.none(), st.from_regex(r"\d{11}", fullmatch=True), TRICKY_TEXT)),
    email=maybe(st.one_of(st.none(), st.emails(), TRICKY_TEXT)),
    phone=maybe(st.one_of(st.none(), st.from_regex(r"\+55\d{11}", fullmatch=True))),
)
def test_woovi_create_customer(name: Any, tax_id: Any, email: Any, phone: Any) -> None:
    check("payclients_woovi", woovi, lambda c: c.create_customer(name=name, tax_id=tax_id, email=email, phone=phone))


@FUZZ
@given(account_key=maybe(TRICKY_TEXT), invoice_id=maybe(st.integers(min_value=-3, max_value=10**12)))
def test_mindz_get_invoice(account_key: Any, invoice_id: Any) -> None:
    check("payclients_mindz", mindz, lambda c: c.get_invoice(account_key, invoice_id), "/api/v2")


@FUZZ
@given(
    account_key=maybe(TRICKY_TEXT),
    file=maybe(st.binary(min_size=1, max_size=40)),
    amount=maybe(
        st.one_of(st.none(), st.decimals(min_value=-5, max_value=10**6, places=2), st.integers(-5, 10**6), TRICKY_TEXT)
    ),
    nfe_id=maybe(st.one_of(st.none(), st.from_regex(r"NFe\d{44}", fullmatch=True), TRICKY_TEXT)),
    status=maybe(st.one_of(st.none(), st.integers(min_value=-1, max_value=12))),
    content_type=maybe(st.one_of(st.none(), st.sampled_from(["application/pdf", "text/xml", "a/b\r\nX: 1"]))),
)
def test_mindz_create_invoice(
    account_key: Any, file: Any, amount: Any, nfe_id: Any, status: Any, content_type: Any
) -> None:
    if isinstance(amount, decimal.Decimal) and not amount.is_finite():
        amount = str(amount)
    check(
        "payclients_mindz",
        mindz,
        lambda c: c.create_invoice(
            account_key, file, amount=amount, nfe_id=nfe_id, status=status, content_type=content_type
        ),
        "/api/v2",
    )
