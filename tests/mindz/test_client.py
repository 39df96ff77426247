"""Mindz client configuration: tenant, credentials and how they travel, precedence, secrets."""

from __future__ import annotations

import base64
import logging
from typing import Any

import httpx
import pytest

import payclients
from payclients import AsyncMindz, AuthenticationError, ConfigurationError, Mindz, ParameterError
from payclients.mindz import DEFAULT_API_KEY_HEADER, DEFAULT_APP_ID_HEADER
from tests.conftest import Script
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID, PLATFORM

INVOICE = {"id": 42, "status": 2, "amount": "150.00"}


def ok(body: Any = INVOICE) -> httpx.Response:
    return httpx.Response(200, json=body)


def sent(script: Script) -> httpx.Request:
    return script.requests[-1]


def make(script: Script, **kwargs: Any) -> Mindz:
    settings: dict[str, Any] = {"app_id": APP_ID, "api_key": API_KEY, "platform": PLATFORM, **kwargs}
    return Mindz(**settings, transport=script.transport())


# -- what the issue calls done ------------------------------------------------------------------------------


def test_refresh_invoice_sends_the_documented_request_with_the_credentials() -> None:
    from payclients_mindz.models import MindzPayInvoice

    script = Script(ok())
    mindz = Mindz(
        app_id=APP_ID, api_key=API_KEY, base_url="https://cursos.exemplo.com.br", transport=script.transport()
    )
    invoice = mindz.refresh_invoice("acct", 42)
    request = sent(script)
    assert request.method == "POST"
    assert request.url == "https://cursos.exemplo.com.br/api/v2/mindzpay/accounts/acct/invoices/42/refresh/"
    assert request.headers["App-Id"] == APP_ID
    assert request.headers["Api-Key"] == API_KEY
    assert request.content == b""
    assert isinstance(invoice, MindzPayInvoice)
    assert invoice.id == 42


# -- how the credentials travel --------------------------------------------------------------------------------


def test_default_auth_is_two_headers_named_in_the_spec() -> None:
    assert (DEFAULT_APP_ID_HEADER, DEFAULT_API_KEY_HEADER) == ("App-Id", "Api-Key")
    script = Script(ok())
    make(script).get_invoice(ACCOUNT, 42)
    assert sent(script).headers["App-Id"] == APP_ID
    assert sent(script).headers["Api-Key"] == API_KEY
    assert "authorization" not in sent(script).headers


def test_header_names_can_be_changed() -> None:
    script = Script(ok())
    make(script, app_id_header="X-Mindz-App-Id", api_key_header="X-Mindz-Api-Key").get_invoice(ACCOUNT, 42)
    assert sent(script).headers["X-Mindz-App-Id"] == APP_ID
    assert sent(script).headers["X-Mindz-Api-Key"] == API_KEY
    assert "app-id" not in sent(script).headers
    assert "api-key" not in sent(script).headers


def test_basic_auth_sends_app_id_as_user_and_api_key_as_password() -> None:
    script = Script(ok())
    make(script, auth_style="basic").get_invoice(ACCOUNT, 42)
    expected = base64.b64encode(f"{APP_ID}:{API_KEY}".encode()).decode()
    assert sent(script).headers["Authorization"] == f"Basic {expected}"
    assert "app-id" not in sent(script).headers
    assert "api-key" not in sent(script).headers


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"auth_style": "bearer"}, "auth_style must be one of 'headers', 'basic'"),
        ({"auth_style": "basic", "app_id_header": "X-App"}, "apply to auth_style='headers'"),
        ({"app_id_header": "App Id"}, "app_id_header must be an HTTP header name"),
        ({"api_key_header": "Api-Key:"}, "api_key_header must be an HTTP header name"),
        ({"app_id_header": "api-key"}, "must be different headers"),
    ],
)
def test_bad_auth_settings_are_configuration_errors(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, **kwargs)


# -- credentials: arguments, environment, errors ------------------------------------------------------------


def test_credentials_and_platform_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINDZ_APP_ID", APP_ID)
    monkeypatch.setenv("MINDZ_API_KEY", API_KEY)
    monkeypatch.setenv("MINDZ_PLATFORM", PLATFORM)
    script = Script(ok())
    Mindz(transport=script.transport()).get_invoice(ACCOUNT, 42)
    assert sent(script).url.host == f"{PLATFORM}.mindz.com.br"
    assert sent(script).headers["App-Id"] == APP_ID
    assert sent(script).headers["Api-Key"] == API_KEY


