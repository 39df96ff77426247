"""Argument checks shared by every client: types, header-safe text and numbers, before anything is sent.

Settings given to a constructor fail with `ConfigurationError`, arguments of a call with
`ParameterError`; both name the argument. A message never repeats a value that may be a secret.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from ._exceptions import ConfigurationError, ParameterError

__all__ = [
    "check_header_name",
    "check_header_text",
    "config_number",
    "config_text",
    "has_control_characters",
    "param_int",
    "param_list",
    "param_text",
]


def has_control_characters(text: str) -> bool:
    """True for C0 controls (CR, LF, NUL, ...), DEL and the C1 range."""
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text)


def _header_text_problem(value: str) -> str | None:
    if not value.strip():
        return "is empty"
    if has_control_characters(value):
        return "contains a line break or another control character"
    if value != value.strip():
        return "has leading or trailing whitespace (a line break read from a file?)"
    if not value.isascii():
        return "contains a character outside ASCII, which an HTTP header cannot carry"
    return None


def config_text(value: object, setting: str) -> str:
    """A setting that travels in a header (credential, platform id): a clean string, never echoed."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{setting} must be a string, not {type(value).__name__}")
    problem = _header_text_problem(value)
    if problem is not None:
        raise ConfigurationError(f"{setting} {problem}")
    return value


def check_header_text(value: object, name: str) -> None:
    """A header value of a call (idempotency key, header parameter): refused as a `ParameterError`."""
    if isinstance(value, bytes):
        try:
            value = value.decode("ascii")
        except UnicodeDecodeError:
            raise ParameterError(name, "contains a character outside ASCII") from None
    if not isinstance(value, str):
        raise ParameterError(name, f"must be a string, not {type(value).__name__}")
    problem = _header_text_problem(value)
    if problem is not None:
        raise ParameterError(name, problem)


_TOKEN_CHARACTERS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def check_header_name(value: object, setting: str) -> str:
    """A header name chosen by the caller: an HTTP token (RFC 9110)."""
    if not isinstance(value, str) or not value or not set(value) <= _TOKEN_CHARACTERS:
        shown = repr(value) if isinstance(value, str) and len(value) <= 64 else type(value).__name__
        raise ConfigurationError(f"{setting} must be an HTTP header name, not {shown}")
    return value


def config_number(value: object, setting: str, *, allow_zero: bool = False) -> float:
    """A finite positive number of seconds (or >= 0 with `allow_zero`)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{setting} must be a number of seconds, not {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number) or number < 0 or (number == 0 and not allow_zero):
        raise ConfigurationError(f"{setting} must be a finite number of seconds > 0, not {value!r}")
    return number


def param_text(value: object, param: str, *, allow_blank: bool = False) -> str:
    """A string argument of a call."""
    if not isinstance(value, str):
        raise ParameterError(param, f"must be a string, not {type(value).__name__}")
    if not allow_blank and not value.strip():
        raise ParameterError(param, "must not be empty")
    return value


def param_int(value: object, param: str, *, minimum: int | None = None) -> int:
    """A whole-number argument of a call (bools are refused, not read as 0 and 1)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(param, f"must be a whole number, not {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ParameterError(param, f"must be >= {minimum}, not {value}")
    return value


def param_list(value: object, param: str) -> list[Any]:
    """A list argument from any iterable except text, bytes and mappings (a common slip for one value)."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise ParameterError(param, f"must be a list, not {type(value).__name__}")
    return list(value)
