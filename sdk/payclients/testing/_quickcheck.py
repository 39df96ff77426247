"""A quick pre-check of a fake's traffic against the spec, which only ever answers "valid" or "ask openapi-core".

openapi-core walks the spec through its path objects on every call, so a spec-checked fake call cost
several milliseconds, almost all of it finding parameters and schemas it found the call before. This
module builds each operation's checks once, from the validator class and format checker openapi-core
itself uses, and passes the plain cases our specs are made of: JSON bodies, and primitive or array
parameters in their default styles. Whatever it does not model, and whatever it finds wrong, goes to
openapi-core, which has the last word and writes the message. So this check may be stricter than
openapi-core, never looser, and valid traffic never imports openapi-core at all.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._compiled import SPEC_URI, _CompiledWhenHot, spec_registry

__all__ = ["QuickChecks"]

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_BOOLEANS = {"true": True, "false": False}


class _Unmodelled(Exception):
    """A part of an operation this pre-check does not model: openapi-core checks that operation alone."""


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


class _Schemas:
    """One spec's schema validators, built once per location in the spec and kept."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._validator_cls, self.format_checker = _validator_and_formats()
        self._registry = spec_registry(spec)

    def resolve(self, node: Any) -> Any:
        """A `$ref`'s target (followed until it is not one), or the node itself."""
        return self.locate(node, "")[0]

    def locate(self, node: Any, pointer: str) -> tuple[Any, str]:
        """`node` (found at `pointer`) with its `$ref`s followed, and where it was found in the end."""
        for _ in range(32):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, pointer
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise _Unmodelled(f"reference {ref}")
            target: Any = self.spec
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise _Unmodelled(f"dangling reference {ref}")
                target = target[part]
            node, pointer = target, ref[1:]
        raise _Unmodelled("a chain of references")

    def validator(self, pointer: str, schema: Any) -> Callable[[Any], bool]:
        """A check of the schema at `pointer` (a JSON pointer into the spec) that says whether a value is valid."""
        resolved = self.resolve(schema)
        if _mentions(self, resolved, "discriminator"):
            raise _Unmodelled("a discriminator")  # openapi-core's own reading of oneOf/anyOf/allOf
        checker = self._validator_cls(
            {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self._registry, format_checker=self.format_checker
        )
        hot = _CompiledWhenHot(checker, resolved, self.spec)
        return hot.is_valid


def _validator_and_formats() -> tuple[Any, Any]:
    """The schema validator class and format checker openapi-core uses for OpenAPI 3.1, or their equal.

    openapi-core's are JSON Schema 2020-12 with jsonschema's format checker and a few OpenAPI formats
    (int32, int64, and float, double and password, which any JSON number or string passes), built
    by openapi-schema-validator. Importing that package costs more than the rest of a first fake call
    (it loads pydantic for its settings), so unless it reads patterns as ECMA regexes (with `regress`
    installed) the same pair is built from jsonschema here.
    """
    import importlib.util

    if importlib.util.find_spec("regress") is not None:
        from openapi_schema_validator import OAS31Validator, oas31_format_checker

        return OAS31Validator, oas31_format_checker
    from jsonschema import Draft202012Validator, FormatChecker

    formats = FormatChecker()
    for name, bits in (("int32", 31), ("int64", 63)):
        formats.checks(name)(functools.partial(_fits, bits=bits))
    return Draft202012Validator, formats


def _fits(instance: object, *, bits: int) -> bool:
    """A whole number within a signed `bits + 1`-bit range; anything else is not this format's to judge."""
    if isinstance(instance, bool) or not isinstance(instance, int):
        return True
    return -(1 << bits) <= instance < (1 << bits)


def _mentions(schemas: _Schemas, schema: Any, keyword: str) -> bool:
    """Whether `keyword` is a key anywhere in `schema`, through its `$ref`s."""
    seen: set[int] = set()
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict) and id(node) not in seen:
            seen.add(id(node))
            if keyword in node:
                return True
            if isinstance(node.get("$ref"), str):
                pending.append(schemas.resolve(node))
            pending.extend(value for key, value in node.items() if key not in ("enum", "const", "example", "examples"))
    return False


