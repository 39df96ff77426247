"""`--json`: a request body from JSON text, a file or stdin, checked against the spec, as the body model.

The generated `from_dict` trusts its input, so the JSON is first checked against the operation's
request schema in the spec: a field of the wrong type, a missing required field or an unknown field
where the schema allows none is reported by its path (`customer.address.zipcode: expected a string,
got a number`). A value outside a listed enum is only a warning: the SDK's enums are open, and the API
may know values this version of the spec does not.
"""

from __future__ import annotations

import io
import json
import mimetypes
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from ._catalog import normalize, resolve

__all__ = ["BodyError", "build_body", "check_schema", "media_schema", "read_json", "union_members"]

MAX_ERRORS = 5


class BodyError(click.BadParameter):
    """The JSON does not fit the operation's request body."""

    def __init__(self, message: str) -> None:
        super().__init__(message, param_hint="'--json'")


def read_json(raw: str) -> Any:
    """The JSON of `--json`: inline text, `@path` for a file, or `-` for stdin."""
    if raw == "-":
        text = sys.stdin.read()
        source = "stdin"
    elif raw.startswith("@"):
        path = Path(raw[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            raise BodyError(f"cannot read {str(path)!r}: {reason}") from None
        source = str(path)
    else:
        text = raw
        source = "the text given"
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BodyError(f"{source} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


_ARTICLES = {"array": "an array", "object": "an object", "integer": "an integer", "null": "null"}


def _a(type_name: str) -> str:
    return _ARTICLES.get(type_name, f"a {type_name}")


def _fits(type_name: str, value: Any) -> bool:
    actual = _json_type(value)
    return actual == type_name or (type_name == "number" and actual == "integer")


class _Checker:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.warnings: list[str] = []

    def errors(self, schema: Any, value: Any, where: str) -> list[str]:
        node = resolve(self.spec, schema)
        if not isinstance(node, Mapping) or not node:
            return []
        found: list[str] = []
        for part in node.get("allOf", ()):
            found += self.errors(part, value, where)
        for key in ("oneOf", "anyOf"):
            if key in node:
                found += self._alternatives(node[key], value, where)
        allowed = node.get("type")
        allowed_types = [allowed] if isinstance(allowed, str) else list(allowed or ())
        if allowed_types and node.get("nullable") is True:
            allowed_types.append("null")
        if allowed_types and not any(_fits(t, value) for t in allowed_types):
            wanted = " or ".join(_a(t) for t in allowed_types)
            return [*found, f"{where}: expected {wanted}, got {_a(_json_type(value))}"]
        if value is None:
            return found
        if "enum" in node and value not in node["enum"]:
            known = ", ".join(json.dumps(v) for v in node["enum"] if v is not None)
            self.warnings.append(f"{where}: {json.dumps(value)} is not a value the spec lists ({known})")
        if isinstance(value, dict):
            found += self._object(node, value, where)
        elif isinstance(value, list) and "items" in node:
            for index, item in enumerate(value):
                found += self.errors(node["items"], item, f"{where}[{index}]")
        return found

    def _alternatives(self, options: Sequence[Any], value: Any, where: str) -> list[str]:
        outcomes = []
        for option in options:
            checker = _Checker(self.spec)
            problems = checker.errors(option, value, where)
            if not problems:
                self.warnings += checker.warnings
                return []
            outcomes.append(problems)
        best = min(outcomes, key=len)  # the shape the value comes closest to
        return best if len(outcomes) == 1 else [f"{where}: fits none of the {len(outcomes)} allowed shapes", *best]

    def _object(self, node: Mapping[str, Any], value: Mapping[str, Any], where: str) -> list[str]:
        found: list[str] = []
        properties: Mapping[str, Any] = node.get("properties") or {}
        prefix = "" if where == "body" else f"{where}."
        for name in node.get("required", ()):
            if name not in value:
                found.append(f"{prefix}{name}: required, but missing")
        for name, item in value.items():
            if name in properties:
                found += self.errors(properties[name], item, f"{prefix}{name}")
            elif node.get("additionalProperties") is False:
                found.append(f"{prefix}{name}: not a field of this object")
            elif isinstance(node.get("additionalProperties"), Mapping):
                found += self.errors(node["additionalProperties"], item, f"{prefix}{name}")
        return found


def check_schema(spec: Mapping[str, Any], schema: Any, value: Any) -> tuple[list[str], list[str]]:
    """(errors, warnings) of `value` against `schema`."""
    checker = _Checker(spec)
    return checker.errors(schema, value, "body"), checker.warnings


def media_schema(request_body: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    """(media type, schema) of a request body's first content entry."""
    content: Mapping[str, Any] = request_body.get("content") or {}
    for media_type, entry in content.items():
        schema = entry.get("schema") if isinstance(entry, Mapping) else None
        return str(media_type), schema if isinstance(schema, Mapping) else {}
    return "application/json", {}


def union_members(annotation: Any) -> list[Any]:
    """The members of a union annotation, without `Unset` and None."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = list(typing.get_args(annotation))
    else:
        members = [annotation]
    return [m for m in members if m is not type(None) and getattr(m, "__name__", "") != "Unset"]


def _model_for(
    spec: Mapping[str, Any], schema: Mapping[str, Any], candidates: list[Any], data: Any
) -> Callable[[Any], Any] | None:
    """The model class to build `data` with: the one whose schema `data` fits, for a union body."""
    models = [c for c in candidates if hasattr(c, "from_dict")]
    if len(models) == 1:
        return models[0].from_dict  # type: ignore[no-any-return]
    if models:
        node = resolve(spec, schema)
        options = node.get("oneOf") or node.get("anyOf") or []
        by_name = {normalize(m.__name__): m for m in models}
        for option in options:
            reference = option.get("$ref", "") if isinstance(option, Mapping) else ""
            model = by_name.get(normalize(reference.rsplit("/", 1)[-1]))
            if model is not None and not check_schema(spec, option, data)[0]:
                return model.from_dict  # type: ignore[no-any-return]
        return models[0].from_dict  # type: ignore[no-any-return]
    return None


def _read_files(schema: Mapping[str, Any], data: dict[str, Any]) -> dict[str, tuple[str, bytes]]:
    """Replace each binary field given as "@path" by the file's bytes (multipart bodies)."""
    read: dict[str, tuple[str, bytes]] = {}
    for name, node in (schema.get("properties") or {}).items():
        if not isinstance(node, Mapping) or node.get("format") != "binary" or name not in data:
            continue
        value = data[name]
        if not isinstance(value, str) or not value.startswith("@"):
            raise BodyError(f'{name}: give the file as "@path", e.g. {{"{name}": "@invoice.pdf"}}')
        path = Path(value[1:])
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise BodyError(f"{name}: cannot read {str(path)!r}: {exc.strerror or type(exc).__name__}") from None
        data[name] = content
        read[name] = (path.name, content)
    return read


def build_body(
    spec: Mapping[str, Any],
    request_body: Mapping[str, Any] | None,
    annotation: Any,
    data: Any,
    warn: Callable[[str], None],
) -> Any:
    """The `body=` argument for `data` (parsed JSON): checked against the spec, then built as the model."""
    media_type, schema = media_schema(request_body or {})
    errors, warnings = check_schema(spec, schema, data)
    if errors:
        shown = errors[:MAX_ERRORS]
        more = f" (and {len(errors) - MAX_ERRORS} more)" if len(errors) > MAX_ERRORS else ""
        raise BodyError("the JSON does not fit the request body: " + "; ".join(shown) + more)
    for warning in warnings:
        warn(warning)
    candidates = union_members(annotation)
    files: dict[str, tuple[str, bytes]] = {}
    if "multipart" in media_type and isinstance(data, dict):
        data = dict(data)
        files = _read_files(resolve(spec, schema), data)
    origin = typing.get_origin(candidates[0]) if len(candidates) == 1 else None
    try:
        if origin is list and isinstance(data, list):
            (item_type,) = typing.get_args(candidates[0]) or (Any,)
            build_item = _model_for(spec, {}, [item_type], None)
            return [build_item(item) if build_item else item for item in data]
        build = _model_for(spec, schema, candidates, data)
        if build is None:
            return data
        if not isinstance(data, dict):
            raise BodyError(f"the request body must be a JSON object, not {_a(_json_type(data))}")
        body = build(dict(data))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing required field {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
        raise BodyError(f"the JSON does not fit the request body: {detail}") from None
    for name, (file_name, content) in files.items():
        attached = getattr(body, name, None)
        if attached is not None and hasattr(attached, "file_name"):
            attached.payload = io.BytesIO(content)
            attached.file_name = file_name
            attached.mime_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    return body
