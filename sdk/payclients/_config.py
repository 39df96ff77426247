"""Client settings: where each value comes from, and the checks made before anything is sent.

Precedence is always: the constructor argument, then the provider's environment variable, then the
default. Environments are named (`"test"`, `"live"`, `"sandbox"`, ...) and map to base URLs; an
explicit base URL wins over the environment.
"""

from __future__ import annotations

import ipaddress
import os
import platform
from collections.abc import Mapping
from typing import Final

import httpx

from ._exceptions import ConfigurationError
from ._version import __version__

__all__ = [
    "DEFAULT_TIMEOUT",
    "TimeoutTypes",
    "env_setting",
    "is_loopback",
    "resolve_base_url",
    "require_secure_url",
    "to_timeout",
    "user_agent",
]

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
"""Finite by default: 60 s to read, write or wait for the pool, 10 s to connect."""

TimeoutTypes = float | httpx.Timeout | None


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """A timeout from seconds or an `httpx.Timeout`; None means the default, never 'wait forever'."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {value!r}")
    return httpx.Timeout(float(value))


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
        return url.rstrip("/"), None
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
    parsed = httpx.URL(str(url))
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
