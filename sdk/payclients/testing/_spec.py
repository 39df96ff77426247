"""Checks every request a fake receives, and every response it sends, against our spec.

The spec is the copy shipped inside each generated package (`openapi.yaml`). openapi-core does the
checking; we only adapt httpx messages to its protocols. A fake serves whatever host the client uses,
so the spec's servers are replaced by one neutral server and paths are checked relative to the
provider's base path.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import warnings
from typing import Any

import httpx

__all__ = [
    "INSTALL_HINT",
    "SpecChecker",
    "SpecChecksUnavailable",
    "SpecViolation",
    "load_spec",
    "make_checker",
    "spec_checks_available",
]

NEUTRAL_SERVER = "http://fake.payclients.invalid"


class SpecViolation(AssertionError):
    """A request or response that our spec does not allow: a bug in the caller or in the fake.

    An AssertionError, so it fails a test loudly and is never mistaken for an API error.
    """


INSTALL_HINT = 'checking the fakes\' traffic against the spec needs openapi-core: pip install "payclients[testing]"'


class SpecChecksUnavailable(UserWarning):
    """A fake runs without checking its traffic against the spec, because openapi-core is not installed."""


@functools.cache
def spec_checks_available() -> bool:
    """Whether openapi-core (the `testing` extra) is installed, so the fakes can check their traffic."""
    return importlib.util.find_spec("openapi_core") is not None


def make_checker(package: str, check_spec: bool | None, *, stacklevel: int = 2) -> SpecChecker | None:
    """The checker a fake uses: None when told not to check.

    `check_spec=None` (the default of every fake) checks when openapi-core is installed, and otherwise
    runs unchecked with a `SpecChecksUnavailable` warning naming the install command; `True` insists
    (ImportError with that command); `False` never checks. The Python API, the pytest fixtures and the
    command line all go through here, so they behave alike.
    """
    if check_spec is False:
        return None
    if not spec_checks_available():
        if check_spec:
            raise ImportError(INSTALL_HINT)
        warnings.warn(f"{INSTALL_HINT}; running unchecked", SpecChecksUnavailable, stacklevel=stacklevel + 1)
        return None
    return SpecChecker(package)


@functools.cache
def load_spec(package: str) -> dict[str, Any]:
    """The spec shipped in a generated package, with neutral servers (parsed once per process)."""
    import yaml

    class SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        """A safe loader of our own: dates stay strings, as in JSON, whatever else changed PyYAML's."""

    SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
    text = importlib.resources.files(package).joinpath("openapi.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.load(text, Loader=SpecLoader)
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
    from openapi_core.validation.request.validators import V31RequestValidator

    class ParametersAndBody(V31RequestValidator):
        """Checks parameters and body but not credentials: the fake answers a missing or wrong one
        with the provider's own 401, as the provider would."""

        def _get_security(self, parameters: Any, operation: Any) -> None:
            return None

    config = Config(
        spec_validator_cls=None,  # validated when it was generated; not again on every test run
        request_validator_cls=ParametersAndBody,
        extra_media_type_deserializers=dict.fromkeys(BINARY_TYPES, _as_text),
    )
    return OpenAPI.from_dict(load_spec(package), config=config)


BINARY_TYPES = ("application/octet-stream", "application/pdf", "application/xml", "text/xml", "image/png")


def _as_text(value: bytes, **parameters: str) -> str:
    """A binary body (`type: string, format: binary`) is a string of bytes: read it one byte per
    character, so the schema check sees a string and nothing tries to parse PDF, XML or PNG."""
    return value.decode("latin-1") if isinstance(value, bytes) else value


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
    def data(self) -> bytes | None:
        return self._response.content or None


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


def _explain(exc: BaseException) -> str:
    """openapi-core's message and the schema errors it wraps, each once, innermost last."""
    parts: list[str] = []

    def collect(error: BaseException | None) -> None:
        if error is None:
            return
        text = str(getattr(error, "message", error))
        if text and text not in parts:
            parts.append(text)
        for nested in getattr(error, "schema_errors", None) or getattr(error, "errors", None) or ():
            collect(nested)
        collect(error.__cause__)

    collect(exc)
    return "; ".join(parts[:1] + [p for p in parts[1:] if len(p) < 300])
