"""The public API v1 operations (tags `public_*`) go to `<tenant>/api/public/v1`, without credentials."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from payclients import AsyncMindz, InternalServerError, Mindz
from tests.conftest import Script
from tests.mindz.conftest import API_KEY, APP_ID, PLATFORM

SUCCESS = {"success": True, "message": "Contato cadastrado com sucesso"}


def make(script: Script, **kwargs: Any) -> Mindz:
    settings: dict[str, Any] = {"app_id": APP_ID, "api_key": API_KEY, "platform": PLATFORM, **kwargs}
    return Mindz(**settings, transport=script.transport())


def assert_no_credentials(request: httpx.Request) -> None:
    assert "app-id" not in request.headers
    assert "api-key" not in request.headers
    assert "authorization" not in request.headers
    for secret in (APP_ID, API_KEY, base64.b64encode(f"{APP_ID}:{API_KEY}".encode()).decode()):
        assert secret.encode() not in request.content
        assert secret not in str(request.headers)


@pytest.mark.parametrize("auth_style", ["headers", "basic"])
def test_v1_operations_go_to_the_public_base_without_credentials(auth_style: Any) -> None:
    from payclients_mindz.models import PublicNewsletterRequest, PublicSuccess

    script = Script(httpx.Response(200, json=SUCCESS))
    mindz = make(script, auth_style=auth_style)
    result = mindz.public_newsletter.subscribe_public_newsletter(
        body=PublicNewsletterRequest(email="aluna@exemplo.com.br", first_name="Ana")
    )
    assert isinstance(result, PublicSuccess)
    assert result.success is True
    request = script.requests[0]
    assert request.method == "POST"
    assert request.url == f"https://{PLATFORM}.mindz.com.br/api/public/v1/newsletter/"
    assert_no_credentials(request)


def test_v2_and_v1_calls_on_one_client_keep_their_own_base_and_auth() -> None:
    script = Script(
        lambda r: httpx.Response(200, json={} if "/public/" in r.url.path else {"id": 42, "status": 2}),
    )
    mindz = make(script)
    mindz.get_invoice("conta-principal", 42)
    mindz.public_stats.get_public_stats()
    mindz.get_invoice("conta-principal", 42)
    v2_first, v1, v2_again = script.requests
    assert v2_first.url.path == v2_again.url.path == "/api/v2/mindzpay/accounts/conta-principal/invoices/42/"
    assert v2_first.headers["Api-Key"] == v2_again.headers["Api-Key"] == API_KEY
    assert v1.url == f"https://{PLATFORM}.mindz.com.br/api/public/v1/stats/"
    assert_no_credentials(v1)


def test_v1_follows_a_custom_domain() -> None:
    script = Script(httpx.Response(200, json={"name": "Escola Exemplo"}))
    mindz = make(script, platform=None, base_url="https://cursos.exemplo.com.br/api/v2")
    identity = mindz.public_site_identity.get_public_site_identity()
    assert identity["name"] == "Escola Exemplo"
    assert script.requests[0].url == "https://cursos.exemplo.com.br/api/public/v1/site-identity/"


def test_v1_raw_responses_are_routed_too() -> None:
    script = Script(httpx.Response(200, json=[{"id": 1, "name": "Python do zero"}]))
    raw = make(script).public_products.with_raw_response.list_public_products()
    assert raw.status_code == 200
    assert raw.parsed[0]["name"] == "Python do zero"  # type: ignore[index]
    assert script.requests[0].url.path == "/api/public/v1/products/"


def test_v1_posts_are_not_repeated_after_a_response() -> None:
    from payclients_mindz.models import PublicContactRequest

    script = Script(httpx.Response(502, json={"detail": "Bad gateway"}), httpx.Response(200, json={"success": True}))
    with pytest.raises(InternalServerError):
        make(script).public_contact.send_public_contact_message(
            body=PublicContactRequest(name="Ana", email="aluna@exemplo.com.br", message="Olá")
        )
    assert len(script.requests) == 1


def test_with_options_keeps_the_v1_routing() -> None:
    script = Script(httpx.Response(200, json={}))
    make(script).with_options(timeout=5).public_stats.get_public_stats()
    assert script.requests[0].url.path == "/api/public/v1/stats/"


@pytest.mark.vcr
def test_send_contact_message() -> None:
    from payclients_mindz.models import PublicContactRequest, PublicContactSubject

    mindz = Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM)
    result = mindz.public_contact.send_public_contact_message(
        body=PublicContactRequest(
            name="Ana Souza",
            email="ana.souza@exemplo.com.br",
            subject=PublicContactSubject.SUPPORT,
            message="Não consigo acessar o módulo 3.",
        )
    )
    assert result.success is True


@pytest.mark.vcr
@pytest.mark.anyio
async def test_async_subscribe_newsletter() -> None:
    from payclients_mindz.models import PublicNewsletterRequest

    async with AsyncMindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM) as mindz:
        result = await mindz.public_newsletter.subscribe_public_newsletter(
            body=PublicNewsletterRequest(email="ana.souza@exemplo.com.br", email_list_code="BLACKFRIDAY")
        )
    assert result.success is True
    assert result.message == "Contato cadastrado com sucesso"
