"""The `payclients` logger, switched on with `PAYCLIENTS_LOG=debug|info`.

One line per request and one per retry. Secrets never reach a line: headers are only logged at debug
level and through `redact_headers`, and URLs through `redact_url`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["logger", "redact_headers", "redact_url", "setup_logging"]

logger = logging.getLogger("payclients")

REDACTED = "[redacted]"
ALWAYS_SENSITIVE = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "app-id",
        "app_id",
        "api_key",
        "token",
        "access_token",
        "client_secret",
        "secret",
        "password",
    }
)
_configured = False


def setup_logging() -> None:
    """Apply `PAYCLIENTS_LOG` once: attach a stderr handler at that level."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("PAYCLIENTS_LOG", "").lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def _is_sensitive(name: str, extra: Iterable[str]) -> bool:
    lowered = name.lower()
    return lowered in ALWAYS_SENSITIVE or lowered in {e.lower() for e in extra}


def redact_headers(headers: Mapping[str, str], extra: Iterable[str] = ()) -> dict[str, str]:
    """A copy of `headers` with credential-bearing values replaced."""
    extra = tuple(extra)
    return {k: (REDACTED if _is_sensitive(k, extra) else v) for k, v in headers.items()}


def redact_url(url: httpx.URL | str, extra: Iterable[str] = ()) -> str:
    """The URL without user info, and with credential-like query values replaced."""
    url = httpx.URL(str(url))
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    extra = tuple(extra)
    if any(_is_sensitive(name, extra) for name in url.params):
        params = [(k, REDACTED if _is_sensitive(k, extra) else v) for k, v in url.params.multi_items()]
        url = url.copy_with(params=params)
    return str(url)
