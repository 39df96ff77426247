"""Mindz error bodies, in Django REST Framework's shapes, read into the runtime's `ErrorDetails`.

Mindz does not document its errors; its API is built on DRF (mindz.md §5.2), whose defaults are:

* `{"detail": "Não encontrado."}` for authentication, permission, not-found and throttling errors;
* `{"email": ["Este campo é obrigatório."], "non_field_errors": ["..."]}` for validation errors,
  nested for nested serializers (`{"address": {"zip_code": ["..."]}}`) and lists of them
  (`{"items": [{}, {"amount": ["..."]}]}`);
* with DRF's "full details", each message is `{"message": "...", "code": "..."}`.

Field errors are keyed by a dotted path (`address.zip_code`, `items.1.amount`); `non_field_errors`
keeps DRF's name. The message is `detail`, or every validation message joined.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._provider import ErrorDetails, decode_json_body

__all__ = ["parse_error"]

NON_FIELD_ERRORS = "non_field_errors"


def parse_error(response: httpx.Response) -> ErrorDetails | None:
    """Read a DRF error body; None when the body is not JSON or says nothing (the runtime describes it)."""
    body = decode_json_body(response)
    if isinstance(body, list):
        messages: dict[str, list[str]] = {}
        _collect(body, NON_FIELD_ERRORS, messages)
        found = messages.get(NON_FIELD_ERRORS)
        return ErrorDetails(message="; ".join(found), error=body) if found else None
    if not isinstance(body, dict) or not body:
        return None
    code = body.get("code") if isinstance(body.get("code"), str) else None
    detail: dict[str, list[str]] = {}
    if "detail" in body:
        _collect(body["detail"], "detail", detail)
        code = code or _full_details_code(body["detail"])
    field_errors: dict[str, list[str]] = {}
    for key, value in body.items():
        if key not in ("detail", "code"):
            _collect(value, str(key), field_errors)
    if detail:
        message = "; ".join(detail["detail"])
    elif field_errors:
        message = _summary(field_errors)
    else:
        return None
    return ErrorDetails(message=message, code=code, error=body, field_errors=field_errors)


def _collect(value: Any, path: str, into: dict[str, list[str]]) -> None:
    """Add every message found in `value` under `path` (dotted deeper for nested objects)."""
    if isinstance(value, str):
        into.setdefault(path, []).append(value)
    elif isinstance(value, dict):
        if _is_full_detail(value):
            into.setdefault(path, []).append(value["message"])  # DRF full details: {"message", "code"}
            return
        for key, item in value.items():
            _collect(item, f"{path}.{key}", into)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict) and not _is_full_detail(item):
                _collect(item, f"{path}.{index}", into)  # the errors of one item of a list field
            else:
                _collect(item, path, into)  # nested lists of messages belong to the same field
    # numbers, booleans and null carry no message


def _is_full_detail(value: dict[str, Any]) -> bool:
    return isinstance(value.get("message"), str) and set(value) <= {"message", "code"}


def _full_details_code(detail: Any) -> str | None:
    if isinstance(detail, dict) and _is_full_detail(detail) and isinstance(detail.get("code"), str):
        return str(detail["code"])
    return None


def _summary(field_errors: dict[str, list[str]]) -> str:
    """`non_field_errors` first and bare, then `field: message` for the rest."""
    parts = list(field_errors.get(NON_FIELD_ERRORS, []))
    for field, messages in field_errors.items():
        if field != NON_FIELD_ERRORS:
            parts.extend(f"{field}: {message}" for message in messages)
    return "; ".join(parts)
