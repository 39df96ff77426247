"""Every success example Mindz documents parses through the facade method that returns it.

Mindz documents response bodies for its public v1 forms only (mindz.md 5.5, from the tenant's public
API page): `{"success": true}` for the contact form, and the same with a `message` for the newsletter.
The v2 API (invoices and the rest) has no documented response body at all, so it has no example here;
its spec marks only the invoice id and the pages' `results` required, and every other field nullable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from payclients import Mindz
from tests.conftest import Script
from tests.mindz.conftest import API_KEY, APP_ID, PLATFORM

CONTACT = {"success": True}  # mindz.md 5.5, POST /contact/
NEWSLETTER = {"success": True, "message": "Contato cadastrado com sucesso"}  # mindz.md 5.5, POST /newsletter/


def answered(body: dict[str, Any]) -> Mindz:
    script = Script(httpx.Response(200, json=body))
    return Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport())


def test_contact_form_answer() -> None:
    from payclients_mindz.models import PublicContactRequest, PublicSuccess

    result = answered(CONTACT).public_contact.send_public_contact_message(
        body=PublicContactRequest(name="Ana Souza", email="ana.souza@exemplo.com.br", message="Olá")
    )
    assert isinstance(result, PublicSuccess)
    assert result.success is True


def test_newsletter_answer() -> None:
    from payclients_mindz.models import PublicNewsletterRequest, PublicSuccess

    result = answered(NEWSLETTER).public_newsletter.subscribe_public_newsletter(
        body=PublicNewsletterRequest(email="aluna@exemplo.com.br")
    )
    assert isinstance(result, PublicSuccess)
    assert (result.success, result.message) == (True, "Contato cadastrado com sucesso")


@pytest.mark.parametrize("body", [CONTACT, NEWSLETTER])
def test_the_spec_requires_what_both_examples_carry(body: dict[str, Any]) -> None:
    spec = yaml.safe_load((Path(__file__).parents[2] / "specs" / "mindz.yaml").read_text())
    required = spec["components"]["schemas"]["PublicSuccess"]["required"]
    assert set(required) <= set(body)
