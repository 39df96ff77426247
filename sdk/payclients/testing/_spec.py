"""Checks every request a fake receives, and every response it sends, against our spec.

The spec is the copy shipped inside each generated package (`openapi.yaml`). openapi-core does the
checking; we only adapt httpx messages to its protocols. A fake serves whatever host the client uses,
so the spec's servers are replaced by one neutral server and paths are checked relative to the
provider's base path.
"""

from __future__ import annotations

import functools
import importlib.resources
from typing import Any

import httpx

__all__ = ["SpecChecker", "SpecViolation", "load_spec"]

NEUTRAL_SERVER = "http://fake.payclients.invalid"


class SpecViolation(AssertionError):
    """A request or response that our spec does not allow: a bug in the caller or in the fake.

    An AssertionError, so it fails a test loudly and is never mistaken for an API error.
    """


@functools.cache
def load_spec(package: str) -> dict[str, Any]:
    """The spec shipped in a generated package, with neutral servers (parsed once per process)."""
    import yaml

    text = importlib.resources.files(package).joinpath("openapi.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(text, Loader=loader)
    spec["servers"] = [{"url": NEUTRAL_SERVER}]
    for item in spec.get("paths", {}).values():
        item.pop("servers", None)
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("servers", None)
    return spec


@functools.cache
def _openapi(package: str) -> Any:
    from openapi_core import Config, OpenAPI

    # The spec was validated when it was generated; skip doing it again on every test run.
    return OpenAPI.from_dict(load_spec(package), config=Config(spec_validator_cls=None))


class _Request:
    """An httpx request as openapi-core sees it, with its path relative to the provider's base path."""

    def __init__(self, request: httpx.Request, path: str) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self._request = request
        self._path = path
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return NEUTRAL_SERVER

    @property
    def path(self) -> str:
        return self._path

    @property
    def method(self) -> str:
        return str(self._request.method).lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Any:
        from werkzeug.datastructures import Headers

        return Headers(list(self._response.headers.items()))

    @property
    def data(self) -> bytes | str | None:
        content = self._response.content
        if not content:
            return None
        if "json" in self.content_type:
            return content
        # A binary body (`type: string, format: binary`) is a string of bytes; openapi-core's schema
        # check only accepts str, so hand it the bytes decoded one to one.
        return content.decode("latin-1")


class SpecChecker:
    """Validates traffic of one provider against the spec in `package`."""

    def __init__(self, package: str) -> None:
        self.package = package

    def check_request(self, request: httpx.Request, path: str) -> None:
        try:
            _openapi(self.package).validate_request(_Request(request, path))
        except Exception as exc:  # openapi-core raises a family of validation errors
            raise SpecViolation(
                f"{request.method} {path} does not match {self.package}'s spec: {_explain(exc)}"
            ) from exc

    def check_response(self, request: httpx.Request, path: str, response: httpx.Response) -> None:
        try:
            _openapi(self.package).validate_response(_Request(request, path), _Response(response))
        except Exception as exc:
            raise SpecViolation(
                f"the fake's {response.status_code} answer to {request.method} {path} does not match "
                f"{self.package}'s spec: {_explain(exc)}"
            ) from exc


def _explain(exc: Exception) -> str:
    """openapi-core's message plus the schema errors it wraps, on one line each."""
    parts = [str(exc)]
    for nested in getattr(exc, "schema_errors", None) or getattr(exc, "errors", None) or ():
        parts.append(str(getattr(nested, "message", nested)))
        for deeper in getattr(nested, "schema_errors", None) or ():
            parts.append(str(getattr(deeper, "message", deeper)))
    cause = exc.__cause__
    if cause is not None and str(cause) not in parts:
        parts.append(str(cause))
        for nested in getattr(cause, "schema_errors", None) or ():
            parts.append(str(getattr(nested, "message", nested)))
    return "; ".join(p for p in parts if p)
