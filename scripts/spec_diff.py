"""Compare two OpenAPI documents operation by operation: what is missing, extra or different.

    python scripts/spec_diff.py OURS THEIRS [options]
    python scripts/spec_diff.py specs/solvimon.yaml transaction-api.yaml --only-in-ours-scope
    python scripts/spec_diff.py specs/mindz.yaml 'https://TENANT.mindz.com.br/api/v2/doc/?format=openapi'

OURS and THEIRS are file paths (YAML or JSON) or http(s) URLs, fetched with httpx (30 s timeout). They may be
OpenAPI 3.0, OpenAPI 3.1 or Swagger 2.0 documents (Swagger 2.0 is read into the same model: `basePath` is the
server path, `body` / `formData` parameters are the request body, `consumes` / `produces` the media types).
User info and query strings of URLs are never printed.

Exit status: 0 when the documents are equivalent, 1 when they differ, 2 for usage errors and unreadable or
unsupported documents (with a message on stderr).

Matching operations: an operation is (METHOD, normalised path), where the path is

1. the path template, with Express-style `:id` segments read as `{id}`;
2. prefixed with the path part of the applicable `servers` (operation, else path item, else document; Swagger
   2.0: `basePath`), but only when that is trivial: every server of the list gives the same path once its
   variables are replaced (by `--server-var`, else by their default). Otherwise nothing is prefixed and a
   note says so. `--ignore-servers` turns this off;
3. with `{name}` replaced by VALUE for every `--server-var NAME=VALUE`, and a path parameter that declares
   a non-empty `default` replaced by that default (`/v{version}/invoices` with default "1" gives
   `/v1/invoices`; `--no-default-substitution` turns this off). Substituted parameters are not compared;
4. (OURS only) rewritten by the longest matching `--path-prefix-map OURS_PREFIX=THEIRS_PREFIX`;
5. normalised: parameter names dropped (`/a/{id}` matches `/a/{resourceId}`), repeated slashes collapsed,
   the trailing slash dropped (a trailing-slash difference is still reported on the matched operation).

Per matched operation it compares parameters, keyed by (in, name); path parameters by position, header names
case-insensitively: missing / extra, required, and the schema. Header parameters that carry authentication (the
header of an apiKey security scheme, or `Authorization` when an http/oauth2/openIdConnect scheme exists, in
either document) are left out unless `--compare-auth-headers`. It compares the request body (presence,
required, media types, schema) and the responses (status codes; for 2xx responses the media types and schema).

Schemas are compared recursively after resolving local `$ref`s (`#/components/...`, `#/definitions/...`;
siblings of a `$ref` are merged into it) and merging `allOf`: type, nullability, format (when the types agree),
enum values, properties (missing / extra), required properties, array items (`field[]`) and
additionalProperties schemas (`field.*`). The nullable forms `nullable: true` (3.0), `x-nullable: true`
(Swagger 2.0), `type: [X, "null"]`, `oneOf`/`anyOf` with a `{type: "null"}` branch and `null` among enum
values are equivalent. Other `oneOf`/`anyOf` branches are flattened: their types and properties are united,
and a property counts as required only when every branch requires it. Recursive schemas are compared once
per pair of schemas on the current path, so they always end. Descriptions, titles, examples, defaults,
readOnly / writeOnly, validation keywords (pattern, minimum, ...), tags and operationIds are ignored
(`--compare-ids` reports operationId differences).
Security schemes and the effective security requirement are compared once, as a summary, not per operation.

Output, ours first in every "A vs B": `- missing in ours: ...` (only in theirs), `+ only in ours: ...`,
`~ subject: ours vs theirs`, grouped per operation and sorted, then a summary line. `--json` prints the same
report as JSON.

Narrowing the report: `--only-operations` (which operations exist), `--only-in-ours-scope` (leave out operations
of THEIRS outside the paths of OURS, each taken up to its first parameter: `/v1/invoices/{id}/pdf` gives
`/v1/invoices`), `--only-theirs-operations` (leave out operations of OURS that THEIRS lacks: one API of a
document that merges several), `--path-filter REGEX` (on the matching path, both sides), and `--collapse-schemas` (the
differences inside a named schema nested in a body are listed once, under "schemas", and the operations only
point at them). Run with `--help` for every option.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final, Literal
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx
import yaml  # type: ignore[import-untyped,unused-ignore]

FETCH_TIMEOUT: Final = 30.0
ACCEPT: Final = "application/openapi+json, application/json;q=0.9, application/yaml;q=0.8, */*;q=0.5"
MAX_DEPTH: Final = 64
HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PLACEHOLDER: Final = re.compile(r"\{([^{}/]+)\}")
EXPRESS_PARAMETER: Final = re.compile(r"(?<=/):([A-Za-z_][A-Za-z0-9_]*)")
FORM_MEDIA_TYPES: Final = ("application/x-www-form-urlencoded", "multipart/form-data")
ENUM_VALUES_SHOWN: Final = 10
LEGEND: Final = "legend: - missing in ours (only in theirs), + only in ours, ~ different (ours vs theirs)"

Kind = Literal["missing", "extra", "changed"]
Status = Literal["matched", "only_in_ours", "only_in_theirs"]
SECTION_PATH, SECTION_PARAMETERS, SECTION_REQUEST, SECTION_RESPONSES, SECTION_SECURITY, SECTION_SCHEMAS = range(6)

OperationKey = tuple[str, str]
"""(METHOD, normalised path)."""
PairKey = tuple[frozenset[str], frozenset[str]]
Requirement = frozenset[frozenset[str]]
"""An effective security requirement: alternatives, each a set of scheme descriptors (empty set: anonymous)."""


class SpecError(Exception):
    """A document that cannot be read, or is not a supported OpenAPI document (exit status 2)."""


# ---------------------------------------------------------------------------------------------------------------------
# Reading documents


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def redact_url(url: str) -> str:
    """The URL without its user info, fragment and query values: safe to print."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    query = "<redacted>" if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def source_label(source: str) -> str:
    return redact_url(source) if is_url(source) else source


def _scrub(text: str, url: str) -> str:
    """`text` (an error message) with the URL and its secrets replaced."""
    parts = urlsplit(url)
    text = text.replace(url, redact_url(url))
    secrets = [parts.password, parts.query, parts.username if len(parts.username or "") >= 8 else None]
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, "***")
    return text


def fetch_text(url: str, *, transport: httpx.BaseTransport | None = None, timeout: float = FETCH_TIMEOUT) -> str:
    """GET `url` and return its body; any failure is a SpecError whose message hides credentials."""
    shown = redact_url(url)
    try:
        with httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=True, headers={"Accept": ACCEPT}
        ) as client:
            response = client.get(url)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise SpecError(f"cannot fetch {shown}: {type(exc).__name__}: {_scrub(str(exc), url)}") from None
    if response.status_code >= 400:
        raise SpecError(f"cannot fetch {shown}: HTTP {response.status_code} {response.reason_phrase}")
    return response.text


def read_source(source: str, *, transport: httpx.BaseTransport | None = None) -> str:
    if is_url(source):
        return fetch_text(source, transport=transport)
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpecError(f"{source}: no such file") from None
    except UnicodeDecodeError:
        raise SpecError(f"{source}: not UTF-8 text") from None
    except OSError as exc:
        raise SpecError(f"{source}: cannot read it ({exc.strerror or type(exc).__name__})") from None


