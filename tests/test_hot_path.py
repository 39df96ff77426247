"""What one call costs: work the runtime skips when nothing needs it (log lines nobody reads)."""

from __future__ import annotations

import logging

import httpx
import pytest

from payclients import Solvimon
from tests.conftest import Script

INVOICE = {"id": "inv_1", "object_type": "INVOICE", "status": "OPEN"}


def _counting_redact(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    import payclients._base_client as base

    calls: list[object] = []
    real = base.redact_url

    def counting(url: httpx.URL | str, extra: tuple[str, ...] = ()) -> str:
        calls.append(url)
        return real(url, extra)

    monkeypatch.setattr(base, "redact_url", counting)
    return calls


def test_the_log_line_is_not_built_when_info_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_redact(monkeypatch)
    monkeypatch.setattr(logging.getLogger("payclients"), "level", logging.WARNING)
    script = Script(httpx.Response(200, json=INVOICE))
    Solvimon(api_key="k", transport=script.transport()).get_invoice("inv_1")
    assert calls == []


def test_the_log_line_is_built_when_info_is_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    calls = _counting_redact(monkeypatch)
    script = Script(httpx.Response(200, json=INVOICE))
    with caplog.at_level(logging.INFO, logger="payclients"):
        Solvimon(api_key="k", transport=script.transport()).get_invoice("inv_1")
    assert len(calls) == 1
    assert "GET https://test.api.solvimon.com/v1/invoices/inv_1 -> 200" in caplog.text


def test_a_call_without_query_parameters_sends_no_query() -> None:
    script = Script(httpx.Response(200, json=INVOICE))
    Solvimon(api_key="k", transport=script.transport()).get_invoice("inv_1")
    assert script.requests[0].url.query == b""
    assert str(script.requests[0].url) == "https://test.api.solvimon.com/v1/invoices/inv_1"