def test_arguments_beat_the_environment_one_setting_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINDZ_APP_ID", "app_from_env")
    monkeypatch.setenv("MINDZ_API_KEY", "key_from_env")
    monkeypatch.setenv("MINDZ_PLATFORM", "tenant-from-env")
    script = Script(ok())
    Mindz(api_key=API_KEY, platform=PLATFORM, transport=script.transport()).get_invoice(ACCOUNT, 42)
    assert sent(script).headers["App-Id"] == "app_from_env"
    assert sent(script).headers["Api-Key"] == API_KEY
    assert sent(script).url.host == f"{PLATFORM}.mindz.com.br"


@pytest.mark.parametrize(
    ("kwargs", "named", "not_named"),
    [
        ({}, ["app_id", "MINDZ_APP_ID", "api_key", "MINDZ_API_KEY"], []),
        ({"app_id": APP_ID}, ["api_key", "MINDZ_API_KEY"], ["MINDZ_APP_ID"]),
        ({"api_key": API_KEY}, ["app_id", "MINDZ_APP_ID"], ["MINDZ_API_KEY"]),
    ],
)
def test_missing_credentials_name_the_argument_and_variable(
    kwargs: dict[str, Any], named: list[str], not_named: list[str]
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Mindz(platform=PLATFORM, **kwargs)
    message = str(caught.value)
    for name in named:
        assert name in message
    for name in not_named:
        assert name not in message


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"app_id": "  "}, "app_id is empty"),
        ({"api_key": ""}, "api_key is empty"),
        ({"api_key": "abc\r\nX-Injected: 1"}, "api_key contains a line break"),
        ({"app_id": 12345}, "app_id must be a string"),
    ],
)
def test_bad_credentials_are_refused_without_echoing_them(kwargs: dict[str, Any], match: str) -> None:
    settings = {"app_id": APP_ID, "api_key": API_KEY, "platform": PLATFORM, **kwargs}
    with pytest.raises(ConfigurationError, match=match) as caught:
        Mindz(**settings)
    assert "X-Injected" not in str(caught.value)


# -- the tenant: platform or base_url ---------------------------------------------------------------------------


def test_missing_tenant_names_both_ways_to_give_it() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Mindz(app_id=APP_ID, api_key=API_KEY)
    for name in ("platform", "MINDZ_PLATFORM", "base_url", "MINDZ_BASE_URL"):
        assert name in str(caught.value)


def test_platform_and_base_url_together_are_an_error() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, base_url="https://cursos.exemplo.com.br")


def test_platform_is_normalised_to_a_lower_case_subdomain() -> None:
    script = Script(ok())
    mindz = make(script, platform=" Escola-Exemplo ")
    mindz.get_invoice(ACCOUNT, 42)
    assert sent(script).url == f"https://escola-exemplo.mindz.com.br/api/v2/mindzpay/accounts/{ACCOUNT}/invoices/42/"
    assert str(mindz.base_url) == "https://escola-exemplo.mindz.com.br/api/v2"
    assert mindz.public_base_url == "https://escola-exemplo.mindz.com.br/api/public/v1"


@pytest.mark.parametrize(
    ("platform", "hint"),
    [
        ("escola.mindz.com.br", "give only the subdomain"),
        ("https://escola.mindz.com.br", "give only the subdomain"),
        ("-escola", "letters, digits and inner hyphens"),
        ("escola_exemplo", "letters, digits and inner hyphens"),
        ("esc ola", "letters, digits and inner hyphens"),
        ("a" * 64, "at most 63 characters"),
        ("", "letters, digits"),
    ],
)
def test_implausible_platforms_are_refused(platform: str, hint: str) -> None:
    with pytest.raises(ConfigurationError, match="platform must be a tenant's subdomain") as caught:
        Mindz(app_id=APP_ID, api_key=API_KEY, platform=platform)
    assert hint in str(caught.value)


def test_a_bad_platform_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINDZ_PLATFORM", "escola.mindz.com.br")
    with pytest.raises(ConfigurationError, match="MINDZ_PLATFORM"):
        Mindz(app_id=APP_ID, api_key=API_KEY)