def _yaml_problem(exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or type(exc).__name__
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)


def parse_text(text: str, label: str) -> dict[str, Any]:
    """The JSON or YAML mapping in `text` (JSON is tried first: it is much faster to parse)."""
    if text.lstrip().startswith("<"):
        raise SpecError(
            f"{label}: got an HTML/XML page, not an OpenAPI document. For a documentation UI (such as "
            "/api/v2/doc/), use the URL of the schema it loads (drf-yasg: add ?format=openapi)"
        )
    try:
        data = json.loads(text)
    except ValueError:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise SpecError(f"{label}: neither JSON nor YAML ({_yaml_problem(exc)})") from None
    if not isinstance(data, dict):
        raise SpecError(f"{label}: not an OpenAPI document (its top level is not a mapping)")
    return data


def detect_version(raw: Mapping[str, Any], label: str) -> str:
    """The declared version ("3.0.3", "3.1.0", "2.0"), or a SpecError for anything unsupported."""
    if "openapi" in raw:
        version = str(raw["openapi"])
        if version.startswith("3."):
            return version
        raise SpecError(f"{label}: OpenAPI {version} is not supported (3.0, 3.1 and Swagger 2.0 are)")
    if "swagger" in raw:
        version = str(raw["swagger"])
        if version.startswith("2"):
            return "2.0"
        raise SpecError(f"{label}: Swagger {version} is not supported (3.0, 3.1 and Swagger 2.0 are)")
    if "swaggerVersion" in raw:
        raise SpecError(f"{label}: Swagger 1.x is not supported; convert it to OpenAPI 3 first")
    raise SpecError(f"{label}: not an OpenAPI document (no 'openapi' or 'swagger' field)")


def resolve_pointer(root: Any, ref: str) -> Any:
    """The value at a local JSON reference such as "#/components/schemas/Invoice"; LookupError if there is none."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    pointer = unquote(ref[1:])
    if not pointer:
        return root
    if not pointer.startswith("/"):
        raise KeyError(ref)
    node = root
    for token in (t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, dict | list) and token.isdigit():
            node = node[int(token)]  # YAML integer keys (`200:`) and list indices; KeyError / IndexError if absent
        else:
            raise KeyError(ref)
    return node


@dataclass
class Document:
    """A parsed OpenAPI / Swagger document and the references it failed to resolve."""

    label: str
    raw: dict[str, Any]
    version: str
    unresolved: set[str] = field(default_factory=set)

    @property
    def is_swagger2(self) -> bool:
        return self.version == "2.0"

    @property
    def flavour(self) -> str:
        return "Swagger 2.0" if self.is_swagger2 else f"OpenAPI {self.version}"

    def deref(self, node: Any) -> tuple[Any, tuple[str, ...]]:
        """`node` with its `$ref` chain followed (siblings of a `$ref` win), and the refs followed."""
        refs: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in refs:
                return {}, tuple(refs)
            refs.append(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            try:
                target = resolve_pointer(self.raw, ref)
            except LookupError:
                self.unresolved.add(ref)
                return siblings, tuple(refs)
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node, tuple(refs)


def load_document(source: str, *, transport: httpx.BaseTransport | None = None) -> Document:
    label = source_label(source)
    raw = parse_text(read_source(source, transport=transport), label)
    version = detect_version(raw, label)
    paths = raw.get("paths", {})
    if paths is not None and not isinstance(paths, dict):
        raise SpecError(f"{label}: 'paths' is not a mapping")
    return Document(label, raw, version)


# ---------------------------------------------------------------------------------------------------------------------
# The comparison model: operations with their parameters, bodies and responses


@dataclass(frozen=True)
class Parameter:
    location: str
    name: str
    required: bool
    schema: Any


@dataclass(frozen=True)
class Body:
    required: bool
    content: Mapping[str, Any]
    """Normalised media type -> schema (None when the media type declares none)."""


@dataclass(frozen=True)
class RawOperation:
    """An operation as a document declares it, before its path is normalised."""

    method: str
    path: str
    base: str
    parameters: tuple[Parameter, ...]
    request_body: Body | None
    responses: Mapping[str, Mapping[str, Any]]
    operation_id: str | None
    security: Any


@dataclass(frozen=True)
class Operation:
    method: str
    raw_path: str
    """The path as written in the document."""
    path: str
    """After the server base path, substitutions and the prefix map: the path shown in reports."""
    key: str
    """`path` normalised: `{}` for every parameter, no trailing slash."""
    trailing_slash: bool
    operation_id: str | None
    parameters: Mapping[tuple[str, str], Parameter]
    request_body: Body | None
    responses: Mapping[str, Mapping[str, Any]]
    security: Requirement


@dataclass(frozen=True)
class PathRules:
    """How one side's paths are rewritten before matching."""

    server_vars: Mapping[str, str] = field(default_factory=dict)
    use_defaults: bool = True
    use_servers: bool = True
    prefix_map: tuple[tuple[str, str], ...] = ()
    auth_headers: frozenset[str] = frozenset()


@dataclass
class Api:
    document: Document
    operations: dict[OperationKey, Operation]
    schemes: dict[str, str]
    """Security scheme name -> descriptor (`apiKey in header "x-api-key"`, `http bearer`, ...)."""
    notes: Counter[str]
    """What was rewritten or left out, with the number of operations concerned."""


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def normalise_media_type(media_type: Any) -> str:
    return str(media_type).split(";")[0].strip().lower()


def normalise_status(status: Any) -> str:
    text = str(status)
    return text.upper() if text[:1].isdigit() else text.lower()


def express_to_braces(path: str) -> str:
    """`/users/:id` -> `/users/{id}`."""
    return EXPRESS_PARAMETER.sub(r"{\1}", path)


def join_base(base: str, path: str) -> str:
    path = path if path.startswith("/") else f"/{path}"
    return f"{base.rstrip('/')}{path}" if base else path


def normalise_path(path: str) -> tuple[str, bool]:
    """The matching key of a path (parameter names dropped, no trailing slash) and whether it had one."""
    collapsed = re.sub(r"/{2,}", "/", path if path.startswith("/") else f"/{path}")
    trailing = len(collapsed) > 1 and collapsed.endswith("/")
    return PLACEHOLDER.sub("{}", collapsed.rstrip("/") or "/"), trailing


def _has_prefix(path: str, prefix: str) -> bool:
    stem = prefix.rstrip("/")
    return not stem or path == stem or path.startswith(f"{stem}/")


def apply_prefix_map(path: str, prefix_map: Iterable[tuple[str, str]]) -> str:
    """`path` with its longest matching prefix (at a segment boundary) rewritten."""
    for ours, theirs in sorted(prefix_map, key=lambda item: len(item[0].rstrip("/")), reverse=True):
        if _has_prefix(path, ours):
            rewritten = theirs.rstrip("/") + path[len(ours.rstrip("/")) :]
            return rewritten if rewritten.startswith("/") else f"/{rewritten}"
    return path


