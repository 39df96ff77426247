"""Hypothesis strategies for JSON values that fit an OpenAPI 3.1 schema, and the mutations that must not.

Our own small walker rather than hypothesis-jsonschema: the specs have recursive `$ref`s (which it cannot
draw), OpenAPI's `format: decimal`, and thousands of schemas to cover in seconds. Each valid value comes
with what `to_dict()` must give back: the same value with nulls in optional fields left out (None means
absent or null) and decimals as strings.
"""

from __future__ import annotations

import datetime
import importlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
MAX_DEPTH = 3
MAX_ITEMS = 2

_NUMBER_TYPES = ("integer", "number")


@dataclass(frozen=True)
class Operation:
    provider: str
    name: str
    module: Any
    status: int
    schema: dict[str, Any]
    spec: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.provider}.{self.name}"


def snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def operations(provider: str) -> list[Operation]:
    """Every operation of a spec whose success answer is a JSON body with a schema."""
    package = f"payclients_{provider}"
    spec = json.loads((GENERATED / package / "openapi.json").read_text())
    modules = {p.stem: p for p in (GENERATED / package / "api").glob("*/*.py") if p.stem != "__init__"}
    found = []
    for path_item in spec["paths"].values():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, answer in operation.get("responses", {}).items():
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                if not str(status).startswith("2") or schema is None:
                    continue
                name = snake(operation["operationId"])
                module_path = modules[name]
                module = importlib.import_module(f"{package}.api.{module_path.parent.name}.{name}")
                found.append(Operation(provider, name, module, int(status), schema, spec))
                break
            del method
    return found


def resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if isinstance(schema, dict) and "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(spec, part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        merged["properties"].update(schema.get("properties", {}))
        return merged
    return schema if isinstance(schema, dict) else {}


