"""Credentials, attached to each request at the last moment and never shown.

An `httpx.Auth` adds the headers when a request is sent, so they are not stored on the client's
default headers (where a debug print or a copied client would show them), and it refuses to send
them anywhere but https or a loopback address.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping

import httpx

from ._checks import check_header_name, config_text
from ._config import require_secure_url

__all__ = ["CredentialHeaders", "require_secure_origin"]


_SECURE_ORIGINS: set[tuple[str, str]] = set()
_MAX_CACHED = 64


def require_secure_origin(url: httpx.URL) -> None:
    """`require_secure_url` for a request's already parsed URL, remembered per (scheme, host).

    Only an origin that passed the full check is remembered, keyed by the exact scheme and host httpx
    parsed: a look-alike host (`localhost.example.com`, `127.0.0.1.nip.io`) is another key and gets the
    full check, and an insecure origin is refused every time.
    """
    origin = (url.scheme, url.host)
    if origin in _SECURE_ORIGINS:
        return
    require_secure_url(url)
    if len(_SECURE_ORIGINS) < _MAX_CACHED:
        _SECURE_ORIGINS.add(origin)


class CredentialHeaders(httpx.Auth):
    """Adds fixed credential headers to every request."""

    def __init__(self, headers: Mapping[str, str], *, defaults: Mapping[str, str] | None = None) -> None:
        """`headers` are always set; `defaults` (an account id, say) only when the call set none."""
        for name, value in {**headers, **(defaults or {})}.items():
            check_header_name(name, "a credential header name")
            config_text(value, f"the credential for {name}")
        self._headers = dict(headers)
        self._defaults = dict(defaults or {})

    @property
    def header_names(self) -> tuple[str, ...]:
        return (*self._headers, *self._defaults)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        require_secure_origin(request.url)
        for name, value in self._defaults.items():
            request.headers.setdefault(name, value)
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        names = ", ".join(self.header_names)
        return f"CredentialHeaders({names}: [redacted])"
