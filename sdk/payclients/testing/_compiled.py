"""Schema checks shared by the quick check and openapi-core's path: the spec as a `referencing`
registry, and checks compiled (fastjsonschema) once a schema has cost enough to be worth it."""

from __future__ import annotations

import functools
import time
from typing import Any

__all__ = ["SPEC_URI", "spec_registry"]

SPEC_URI = "urn:payclients:spec"
"""The base URI the spec is registered under, so `#/components/...` references resolve in it."""


def spec_registry(spec: dict[str, Any]) -> Any:
    """A `referencing` registry holding the whole spec as one JSON Schema 2020-12 resource."""
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))


# Keywords a compiled (draft 7) check would read differently from JSON Schema 2020-12, or not at all.
_NOT_COMPILED = frozenset(
    {
        "prefixItems",
        "unevaluatedProperties",
        "unevaluatedItems",
        "dependentRequired",
        "dependentSchemas",
        "$defs",
        "$dynamicRef",
        "$dynamicAnchor",
        "$anchor",
        "$id",
        "discriminator",
        "minContains",
        "maxContains",
        "contentSchema",
        "if",
        "then",
        "else",
    }
)
_ANNOTATIONS = frozenset({"description", "title", "examples", "example", "deprecated", "readOnly", "writeOnly"})


def _compile(schema: Any, spec: dict[str, Any], format_checker: Any) -> Any:
    """A compiled check (fastjsonschema) of `schema` that agrees with jsonschema, or None.

    The compiled check only ever says "valid": for anything else jsonschema decides and writes the
    message, so the compiled check may be stricter but never looser. It is not used for a schema that
    reaches a keyword draft 7 reads differently, a `$ref` with sibling constraints, or an enum of
    non-strings (where `1 == True`). Formats are checked by jsonschema's own format checker.
    """
    try:
        import fastjsonschema
    except ImportError:  # an optional speed-up
        return None
    formats: set[str] = set()
    seen: set[str] = set()

    def safe(node: Any) -> bool:
        if isinstance(node, list):
            return all(safe(item) for item in node)
        if not isinstance(node, dict):
            return True
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith("#/") or set(node) - _ANNOTATIONS - {"$ref"}:
                return False
            if ref in seen:
                return True
            seen.add(ref)
            target: Any = spec
            for part in ref[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
            return target is not None and safe(target)
        if _NOT_COMPILED & set(node) or isinstance(node.get("items"), list):
            return False
        if "enum" in node and not all(isinstance(v, str) for v in node["enum"]):
            return False
        if "const" in node and not isinstance(node["const"], str):
            return False
        if isinstance(node.get("format"), str):
            formats.add(node["format"])
        return all(safe(v) for k, v in node.items() if k not in ("enum", "const", "default", "example", "examples"))

    if not safe(schema):
        return None
    root = dict(schema)  # with only the parts of the spec it refers to: compiling reads all of root
    for ref in seen:
        *parents, name = (part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))
        source: Any = spec
        target = root
        for part in parents:
            source = source[part]
            target = target.setdefault(part, {})
        target[name] = source[name]
    checks = {name: functools.partial(format_checker.conforms, format=name) for name in formats}
    try:
        return fastjsonschema.compile(root, formats=checks, use_default=False)
    except Exception:  # a schema fastjsonschema cannot compile: jsonschema alone checks it
        return None


class _CompiledWhenHot:
    """A jsonschema validator that, once its schema has cost enough, asks a compiled check first.

    Compiling a large schema (an invoice) takes about as long as a hundred jsonschema checks of it, so
    a schema checked once or twice is never compiled: each is checked by jsonschema alone until those
    checks have taken `COMPILE_AFTER_SECONDS` in all (each counted as at least `MIN_CHECK_SECONDS`, as
    a small schema compiles quickly), about a dozen checks of an invoice. From then on a valid value
    costs only the compiled check (an invoice: a few hundred microseconds, not milliseconds); anything
    else still goes to jsonschema, which decides and writes the message. 1,000 spec-checked calls of a
    fake in a fresh interpreter take about 1.6 s, against 0.8 s unchecked (`scripts/benchmark.py`).
    """

    COMPILE_AFTER_SECONDS = 0.05
    MIN_CHECK_SECONDS = 0.002

    def __init__(self, full: Any, schema: Any, spec: dict[str, Any]) -> None:
        self._full = full
        self._schema = schema
        self._spec = spec
        self._spent = 0.0
        self._compiled: Any = None

    def iter_errors(self, instance: Any) -> Any:
        if self._compiled is None:
            if self._spent < self.COMPILE_AFTER_SECONDS:
                started = time.perf_counter()
                errors = list(self._full.iter_errors(instance))
                # A small schema compiles in little time, so a check counts for at least MIN_CHECK.
                self._spent += max(time.perf_counter() - started, self.MIN_CHECK_SECONDS)
                return iter(errors)
            self._compiled = _compile(self._schema, self._spec, self._full.format_checker) or False
        if self._compiled is False:
            return self._full.iter_errors(instance)
        try:
            self._compiled(instance)
        except Exception:  # the compiled check's verdict is only a hint: jsonschema decides
            return self._full.iter_errors(instance)
        return iter(())

    def is_valid(self, instance: Any) -> bool:
        return next(iter(self.iter_errors(instance)), None) is None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._full, name)