def types_of(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        return ["object"]
    if kind is None:
        return []
    return [kind] if isinstance(kind, str) else list(kind)


def members(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(spec, m) for m in schema.get("oneOf", []) + schema.get("anyOf", [])]


def nullable(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    return "null" in types_of(schema) or any(types_of(m) == ["null"] for m in members(spec, schema))


def single_type(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The one non-null JSON type a value must have, with the schema that says so; None when several fit."""
    options = [m for m in members(spec, schema) if types_of(m) != ["null"]]
    if options:
        if len(options) != 1:
            return None
        schema = options[0]
    kinds = [k for k in types_of(schema) if k != "null"]
    return (kinds[0], schema) if len(kinds) == 1 else None


# ---- valid values: strategies of (json value, what to_dict gives back)

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
_DATETIMES = st.datetimes(
    min_value=datetime.datetime(1990, 1, 1), max_value=datetime.datetime(2100, 1, 1), timezones=st.just(datetime.UTC)
)
_DATES = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 1, 1))
_DECIMALS = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


def _same(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, Any]]:
    return strategy.map(lambda v: (v, v))


def _string(schema: dict[str, Any]) -> st.SearchStrategy[tuple[Any, Any]]:
    if "enum" in schema:
        return _same(st.sampled_from([v for v in schema["enum"] if v is not None]))
    kind = schema.get("format")
    if kind == "date-time":
        return _same(_DATETIMES.map(lambda d: d.isoformat()))
    if kind == "date":
        return _same(_DATES.map(lambda d: d.isoformat()))
    if kind == "decimal":
        return _same(_DECIMALS.map(lambda d: f"{d:f}"))
    if kind == "uuid":
        return _same(st.uuids().map(str))
    return _same(_TEXT)


_CACHE: dict[tuple[int, int], st.SearchStrategy[tuple[Any, Any]]] = {}


def values(spec: dict[str, Any], schema: Any, depth: int = 0) -> st.SearchStrategy[tuple[Any, Any]]:
    """Valid values of `schema`, each with what `to_dict()` gives back. Built lazily, once per schema and depth."""
    key = (id(schema), depth)
    if key not in _CACHE:
        _CACHE[key] = st.deferred(lambda: _values(spec, schema, depth))
    return _CACHE[key]


def _values(spec: dict[str, Any], schema: Any, depth: int) -> st.SearchStrategy[tuple[Any, Any]]:
    schema = resolve(spec, schema)
    options = members(spec, schema)
    if options:
        return st.one_of(*[values(spec, m, depth) for m in options])
    if "enum" in schema and "type" not in schema:
        return _same(st.sampled_from(schema["enum"]))
    kinds = types_of(schema)
    if not kinds:
        return _same(st.one_of(st.none(), st.booleans(), st.integers(-5, 5), _TEXT))
    return st.one_of(*[_of_type(spec, schema, k, depth) for k in kinds])


def _of_type(spec: dict[str, Any], schema: dict[str, Any], kind: str, depth: int) -> st.SearchStrategy[Any]:
    if kind == "null":
        return _same(st.none())
    if kind == "boolean":
        return _same(st.booleans())
    if kind == "integer":
        if "enum" in schema:
            return _same(st.sampled_from([v for v in schema["enum"] if v is not None]))
        return _same(st.integers(-(2**40), 2**40))
    if kind == "number":
        return _same(st.floats(-1e9, 1e9, allow_nan=False) | st.integers(-1000, 1000))
    if kind == "string":
        return _string(schema)
    if kind == "array":
        if depth >= MAX_DEPTH:
            return _same(st.just([]))
        item = values(spec, schema.get("items", {}), depth + 1)
        return st.lists(item, max_size=MAX_ITEMS).map(lambda pairs: ([v for v, _ in pairs], [e for _, e in pairs]))
    if kind == "object":
        return _object(spec, schema, depth)
    raise AssertionError(f"unknown JSON type {kind!r}")


def _object(spec: dict[str, Any], schema: dict[str, Any], depth: int) -> st.SearchStrategy[tuple[Any, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    if depth >= MAX_DEPTH:  # deep enough: only what is required, as little as possible
        properties = {k: v for k, v in properties.items() if k in required}
    fields = {key: values(spec, sub, depth + 1) for key, sub in properties.items()}
    extra = schema.get("additionalProperties")
    extras: st.SearchStrategy[dict[str, Any]] = st.just({})
    if isinstance(extra, dict) and not properties:
        extras = st.dictionaries(st.sampled_from(["k1", "k2"]), values(spec, extra, depth + 1), max_size=2)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
        value: dict[str, Any] = {}
        expected: dict[str, Any] = {}
        for key, strategy in fields.items():
            if key not in required and not draw(st.booleans()):
                continue
            v, e = draw(strategy)
            value[key] = v
            if v is not None or key in required:
                expected[key] = e
        for key, (v, e) in draw(extras).items():
            value[key], expected[key] = v, e
        return value, expected

    return build()


# ---- mutations: places in a valid value where a wrong value must be named by its path


@dataclass(frozen=True)
class Site:
    path: tuple[str | int, ...]
    kind: str  # the JSON type the value must have
    required: bool
    nullable: bool


def sites(spec: dict[str, Any], schema: Any, value: Any, path: tuple[str | int, ...] = ()) -> Iterator[Site]:
    """Every present value whose type is certain from the schema (not inside oneOf/anyOf choices)."""
    schema = resolve(spec, schema)
    one = single_type(spec, schema)
    if one is None or value is None:
        return
    kind, schema = one
    if kind == "object" and isinstance(value, dict):
        required = set(schema.get("required", []))
        for key, sub in schema.get("properties", {}).items():
            sub = resolve(spec, sub)
            if key in value:
                sub_one = single_type(spec, sub)
                if sub_one is not None:
                    yield Site((*path, key), sub_one[0], key in required, nullable(spec, sub))
                yield from sites(spec, sub, value[key], (*path, key))
    elif kind == "array" and isinstance(value, list):
        item = resolve(spec, schema.get("items", {}))
        item_one = single_type(spec, item)
        for index, x in enumerate(value):
            if item_one is not None and x is not None:
                yield Site((*path, index), item_one[0], True, nullable(spec, item))
            yield from sites(spec, item, x, (*path, index))


WRONG = {"string": True, "integer": "7", "number": "7.5", "boolean": 1, "object": [], "array": {}}


def dotted(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def replace(value: Any, path: tuple[str | int, ...], new: Any, *, delete: bool = False) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = list(value) if isinstance(value, list) else dict(value)
    if delete and not rest:
        del copy[head]  # type: ignore[arg-type]
    else:
        copy[head] = replace(value[head], rest, new, delete=delete)  # type: ignore[index]
    return copy
