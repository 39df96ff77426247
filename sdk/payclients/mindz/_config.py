"""Mindz settings: which tenant, which credentials, and how the credentials travel.

Every Mindz customer is a tenant with its own host. `platform="escola"` means
`https://escola.mindz.com.br`; `base_url=` is for custom domains (and proxies, mocks, `*.ead.guru`).
From the tenant's root the two APIs are at fixed paths: the private API v2 at `/api/v2`
(authenticated) and the public API v1 at `/api/public/v1` (no authentication, documented).

The APP_ID + API_KEY pair is documented; how it is sent is not. The default is two headers,
`App-Id` and `Api-Key` (proposed, from specs/mindz.yaml `components.securitySchemes`); both names can
be changed, or `auth_style="basic"` sends them as HTTP Basic (APP_ID as user, API_KEY as password).
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass
from typing import Final, Literal, get_args

import httpx

from .._auth import CredentialHeaders, require_secure_origin
from .._checks import config_text
from .._config import env_setting, require_secure_url
from .._exceptions import ConfigurationError

__all__ = [
    "API_V2_PATH",
    "DEFAULT_API_KEY_HEADER",
    "DEFAULT_APP_ID_HEADER",
    "PUBLIC_V1_PATH",
    "AuthStyle",
    "TenantAuth",
    "resolve",
]

AuthStyle = Literal["headers", "basic"]
DEFAULT_APP_ID_HEADER: Final = "App-Id"
DEFAULT_API_KEY_HEADER: Final = "Api-Key"
API_V2_PATH: Final = "/api/v2"
PUBLIC_V1_PATH: Final = "/api/public/v1"

_PLATFORM = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.ASCII)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP token (RFC 9110)


@dataclass(frozen=True)
class Settings:
    api_base_url: str
    """The private API v2: `<root>/api/v2`."""
    public_base_url: str
    """The public API v1: `<root>/api/public/v1`."""
    auth: TenantAuth


def resolve(
    *,
    app_id: str | None,
    api_key: str | None,
    platform: str | None,
    base_url: str | None,
    auth_style: AuthStyle | None,
    app_id_header: str | None,
    api_key_header: str | None,
) -> Settings:
    """The client's settings: each from its argument, else its environment variable, else the default."""
    root = _tenant_root(platform, base_url)
    public = root + PUBLIC_V1_PATH
    credentials = _credentials(app_id, api_key, auth_style, app_id_header, api_key_header)
    return Settings(api_base_url=root + API_V2_PATH, public_base_url=public, auth=TenantAuth(credentials, public))


# -- the tenant ----------------------------------------------------------------------------------------


def _tenant_root(platform: str | None, base_url: str | None) -> str:
    """The tenant's root URL, without a trailing slash. Arguments beat variables; base_url beats platform."""
    if platform is not None and base_url is not None:
        raise ConfigurationError(
            "pass either platform or base_url to Mindz, not both (base_url is for a custom domain)"
        )
    if base_url is not None:
        return _root_from_url(base_url, "base_url")
    if platform is not None:
        return _root_from_platform(platform, "platform")
    url = env_setting(None, "MINDZ_BASE_URL")
    if url is not None:
        return _root_from_url(url, "MINDZ_BASE_URL")
    name = env_setting(None, "MINDZ_PLATFORM")
    if name is not None:
        return _root_from_platform(name, "MINDZ_PLATFORM")
    raise ConfigurationError(
        "Mindz needs the tenant: pass platform=... (the subdomain of <platform>.mindz.com.br, "
        "or set MINDZ_PLATFORM), or base_url=... for a custom domain (or set MINDZ_BASE_URL)"
    )


def _root_from_platform(value: object, source: str) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"{source} must be a string, not {type(value).__name__}")
    name = value.strip().lower()
    if not _PLATFORM.fullmatch(name):
        hint = (
            " (give only the subdomain: 'escola' for escola.mindz.com.br; use base_url for a custom domain)"
            if "." in name or "/" in name
            else " (letters, digits and inner hyphens, at most 63 characters)"
        )
        raise ConfigurationError(f"{source} must be a tenant's subdomain, not {value!r}{hint}")
    return f"https://{name}.mindz.com.br"


