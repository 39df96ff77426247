"""The whole-call deadline and the runtime's messages, with a scripted transport (no real waiting)."""

from __future__ import annotations

import logging

import httpx
import pytest

from payclients import APIConnectionError, InternalServerError, Solvimon
from tests.conftest import TEST_SECRETS, Script

from .conftest import INVOICE

KEY = TEST_SECRETS[0]


def solvimon(script: Script, **options: object) -> Solvimon:
    return Solvimon(api_key=KEY, transport=script.transport(), **options)  # type: ignore[arg-type]


def test_with_options_timeout_sets_the_reads_and_the_deadline() -> None:
    client = solvimon(Script(httpx.Response(200, json=INVOICE)), timeout=30)
    quick = client.with_options(timeout=2)
    assert quick.timeout == httpx.Timeout(2.0) and quick.deadline == 2.0
    assert client.timeout == httpx.Timeout(30.0) and client.deadline == 30.0
    assert client.with_options(max_retries=0).timeout == client.timeout


def test_a_retry_wait_past_the_deadline_is_not_waited_and_the_last_answer_is_the_error(sleeps: list[float]) -> None:
    script = Script(httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "30"}))
    with pytest.raises(InternalServerError):
        solvimon(script, deadline=5).get_invoice("inv_1")
    assert len(script.requests) == 1 and sleeps == []
    script = Script(httpx.ReadError("reset"))
    with pytest.raises(APIConnectionError, match="ReadError"):
        solvimon(script, deadline=0.2).with_options(deadline=0.2).get_invoice("inv_1")


def test_a_retry_wait_within_the_deadline_is_waited(sleeps: list[float]) -> None:
    script = Script(
        httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "3"}), httpx.Response(200, json=INVOICE)
    )
    assert solvimon(script, deadline=5).get_invoice("inv_1").id == "inv_1"
    assert sleeps == [3.0] and len(script.requests) == 2


def test_each_attempt_gets_at_most_what_is_left_of_the_deadline() -> None:
    script = Script(httpx.Response(200, json=INVOICE))
    solvimon(script, timeout=httpx.Timeout(60.0), deadline=3).get_invoice("inv_1")
    assert all(0 < value <= 3 for value in script.requests[0].extensions["timeout"].values())


def test_a_long_transport_message_is_cut_and_header_values_in_it_are_redacted() -> None:
    script = Script(httpx.ReadError(f"boom {KEY} " + "x" * 1000))
    with pytest.raises(APIConnectionError) as caught:
        solvimon(script, max_retries=0).get_invoice("inv_1")
    message = str(caught.value)
    assert KEY not in message and "[redacted]" in message
    assert "..." in message and len(message) < 500


def test_debug_logs_say_what_is_sent_with_credentials_masked(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="payclients"):
        solvimon(Script(httpx.Response(200, json=INVOICE)), platform_id="plat_9").get_invoice("inv_1")
    sending = [r.getMessage() for r in caplog.records if r.getMessage().startswith("sending GET")]
    assert len(sending) == 1 and KEY not in sending[0] and "plat_9" not in sending[0]
    with caplog.at_level(logging.INFO, logger="payclients"):
        caplog.clear()
        solvimon(Script(httpx.Response(200, json=INVOICE))).get_invoice("inv_1")
    assert not any(r.getMessage().startswith("sending") for r in caplog.records)


def test_an_error_body_in_no_known_format_is_described_by_status_type_and_size() -> None:
    page = httpx.Response(502, content=b"<html>down</html>", headers={"Content-Type": "text/html; charset=utf-8"})
    with pytest.raises(InternalServerError) as caught:
        solvimon(Script(page), max_retries=0).get_invoice("inv_1")
    assert caught.value.message == "Bad Gateway (text/html body of 17 bytes)"
    bare = httpx.Response(599, content=b"")
    with pytest.raises(InternalServerError) as caught:
        solvimon(Script(bare), max_retries=0).get_invoice("inv_1")
    assert caught.value.message == "error (no content type body of 0 bytes)"
