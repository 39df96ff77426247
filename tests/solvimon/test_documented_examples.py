"""Solvimon's documented examples parse through the facade.

Solvimon documents no success body: the official spec copy has no examples (solvimon.md 2) and the
reference pages show schemas, not bodies. The one documented body is the error example of the
"Errors" guide (solvimon.md 7), which must become a typed error naming the field. The invoice fields
the spec requires (id, status, type, invoice_date) come from the live reference page instead; the
test below holds a body with nothing else, to show that no other field is needed.
"""

from __future__ import annotations

import httpx
import pytest

from payclients import BadRequestError, Solvimon
from tests.conftest import Script

KEY = "sk_test_payclients_1234567890"
ERROR = {  # solvimon.md 7, docs.solvimon.com/platform-guides/for-developers/errors
    "type": "INVALID_REQUEST",
    "code": "INVALID_FIELD",
    "field": "schedules.0.included_volumes.0.number",
    "message": "value required, but not set",
}


def answered(response: httpx.Response) -> Solvimon:
    return Solvimon(api_key=KEY, transport=Script(response).transport())


def test_the_documented_error_is_a_typed_error_naming_the_field() -> None:
    with pytest.raises(BadRequestError) as caught:
        answered(httpx.Response(400, json=ERROR)).get_invoice("inv_1")
    assert caught.value.code == "INVALID_FIELD"
    assert "value required, but not set" in str(caught.value)
    assert "schedules.0.included_volumes.0.number" in str(caught.value) or caught.value.field_errors


def test_an_invoice_with_only_the_required_fields_parses() -> None:
    body = {"id": "inv_1", "status": "DRAFT", "type": "STANDARD", "invoice_date": "2026-01-01T00:00:00Z"}
    invoice = answered(httpx.Response(200, json=body)).get_invoice("inv_1")
    assert (invoice.id, invoice.status, invoice.type_) == ("inv_1", "DRAFT", "STANDARD")
    assert invoice.invoice_date.isoformat() == "2026-01-01T00:00:00+00:00"