def _root_from_url(value: object, source: str) -> str:
    """A custom domain's root from `https://host`, `https://host/prefix` or `https://host[/prefix]/api/v2`."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{source} must be a string, not {type(value).__name__}")
    try:
        url = httpx.URL(value.strip())
    except httpx.InvalidURL:
        raise ConfigurationError(f"{source} is not a valid URL") from None
    if url.userinfo:  # never echo it: it may hold a password
        raise ConfigurationError(f"{source} must not contain a user name or password: pass app_id and api_key")
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{source} must be an absolute https URL such as https://cursos.example.com.br, not {value!r}"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"{source} must not have a query string or a fragment")
    path = url.path.rstrip("/")
    if path.endswith(PUBLIC_V1_PATH):
        raise ConfigurationError(
            f"{source} points at the public API v1; give the tenant's address (https://host) "
            "or its API v2 (https://host/api/v2): both APIs are found from there"
        )
    if path.endswith(API_V2_PATH):
        path = path[: -len(API_V2_PATH)]
    root = f"{url.scheme}://{url.netloc.decode('ascii')}{path}"
    require_secure_url(root)
    return root


# -- the credentials ---------------------------------------------------------------------------------------


def _credentials(
    app_id: str | None,
    api_key: str | None,
    auth_style: AuthStyle | None,
    app_id_header: str | None,
    api_key_header: str | None,
) -> httpx.Auth:
    app = env_setting(app_id, "MINDZ_APP_ID")
    key = env_setting(api_key, "MINDZ_API_KEY")
    missing = [
        f"{argument}=... (or set {variable})"
        for argument, variable, value in (("app_id", "MINDZ_APP_ID", app), ("api_key", "MINDZ_API_KEY", key))
        if value is None
    ]
    if missing:
        raise ConfigurationError(
            "Mindz needs both halves of an API key pair (Configurações > API): pass " + " and ".join(missing)
        )
    assert app is not None and key is not None
    for argument, value in (("app_id", app), ("api_key", key)):
        config_text(value, argument)
    style = "headers" if auth_style is None else auth_style
    if style == "headers":
        names = (
            DEFAULT_APP_ID_HEADER if app_id_header is None else app_id_header,
            DEFAULT_API_KEY_HEADER if api_key_header is None else api_key_header,
        )
        for argument, name in zip(("app_id_header", "api_key_header"), names, strict=True):
            if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
                raise ConfigurationError(f"{argument} must be an HTTP header name, not {name!r}")
        if names[0].lower() == names[1].lower():
            raise ConfigurationError("app_id_header and api_key_header must be different headers")
        return CredentialHeaders({names[0]: app, names[1]: key})
    if style == "basic":
        if app_id_header is not None or api_key_header is not None:
            raise ConfigurationError(
                "app_id_header and api_key_header apply to auth_style='headers'; "
                "auth_style='basic' sends the pair in the Authorization header"
            )
        return BasicCredentials(app, key)
    known = ", ".join(repr(s) for s in get_args(AuthStyle))
    raise ConfigurationError(f"auth_style must be one of {known}, not {auth_style!r}")


class BasicCredentials(httpx.BasicAuth):
    """HTTP Basic with APP_ID as user and API_KEY as password; https (or loopback) only, never shown."""

    @property
    def header_names(self) -> tuple[str, ...]:
        return ("Authorization",)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        require_secure_origin(request.url)
        yield from super().auth_flow(request)

    def __repr__(self) -> str:
        return "BasicCredentials(app_id:api_key [redacted])"


class TenantAuth(httpx.Auth):
    """Sends the credentials to the private API v2 only.

    The public API v1 is documented without authentication (its operations have `security: []`), so
    nothing secret is attached to requests under it.
    """

    def __init__(self, credentials: httpx.Auth, public_base_url: str) -> None:
        self._credentials = credentials
        self._public = httpx.URL(public_base_url)

    @property
    def header_names(self) -> tuple[str, ...]:
        names: tuple[str, ...] = getattr(self._credentials, "header_names", ())
        return names

    def is_public(self, url: httpx.URL) -> bool:
        return (
            url.scheme == self._public.scheme
            and url.netloc == self._public.netloc
            and url.path.startswith(self._public.path.rstrip("/") + "/")
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.is_public(request.url):
            yield request
        else:
            yield from self._credentials.auth_flow(request)

    def __repr__(self) -> str:
        return repr(self._credentials)