def substitute_variables(
    template: str, server_vars: Mapping[str, str], defaults: Mapping[str, str]
) -> tuple[str, dict[str, str]]:
    """`template` with `{name}` replaced by a --server-var or a path parameter default; and a note per name."""
    done: dict[str, str] = {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in server_vars:
            done[name] = f'"{{{name}}}" replaced by "{server_vars[name]}" (--server-var)'
            return server_vars[name]
        if name in defaults:
            done[name] = f'"{{{name}}}" replaced by "{defaults[name]}" (the default of the path parameter)'
            return defaults[name]
        return match.group(0)

    return PLACEHOLDER.sub(substitute, template), done


def server_base(servers: Any, server_vars: Mapping[str, str]) -> tuple[str, str | None]:
    """The path part shared by every server of the list ("" when none), and a problem when it is not trivial."""
    bases: set[str] = set()
    for server in _as_list(servers):
        url = str(_as_dict(server).get("url", "/"))
        variables = _as_dict(_as_dict(server).get("variables"))
        for name in PLACEHOLDER.findall(url):
            value = server_vars.get(name, _as_dict(variables.get(name)).get("default"))
            if value is not None:
                url = url.replace(f"{{{name}}}", str(value))
        path = urlsplit(url).path if "://" in url else url.split("?")[0]
        bases.add(path.rstrip("/"))
    if len(bases) > 1:
        return "", f"servers disagree on the base path ({', '.join(sorted(bases))}); paths compared as written"
    base = bases.pop() if bases else ""
    if "{" in base:
        return "", f'server base path "{base}" has a variable without a value; paths compared as written'
    return base, None


def scheme_descriptor(scheme: Mapping[str, Any]) -> str:
    """What a security scheme is, independent of its name in the document."""
    kind = str(scheme.get("type", "?"))
    if kind == "apiKey":
        location = str(scheme.get("in", "?"))
        name = str(scheme.get("name", "?"))
        return f'apiKey in {location} "{name.lower() if location == "header" else name}"'
    if kind == "http":
        return f"http {str(scheme.get('scheme', '?')).lower()}"
    if kind == "basic":
        return "http basic"
    return kind


def _scheme_objects(doc: Document) -> dict[str, dict[str, Any]]:
    """Security scheme name -> resolved scheme object (`securityDefinitions` in Swagger 2.0)."""
    if doc.is_swagger2:
        declared = doc.raw.get("securityDefinitions")
    else:
        declared = _as_dict(doc.raw.get("components")).get("securitySchemes")
    return {str(name): _as_dict(doc.deref(raw)[0]) for name, raw in _as_dict(declared).items()}


def security_schemes(doc: Document) -> dict[str, str]:
    return {name: scheme_descriptor(scheme) for name, scheme in _scheme_objects(doc).items()}


def auth_header_names(doc: Document) -> frozenset[str]:
    """Lower-case names of the headers that carry the document's credentials."""
    names: set[str] = set()
    for scheme in _scheme_objects(doc).values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme.get("name", "")).lower())
        elif scheme.get("type") in ("http", "basic", "oauth2", "openIdConnect"):
            names.add("authorization")
    return frozenset(names)


def requirement(raw: Any, schemes: Mapping[str, str]) -> Requirement:
    alternatives = {
        frozenset(schemes.get(str(name), f'undeclared scheme "{name}"') for name in _as_dict(alternative))
        for alternative in _as_list(raw)
    }
    return frozenset(alternatives)


# OpenAPI 3.x ---------------------------------------------------------------------------------------------------------


def _content_v3(content: Any) -> dict[str, Any]:
    return {normalise_media_type(media): _as_dict(item).get("schema") for media, item in _as_dict(content).items()}