@pytest.mark.parametrize(
    ("base_url", "api", "public"),
    [
        ("https://cursos.exemplo.com.br", "https://cursos.exemplo.com.br/api/v2", "https://cursos.exemplo.com.br/api/public/v1"),
        ("https://cursos.exemplo.com.br/", "https://cursos.exemplo.com.br/api/v2", "https://cursos.exemplo.com.br/api/public/v1"),
        ("https://cursos.exemplo.com.br/api/v2/", "https://cursos.exemplo.com.br/api/v2", "https://cursos.exemplo.com.br/api/public/v1"),
        ("https://escola.ead.guru", "https://escola.ead.guru/api/v2", "https://escola.ead.guru/api/public/v1"),
        ("https://gw.example.com/mindz", "https://gw.example.com/mindz/api/v2", "https://gw.example.com/mindz/api/public/v1"),
        ("http://localhost:8000", "http://localhost:8000/api/v2", "http://localhost:8000/api/public/v1"),
    ],
)  # fmt: skip
def test_base_url_is_the_tenant_root_or_its_api_v2(base_url: str, api: str, public: str) -> None:
    script = Script(ok())
    mindz = make(script, platform=None, base_url=base_url)
    assert str(mindz.base_url) == api
    assert mindz.public_base_url == public
    mindz.get_invoice(ACCOUNT, 42)
    assert sent(script).url == f"{api}/mindzpay/accounts/{ACCOUNT}/invoices/42/"


@pytest.mark.parametrize(
    ("base_url", "match"),
    [
        ("cursos.exemplo.com.br", "absolute https URL"),
        ("https://cursos.exemplo.com.br/api/public/v1", "points at the public API v1"),
        ("https://cursos.exemplo.com.br/?tenant=1", "query string"),
        ("https://user:s3cr3t-pass@cursos.exemplo.com.br", "must not contain a user name or password"),
    ],
)
def test_bad_base_urls_are_refused(base_url: str, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match) as caught:
        Mindz(app_id=APP_ID, api_key=API_KEY, base_url=base_url)
    assert "s3cr3t-pass" not in str(caught.value)


def test_base_url_variable_beats_platform_variable_but_not_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINDZ_PLATFORM", "tenant-from-env")
    monkeypatch.setenv("MINDZ_BASE_URL", "https://cursos.exemplo.com.br")
    script = Script(ok())
    Mindz(app_id=APP_ID, api_key=API_KEY, transport=script.transport()).get_invoice(ACCOUNT, 42)
    assert sent(script).url.host == "cursos.exemplo.com.br"
    Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport()).get_invoice(ACCOUNT, 42)
    assert sent(script).url.host == f"{PLATFORM}.mindz.com.br"


# -- credentials never over plain http ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://cursos.exemplo.com.br", "http://10.0.0.5:8080", "ftp://cursos.exemplo.com.br"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        Mindz(app_id=APP_ID, api_key=API_KEY, base_url=url)


@pytest.mark.parametrize("auth_style", ["headers", "basic"])
def test_a_redirect_to_plain_http_never_carries_the_credentials(auth_style: Any) -> None:
    # The credentials are attached per request by the auth flow, which refuses insecure URLs itself.
    script = Script(ok())
    mindz = make(script, auth_style=auth_style)
    request = mindz._http.build_request("GET", f"http://{PLATFORM}.mindz.com.br/api/v2/users/")
    with pytest.raises(ConfigurationError, match="https"):
        mindz._http.send(request)
    assert script.requests == []


# -- argument checks before sending ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["refresh_invoice", "get_invoice", "reissue_invoice", "cancel_invoice"])
@pytest.mark.parametrize(
    ("account", "invoice_id", "param"),
    [("", 42, "account_key"), (None, 42, "account_key"), (ACCOUNT, 0, "invoice_id"), (ACCOUNT, "42", "invoice_id"),
     (ACCOUNT, True, "invoice_id"), (ACCOUNT, 4.2, "invoice_id")],
)  # fmt: skip
def test_ids_are_checked_before_sending(method: str, account: Any, invoice_id: Any, param: str) -> None:
    script = Script(ok())
    with pytest.raises(ParameterError) as caught:
        getattr(make(script), method)(account, invoice_id)
    assert caught.value.param == param
    assert script.requests == []


def test_the_account_key_is_escaped_into_the_path() -> None:
    script = Script(ok())
    make(script).get_invoice("conta/principal 1", 42)
    assert sent(script).url.raw_path == b"/api/v2/mindzpay/accounts/conta%2Fprincipal%201/invoices/42/"


# -- every operation is reachable, typed, with the same auth ---------------------------------------------------------


def test_every_resource_is_annotated_on_both_clients() -> None:
    from payclients_mindz.api import RESOURCES

    for cls in (Mindz, AsyncMindz):
        annotations = cls.__annotations__
        for tag, (_, sync_name, async_name) in RESOURCES.items():
            expected = async_name if cls is AsyncMindz else sync_name
            assert annotations.get(tag) == expected, (cls.__name__, tag)


