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

__all__ = ["CredentialHeaders"]


class CredentialHeaders(httpx.Auth):
    """Adds fixed credential headers to every request."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        for name, value in headers.items():
            check_header_name(name, "a credential header name")
            config_text(value, f"the credential for {name}")
        self._headers = dict(headers)

    @property
    def header_names(self) -> tuple[str, ...]:
        return tuple(self._headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        require_secure_url(request.url)
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        names = ", ".join(self._headers)
        return f"CredentialHeaders({names}: [redacted])"
