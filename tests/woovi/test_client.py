"""Woovi client configuration: the AppID, environments, precedence, secure transport, secrets, resources."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import payclients
from payclients import AsyncWoovi, ConfigurationError, ParameterError, Woovi
from payclients.woovi import ENVIRONMENTS
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"
CHARGE = {"charge": {"correlationID": "order-1", "value": 1500, "status": "ACTIVE"}}


def ok(body: Any = CHARGE) -> httpx.Response:
    return httpx.Response(200, json=body)


def sent(script: Script) -> httpx.Request:
    return script.requests[-1]


# -- the AppID ------------------------------------------------------------------------------------------------


def test_app_id_is_sent_raw_as_authorization_without_bearer() -> None:
    script = Script(ok())
    Woovi(app_id=APP_ID, transport=script.transport()).get_charge("order-1")
    assert sent(script).headers["Authorization"] == APP_ID
    assert sent(script).headers.get_list("Authorization") == [APP_ID]


def test_app_id_is_the_first_positional_argument() -> None:
    script = Script(ok())
    Woovi(APP_ID, transport=script.transport()).get_charge("order-1")
    assert sent(script).headers["Authorization"] == APP_ID


def test_missing_app_id_names_the_argument_and_the_variable() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Woovi()
    assert "app_id" in str(caught.value)
    assert "WOOVI_APP_ID" in str(caught.value)


@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_app_id_is_an_error(blank: str) -> None:
    with pytest.raises(ConfigurationError, match="empty"):
        Woovi(app_id=blank)


def test_app_id_with_a_bearer_prefix_is_refused_without_echoing_it() -> None:
    with pytest.raises(ConfigurationError, match="Bearer") as caught:
        Woovi(app_id=f"Bearer {APP_ID}")
    assert APP_ID not in str(caught.value)


def test_app_id_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_APP_ID", APP_ID)
    script = Script(ok())
    Woovi(transport=script.transport()).get_charge("order-1")
    assert sent(script).headers["Authorization"] == APP_ID


def test_argument_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_APP_ID", "appid_from_env")
    script = Script(ok())
    Woovi(app_id=APP_ID, transport=script.transport()).get_charge("order-1")
    assert sent(script).headers["Authorization"] == APP_ID


# -- environments and base URLs ------------------------------------------------------------------------------------


def test_environments_are_production_and_sandbox() -> None:
    assert dict(ENVIRONMENTS) == {
        "production": "https://api.woovi.com",
        "sandbox": "https://api.woovi-sandbox.com",
    }


@pytest.mark.parametrize(
    ("environment", "host"),
    [(None, "api.woovi.com"), ("production", "api.woovi.com"), ("sandbox", "api.woovi-sandbox.com")],
)
def test_named_environments(environment: str | None, host: str) -> None:
    script = Script(ok())
    Woovi(app_id=APP_ID, environment=environment, transport=script.transport()).get_charge("order-1")
    assert sent(script).url == f"https://{host}/api/v1/charge/order-1"


def test_environment_from_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_ENVIRONMENT", "sandbox")
    script = Script(ok())
    Woovi(app_id=APP_ID, transport=script.transport()).get_charge("order-1")
    assert sent(script).url.host == "api.woovi-sandbox.com"


def test_environment_argument_beats_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_ENVIRONMENT", "sandbox")
    script = Script(ok())
    Woovi(app_id=APP_ID, environment="production", transport=script.transport()).get_charge("order-1")
    assert sent(script).url.host == "api.woovi.com"


def test_unknown_environment_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match="'production', 'sandbox'") as caught:
        Woovi(app_id=APP_ID, environment="live")
    assert "WOOVI_ENVIRONMENT" in str(caught.value)


def test_base_url_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_ENVIRONMENT", "sandbox")
    script = Script(ok())
    woovi = Woovi(app_id=APP_ID, base_url="https://proxy.example.com/woovi/", transport=script.transport())
    woovi.get_charge("order-1")
    assert sent(script).url == "https://proxy.example.com/woovi/api/v1/charge/order-1"


def test_base_url_from_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WOOVI_BASE_URL", "http://127.0.0.1:8080")
    script = Script(ok())
    Woovi(app_id=APP_ID, transport=script.transport()).get_charge("order-1")
    assert sent(script).url == "http://127.0.0.1:8080/api/v1/charge/order-1"


@pytest.mark.parametrize("url", ["http://api.woovi.com", "http://10.0.0.5:8080", "ftp://api.woovi.com"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        Woovi(app_id=APP_ID, base_url=url)


@pytest.mark.parametrize("url", ["http://localhost:8000", "http://127.0.0.1", "http://[::1]:9000"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    script = Script(ok())
    Woovi(app_id=APP_ID, base_url=url, transport=script.transport()).get_charge("order-1")
    assert sent(script).headers["Authorization"] == APP_ID


def test_a_redirect_to_plain_http_never_carries_the_app_id() -> None:
    script = Script(ok())
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    request = woovi._http.build_request("GET", "http://api.woovi.com/api/v1/charge/x")
    with pytest.raises(ConfigurationError):
        woovi._http.send(request)
    assert script.requests == []


# -- every operation of the spec, through typed resources -----------------------------------------------------------


def test_every_tag_is_a_typed_resource_of_both_clients() -> None:
    from payclients_woovi.api import RESOURCES

    assert len(RESOURCES) == 28
    for client_class in (Woovi, AsyncWoovi):
        annotations = client_class.__annotations__
        assert set(RESOURCES) <= set(annotations), set(RESOURCES) - set(annotations)
        for tag, (_, sync_name, async_name) in RESOURCES.items():
            assert annotations[tag] == (async_name if client_class is AsyncWoovi else sync_name)


def test_resources_send_through_the_runtime_with_auth() -> None:
    body = {"tokens": 480, "nextRefresh": "2026-01-01T12:01:00.000Z", "maxTokens": 500, "refreshRate": 20}
    script = Script(ok(body))
    tokens = Woovi(app_id=APP_ID, transport=script.transport()).pix_keys.get_pix_key_tokens()
    assert tokens.tokens == 480
    assert sent(script).url == "https://api.woovi.com/api/v1/pix-keys/tokens"
    assert sent(script).headers["Authorization"] == APP_ID


def test_raw_responses_are_reachable() -> None:
    script = Script(ok())
    raw = Woovi(app_id=APP_ID, transport=script.transport()).charges.with_raw_response.get_charge("order-1")
    assert raw.status_code == 200
    assert raw.parsed.charge.value == 1500


# -- secrets stay out of reprs, errors and logs ---------------------------------------------------------------------


def test_app_id_is_not_in_reprs() -> None:
    woovi = Woovi(app_id=APP_ID, transport=Script(ok()).transport())
    texts = [repr(woovi), str(woovi), repr(woovi._auth), repr(vars(woovi)), repr(woovi._http.auth)]
    for text in texts:
        assert APP_ID not in text


def test_app_id_is_not_in_error_messages() -> None:
    script = Script(httpx.Response(401, json={"data": None, "errors": [{"message": "appID inválido"}]}))
    with pytest.raises(payclients.AuthenticationError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport()).get_charge("order-1")
    assert APP_ID not in str(caught.value)
    assert APP_ID not in repr(caught.value)


def test_logs_have_one_line_per_request_and_retry_and_no_app_id(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(httpx.Response(503, json={"error": "unavailable"}), ok())
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    with caplog.at_level(logging.DEBUG, logger="payclients"):
        woovi.create_charge(value=1500, correlation_id="order-1")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert APP_ID not in text
    assert "[redacted]" in text
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(info) == 2
    assert "retrying in" in info[0] and "HTTP 503" in info[0]
    assert "-> 200" in info[1]


# -- argument checks before sending ------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "   ", None, 42])
def test_ids_are_checked_before_sending(bad: Any) -> None:
    script = Script(ok())
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    with pytest.raises(ParameterError, match="charge_id"):
        woovi.get_charge(bad)
    with pytest.raises(ParameterError, match="correlation_id"):
        woovi.cancel_invoice(bad)
    with pytest.raises(ParameterError, match="correlation_id"):
        woovi.get_invoice_pdf(bad)
    assert script.requests == []


@pytest.mark.anyio
async def test_async_client_has_the_same_configuration_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="WOOVI_APP_ID"):
        AsyncWoovi()
    with pytest.raises(ConfigurationError):
        AsyncWoovi(app_id=APP_ID, base_url="http://api.woovi.com")
    monkeypatch.setenv("WOOVI_APP_ID", APP_ID)
    script = Script(ok())
    async with AsyncWoovi(environment="sandbox", transport=script.async_transport()) as woovi:
        charge = await woovi.get_charge("order-1")
    assert charge.value == 1500
    assert sent(script).headers["Authorization"] == APP_ID
    assert sent(script).url.host == "api.woovi-sandbox.com"