class _Parameter:
    """A parameter (or a response header) in its default style: one primitive value, or a list of them."""

    def __init__(self, schemas: _Schemas, pointer: str, declared: Mapping[str, Any], location: str) -> None:
        if "content" in declared or "schema" not in declared:
            raise _Unmodelled("a parameter described by content")
        self.name = str(declared["name"])
        self.location = location
        self.required = bool(declared.get("required", location == "path"))
        default_style = "simple" if location in ("path", "header", "response-header") else "form"
        if declared.get("style", default_style) != default_style or declared.get("allowReserved"):
            raise _Unmodelled("a parameter style")
        explode = declared.get("explode", default_style == "form")
        schema = schemas.resolve(declared["schema"])
        if not isinstance(schema, dict) or {"allOf", "anyOf", "oneOf", "not"} & set(schema):
            raise _Unmodelled("a composed parameter schema")
        kind = schema.get("type")
        self.is_array = kind == "array"
        if self.is_array:
            if location != "query" or explode is not True:
                raise _Unmodelled("an array parameter outside a query")
            items = schemas.resolve(schema.get("items", {}))
            if not isinstance(items, dict) or {"allOf", "anyOf", "oneOf", "not"} & set(items):
                raise _Unmodelled("a composed array item")
            kind = items.get("type")
        if kind not in ("string", "integer", "number", "boolean"):
            raise _Unmodelled(f"a parameter of type {kind!r}")
        self.kind = kind
        self.is_valid = schemas.validator(f"{pointer}/schema", declared["schema"])

    def cast(self, text: str) -> Any:
        """The value openapi-core would check, for the texts it casts without doubt (else `_Unmodelled`)."""
        if self.kind == "string":
            return text
        if self.kind == "boolean":
            if text not in _BOOLEANS:
                raise _Unmodelled("an unusual boolean")
            return _BOOLEANS[text]
        if self.kind == "integer":
            if not _INTEGER.fullmatch(text):
                raise _Unmodelled("an unusual integer")
            return int(text)
        if not _NUMBER.fullmatch(text):
            raise _Unmodelled("an unusual number")
        return float(text)

    def passes(self, values: list[str]) -> bool:
        if not values:
            return not self.required
        if any(value == "" for value in values):
            return False  # empty values are for openapi-core's allowEmptyValue rules
        if self.is_array:
            return bool(self.is_valid([self.cast(value) for value in values]))
        if len(values) != 1:
            return False
        return bool(self.is_valid(self.cast(values[0])))


class _Content:
    """The JSON bodies a request body or an answer may carry, by media type."""

    def __init__(self, schemas: _Schemas, pointer: str, content: Mapping[str, Any]) -> None:
        self.checks: dict[str, Callable[[Any], bool] | None] = {}
        for media_type, declared in content.items():
            if not _is_json(media_type) or not isinstance(declared, Mapping):
                raise _Unmodelled(f"a {media_type} body")
            schema = declared.get("schema")
            location = f"{pointer}/{_escape(media_type)}/schema"
            self.checks[media_type] = None if schema is None else schemas.validator(location, schema)

    def passes(self, content_type: str, body: bytes) -> bool:
        media_type = _media_type(content_type)
        if media_type not in self.checks:
            return False
        check = self.checks[media_type]
        try:
            value = json.loads(body)
        except ValueError:
            return False
        return check is None or bool(check(value))


class _Answer:
    def __init__(self, schemas: _Schemas, pointer: str, declared: Mapping[str, Any]) -> None:
        content = declared.get("content") or {}
        self.content = _Content(schemas, f"{pointer}/content", content) if content else None
        self.headers: list[_Parameter] = []
        for name, written in (declared.get("headers") or {}).items():
            header, at = schemas.locate(written, f"{pointer}/headers/{_escape(name)}")
            self.headers.append(_Parameter(schemas, at, {**header, "name": name}, "response-header"))

    def passes(self, response: httpx.Response) -> bool:
        for header in self.headers:
            if not header.passes(response.headers.get_list(header.name)):
                return False
        body = response.content
        if self.content is None:
            return True  # openapi-core checks no body an answer does not declare
        if not body:
            return False
        return self.content.passes(response.headers.get("content-type", ""), body)


class _Operation:
    """Everything checked of one operation, built on its first call."""

    def __init__(self, schemas: _Schemas, path: str, method: str) -> None:
        item, item_pointer = schemas.locate(schemas.spec["paths"][path], f"/paths/{_escape(path)}")
        operation = item[method]
        pointer = f"{item_pointer}/{method}"
        declared: dict[tuple[str, str], _Parameter] = {}
        for where, parameters in ((item_pointer, item.get("parameters")), (pointer, operation.get("parameters"))):
            for index, written in enumerate(parameters or ()):
                parameter, at = schemas.locate(written, f"{where}/parameters/{index}")
                location = str(parameter.get("in"))
                if location not in ("path", "query", "header"):
                    raise _Unmodelled(f"a {location} parameter")
                name = str(parameter["name"])
                # An operation's own parameter replaces the path item's of the same name and place.
                declared[location, name.lower() if location == "header" else name] = _Parameter(
                    schemas, at, parameter, location
                )
        self.parameters = list(declared.values())
        self.body: _Content | None = None
        self.body_required = False
        if "requestBody" in operation:
            body, at = schemas.locate(operation["requestBody"], f"{pointer}/requestBody")
            self.body = _Content(schemas, f"{at}/content", body.get("content") or {})
            self.body_required = bool(body.get("required", False))
        self.answers: dict[str, _Answer] = {}
        for status, written in (operation.get("responses") or {}).items():
            answer, at = schemas.locate(written, f"{pointer}/responses/{_escape(str(status))}")
            self.answers[str(status)] = _Answer(schemas, at, answer)

    def request_passes(self, request: httpx.Request, path_values: Mapping[str, str]) -> bool:
        query = request.url.params
        for parameter in self.parameters:
            values: list[str]
            if parameter.location == "path":
                values = [path_values[parameter.name]] if parameter.name in path_values else []
            elif parameter.location == "query":
                values = query.get_list(parameter.name)
            else:
                values = request.headers.get_list(parameter.name)
            if not parameter.passes(values):
                return False
        body = request.content
        if self.body is None:
            return not body
        if not body:
            return not self.body_required
        return self.body.passes(request.headers.get("content-type", ""), body)

    def response_passes(self, response: httpx.Response) -> bool:
        status = str(response.status_code)
        answer = self.answers.get(status) or self.answers.get(f"{status[0]}XX") or self.answers.get("default")
        return answer is not None and answer.passes(response)


