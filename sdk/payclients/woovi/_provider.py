"""How Woovi differs from the other providers: error bodies, when a POST may be repeated, the 429 wait.

Errors. Woovi has no single error body. All of these are read, and their message and code end up on
the typed error (`error.message`, `error.code`, `error.field_errors`; `error.error` is the parsed
`WooviError`, or the raw JSON when it does not fit the model):

* `{"error": "message"}`, optionally with `"success": false`;
* `{"error": "message", "errorCode": "TOO_MANY_REQUESTS"}` (the Pix-key token bucket and DICT look-ups);
* `{"error": ["message", {"message": ..., "code": ..., "path": [...]}, ...]}` (a list, although the
  docs promise a string: woovi-developers issue #425);
* `{"error": {"field": ["message", ...]}}`;
* `{"data": null, "errors": [{"message": "appID inválido"}]}` (an invalid AppID, GraphQL style);
* `{"details": [{"field": ..., "message": ...}]}`.

Idempotency. Woovi has no idempotency header: the caller's `correlationID` in the body is the key
(developers.woovi.com, "Idempotência" and "Correlation ID"). A POST is repeated only where Woovi
documents that a second request with the same key cannot create a second resource, and only when the
body carries that key:

* `POST /api/v1/charge` (correlationID; with `?return_existing=true` the repeat returns the charge);
* `POST /api/v1/payment` (correlationID; a repeat is refused with "Já existe um pagamento ...");
* `POST /api/v1/invoice` (correlationID, unique per account);
* `POST /api/v1/kyc/onboarding` (correlationID; a repeat returns the existing link);
* `POST /api/v1/stablecoin/deposit` and `POST /api/v1/stablecoin/payout` (correlationId);
* `POST /api/v1/anticipation/beneficiary` (the beneficiary's taxID; a repeat is a 409, or the existing
  beneficiary with `?return_existing=true`).

Every other POST, and every PATCH, is sent once (a failed connection, which nothing reached, aside):
refunds, subscriptions, transfers, customers and the rest carry a correlationID too, but Woovi does not
document what a repeated one does there. GET, PUT and DELETE are repeated as usual.

Rate limit. The only limit Woovi documents is the per-account DICT token bucket of the Pix-key look-ups
(and of payments, which it also blocks): a 429 `{"errorCode": "TOO_MANY_REQUESTS"}` with no
`Retry-After`. The bucket refills every minute, and with the default refill rate one refill is enough to
be let through again ("cerca de 1 minuto"), so such a 429 asks for `WAIT_FOR_TOKEN_REFILL` seconds unless
a `Retry-After` header says otherwise. For the exact moment, read `nextRefresh` from
`client.pix_keys.get_pix_key_tokens()`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

from .._provider import ErrorDetails, Provider, decode_json_body, header_retry_after
from .._retries import is_idempotent_method

__all__ = ["DEDUPLICATED_POSTS", "PROVIDER", "WAIT_FOR_TOKEN_REFILL", "parse_error"]

TOKEN_BUCKET_CODE = "TOO_MANY_REQUESTS"
WAIT_FOR_TOKEN_REFILL = 60.0
"""Seconds until the DICT token bucket lets a refused account through again, at the default refill rate."""

DEDUPLICATED_POSTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?:^|/){path}$"), key)
    for path, key in (
        ("api/v1/charge", "correlationID"),
        ("api/v1/payment", "correlationID"),
        ("api/v1/invoice", "correlationID"),
        ("api/v1/kyc/onboarding", "correlationID"),
        ("api/v1/stablecoin/deposit", "correlationId"),
        ("api/v1/stablecoin/payout", "correlationId"),
        ("api/v1/anticipation/beneficiary", "taxID"),
    )
)
"""(path, body key): the POSTs Woovi deduplicates by a key in the body; see the module docstring."""


def idempotency(request: httpx.Request) -> bool:
    """Whether repeating `request` is safe: idempotent methods, or a deduplicated POST carrying its key.

    Called once per logical call, before the first attempt; the body is parsed once, here.
    """
    method = request.method.upper()
    if method != "POST":
        return is_idempotent_method(method)
    path = request.url.path.rstrip("/")
    key = next((key for pattern, key in DEDUPLICATED_POSTS if pattern.search(path)), None)
    if key is None:
        return False
    try:
        body = json.loads(request.content) if request.content else None
    except (ValueError, UnicodeDecodeError):
        return False
    value = body.get(key) if isinstance(body, dict) else None
    return isinstance(value, str) and bool(value.strip())


def retry_after(response: httpx.Response) -> float | None:
    """A `Retry-After` header if Woovi sends one; else, for a token-bucket 429, one refill period."""
    asked = header_retry_after(response)
    if asked is not None or response.status_code != 429:
        return asked
    body = decode_json_body(response)
    if isinstance(body, dict) and body.get("errorCode") == TOKEN_BUCKET_CODE:
        return WAIT_FOR_TOKEN_REFILL
    return None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _path(value: Any) -> str | None:
    if isinstance(value, list | tuple) and value:
        return ".".join(str(part) for part in value)
    return _text(value)


def parse_error(response: httpx.Response) -> ErrorDetails | None:
    """Any Woovi error body, as message, code and per-field messages; None when it is none of them."""
    body = decode_json_body(response)
    if not isinstance(body, dict):
        return None
    messages: list[str] = []
    fields: dict[str, list[str]] = {}
    code = _text(body.get("errorCode"))

    def add(message: str, field: str | None = None) -> None:
        if field:
            fields.setdefault(field, []).append(message)
            message = f"{field}: {message}"
        if message not in messages:
            messages.append(message)

    error = body.get("error")
    if _text(error):
        add(str(_text(error)))
    elif isinstance(error, list):
        for item in error:
            if _text(item):
                add(str(_text(item)))
            elif isinstance(item, Mapping) and _text(item.get("message")):
                add(str(_text(item.get("message"))), _path(item.get("path")) or _text(item.get("field")))
                code = code or _text(item.get("code"))
    elif isinstance(error, Mapping):
        for field, value in error.items():
            for message in value if isinstance(value, list) else [value]:
                if _text(message):
                    add(str(_text(message)), str(field))
    for item in _list(body.get("errors")):
        if isinstance(item, Mapping) and _text(item.get("message")):
            add(str(_text(item.get("message"))))
        elif _text(item):
            add(str(_text(item)))
    for item in _list(body.get("details")):
        if isinstance(item, Mapping) and _text(item.get("message")):
            add(str(_text(item.get("message"))), _text(item.get("field")))
    if not messages and _text(body.get("message")):
        add(str(_text(body.get("message"))))
    if not messages:
        return None
    return ErrorDetails(message="; ".join(messages), code=code, error=_model(body), field_errors=fields)


def _model(body: dict[str, Any]) -> Any:
    """The body as the generated `WooviError`, or as it came when it does not fit the model."""
    from payclients_woovi.models import WooviError

    try:
        return WooviError.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError):
        return body


PROVIDER = Provider(
    name="Woovi",
    generated_package="payclients_woovi",
    parse_error=parse_error,
    idempotency=idempotency,
    retry_after=retry_after,
)
