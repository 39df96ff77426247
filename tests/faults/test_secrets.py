"""A scan for every credential kind of the three providers in everything a user or a log collector
sees: DEBUG logs of payclients, httpx and httpcore; errors (str, repr, attributes, pickle, cause and
context chain); client, auth and response reprs."""

from __future__ import annotations

import asyncio
import base64
import logging
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from payclients import APIError, AsyncSolvimon, PayclientsError, Solvimon, WebhookVerificationError
from payclients.mindz import AsyncMindz, Mindz
from payclients.mindz import webhooks as mindz_webhooks
from payclients.woovi import AsyncWoovi, Woovi
from tests.conftest import TEST_SECRETS

from .chaos import ChaosServer, Fault
from .conftest import CHARGE, INVOICE, MINDZ_INVOICE, SOLVIMON_PLATFORM

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SOLVIMON_KEY, SOLVIMON_JWT, MINDZ_APP, MINDZ_KEY, WOOVI_APP = TEST_SECRETS
MINDZ_WEBHOOK_SECRET = "whsec_mindz_scan_77aa01"
SECRETS = [
    *TEST_SECRETS,
    SOLVIMON_PLATFORM,
    base64.b64encode(f"{MINDZ_APP}:{MINDZ_KEY}".encode()).decode(),  # HTTP Basic, as sent
    MINDZ_WEBHOOK_SECRET,
]

Make = Callable[[str, bool], Any]
CLIENTS: list[tuple[str, Make, Callable[[Any], Any], Any]] = [
    (
        "solvimon-key",
        lambda url, aio: (AsyncSolvimon if aio else Solvimon)(
            api_key=SOLVIMON_KEY, platform_id=SOLVIMON_PLATFORM, base_url=url, max_retries=1
        ),
        lambda c: (
            c.with_raw_response.get_invoice("inv_1") if False else c.invoices.with_raw_response.get_invoice("inv_1")
        ),
        INVOICE,
    ),
    (
        "solvimon-jwt",
        lambda url, aio: (AsyncSolvimon if aio else Solvimon)(bearer_token=SOLVIMON_JWT, base_url=url, max_retries=1),
        lambda c: c.invoices.with_raw_response.get_invoice("inv_1"),
        INVOICE,
    ),
    (
        "woovi",
        lambda url, aio: (AsyncWoovi if aio else Woovi)(app_id=WOOVI_APP, base_url=url, max_retries=1),
        lambda c: c.charges.with_raw_response.get_charge("order-1"),
        CHARGE,
    ),
    (
        "mindz-headers",
        lambda url, aio: (AsyncMindz if aio else Mindz)(
            app_id=MINDZ_APP, api_key=MINDZ_KEY, base_url=url, max_retries=1, api_key_header="X-Tenant-Key"
        ),
        lambda c: c.mindzpay_invoices.with_raw_response.get_mindz_pay_invoice("conta", 42),
        MINDZ_INVOICE,
    ),
    (
        "mindz-basic",
        lambda url, aio: (AsyncMindz if aio else Mindz)(
            app_id=MINDZ_APP, api_key=MINDZ_KEY, base_url=url, max_retries=1, auth_style="basic"
        ),
        lambda c: c.mindzpay_invoices.with_raw_response.get_mindz_pay_invoice("conta", 42),
        MINDZ_INVOICE,
    ),
]

SCRIPTS: list[tuple[str, Callable[[Any], list[Fault]]]] = [
    ("ok", lambda body: [Fault.ok(body)]),
    ("reset-then-ok", lambda body: [Fault.reset_mid_body(), Fault.ok(body)]),
    ("401", lambda body: [Fault.raw(401, b'{"message": "no", "detail": "no"}', {"Content-Type": "application/json"})]),
    ("503-twice", lambda body: [Fault.status(503, Retry_After="0")]),
    ("reset-twice", lambda body: [Fault.reset_before_headers()]),
    ("bad-gzip", lambda body: [Fault.bad_gzip()]),
    ("deep-json", lambda body: [Fault.deep_json(50_000)]),
]


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        yield current
        current = current.__cause__ or current.__context__


def exposure(error: BaseException) -> str:
    parts = []
    for item in chain(error):
        parts += [str(item), repr(item), repr(getattr(item, "__dict__", {})), repr(pickle.dumps(item))]
        parts += [repr(value) for value in getattr(item, "__dict__", {}).values()]
    return "\n".join(parts)


def assert_clean(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a credential reached {where}"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    for name in ("payclients", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    yield caplog
    for name in ("payclients", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)


@pytest.mark.parametrize(("name", "make", "call", "body"), CLIENTS, ids=[c[0] for c in CLIENTS])
@pytest.mark.parametrize(("script_name", "script"), SCRIPTS, ids=[s[0] for s in SCRIPTS])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_credential_reaches_logs_errors_or_reprs(
    name: str,
    make: Make,
    call: Callable[[Any], Any],
    body: Any,
    script_name: str,
    script: Callable[[Any], list[Fault]],
    mode: str,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    seen: list[str] = []
    with ChaosServer(*script(body)) as server:
        client = make(server.url, mode == "async")
        seen += [repr(client), str(client), repr(client._auth), repr(vars(client))]

        def record(result: Any) -> None:
            seen.extend([repr(result), str(result), repr(result.parsed), repr(result.headers)])

        try:
            if mode == "sync":
                with client:
                    record(call(client))
            else:

                async def main() -> None:
                    async with client:
                        record(await call(client))

                asyncio.run(main())
        except PayclientsError as error:
            assert isinstance(error, APIError), script_name
            seen.append(exposure(error))
        seen.append(repr(client.with_options(timeout=3)))
    assert server.count >= 1
    sent = server.received[0].headers
    assert any(secret in " ".join(sent.values()) for secret in SECRETS), "the scan must see the credential sent"
    debug_text = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in debug_logs.records)
    assert any(r.name.startswith("httpcore") for r in debug_logs.records), "httpcore's DEBUG log is scanned"
    assert_clean(debug_text, "a DEBUG log line")
    assert_clean("\n".join(seen), "an error, a repr or a response")


def test_webhook_errors_never_show_the_secret_with_the_matching_secret_first_or_last() -> None:
    import hashlib
    import hmac

    body = b'{"event": "invoice.updated"}'
    good = hmac.new(MINDZ_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    for secrets in ([MINDZ_WEBHOOK_SECRET, "whsec_other_1"], ["whsec_other_1", MINDZ_WEBHOOK_SECRET]):
        assert mindz_webhooks.verify(body, {"X-Mindz-Signature": good}, secrets) == body
        with pytest.raises(WebhookVerificationError) as caught:
            mindz_webhooks.verify(body, {"X-Mindz-Signature": "00" * 32}, secrets)
        assert_clean(exposure(caught.value), "a webhook error")
