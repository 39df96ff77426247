"""Checks every request a fake receives, and every response it sends, against our spec.

The spec is the copy shipped inside each generated package (`openapi.json`). A quick check built once
per operation (`_quickcheck`) passes the plain, valid calls; openapi-core judges everything else and
writes the message, and we only adapt httpx messages to its protocols. A fake serves whatever host
the client uses, so the spec's servers are replaced by one neutral server and paths are checked
relative to the provider's base path.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import json
import warnings
from typing import Any

import httpx

from ._compiled import SPEC_URI, _CompiledWhenHot, spec_registry
from ._quickcheck import QuickChecks

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
    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    spec["servers"] = [{"url": NEUTRAL_SERVER}]
    for item in spec.get("paths", {}).values():
        item.pop("servers", None)
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("servers", None)
    return spec


@functools.cache
def _quick(package: str) -> QuickChecks:
    return QuickChecks(load_spec(package))


@functools.cache
def _openapi(package: str) -> Any:
    from openapi_core import Config, OpenAPI
    from openapi_core.casting.schemas import oas31_types_caster
    from openapi_core.casting.schemas.factories import SchemaCastersFactory
    from openapi_core.templating.paths.finders import APICallPathFinder
    from openapi_core.validation.request.validators import V31RequestValidator
    from openapi_core.validation.response.validators import V31ResponseValidator

    validators: Any = _CachedSchemaValidators(V31RequestValidator.schema_validators_factory, load_spec(package))
    casters = SchemaCastersFactory(validators, oas31_types_caster)

    class RememberingPathFinder(APICallPathFinder):
        """Finds the operation of a URL once; later requests to the same URL reuse it."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._found: dict[tuple[str, str], Any] = {}

        def find(self, method: str, name: str) -> Any:
            found = self._found.get((method, name))
            if found is None:
                found = super().find(method, name)  # raises for an unknown path: never remembered
                if len(self._found) >= 4096:
                    self._found.clear()
                self._found[method, name] = found
            return found

    class ParametersAndBody(V31RequestValidator):
        """Checks parameters and body but not credentials: the fake answers a missing or wrong one
        with the provider's own 401, as the provider would."""

        schema_validators_factory = validators
        schema_casters_factory = casters
        path_finder_cls = RememberingPathFinder

        def _get_security(self, parameters: Any, operation: Any) -> None:
            return None

    class Answers(V31ResponseValidator):
        schema_validators_factory = validators
        schema_casters_factory = casters
        path_finder_cls = RememberingPathFinder

    config = Config(
        spec_validator_cls=None,  # validated when it was generated; not again on every test run
        request_validator_cls=ParametersAndBody,
        response_validator_cls=Answers,
        extra_media_type_deserializers=dict.fromkeys(BINARY_TYPES, _as_text),
    )
    return OpenAPI.from_dict(load_spec(package), config=config)


class _CachedSchemaValidators:
    """openapi-core's schema-validator factory, building each schema's validator once.

    openapi-core builds a fresh validator (format checker copied, `$ref`s resolved) for every schema
    of every call; the validator depends only on where the schema sits in the spec, so it is kept by
    that location. Nothing is built before a call needs it: the first call of an operation pays for
    that operation's schemas only, whatever the size of the spec.
    """

    def __init__(self, factory: Any, spec: dict[str, Any]) -> None:
        self._factory = factory
        self._spec = spec
        self._built: dict[tuple[Any, ...], Any] = {}
        self._resolver = spec_registry(spec).resolver(base_uri=SPEC_URI)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._factory, name)

    def create(self, spec: Any, schema: Any, *args: Any, **kwargs: Any) -> Any:
        key = (id(spec), schema.parts, *map(id, args), *((k, id(v)) for k, v in sorted(kwargs.items())))
        validator = self._built.get(key)
        if validator is None:
            validator = self._factory.create(spec, schema, *args, **kwargs)
            # openapi-core's resolver walks the spec through its path objects at every `$ref`; a plain
            # `referencing` resolver over the same document finds the same schemas much faster.
            with schema.resolve() as resolved:
                contents = resolved.contents
            checker = validator.validator
            full = type(checker)(contents, _resolver=self._resolver, format_checker=checker.format_checker)
            validator.validator = _CompiledWhenHot(full, contents, self._spec)
            self._built[key] = validator
        return validator


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
        if _quick(self.package).request_passes(request, path):
            return
        try:
            _openapi(self.package).validate_request(_Request(request, path))
        except Exception as exc:  # openapi-core raises a family of validation errors
            raise SpecViolation(
                f"{request.method} {path} does not match {self.package}'s spec: {_explain(exc)}"
            ) from exc

    def check_response(self, request: httpx.Request, path: str, response: httpx.Response) -> None:
        if _quick(self.package).response_passes(request, path, response):
            return
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
