"""Log redaction, checked directly: credential headers, user info and query-string secrets."""

from __future__ import annotations

import logging

import pytest

from payclients import _logging as payclients_logging
from payclients._logging import ALWAYS_SENSITIVE, REDACTED, redact_headers, redact_url


@pytest.mark.parametrize("name", sorted(ALWAYS_SENSITIVE))
def test_always_sensitive_headers_are_redacted_in_any_case(name: str) -> None:
    for spelled in (name, name.upper(), name.title()):
        assert redact_headers({spelled: "s3cret-value", "Accept": "application/json"}) == {
            spelled: REDACTED,
            "Accept": "application/json",
        }


def test_the_always_sensitive_names_cover_every_provider_credential() -> None:
    assert {"authorization", "x-api-key", "app-id", "api-key", "cookie", "set-cookie"} <= ALWAYS_SENSITIVE


def test_extra_names_are_redacted_and_other_headers_kept() -> None:
    headers = {"X-Tenant-Key": "k1", "x-platform-id": "p1", "User-Agent": "payclients", "X-Request-Id": "r1"}
    assert redact_headers(headers, ["x-tenant-key", "X-PLATFORM-ID"]) == {
        "X-Tenant-Key": REDACTED,
        "x-platform-id": REDACTED,
        "User-Agent": "payclients",
        "X-Request-Id": "r1",
    }
    assert redact_headers(headers) == headers  # none of those is always sensitive


def test_user_info_is_dropped_from_urls() -> None:
    assert redact_url("https://admin:hunter2@api.test/v1/x?a=1") == "https://api.test/v1/x?a=1"
    assert redact_url("https://token@api.test/v1") == "https://api.test/v1"
    assert "hunter2" not in redact_url("http://u:hunter2@127.0.0.1:8080/")


@pytest.mark.parametrize("name", ["token", "api_key", "access_token", "client_secret", "password", "secret", "TOKEN"])
def test_credential_like_query_values_are_redacted(name: str) -> None:
    redacted = redact_url(f"https://api.test/v1/x?page=2&{name}=s3cret-value&limit=5")
    assert "s3cret-value" not in redacted
    assert "page=2" in redacted and "limit=5" in redacted
    assert f"{name}=" in redacted and "redacted" in redacted


def test_extra_query_names_are_redacted_and_plain_urls_are_kept() -> None:
    assert "k1" not in redact_url("https://api.test/x?tenant_key=k1", ["tenant_key"])
    assert redact_url("https://api.test/v1/invoices/inv_1?limit=5") == "https://api.test/v1/invoices/inv_1?limit=5"


@pytest.mark.parametrize(
    ("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), ("loud", None), ("", None)]
)
def test_payclients_log_attaches_one_handler_at_its_level(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int | None
) -> None:
    logger = logging.getLogger("payclients")
    before = list(logger.handlers)
    monkeypatch.setattr(payclients_logging, "_configured", False)
    monkeypatch.setenv("PAYCLIENTS_LOG", value)
    try:
        payclients_logging.setup_logging()
        payclients_logging.setup_logging()  # once only
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == (0 if level is None else 1)
        if level is not None:
            assert logger.level == level
    finally:
        for handler in logger.handlers:
            if handler not in before:
                logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
