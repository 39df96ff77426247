"""Path parameters: checked and percent-encoded in one place for every operation of every provider.

A generated operation hands the runtime its path template (`/invoices/{invoice_id}`) and the values
apart (`path_params`). A value that would change which endpoint the request reaches (an empty
segment, `.` or `..`, which URL normalisation removes together with the segment before it) or that
cannot be part of a URL is a `ParameterError`, and nothing is sent.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from urllib.parse import quote

from ._checks import has_control_characters
from ._exceptions import ParameterError

__all__ = ["MAX_PATH_VALUE", "expand_path", "path_value"]

MAX_PATH_VALUE = 1024
"""Characters a path value may have: far more than any id, far less than a URL a server refuses."""


def path_value(name: str, value: object) -> str:
    """One path parameter as its percent-encoded segment."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or not isinstance(value, str | int | uuid.UUID):
        raise ParameterError(name, f"must be a string or a whole number, not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise ParameterError(name, "must not be empty: the request would reach another endpoint")
    if text in (".", ".."):
        raise ParameterError(name, f"must not be {text!r}: the request would reach another endpoint")
    if has_control_characters(text):
        raise ParameterError(name, "contains a control character")
    if len(text) > MAX_PATH_VALUE:
        raise ParameterError(name, f"is {len(text)} characters long; at most {MAX_PATH_VALUE} fit in a URL")
    return quote(text, safe="")


def expand_path(template: str, values: Mapping[str, object]) -> str:
    """The path with each `{name}` replaced by its checked, encoded value."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", path_value(name, value))
    return path
