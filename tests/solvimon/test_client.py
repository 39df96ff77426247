"""Solvimon client configuration: credentials, environments, precedence, secure transport, secrets."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import payclients
from payclients import AsyncSolvimon, ConfigurationError, ParameterError, Solvimon
from tests.conftest import Script

KEY = "sk_test_payclients_1234567890"
TOKEN = "jwt.payclients.test-token"
INVOICE = {"id": "inv_1", "status": "OPEN", "type": "STANDARD", "invoice_date": "2026-01-01T00:00:00Z"}


def ok(body: Any = INVOICE) -> httpx.Response:
    return httpx.Response(200, json=body, headers={"X-REQUEST-ID": "reqr_1"})


def sent(script: Script) -> httpx.Request:
    return script.requests[-1]


# -- credentials -------------------------------------------------------------------------------------


def test_api_key_is_sent_as_x_api_key() -> None:
    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["X-API-KEY"] == KEY
    assert "authorization" not in sent(script).headers


def test_bearer_token_is_sent_as_authorization_bearer() -> None:
    script = Script(ok())
    Solvimon(bearer_token=TOKEN, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["Authorization"] == f"Bearer {TOKEN}"
    assert "x-api-key" not in sent(script).headers


def test_missing_credentials_name_the_arguments_and_variables() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Solvimon()
    message = str(caught.value)
    for name in ("api_key", "SOLVIMON_API_KEY", "bearer_token", "SOLVIMON_BEARER_TOKEN"):
        assert name in message


def test_both_credentials_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        Solvimon(api_key=KEY, bearer_token=TOKEN)


def test_blank_api_key_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="empty"):
        Solvimon(api_key="  ")


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_API_KEY", KEY)
    script = Script(ok())
    Solvimon(transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["X-API-KEY"] == KEY


def test_bearer_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_BEARER_TOKEN", TOKEN)
    script = Script(ok())
    Solvimon(transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["Authorization"] == f"Bearer {TOKEN}"


def test_argument_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_API_KEY", "sk_from_env")
    monkeypatch.setenv("SOLVIMON_BEARER_TOKEN", "token_from_env")
    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["X-API-KEY"] == KEY
    assert "authorization" not in sent(script).headers


def test_platform_id_header_from_argument_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    script = Script(ok())
    Solvimon(api_key=KEY, platform_id="plat_1", transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["x-platform-id"] == "plat_1"
    monkeypatch.setenv("SOLVIMON_PLATFORM_ID", "plat_env")
    Solvimon(api_key=KEY, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["x-platform-id"] == "plat_env"
    Solvimon(api_key=KEY, transport=script.transport()).invoices.get_invoice("inv_1", x_platform_id="plat_call")
    assert sent(script).headers["x-platform-id"] == "plat_call"


# -- environments and base URLs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "host"),
    [(None, "test.api.solvimon.com"), ("test", "test.api.solvimon.com"), ("live", "api.solvimon.com")],
)
def test_named_environments(environment: str | None, host: str) -> None:
    script = Script(ok())
    Solvimon(api_key=KEY, environment=environment, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).url == f"https://{host}/v1/invoices/inv_1"


def test_environment_from_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_ENVIRONMENT", "live")
    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).url.host == "api.solvimon.com"


def test_unknown_environment_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match="'test', 'live'"):
        Solvimon(api_key=KEY, environment="production")


def test_base_url_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_ENVIRONMENT", "live")
    script = Script(ok())
    Solvimon(api_key=KEY, base_url="https://proxy.example.com/", transport=script.transport()).get_invoice("inv_1")
    assert sent(script).url == "https://proxy.example.com/v1/invoices/inv_1"


def test_base_url_from_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLVIMON_BASE_URL", "http://127.0.0.1:8080")
    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).url == "http://127.0.0.1:8080/v1/invoices/inv_1"


# -- credentials never over plain http ------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://api.solvimon.com", "http://10.0.0.5:8080", "ftp://api.solvimon.com"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        Solvimon(api_key=KEY, base_url=url)


@pytest.mark.parametrize("url", ["http://localhost:8000", "http://127.0.0.1", "http://[::1]:9000"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    script = Script(ok())
    Solvimon(api_key=KEY, base_url=url, transport=script.transport()).get_invoice("inv_1")
    assert sent(script).headers["X-API-KEY"] == KEY


def test_a_redirect_to_plain_http_never_carries_the_key() -> None:
    # The credential is attached per request by the auth flow, which refuses insecure URLs itself.
    script = Script(ok())
    solvimon = Solvimon(api_key=KEY, transport=script.transport())
    request = solvimon._http.build_request("GET", "http://api.solvimon.com/v1/invoices/x")
    with pytest.raises(ConfigurationError):
        solvimon._http.send(request)
    assert script.requests == []


# -- identification ------------------------------------------------------------------------------------


def test_user_agent_names_payclients_python_and_httpx() -> None:
    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).get_invoice("inv_1")
    agent = sent(script).headers["User-Agent"]
    name, python, httpx_part = agent.split(" ")
    assert name.startswith("payclients/0.")
    assert python.startswith("python/3.")
    assert httpx_part == f"httpx/{httpx.__version__}"


# -- secrets stay out of reprs, errors and logs -------------------------------------------------------------


def test_secrets_are_not_in_reprs() -> None:
    solvimon = Solvimon(api_key=KEY, platform_id="plat_secret", transport=Script(ok()).transport())
    texts = [repr(solvimon), str(solvimon), repr(solvimon._auth), repr(vars(solvimon)), repr(solvimon._http.auth)]
    for text in texts:
        assert KEY not in text


def test_secrets_are_not_in_error_messages() -> None:
    error_body = {"type": "API_ERROR", "code": "UNAUTHORISED", "message": "bad key"}
    script = Script(httpx.Response(401, json=error_body))
    solvimon = Solvimon(api_key=KEY, transport=script.transport())
    with pytest.raises(payclients.AuthenticationError) as caught:
        solvimon.get_invoice("inv_1")
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)


def test_logs_have_one_line_per_request_and_retry_and_no_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = Script(httpx.Response(503, json={}), ok())
    solvimon = Solvimon(api_key=KEY, platform_id="plat_secret", transport=script.transport())
    with caplog.at_level(logging.DEBUG, logger="payclients"):
        solvimon.refresh_invoice("inv_1", types=["FULL"])
    lines = [r.getMessage() for r in caplog.records]
    text = "\n".join(lines)
    assert KEY not in text
    assert "plat_secret" not in text
    assert "[redacted]" in text  # the debug line shows which headers were sent, masked
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(info) == 2
    assert "retrying in" in info[0] and "HTTP 503" in info[0]
    assert "-> 200" in info[1] and "reqr_1" in info[1]


def test_payclients_log_variable_switches_logging_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import payclients._logging as logs

    monkeypatch.setattr(logs, "_configured", False)
    monkeypatch.setenv("PAYCLIENTS_LOG", "info")
    handlers_before = list(logs.logger.handlers)
    level_before = logs.logger.level
    try:
        Solvimon(api_key=KEY)
        assert logs.logger.level == logging.INFO
        assert len(logs.logger.handlers) == len(handlers_before) + 1
    finally:
        logs.logger.handlers[:] = handlers_before
        logs.logger.setLevel(level_before)


# -- argument checks before sending ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "   ", None, 42])
def test_invoice_id_is_checked_before_sending(bad: Any) -> None:
    script = Script(ok())
    with pytest.raises(ParameterError, match="invoice_id"):
        Solvimon(api_key=KEY, transport=script.transport()).get_invoice(bad)
    assert script.requests == []


def test_unknown_refresh_type_is_refused_before_sending() -> None:
    script = Script(ok())
    with pytest.raises(ParameterError) as caught:
        Solvimon(api_key=KEY, transport=script.transport()).refresh_invoice("inv_1", types=["CUSTOMERS"])
    assert caught.value.param == "types"
    assert "TAX_RATES" in str(caught.value)
    assert script.requests == []


def test_empty_refresh_types_is_refused() -> None:
    with pytest.raises(ParameterError, match="at least one"):
        Solvimon(api_key=KEY).refresh_invoice("inv_1", types=[])


def test_refresh_types_accepts_one_string_and_drops_duplicates() -> None:
    script = Script(ok())
    solvimon = Solvimon(api_key=KEY, transport=script.transport())
    solvimon.refresh_invoice("inv_1", types="CUSTOMER")
    solvimon.refresh_invoice("inv_1", types=["PO_NUMBER", "TAX_RATES", "PO_NUMBER"])
    assert script.json_bodies() == [{"types": ["CUSTOMER"]}, {"types": ["PO_NUMBER", "TAX_RATES"]}]


def test_refresh_without_types_sends_no_body() -> None:
    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).refresh_invoice("inv_1")
    assert script.requests[0].content == b""


def test_a_new_refresh_type_can_be_sent_explicitly() -> None:
    from payclients_solvimon.models import RefreshInvoiceType

    script = Script(ok())
    Solvimon(api_key=KEY, transport=script.transport()).refresh_invoice("inv_1", types=[RefreshInvoiceType("NEXT")])
    assert script.json_bodies() == [{"types": ["NEXT"]}]


@pytest.mark.anyio
async def test_async_client_has_the_same_configuration_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="SOLVIMON_API_KEY"):
        AsyncSolvimon()
    with pytest.raises(ConfigurationError):
        AsyncSolvimon(api_key=KEY, base_url="http://api.solvimon.com")
    monkeypatch.setenv("SOLVIMON_BEARER_TOKEN", TOKEN)
    script = Script(ok())
    async with AsyncSolvimon(environment="live", transport=script.async_transport()) as solvimon:
        await solvimon.get_invoice("inv_1")
    assert sent(script).headers["Authorization"] == f"Bearer {TOKEN}"
    assert sent(script).url.host == "api.solvimon.com"
