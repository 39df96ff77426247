"""Every operation of a provider, for the command line: names from the generated code, words from the spec.

The names are the generated method names (one module per operation in `api/<tag>/`, listed without
importing them); summaries, descriptions and parameter help come from the `openapi.json` the
generated package ships. Listing a provider's operations imports no operation code at all.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import importlib.util
import json
import pkgutil
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Catalog", "Operation", "SpecParameter", "catalog", "load_spec", "normalize"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def normalize(name: str) -> str:
    """The join key between spec names and generated names: `refreshInvoice` ~ `refresh_invoice`."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def kebab(name: str) -> str:
    return name.replace("_", "-")


@functools.cache
def load_spec(package: str) -> Mapping[str, Any]:
    """The spec shipped in a generated package (parsed once per process)."""
    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    spec: Mapping[str, Any] = json.loads(text)
    return spec


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a node that is not a reference."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 50:
            raise ValueError(f"reference cycle at {node!r}")
    return node


@dataclass(frozen=True)
class SpecParameter:
    name: str
    """The name on the wire (`statuses[]`, `Idempotency-Key`)."""
    location: str
    """path, query, header or cookie."""
    description: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    name: str
    """The generated method name (`refresh_invoice`)."""
    tag: str
    """The resource it belongs to (`invoices`: `client.invoices.refresh_invoice`)."""
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[SpecParameter, ...]
    request_body: Mapping[str, Any] | None
    """The spec's requestBody, resolved; None when the operation takes no body."""
    spec: Mapping[str, Any]
    """The spec's operation object, as written."""

    @property
    def command(self) -> str:
        return kebab(self.name)

    def parameter(self, python_name: str) -> SpecParameter | None:
        key = normalize(python_name)
        for parameter in self.parameters:
            if normalize(parameter.name) == key:
                return parameter
        return None


@dataclass(frozen=True)
class Catalog:
    package: str
    operations: Mapping[str, Operation]
    """Command name (`refresh-invoice`) -> operation, in the spec's order."""
    tags: Mapping[str, str]
    """Resource (tag) -> its description in the spec, in the order to show them."""
    title: str
    description: str

    def by_tag(self) -> dict[str, list[Operation]]:
        grouped: dict[str, list[Operation]] = {tag: [] for tag in self.tags}
        for operation in self.operations.values():
            grouped.setdefault(operation.tag, []).append(operation)
        return {tag: ops for tag, ops in grouped.items() if ops}


def generated_operations(package: str) -> dict[str, tuple[str, str]]:
    """normalized name -> (tag, method name) for every operation module of the generated package.

    Reads `api.RESOURCES` and lists each tag's modules; no tag module is imported.
    """
    api = importlib.import_module(f"{package}.api")
    resources: Mapping[str, tuple[str, str, str]] = api.RESOURCES
    found: dict[str, tuple[str, str]] = {}
    for tag, (module, _, _) in resources.items():
        module_spec = importlib.util.find_spec(module, f"{package}.api")
        locations = module_spec.submodule_search_locations if module_spec is not None else None
        for info in pkgutil.iter_modules(list(locations or ())):
            if not info.name.startswith("_"):
                found[normalize(info.name)] = (tag, info.name)
    return found


def _parameters(spec: Mapping[str, Any], path_item: Mapping[str, Any], operation: Mapping[str, Any]) -> list[Any]:
    merged: dict[tuple[str, str], SpecParameter] = {}
    for raw in [*path_item.get("parameters", ()), *operation.get("parameters", ())]:
        node = resolve(spec, raw)
        merged[(node["name"], node["in"])] = SpecParameter(
            name=node["name"],
            location=node["in"],
            description=_text(node.get("description")),
            required=bool(node.get("required", node["in"] == "path")),
            schema=resolve(spec, node.get("schema") or {}),
        )
    return list(merged.values())


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _tag_order(spec: Mapping[str, Any], tags: Sequence[str]) -> dict[str, str]:
    """Tags as the spec declares them (with descriptions), then any others, by name."""
    declared = {normalize(str(t.get("name", ""))): t for t in spec.get("tags", ()) if isinstance(t, Mapping)}
    ordered: dict[str, str] = {}
    by_key = {normalize(tag): tag for tag in tags}
    for key, node in declared.items():
        if key in by_key:
            ordered[by_key[key]] = _text(node.get("description"))
    for tag in sorted(tags):
        ordered.setdefault(tag, "")
    return ordered


@functools.cache
def catalog(package: str) -> Catalog:
    """The operations of a generated package, joined with their spec entries."""
    spec = load_spec(package)
    generated = generated_operations(package)
    operations: dict[str, Operation] = {}
    for path, raw_item in (spec.get("paths") or {}).items():
        path_item = resolve(spec, raw_item)
        for method in HTTP_METHODS:
            node = path_item.get(method)
            if not isinstance(node, Mapping) or not isinstance(node.get("operationId"), str):
                continue
            match = generated.pop(normalize(node["operationId"]), None)
            if match is None:
                continue  # the generator skipped it (it says so when generating)
            tag, name = match
            body = node.get("requestBody")
            operations[kebab(name)] = Operation(
                name=name,
                tag=tag,
                method=method.upper(),
                path=str(path),
                summary=_text(node.get("summary")),
                description=_text(node.get("description")),
                parameters=tuple(_parameters(spec, path_item, node)),
                request_body=resolve(spec, body) if body is not None else None,
                spec=node,
            )
    for tag, name in generated.values():  # operations the spec has no words for (not expected)
        operations[kebab(name)] = Operation(name, tag, "", "", "", "", (), None, {})
    info = spec.get("info") or {}
    return Catalog(
        package=package,
        operations=operations,
        tags=_tag_order(spec, sorted({op.tag for op in operations.values()})),
        title=_text(info.get("title")),
        description=_text(info.get("description")),
    )