class QuickChecks:
    """The quick checks of one spec: each call either passes them or is left to openapi-core."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._schemas = _Schemas(spec)
        # By the number of segments: a template variable never spans a slash, so only those can match.
        self._templates: dict[int, list[_Template]] = {}
        for path in spec.get("paths", {}):
            template = _Template(path)
            self._templates.setdefault(len(template.segments), []).append(template)
        self._operations: dict[tuple[str, str], _Operation | None] = {}
        self._matches: dict[tuple[str, str], list[tuple[_Operation, dict[str, str]]] | None] = {}

    def request_passes(self, request: httpx.Request, path: str) -> bool:
        found = self._find(request.method, path)
        try:
            return found is not None and all(operation.request_passes(request, values) for operation, values in found)
        except _Unmodelled:
            return False

    def response_passes(self, request: httpx.Request, path: str, response: httpx.Response) -> bool:
        found = self._find(request.method, path)
        try:
            return found is not None and all(operation.response_passes(response) for operation, _ in found)
        except _Unmodelled:
            return False

    def _find(self, method: str, path: str) -> list[tuple[_Operation, dict[str, str]]] | None:
        """Every operation the path and method could mean, or None if any of them is not modelled.

        When a URL fits more than one template, all of them must pass: stricter than openapi-core's
        choice of one, whichever it is.
        """
        key = (method.lower(), path)
        if key in self._matches:
            return self._matches[key]
        found: list[tuple[_Operation, dict[str, str]]] = []
        segments = path.split("/")
        for template in self._templates.get(len(segments), ()):
            values = template.match(segments)
            if values is None or key[0] not in self._schemas.spec["paths"][template.path]:
                continue
            operation = self._operation(template.path, key[0])
            if operation is None:
                found = []  # one of them is not modelled: openapi-core judges the call
                break
            found.append((operation, values))
        if len(self._matches) >= 4096:
            self._matches.clear()
        self._matches[key] = found or None  # none at all: openapi-core says so, in its words
        return found or None

    def _operation(self, template: str, method: str) -> _Operation | None:
        key = (template, method)
        if key not in self._operations:
            try:
                self._operations[key] = _Operation(self._schemas, template, method)
            except (_Unmodelled, KeyError, TypeError, AttributeError):
                self._operations[key] = None
        return self._operations[key]


class _Template:
    """A path template, matched segment by segment: a segment that is one variable takes any non-empty
    text; one that mixes text and variables (rare) is matched by a regex, built on first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.segments = path.split("/")
        self._patterns: dict[int, re.Pattern[str]] = {}

    def match(self, segments: list[str]) -> dict[str, str] | None:
        values: dict[str, str] = {}
        for index, (written, actual) in enumerate(zip(self.segments, segments, strict=True)):
            if "{" not in written:
                if written != actual:
                    return None
            elif written.startswith("{") and written.endswith("}") and written.count("{") == 1:
                if not actual:
                    return None
                values[written[1:-1]] = actual
            else:
                matched = self._pattern(index).fullmatch(actual)
                if matched is None:
                    return None
                values.update({_name(group): text for group, text in matched.groupdict().items()})
        return values

    def _pattern(self, index: int) -> re.Pattern[str]:
        if index not in self._patterns:
            # re.split with a group alternates: text, variable name, text, ...
            parts = re.split(r"\{([^}]+)\}", self.segments[index])
            pieces = (re.escape(part) if n % 2 == 0 else f"(?P<{_group(part)}>[^/]+)" for n, part in enumerate(parts))
            regex = "".join(pieces)
            self._patterns[index] = re.compile(regex)
        return self._patterns[index]


def _group(name: str) -> str:
    """A regex group name for a template variable (which may hold characters a group name cannot)."""
    return "v" + name.encode().hex()


def _name(group: str) -> str:
    return bytes.fromhex(group[1:]).decode()
