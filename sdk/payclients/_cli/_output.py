"""What the command line prints: results as JSON, binary results as bytes, errors, and progress."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import sys
import uuid
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Any, NoReturn

import click

from .._exceptions import APIError, APIStatusError, ConfigurationError, ParameterError

__all__ = [
    "Progress",
    "describe_api_error",
    "emit",
    "fail",
    "is_binary",
    "is_fake_error",
    "jsonable",
    "reported_errors",
    "stdout_is_terminal",
]

USAGE_ERROR = 2
"""Exit status for input the command cannot use (bad settings, missing credentials): as click's own."""
CALL_FAILED = 1


def jsonable(value: Any) -> Any:
    """A generated model (or list of them, or plain data) as JSON-ready data."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def is_binary(value: Any) -> bool:
    """A generated `File` (a download)."""
    return callable(getattr(getattr(value, "payload", None), "read", None))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _binary_stdout() -> IO[bytes]:
    buffer: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        raise click.UsageError("stdout cannot take binary data here: give --output FILE")
    return buffer


def emit(result: Any, *, output: str | None = None) -> None:
    """Print a result: JSON (indent 2) on stdout, or a download's bytes to `output` (or stdout)."""
    if is_binary(result):
        data: bytes = result.payload.read()
        if output is not None and output != "-":
            Path(output).write_bytes(data)
            click.echo(f"Wrote {len(data)} bytes to {output}", err=True)
        else:
            sys.stdout.flush()
            stream = _binary_stdout()
            stream.write(data)
            stream.flush()
        return
    if result is None:
        return
    click.echo(json.dumps(jsonable(result), indent=2, ensure_ascii=False))


# -- errors -----------------------------------------------------------------------------------------


def fail(message: str, status: int) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    raise click.exceptions.Exit(status)


def describe_api_error(error: APIError) -> str:
    """`<message> (HTTP <status>, request id <id>)`, then the provider's code and field errors, if any."""
    status = f"HTTP {error.status_code}" if error.status_code is not None else "no response"
    request = f"request id {error.request_id}" if error.request_id else "no request id"
    lines = [f"{error.message} ({status}, {request})"]
    if error.code:
        lines.append(f"  code: {error.code}")
    if isinstance(error, APIStatusError):
        for field, messages in error.field_errors.items():
            for text in messages:
                if text != error.message:
                    lines.append(f"  {field}: {text}")
    return "\n".join(lines)


def is_fake_error(exc: BaseException) -> bool:
    """An error a fake raises: a call the spec does not allow, or one it does not simulate."""
    testing = sys.modules.get("payclients.testing")
    if testing is None:
        return False
    return isinstance(exc, testing.SpecViolation | testing.FakeNotImplementedError)


@contextlib.contextmanager
def reported_errors() -> Iterator[None]:
    """Turn payclients' errors into a message on stderr and an exit status; no traceback."""
    try:
        yield
    except (ConfigurationError, ParameterError) as exc:
        fail(str(exc), USAGE_ERROR)
    except APIError as exc:
        fail(describe_api_error(exc), CALL_FAILED)
    except Exception as exc:
        if is_fake_error(exc):
            fail(f"{type(exc).__name__}: {exc}", CALL_FAILED)
        raise


# -- progress ---------------------------------------------------------------------------------------


class Progress:
    """Item and page counts on one line of stderr, rewritten in place; silent unless stderr is a terminal."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.items = 0
        self.pages = 0
        self._width = 0

    def page(self, items: int) -> None:
        self.pages += 1
        self.items += items
        self._show(f"Fetching: {self.items} items, {self.pages} {'page' if self.pages == 1 else 'pages'}...")

    def _show(self, text: str) -> None:
        if not self.enabled:
            return
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self.enabled or not self.pages:
            return
        if exc_type is None:
            pages = f"{self.pages} {'page' if self.pages == 1 else 'pages'}"
            self._show(f"Fetched {self.items} items from {pages}.")
        self.stream.write("\n")
        self.stream.flush()
