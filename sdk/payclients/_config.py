"""Client settings: where each value comes from, and the checks made before anything is sent.

Precedence is always: the constructor argument, then the provider's environment variable, then the
default. Environments are named (`"test"`, `"live"`, `"sandbox"`, ...) and map to base URLs; an
explicit base URL wins over the environment.
"""

from __future__ import annotations

import ipaddress
import os
import platform
import re
from collections.abc import Mapping
from typing import Final

import httpx

from ._checks import config_number, has_control_characters
from ._exceptions import ConfigurationError
from ._version import __version__

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "TimeoutTypes",
    "check_base_url",
    "env_setting",
    "is_loopback",
    "resolve_base_url",
    "require_secure_url",
    "to_deadline",
    "to_timeout",
    "user_agent",
]

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
"""Finite by default: 60 s to read, write or wait for the pool, 10 s to connect."""
DEFAULT_DEADLINE: Final = 120.0
"""The whole of one call, all attempts and the waits between them included, in seconds."""

TimeoutTypes = float | httpx.Timeout | None


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """A timeout from seconds or an `httpx.Timeout`; None means the default, never 'wait forever'."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            if seconds is None:
                raise ConfigurationError(f"timeout: the {phase} timeout must be a number of seconds, not None")
            config_number(seconds, f"timeout ({phase})")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    return httpx.Timeout(config_number(value, "timeout"))


def to_deadline(deadline: float | None, timeout: TimeoutTypes = None) -> float:
    """The whole-call deadline: `deadline` if given, else a timeout given as a number, else the default."""
    if deadline is not None:
        return config_number(deadline, "deadline")
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        return config_number(timeout, "timeout")
    return DEFAULT_DEADLINE


def check_base_url(value: object, setting: str = "base_url") -> httpx.URL:
    """An absolute https URL (http only to loopback), without user info: a password in it would reach
    reprs, logs and errors."""
    if not isinstance(value, str | httpx.URL):
        raise ConfigurationError(f"{setting} must be a string, not {type(value).__name__}")
    try:
        url = httpx.URL(str(value).strip())
    except httpx.InvalidURL:
        raise ConfigurationError(f"{setting} is not a valid URL") from None
    if url.userinfo:  # never echo it
        raise ConfigurationError(f"{setting} must not contain a user name or password; pass the credentials apart")
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{setting} must be an absolute https URL")
    if not _is_host(url.raw_host):
        # httpx percent-encodes what a host cannot hold (`ex ample.com`, `[bad`) rather than refusing it.
        raise ConfigurationError(f"{setting} does not name a valid host")
    if has_control_characters(str(value)):
        raise ConfigurationError(f"{setting} contains a control character")
    require_secure_url(url)
    return url


_LABEL = rb"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
_HOST_NAME = re.compile(_LABEL + rb"(?:\." + _LABEL + rb")*\.?")


def _is_host(raw_host: bytes) -> bool:
    """A DNS name (IDNs arrive as punycode; `_` allowed, as service names use it) or an IP address."""
    try:
        ipaddress.ip_address(raw_host.decode("ascii"))
    except ValueError:
        return _HOST_NAME.fullmatch(raw_host) is not None
    return True


def env_setting(argument: str | None, variable: str) -> str | None:
    """The argument if given, else the environment variable if set and not blank."""
    if argument is not None:
        return argument
    value = os.environ.get(variable, "").strip()
    return value or None


def resolve_base_url(
    *,
    base_url: str | None,
    base_url_variable: str,
    environment: str | None,
    environment_variable: str,
    default_environment: str,
    environments: Mapping[str, str],
) -> tuple[str, str | None]:
    """(base URL, environment name): explicit base URL > its variable > named environment."""
    url = env_setting(base_url, base_url_variable)
    if url is not None:
        source = "base_url" if base_url is not None else base_url_variable
        return str(check_base_url(url, source)).rstrip("/"), None
    if environment is not None and not isinstance(environment, str):
        raise ConfigurationError(f"environment must be a string, not {type(environment).__name__}")
    name = env_setting(environment, environment_variable) or default_environment
    try:
        return environments[name], name
    except KeyError:
        known = ", ".join(repr(n) for n in environments)
        raise ConfigurationError(
            f"unknown environment {name!r} (from the environment argument or {environment_variable}); "
            f"use one of {known}, or pass base_url"
        ) from None


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"} or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure_url(url: httpx.URL | str) -> None:
    """Credentials travel over https only, or over plain http to this machine."""
    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL:
        raise ConfigurationError("the base URL is not a valid URL") from None
    if parsed.scheme == "https":
        return
    if parsed.scheme == "http" and is_loopback(parsed.host):
        return
    raise ConfigurationError(
        f"refusing to send credentials to {parsed.scheme}://{parsed.host}: use https "
        "(plain http is allowed only to loopback addresses such as localhost or 127.0.0.1)"
    )


def user_agent() -> str:
    python = ".".join(platform.python_version_tuple()[:2])
    return f"payclients/{__version__} python/{python} httpx/{httpx.__version__}"