def _parameter_schema_v3(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    content = _content_v3(param.get("content"))
    return next(iter(content.values()), None)


def _merged_parameters(doc: Document, *declared: Any) -> list[dict[str, Any]]:
    """Path-item then operation parameters, resolved; an operation parameter replaces one with its (in, name)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in (item for group in declared for item in _as_list(group)):
        param = _as_dict(doc.deref(raw)[0])
        if "name" in param:
            merged[(str(param.get("in", "")), str(param["name"]))] = param
    return list(merged.values())


def _parameters_v3(doc: Document, *declared: Any) -> tuple[Parameter, ...]:
    return tuple(
        Parameter(
            location=str(p.get("in", "")),
            name=str(p["name"]),
            required=p.get("in") == "path" or bool(p.get("required", False)),
            schema=_parameter_schema_v3(p),
        )
        for p in _merged_parameters(doc, *declared)
    )


def _request_body_v3(doc: Document, raw: Any) -> Body | None:
    body = doc.deref(raw)[0]
    if not isinstance(body, dict):
        return None
    return Body(required=bool(body.get("required", False)), content=_content_v3(body.get("content")))


def _responses_v3(doc: Document, raw: Any) -> dict[str, Mapping[str, Any]]:
    return {
        normalise_status(status): _content_v3(_as_dict(doc.deref(response)[0]).get("content"))
        for status, response in _as_dict(raw).items()
        if not str(status).startswith("x-")
    }


def raw_operations_v3(doc: Document, rules: PathRules, notes: Counter[str]) -> Iterator[RawOperation]:
    def base_of(servers: Any, fallback: str) -> str:
        if not rules.use_servers or not servers:
            return fallback
        base, problem = server_base(servers, rules.server_vars)
        if problem:
            notes[problem] += 1
        return base

    top_base = base_of(doc.raw.get("servers"), "")
    for path, raw_item in _as_dict(doc.raw.get("paths")).items():
        item = _as_dict(doc.deref(raw_item)[0])
        item_base = base_of(item.get("servers"), top_base)
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            yield RawOperation(
                method=method.upper(),
                path=str(path),
                base=base_of(op.get("servers"), item_base),
                parameters=_parameters_v3(doc, item.get("parameters"), op.get("parameters")),
                request_body=_request_body_v3(doc, op.get("requestBody")),
                responses=_responses_v3(doc, op.get("responses")),
                operation_id=_optional_str(op.get("operationId")),
                security=op.get("security", doc.raw.get("security")),
            )


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


# Swagger 2.0 ---------------------------------------------------------------------------------------------------------

_NOT_SCHEMA_KEYS: Final = frozenset({"name", "in", "required", "description", "allowEmptyValue"})


def _parameter_schema_v2(param: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in param.items() if k not in _NOT_SCHEMA_KEYS}


def _form_body(params: Sequence[Mapping[str, Any]], consumes: Sequence[str]) -> Body:
    schema = {
        "type": "object",
        "properties": {str(p["name"]): _parameter_schema_v2(p) for p in params},
        "required": [str(p["name"]) for p in params if p.get("required")],
    }
    media = [m for m in consumes if m in FORM_MEDIA_TYPES]
    if not media:
        media = [FORM_MEDIA_TYPES[1] if any(p.get("type") == "file" for p in params) else FORM_MEDIA_TYPES[0]]
    return Body(required=bool(schema["required"]), content=dict.fromkeys(media, schema))


def _split_parameters_v2(
    params: Sequence[dict[str, Any]], consumes: Sequence[str]
) -> tuple[tuple[Parameter, ...], Body | None]:
    plain: list[Parameter] = []
    form: list[dict[str, Any]] = []
    body: Body | None = None
    for param in params:
        location = str(param.get("in", ""))
        if location == "body":
            body = Body(bool(param.get("required", False)), dict.fromkeys(consumes, param.get("schema")))
        elif location == "formData":
            form.append(param)
        else:
            required = location == "path" or bool(param.get("required", False))
            plain.append(Parameter(location, str(param["name"]), required, _parameter_schema_v2(param)))
    if form and body is None:
        body = _form_body(form, consumes)
    return tuple(plain), body


def _responses_v2(doc: Document, raw: Any, produces: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    responses: dict[str, Mapping[str, Any]] = {}
    for status, raw_response in _as_dict(raw).items():
        if str(status).startswith("x-"):
            continue
        response = _as_dict(doc.deref(raw_response)[0])
        responses[normalise_status(status)] = (
            dict.fromkeys(produces, response["schema"]) if "schema" in response else {}
        )
    return responses


def _media_types(value: Any, fallback: Sequence[str]) -> list[str]:
    media = [normalise_media_type(m) for m in _as_list(value)]
    return media or list(fallback)


def raw_operations_v2(doc: Document, rules: PathRules, notes: Counter[str]) -> Iterator[RawOperation]:
    base = str(doc.raw.get("basePath") or "").rstrip("/") if rules.use_servers else ""
    consumes = _media_types(doc.raw.get("consumes"), ["application/json"])
    produces = _media_types(doc.raw.get("produces"), ["application/json"])
    for path, raw_item in _as_dict(doc.raw.get("paths")).items():
        item = _as_dict(doc.deref(raw_item)[0])
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = _merged_parameters(doc, item.get("parameters"), op.get("parameters"))
            plain, body = _split_parameters_v2(params, _media_types(op.get("consumes"), consumes))
            yield RawOperation(
                method=method.upper(),
                path=str(path),
                base=base,
                parameters=plain,
                request_body=body,
                responses=_responses_v2(doc, op.get("responses"), _media_types(op.get("produces"), produces)),
                operation_id=_optional_str(op.get("operationId")),
                security=op.get("security", doc.raw.get("security")),
            )


# Building the comparable operations ----------------------------------------------------------------------------------


def _path_defaults(doc: Document, params: Iterable[Parameter]) -> dict[str, str]:
    defaults: dict[str, str] = {}
    for param in params:
        schema = _as_dict(doc.deref(param.schema)[0])
        value = schema.get("default")
        if param.location == "path" and value is not None and value != "":
            defaults[param.name] = json.dumps(value) if isinstance(value, bool) else str(value)
    return defaults


def _parameter_key(param: Parameter, positions: Mapping[str, int]) -> tuple[str, str]:
    if param.location == "path" and param.name in positions:
        return ("path", f"#{positions[param.name]}")
    if param.location == "header":
        return ("header", param.name.lower())
    return (param.location, param.name)


def _keyed_parameters(
    params: Iterable[Parameter], path: str, substituted: Iterable[str], rules: PathRules, notes: Counter[str]
) -> dict[tuple[str, str], Parameter]:
    positions = {name: index for index, name in enumerate(PLACEHOLDER.findall(path), 1)}
    keyed: dict[tuple[str, str], Parameter] = {}
    for param in params:
        if param.location == "path" and param.name in substituted:
            continue
        if param.location == "header" and param.name.lower() in rules.auth_headers:
            notes[f'header parameter "{param.name}" taken as authentication, not compared'] += 1
            continue
        keyed[_parameter_key(param, positions)] = param
    return keyed


def build_operation(
    raw: RawOperation, doc: Document, rules: PathRules, schemes: Mapping[str, str], notes: Counter[str]
) -> Operation:
    if raw.base:
        notes[f'server base path "{raw.base}" prefixed to the paths'] += 1
    defaults = _path_defaults(doc, raw.parameters) if rules.use_defaults else {}
    path, substituted = substitute_variables(
        join_base(raw.base, express_to_braces(raw.path)), rules.server_vars, defaults
    )
    notes.update(substituted.values())
    path = apply_prefix_map(path, rules.prefix_map)
    key, trailing = normalise_path(path)
    return Operation(
        method=raw.method,
        raw_path=raw.path,
        path=path,
        key=key,
        trailing_slash=trailing,
        operation_id=raw.operation_id,
        parameters=_keyed_parameters(raw.parameters, path, substituted, rules, notes),
        request_body=raw.request_body,
        responses=raw.responses,
        security=requirement(raw.security, schemes),
    )


def build_api(doc: Document, rules: PathRules) -> Api:
    notes: Counter[str] = Counter()
    schemes = security_schemes(doc)
    raws = raw_operations_v2(doc, rules, notes) if doc.is_swagger2 else raw_operations_v3(doc, rules, notes)
    operations: dict[OperationKey, Operation] = {}
    for raw in raws:
        op = build_operation(raw, doc, rules, schemes, notes)
        earlier = operations.get((op.method, op.key))
        if earlier is not None:
            notes[f"{op.method} {op.raw_path} matches {earlier.method} {earlier.raw_path} too; left out"] += 1
            continue
        operations[(op.method, op.key)] = op
    return Api(doc, operations, schemes, notes)


# ---------------------------------------------------------------------------------------------------------------------
# Schemas: a flattened "shape" per schema, compared recursively


@dataclass(frozen=True)
class Shape:
    """What is compared of a schema, after `$ref`, `allOf`, `oneOf`/`anyOf` and nullability are resolved."""

    types: frozenset[str] = frozenset()
    """Non-null JSON types; empty means any."""
    nullable: bool = False
    format: str | None = None
    enum: frozenset[str] | None = None
    """JSON-encoded non-null enum values."""
    properties: Mapping[str, Any] | None = None
    """Property name -> raw schema; None when no property is declared."""
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None
    """The additionalProperties schema, when it is one."""
    identity: frozenset[str] = frozenset()
    """The `$ref`s followed to reach the schema (or the object's id when inline): the recursion guard."""


def _combine(schemas: Iterable[Any], keyword: str) -> Any:
    present = [s for s in schemas if s is not None]
    if len(present) <= 1:
        return present[0] if present else None
    return {keyword: present}


def _combine_properties(mappings: Iterable[Mapping[str, Any] | None], keyword: str) -> Mapping[str, Any] | None:
    present = [m for m in mappings if m is not None]
    if not present:
        return None
    names = dict.fromkeys(name for mapping in present for name in mapping)
    return {name: _combine((m.get(name) for m in present), keyword) for name in names}


def _enum_values(schema: Mapping[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return values if isinstance(values, list) else None


def _declared_types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return [declared]
    return [str(t) for t in declared] if isinstance(declared, list) else []


def _inferred_types(schema: Mapping[str, Any]) -> frozenset[str]:
    if "properties" in schema or "additionalProperties" in schema:
        return frozenset({"object"})
    return frozenset({"array"}) if "items" in schema else frozenset()


def _own_shape(schema: Mapping[str, Any], identity: frozenset[str]) -> Shape:
    """The shape of the schema's own keywords, without allOf / oneOf / anyOf."""
    declared = _declared_types(schema)
    values = _enum_values(schema)
    nullable = (
        "null" in declared
        or schema.get("nullable") is True
        or schema.get("x-nullable") is True
        or (values is not None and None in values)
    )
    properties = schema.get("properties")
    required = schema.get("required")
    items = schema.get("items")
    additional = schema.get("additionalProperties")
    fmt = schema.get("format")
    return Shape(
        types=frozenset(t for t in declared if t != "null") or _inferred_types(schema),
        nullable=nullable,
        format=str(fmt) if fmt is not None else None,
        enum=None if values is None else frozenset(_encode(v) for v in values if v is not None),
        properties=properties if isinstance(properties, dict) and properties else None,
        required=frozenset(str(r) for r in required) if isinstance(required, list) else frozenset(),
        items=items if isinstance(items, dict) else None,
        additional=additional if isinstance(additional, dict) else None,
        identity=identity,
    )


def _encode(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _intersect_types(type_sets: Iterable[frozenset[str]]) -> frozenset[str]:
    result: frozenset[str] = frozenset()
    for types in type_sets:
        if types:
            result = (result & types or result | types) if result else types
    return result


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def merge_all_of(own: Shape, parts: Sequence[Shape]) -> Shape:
    """`allOf`: constraints add up (types intersect, properties and required properties unite)."""
    shapes = [own, *parts]
    enums = [s.enum for s in shapes if s.enum is not None]
    return Shape(
        types=_intersect_types(s.types for s in shapes),
        nullable=own.nullable or (bool(parts) and all(p.nullable for p in parts)),
        format=_first(s.format for s in shapes),
        enum=frozenset.intersection(*enums) if enums else None,
        properties=_combine_properties((s.properties for s in shapes), "allOf"),
        required=frozenset().union(*(s.required for s in shapes)),
        items=_combine((s.items for s in shapes), "allOf"),
        additional=_combine((s.additional for s in shapes), "allOf"),
        identity=own.identity,
    )


def unite_variants(variants: Sequence[Shape]) -> Shape:
    """`oneOf` / `anyOf` flattened: types, properties and enum values unite; required only if always required."""
    objects = [v for v in variants if v.properties is not None]
    formats = {v.format for v in variants}
    enums = [v.enum for v in variants]
    return Shape(
        types=frozenset() if any(not v.types for v in variants) else frozenset().union(*(v.types for v in variants)),
        nullable=any(v.nullable for v in variants),
        format=formats.pop() if len(formats) == 1 else None,
        enum=None if any(e is None for e in enums) else frozenset().union(*(e for e in enums if e is not None)),
        properties=_combine_properties((v.properties for v in variants), "anyOf"),
        required=frozenset.intersection(*(v.required for v in objects)) if objects else frozenset(),
        items=_combine((v.items for v in variants), "anyOf"),
        additional=_combine((v.additional for v in variants), "anyOf"),
    )


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and _declared_types(schema) == ["null"]


def shape_of(raw: Any, doc: Document, active: frozenset[str] = frozenset()) -> Shape:
    """The shape of a raw schema. `active` holds the schemas being resolved above it (allOf cycles end there)."""
    schema, refs = doc.deref(raw)
    if not isinstance(schema, dict):
        return Shape(identity=frozenset(refs))
    identity = frozenset(refs) or frozenset({f"@{id(schema)}"})
    if identity & active or len(active) > MAX_DEPTH:
        return Shape(identity=identity)
    active |= identity
    shape = _own_shape(schema, identity)
    parts = [shape_of(part, doc, active) for part in _as_list(schema.get("allOf"))]
    if parts:
        shape = merge_all_of(shape, parts)
    variants = [*_as_list(schema.get("oneOf")), *_as_list(schema.get("anyOf"))]
    resolved = [doc.deref(v)[0] for v in variants]
    with_null = any(_is_null_schema(v) for v in resolved)
    others = [shape_of(v, doc, active) for v, r in zip(variants, resolved, strict=True) if not _is_null_schema(r)]
    if others:
        shape = merge_all_of(shape, [unite_variants(others)])
    if not refs and _is_wrapper(schema) and len(parts + others) == 1:
        shape = replace(shape, identity=(parts + others)[0].identity)
    return replace(shape, nullable=True) if with_null else shape


_WRAPPER_KEYS: Final = frozenset({"allOf", "oneOf", "anyOf", "nullable", "x-nullable", "readOnly", "writeOnly"})
_ANNOTATIONS: Final = frozenset({"description", "title", "example", "examples", "default", "deprecated", "$comment"})


def _is_wrapper(schema: Mapping[str, Any]) -> bool:
    """Whether an inline schema only wraps others (`oneOf: [{$ref: X}, {type: "null"}]`): it then takes X's identity."""
    return all(k in _WRAPPER_KEYS or k in _ANNOTATIONS or str(k).startswith("x-") for k in schema)


@dataclass(frozen=True, order=True)
class Difference:
    section: int
    subject: str
    kind: Kind
    detail: str = ""

    def line(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        if self.kind == "missing":
            return f"- missing in ours: {self.subject}{detail}"
        if self.kind == "extra":
            return f"+ only in ours: {self.subject}{detail}"
        return f"~ {self.subject}: {self.detail}"

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "subject": self.subject, "detail": self.detail, "line": self.line()}


@dataclass(frozen=True)
class Site:
    """Where a schema sits: a label (`response 200`, `query parameter "x"`) and a field path inside it."""

    section: int
    label: str
    field: str = ""

    def subject(self) -> str:
        return f'{self.label} field "{self.field}"' if self.field else self.label

    def child(self, name: str) -> Site:
        return replace(self, field=f"{self.field}.{name}" if self.field else name)

    def items(self) -> Site:
        return replace(self, field=f"{self.field}[]")

    def changed(self, detail: str) -> Difference:
        return Difference(self.section, self.subject(), "changed", detail)

    def presence(self, kind: Kind) -> Difference:
        return Difference(self.section, self.subject(), kind)


@dataclass(frozen=True)
class Pair:
    """The two documents being compared and, with --collapse-schemas, the differences found per schema pair."""

    ours: Document
    theirs: Document
    collapsed: dict[PairKey, tuple[Difference, ...] | None] | None = None
    """(ours identity, theirs identity) -> differences inside that pair of named schemas (None while computing)."""


def _type_text(types: frozenset[str]) -> str:
    return "|".join(sorted(types)) if types else "any"


def _values_text(values: Iterable[str]) -> str:
    ordered = sorted(values)
    shown = ", ".join(ordered[:ENUM_VALUES_SHOWN])
    return shown + (f", ... ({len(ordered)} in all)" if len(ordered) > ENUM_VALUES_SHOWN else "")


def _required_text(required: bool) -> str:
    return "required" if required else "optional"


def type_differences(ours: Shape, theirs: Shape, site: Site) -> list[Difference]:
    diffs: list[Difference] = []
    if ours.types != theirs.types:
        diffs.append(site.changed(f"type {_type_text(ours.types)} vs {_type_text(theirs.types)}"))
    elif ours.format != theirs.format:
        diffs.append(site.changed(f"format {ours.format or 'none'} vs {theirs.format or 'none'}"))
    if ours.nullable != theirs.nullable:
        diffs.append(site.changed("nullable vs not nullable" if ours.nullable else "not nullable vs nullable"))
    return diffs


def enum_differences(ours: Shape, theirs: Shape, site: Site) -> list[Difference]:
    if ours.enum is None and theirs.enum is None:
        return []
    if ours.enum is None or theirs.enum is None:
        left = f"enum [{_values_text(ours.enum)}]" if ours.enum is not None else "no enum"
        right = f"enum [{_values_text(theirs.enum)}]" if theirs.enum is not None else "no enum"
        return [site.changed(f"{left} vs {right}")]
    diffs: list[Difference] = []
    if theirs.enum - ours.enum:
        diffs.append(site.changed(f"enum values only in theirs: {_values_text(theirs.enum - ours.enum)}"))
    if ours.enum - theirs.enum:
        diffs.append(site.changed(f"enum values only in ours: {_values_text(ours.enum - theirs.enum)}"))
    return diffs


def _object_text(properties: Mapping[str, Any] | None) -> str:
    if not properties:
        return "free-form object"
    return f"object with {len(properties)} propert{'y' if len(properties) == 1 else 'ies'}"


def _may_be_object(shape: Shape) -> bool:
    return not shape.types or "object" in shape.types


def property_differences(
    ours: Shape, theirs: Shape, site: Site, pair: Pair, seen: frozenset[PairKey]
) -> list[Difference]:
    if ours.properties is None and theirs.properties is None:
        return []
    if ours.properties is None or theirs.properties is None:
        if not (_may_be_object(ours) and _may_be_object(theirs)):
            return []
        left = _object_text(ours.properties)
        right = _object_text(theirs.properties)
        return [site.changed(f"{left} vs {right}")]
    diffs: list[Difference] = []
    for name in sorted(ours.properties.keys() | theirs.properties.keys()):
        child = site.child(name)
        if name not in ours.properties:
            diffs.append(child.presence("missing"))
        elif name not in theirs.properties:
            diffs.append(child.presence("extra"))
        else:
            required = (name in ours.required, name in theirs.required)
            if required[0] != required[1]:
                diffs.append(child.changed(f"{_required_text(required[0])} vs {_required_text(required[1])}"))
            diffs += compare_schemas(ours.properties[name], theirs.properties[name], child, pair, seen)
    return diffs


def compare_schemas(
    ours: Any, theirs: Any, site: Site, pair: Pair, seen: frozenset[PairKey] = frozenset()
) -> list[Difference]:
    """Differences between two raw schemas. `seen` holds the schema pairs being compared above this one."""
    o, t = shape_of(ours, pair.ours), shape_of(theirs, pair.theirs)
    key = (o.identity, t.identity)
    if key in seen or len(seen) > MAX_DEPTH:
        return []
    if pair.collapsed is not None and site.field and _is_named(o) and _is_named(t):
        return _collapsed_reference(o, t, site, pair)
    return compare_shapes(o, t, site, pair, seen | {key})


def compare_shapes(o: Shape, t: Shape, site: Site, pair: Pair, seen: frozenset[PairKey]) -> list[Difference]:
    diffs = [*type_differences(o, t, site), *enum_differences(o, t, site)]
    diffs += property_differences(o, t, site, pair, seen)
    if o.items is not None and t.items is not None:
        diffs += compare_schemas(o.items, t.items, site.items(), pair, seen)
    if o.additional is not None and t.additional is not None:
        diffs += compare_schemas(o.additional, t.additional, site.child("*"), pair, seen)
    return diffs


def _is_named(shape: Shape) -> bool:
    return bool(shape.identity) and not any(i.startswith("@") for i in shape.identity)


def schema_name(shape: Shape) -> str:
    return "/".join(sorted(ref.rsplit("/", 1)[-1] for ref in shape.identity))


def _collapsed_reference(o: Shape, t: Shape, site: Site, pair: Pair) -> list[Difference]:
    """--collapse-schemas: compare a nested pair of named schemas once, and point at it from `site`."""
    assert pair.collapsed is not None
    key = (o.identity, t.identity)
    name = schema_name(o) if schema_name(o) == schema_name(t) else f"{schema_name(o)} (theirs: {schema_name(t)})"
    if key not in pair.collapsed:
        pair.collapsed[key] = None
        found = compare_shapes(o, t, Site(SECTION_SCHEMAS, f"schema {name}"), pair, frozenset({key}))
        pair.collapsed[key] = tuple(sorted(set(found)))
    if not pair.collapsed[key]:
        return []
    return [site.changed(f'differences inside schema {name}, listed under "schemas"')]


# ---------------------------------------------------------------------------------------------------------------------
# Operations


def _schema_presence(ours: Any, theirs: Any, site: Site, pair: Pair) -> list[Difference]:
    if ours is None and theirs is None:
        return []
    if ours is None or theirs is None:
        return [site.changed("no schema vs schema" if ours is None else "schema vs no schema")]
    return compare_schemas(ours, theirs, site, pair)


def compare_content(
    label: str, section: int, ours: Mapping[str, Any], theirs: Mapping[str, Any], pair: Pair
) -> list[Difference]:
    """Media types missing / extra, then the schemas of the common ones (or of the only one on each side)."""
    diffs = [
        Difference(section, f'{label} content type "{media}"', "missing" if media in theirs else "extra")
        for media in sorted(ours.keys() ^ theirs.keys())
    ]
    pairs = [(media, media) for media in sorted(ours.keys() & theirs.keys())]
    if not pairs and len(ours) == 1 and len(theirs) == 1:
        pairs = [(next(iter(ours)), next(iter(theirs)))]
    for ours_media, theirs_media in pairs:
        site = Site(section, label if len(pairs) == 1 else f"{label} ({ours_media})")
        diffs += _schema_presence(ours[ours_media], theirs[theirs_media], site, pair)
    return diffs


def _parameter_label(param: Parameter) -> str:
    return f'{param.location} parameter "{param.name}"'


def compare_parameters(ours: Operation, theirs: Operation, pair: Pair) -> list[Difference]:
    diffs: list[Difference] = []
    for key in sorted(ours.parameters.keys() | theirs.parameters.keys()):
        o, t = ours.parameters.get(key), theirs.parameters.get(key)
        if o is None or t is None:
            shown = t if o is None else o
            assert shown is not None
            diffs.append(Difference(SECTION_PARAMETERS, _parameter_label(shown), "missing" if o is None else "extra"))
            continue
        site = Site(SECTION_PARAMETERS, _parameter_label(o))
        if o.required != t.required:
            diffs.append(site.changed(f"{_required_text(o.required)} vs {_required_text(t.required)}"))
        diffs += _schema_presence(o.schema, t.schema, site, pair)
    return diffs


def compare_request_bodies(ours: Body | None, theirs: Body | None, pair: Pair) -> list[Difference]:
    site = Site(SECTION_REQUEST, "request body")
    if ours is None and theirs is None:
        return []
    if ours is None or theirs is None:
        return [site.presence("missing" if ours is None else "extra")]
    diffs: list[Difference] = []
    if ours.required != theirs.required:
        diffs.append(site.changed(f"{_required_text(ours.required)} vs {_required_text(theirs.required)}"))
    return diffs + compare_content("request body", SECTION_REQUEST, ours.content, theirs.content, pair)


def compare_responses(
    ours: Mapping[str, Mapping[str, Any]], theirs: Mapping[str, Mapping[str, Any]], pair: Pair
) -> list[Difference]:
    diffs: list[Difference] = []
    for status in sorted(ours.keys() | theirs.keys()):
        label = f"response {status}"
        if status not in ours or status not in theirs:
            diffs.append(Difference(SECTION_RESPONSES, label, "missing" if status not in ours else "extra"))
        elif status.startswith("2"):
            diffs += compare_content(label, SECTION_RESPONSES, ours[status], theirs[status], pair)
    return diffs


@dataclass(frozen=True)
class Options:
    server_vars: Mapping[str, str] = field(default_factory=dict)
    prefix_map: tuple[tuple[str, str], ...] = ()
    use_defaults: bool = True
    use_servers: bool = True
    compare_auth_headers: bool = False
    compare_ids: bool = False
    only_operations: bool = False
    collapse_schemas: bool = False
    ours_scope: bool = False
    theirs_scope: bool = False
    path_filter: re.Pattern[str] | None = None


def path_differences(ours: Operation, theirs: Operation, options: Options) -> list[Difference]:
    diffs: list[Difference] = []
    if ours.trailing_slash != theirs.trailing_slash:
        detail = f'"{ours.path}" vs "{theirs.path}" (trailing slash)'
        diffs.append(Difference(SECTION_PATH, "path", "changed", detail))
    if options.compare_ids and ours.operation_id != theirs.operation_id:
        detail = f"{ours.operation_id or 'none'} vs {theirs.operation_id or 'none'}"
        diffs.append(Difference(SECTION_PATH, "operationId", "changed", detail))
    return diffs


def compare_operation(ours: Operation, theirs: Operation, pair: Pair, options: Options) -> tuple[Difference, ...]:
    diffs = path_differences(ours, theirs, options)
    if not options.only_operations:
        diffs += compare_parameters(ours, theirs, pair)
        diffs += compare_request_bodies(ours.request_body, theirs.request_body, pair)
        diffs += compare_responses(ours.responses, theirs.responses, pair)
    return tuple(sorted(set(diffs)))


# Security ------------------------------------------------------------------------------------------------------------


def requirement_text(req: Requirement) -> str:
    if not req:
        return "none"
    alternatives = sorted(" + ".join(sorted(alternative)) or "anonymous" for alternative in req)
    return " or ".join(f"[{a}]" for a in alternatives)


def security_differences(ours: Api, theirs: Api, matched: Sequence[tuple[Operation, Operation]]) -> list[Difference]:
    ours_schemes, theirs_schemes = set(ours.schemes.values()), set(theirs.schemes.values())
    diffs = [
        Difference(SECTION_SECURITY, f"security scheme {d}", "missing" if d in theirs_schemes else "extra")
        for d in sorted(ours_schemes ^ theirs_schemes)
    ]
    groups: dict[tuple[str, str], list[Operation]] = {}
    for o, t in matched:
        if o.security != t.security:
            groups.setdefault((requirement_text(o.security), requirement_text(t.security)), []).append(o)
    for (left, right), ops in sorted(groups.items()):
        example = min(ops, key=lambda op: (op.key, op.method))
        detail = f"{left} vs {right} ({len(ops)} of {len(matched)} operations, e.g. {example.method} {example.path})"
        diffs.append(Difference(SECTION_SECURITY, "security requirement", "changed", detail))
    return diffs


# ---------------------------------------------------------------------------------------------------------------------
# The report


@dataclass(frozen=True)
class OperationReport:
    method: str
    path: str
    status: Status
    ours_path: str | None
    theirs_path: str | None
    differences: tuple[Difference, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.method} {self.path}"

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "ours_path": self.ours_path,
            "theirs_path": self.theirs_path,
            "differences": [d.as_json() for d in self.differences],
        }


@dataclass(frozen=True)
class Report:
    ours: str
    theirs: str
    notes: tuple[str, ...]
    operations: tuple[OperationReport, ...]
    security: tuple[Difference, ...]
    left_out: tuple[str, ...] = ()
    schemas: tuple[Difference, ...] = ()
    """With --collapse-schemas: the differences inside nested named schemas, once each."""

    def count(self, status: Status) -> int:
        return sum(1 for op in self.operations if op.status == status)

    @property
    def with_differences(self) -> int:
        return sum(1 for op in self.operations if op.status == "matched" and op.differences)

    @property
    def equivalent(self) -> bool:
        return not self.security and all(op.status == "matched" and not op.differences for op in self.operations)

    def summary(self) -> str:
        text = (
            f"operations: {self.count('matched')} matched, {self.count('only_in_ours')} only in ours, "
            f"{self.count('only_in_theirs')} only in theirs; {self.with_differences} with differences"
        )
        return "; ".join([text, *self.left_out])

    def as_json(self) -> dict[str, Any]:
        return {
            "ours": self.ours,
            "theirs": self.theirs,
            "equivalent": self.equivalent,
            "notes": list(self.notes),
            "operations": [op.as_json() for op in self.operations],
            "security": [d.as_json() for d in self.security],
            "schemas": [d.as_json() for d in self.schemas],
            "summary": {
                "matched": self.count("matched"),
                "only_in_ours": self.count("only_in_ours"),
                "only_in_theirs": self.count("only_in_theirs"),
                "with_differences": self.with_differences,
                "left_out": list(self.left_out),
            },
        }


def _method_rank(method: str) -> int:
    return HTTP_METHODS.index(method.lower()) if method.lower() in HTTP_METHODS else len(HTTP_METHODS)


def _scope_roots(operations: Iterable[Operation]) -> set[str]:
    """For --only-in-ours-scope: each path up to its first parameter (`/v1/invoices/{}/x` -> `/v1/invoices`)."""
    return {op.key.split("{}")[0].rstrip("/") or "/" for op in operations}


def _in_scope(key: str, roots: Iterable[str]) -> bool:
    return any(_has_prefix(key, root) for root in roots)


def _filter_operations(
    ours: Api, theirs: Api, options: Options
) -> tuple[dict[OperationKey, Operation], dict[OperationKey, Operation], list[str]]:
    ours_ops, theirs_ops, left_out = dict(ours.operations), dict(theirs.operations), []
    if options.path_filter is not None:
        pattern = options.path_filter
        before = len(ours_ops) + len(theirs_ops)
        ours_ops = {k: op for k, op in ours_ops.items() if pattern.search(op.path)}
        theirs_ops = {k: op for k, op in theirs_ops.items() if pattern.search(op.path)}
        left_out.append(f"{before - len(ours_ops) - len(theirs_ops)} left out by --path-filter")
    if options.ours_scope:
        roots = _scope_roots(ours_ops.values())
        before = len(theirs_ops)
        theirs_ops = {k: op for k, op in theirs_ops.items() if k in ours_ops or _in_scope(op.key, roots)}
        left_out.append(f"{before - len(theirs_ops)} of theirs out of the scope of ours")
    if options.theirs_scope:
        before = len(ours_ops)
        ours_ops = {k: op for k, op in ours_ops.items() if k in theirs_ops}
        left_out.append(f"{before - len(ours_ops)} of ours that theirs lacks")
    return ours_ops, theirs_ops, left_out


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _notes(side: str, api: Api) -> list[str]:
    notes = [f"{side}: {message} ({_plural(count, 'operation')})" for message, count in sorted(api.notes.items())]
    notes += [f"{side}: unresolved $ref {ref} (compared as any)" for ref in sorted(api.document.unresolved)]
    return notes


def diff_apis(ours: Api, theirs: Api, options: Options) -> Report:
    pair = Pair(ours.document, theirs.document, {} if options.collapse_schemas else None)
    ours_ops, theirs_ops, left_out = _filter_operations(ours, theirs, options)
    reports: list[OperationReport] = []
    matched: list[tuple[Operation, Operation]] = []
    for key in sorted(ours_ops.keys() | theirs_ops.keys(), key=lambda k: (k[1], _method_rank(k[0]))):
        o, t = ours_ops.get(key), theirs_ops.get(key)
        if o is not None and t is not None:
            matched.append((o, t))
            diffs = compare_operation(o, t, pair, options)
            reports.append(OperationReport(o.method, o.path, "matched", o.raw_path, t.raw_path, diffs))
        elif o is not None:
            reports.append(OperationReport(o.method, o.path, "only_in_ours", o.raw_path, None))
        elif t is not None:
            reports.append(OperationReport(t.method, t.path, "only_in_theirs", None, t.raw_path))
    security = () if options.only_operations else tuple(security_differences(ours, theirs, matched))
    return Report(
        ours=f"{ours.document.label} ({ours.document.flavour})",
        theirs=f"{theirs.document.label} ({theirs.document.flavour})",
        notes=tuple(_notes("ours", ours) + _notes("theirs", theirs)),
        operations=tuple(reports),
        security=security,
        left_out=tuple(left_out),
        schemas=tuple(sorted(d for found in (pair.collapsed or {}).values() for d in found or ())),
    )


def path_rules(options: Options, auth_headers: frozenset[str], *, ours: bool) -> PathRules:
    return PathRules(
        server_vars=options.server_vars,
        use_defaults=options.use_defaults,
        use_servers=options.use_servers,
        prefix_map=options.prefix_map if ours else (),
        auth_headers=frozenset() if options.compare_auth_headers else auth_headers,
    )


def diff_documents(ours: Document, theirs: Document, options: Options | None = None) -> Report:
    options = options or Options()
    auth_headers = auth_header_names(ours) | auth_header_names(theirs)
    ours_api = build_api(ours, path_rules(options, auth_headers, ours=True))
    theirs_api = build_api(theirs, path_rules(options, auth_headers, ours=False))
    return diff_apis(ours_api, theirs_api, options)


def diff_sources(
    ours: str, theirs: str, options: Options | None = None, *, transport: httpx.BaseTransport | None = None
) -> Report:
    """Load both documents (paths or URLs) and compare them; SpecError when one cannot be used."""
    return diff_documents(load_document(ours, transport=transport), load_document(theirs, transport=transport), options)


# Rendering -----------------------------------------------------------------------------------------------------------


def render_text(report: Report) -> str:
    lines = [f"ours:   {report.ours}", f"theirs: {report.theirs}", LEGEND]
    if report.notes:
        lines += ["notes:", *(f"  * {note}" for note in report.notes)]
    for status, marker, heading in (("only_in_theirs", "-", "only in theirs"), ("only_in_ours", "+", "only in ours")):
        titles = [op.title for op in report.operations if op.status == status]
        if titles:
            lines += ["", f"{heading} ({_plural(len(titles), 'operation')}):", *(f"  {marker} {t}" for t in titles)]
    for op in report.operations:
        if op.differences:
            lines += ["", op.title, *(f"  {d.line()}" for d in op.differences)]
    if report.schemas:
        lines += ["", "schemas:", *(f"  {d.line()}" for d in report.schemas)]
    if report.security:
        lines += ["", "security:", *(f"  {d.line()}" for d in report.security)]
    lines.append("")
    if report.equivalent:
        lines.append("no differences")
    lines.append(report.summary())
    return "\n".join(lines)


def render_json(report: Report) -> str:
    return json.dumps(report.as_json(), indent=2, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------------------------
# Command line


def _assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def _prefix_pair(text: str) -> tuple[str, str]:
    ours, sep, theirs = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected OURS_PREFIX=THEIRS_PREFIX, got {text!r}")
    return ours, theirs


def _regex(text: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as exc:
        raise argparse.ArgumentTypeError(f"invalid regular expression {text!r}: {exc}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spec_diff.py",
        description="Compare two OpenAPI documents (files or URLs) operation by operation. "
        "Exit 0: equivalent, 1: different, 2: usage error or unreadable document.",
    )
    parser.add_argument("ours", metavar="OURS", help="our document: a YAML/JSON file or an http(s) URL")
    parser.add_argument("theirs", metavar="THEIRS", help="the reference document: a YAML/JSON file or an http(s) URL")
    parser.add_argument("--json", action="store_true", help="print a machine-readable JSON report")
    parser.add_argument(
        "--only-operations", action="store_true", help="compare only which operations exist (and trailing slashes)"
    )
    parser.add_argument(
        "--only-in-ours-scope",
        action="store_true",
        help="leave out operations of THEIRS whose path is not under the path (up to its first parameter) of an "
        "operation of OURS",
    )
    parser.add_argument(
        "--only-theirs-operations",
        action="store_true",
        help="leave out operations of OURS that THEIRS lacks (to hold one part of a larger document against "
        "its own reference)",
    )
    parser.add_argument(
        "--path-filter", type=_regex, metavar="REGEX", help="compare only operations whose path matches REGEX"
    )
    parser.add_argument(
        "--path-prefix-map",
        type=_prefix_pair,
        action="append",
        default=[],
        metavar="OURS_PREFIX=THEIRS_PREFIX",
        help="rewrite a path prefix of OURS before matching (repeatable; the longest match wins)",
    )
    parser.add_argument(
        "--server-var",
        type=_assignment,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="replace {NAME} in path templates and server URLs of both documents (repeatable)",
    )
    parser.add_argument(
        "--no-default-substitution",
        action="store_true",
        help="do not replace path parameters that declare a default (e.g. {version}) by that default",
    )
    parser.add_argument(
        "--ignore-servers", action="store_true", help="do not prefix paths with the path part of the servers"
    )
    parser.add_argument(
        "--compare-auth-headers",
        action="store_true",
        help="compare header parameters that carry credentials like any other parameter",
    )
    parser.add_argument("--compare-ids", action="store_true", help="report operationId differences")
    parser.add_argument(
        "--collapse-schemas",
        action="store_true",
        help="report the differences inside a named ($ref) schema nested in a body once, under 'schemas', "
        "and only point at them from the operations",
    )
    return parser


def options_from_args(args: argparse.Namespace) -> Options:
    return Options(
        server_vars=dict(args.server_var),
        prefix_map=tuple(args.path_prefix_map),
        use_defaults=not args.no_default_substitution,
        use_servers=not args.ignore_servers,
        compare_auth_headers=args.compare_auth_headers,
        compare_ids=args.compare_ids,
        only_operations=args.only_operations,
        collapse_schemas=args.collapse_schemas,
        ours_scope=args.only_in_ours_scope,
        theirs_scope=args.only_theirs_operations,
        path_filter=args.path_filter,
    )


def main(argv: Sequence[str] | None = None, *, transport: httpx.BaseTransport | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        report = diff_sources(args.ours, args.theirs, options_from_args(args), transport=transport)
    except SpecError as exc:
        print(f"spec_diff.py: error: {exc}", file=sys.stderr)
        return 2
    print(render_json(report) if args.json else render_text(report))
    return 0 if report.equivalent else 1


if __name__ == "__main__":
    sys.exit(main())