def test_a_generated_operation_goes_through_the_same_runtime() -> None:
    from payclients_mindz.models import UserPage

    script = Script(ok({"count": 0, "next": None, "previous": None, "results": []}))
    page = make(script, auth_style="basic").users.list_users(limit=10)
    assert isinstance(page, UserPage)
    assert sent(script).url == f"https://{PLATFORM}.mindz.com.br/api/v2/users/?limit=10"
    assert sent(script).headers["Authorization"].startswith("Basic ")


def test_with_options_keeps_the_tenant_and_the_credentials() -> None:
    script = Script(httpx.Response(503, json={}), ok())
    mindz = make(script)
    with pytest.raises(payclients.InternalServerError, match="503"):
        mindz.with_options(max_retries=0).get_invoice(ACCOUNT, 42)
    assert len(script.requests) == 1
    assert sent(script).headers["Api-Key"] == API_KEY


# -- secrets stay out of reprs, errors and logs ----------------------------------------------------------------------


@pytest.mark.parametrize("auth_style", ["headers", "basic"])
def test_secrets_are_not_in_reprs(auth_style: Any) -> None:
    mindz = make(Script(ok()), auth_style=auth_style)
    basic = base64.b64encode(f"{APP_ID}:{API_KEY}".encode()).decode()
    texts = [repr(mindz), str(mindz), repr(mindz._auth), repr(vars(mindz)), repr(mindz._http.auth)]
    for text in texts:
        for secret in (APP_ID, API_KEY, basic):
            assert secret not in text


def test_secrets_are_not_in_error_messages() -> None:
    script = Script(httpx.Response(401, json={"detail": "Credenciais de autenticação incorretas."}))
    with pytest.raises(AuthenticationError) as caught:
        make(script).get_invoice(ACCOUNT, 42)
    for text in (str(caught.value), repr(caught.value), repr(vars(caught.value))):
        assert APP_ID not in text
        assert API_KEY not in text


@pytest.mark.parametrize(
    ("kwargs", "headers"),
    [
        ({}, ("App-Id", "Api-Key")),
        ({"app_id_header": "X-Tenant-App", "api_key_header": "X-Tenant-Key"}, ("X-Tenant-App", "X-Tenant-Key")),
        ({"auth_style": "basic"}, ("Authorization",)),
    ],
)
def test_logs_mask_the_credentials_whatever_their_headers(
    caplog: pytest.LogCaptureFixture, kwargs: dict[str, Any], headers: tuple[str, ...]
) -> None:
    script = Script(httpx.Response(503, json={}), ok())
    with caplog.at_level(logging.DEBUG, logger="payclients"):
        make(script, **kwargs).get_invoice(ACCOUNT, 42)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert APP_ID not in text
    assert API_KEY not in text
    assert base64.b64encode(f"{APP_ID}:{API_KEY}".encode()).decode() not in text
    for header in headers:
        assert f"'{header.lower()}': '[redacted]'" in text
    assert "retrying in" in text


# -- async ------------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_client_has_the_same_configuration_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="MINDZ_APP_ID"):
        AsyncMindz(platform=PLATFORM)
    with pytest.raises(ConfigurationError, match="MINDZ_PLATFORM"):
        AsyncMindz(app_id=APP_ID, api_key=API_KEY)
    with pytest.raises(ConfigurationError, match="https"):
        AsyncMindz(app_id=APP_ID, api_key=API_KEY, base_url="http://cursos.exemplo.com.br")
    monkeypatch.setenv("MINDZ_APP_ID", APP_ID)
    monkeypatch.setenv("MINDZ_API_KEY", API_KEY)
    monkeypatch.setenv("MINDZ_BASE_URL", "https://cursos.exemplo.com.br/api/v2")
    script = Script(ok())
    async with AsyncMindz(auth_style="basic", transport=script.async_transport()) as mindz:
        invoice = await mindz.refresh_invoice("acct", 42)
        with pytest.raises(ParameterError, match="invoice_id"):
            await mindz.get_invoice("acct", 0)
    assert invoice.id == 42
    assert sent(script).url == "https://cursos.exemplo.com.br/api/v2/mindzpay/accounts/acct/invoices/42/refresh/"
    assert sent(script).headers["Authorization"].startswith("Basic ")
    assert len(script.requests) == 1
