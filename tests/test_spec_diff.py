"""scripts/spec_diff.py: operation matching, schema comparison, output, exit codes, URL loading (mocked)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml  # type: ignore[import-untyped,unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_diff.py"
FIXTURES = ROOT / "tests" / "fixtures" / "spec_diff"
OURS = str(FIXTURES / "ours.yaml")
EQUIVALENT = str(FIXTURES / "theirs_equivalent.json")
CHANGED = str(FIXTURES / "theirs_changed.yaml")
SWAGGER2 = str(FIXTURES / "theirs_swagger2.yaml")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_diff", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_diff"] = module
    spec.loader.exec_module(module)
    return module


sd = load_script()

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """main(argv) -> (exit status, stdout, stderr)."""

    def runner(*argv: str, transport: httpx.BaseTransport | None = None) -> tuple[int, str, str]:
        status = sd.main(list(argv), transport=transport)
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return runner


def block(output: str, title: str) -> list[str]:
    """The lines printed under an operation title, up to the next blank line."""
    lines = output.splitlines()
    start = lines.index(title) + 1
    end = lines.index("", start) if "" in lines[start:] else len(lines)
    return lines[start:end]


def write(tmp_path: Path, name: str, document: dict[str, Any]) -> str:
    path = tmp_path / name
    text = json.dumps(document) if name.endswith(".json") else yaml.safe_dump(document, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def api(paths: dict[str, Any], *, version: str = "3.1.0", **top: Any) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "test", "version": "1"}, "paths": paths, **top}


def operation(*parameters: dict[str, Any], schema: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "OK"}
    if schema is not None:
        response["content"] = {"application/json": {"schema": schema}}
    return {"parameters": list(parameters), "responses": {"200": response}}


def path_param(name: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string", **schema}}


# ---------------------------------------------------------------------------------------------------------------------
# Whole documents (fixtures)


def test_identical_documents_have_no_differences(run: Run) -> None:
    status, out, _ = run(OURS, OURS)
    assert status == 0
    assert out.splitlines()[-2:] == [
        "no differences",
        "operations: 6 matched, 0 only in ours, 0 only in theirs; 0 with differences",
    ]


def test_same_api_written_differently_is_equivalent(run: Run) -> None:
    """YAML 3.1 vs JSON 3.0: renamed path parameters, /v{version}, :id, both nullable forms, allOf vs flat."""
    status, out, _ = run(OURS, EQUIVALENT)
    assert status == 0, out
    assert "no differences" in out.splitlines()
    assert '  * theirs: "{version}" replaced by "1" (the default of the path parameter) (6 operations)' in out
    assert '  * theirs: header parameter "X-API-KEY" taken as authentication, not compared (2 operations)' in out


def test_swagger2_document_is_compared_like_openapi3(run: Run) -> None:
    status, out, _ = run(OURS, SWAGGER2)
    assert status == 0, out
    assert f"theirs: {SWAGGER2} (Swagger 2.0)" in out.splitlines()
    assert '  * theirs: server base path "/v1" prefixed to the paths (6 operations)' in out
    assert "no differences" in out


def test_differences_per_operation(run: Run) -> None:
    status, out, _ = run(OURS, CHANGED)
    assert status == 1
    assert block(out, "GET /v1/widgets") == [
        '  - missing in ours: query parameter "expand[]"',
        '  ~ query parameter "limit": type integer vs string',
        '  ~ query parameter "status": enum values only in ours: "archived"',
        '  ~ query parameter "status": enum values only in theirs: "deleted"',
        '  ~ response 200 field "data[].id": type string vs integer',
        '  ~ response 200 field "data[].name": required vs optional',
        '  + only in ours: response 200 field "data[].owner.email"',
        '  - missing in ours: response 200 field "data[].owner.phone"',
        '  ~ response 200 field "data[].status": enum values only in ours: "archived"',
        '  ~ response 200 field "data[].status": enum values only in theirs: "deleted"',
        '  + only in ours: response 200 field "total"',
    ]
    assert block(out, "POST /v1/widgets")[:3] == [
        '  + only in ours: request body field "color"',
        '  - missing in ours: request body field "shape"',
        '  ~ request body field "size": type integer vs string',
    ]
    assert block(out, "GET /v1/widgets/{widget_id}")[-1] == "  + only in ours: response 404"
    assert block(out, "GET /v1/widgets/{widget_id}/parts") == [
        '  ~ path: "/v1/widgets/{widget_id}/parts" vs "/v1/widgets/{id}/parts/" (trailing slash)',
        '  + only in ours: response 200 field "[].widget"',
    ]
    assert "DELETE /v1/widgets/{widget_id}" not in out  # matched, no differences


def test_operations_missing_in_each_direction(run: Run) -> None:
    _, out, _ = run(OURS, CHANGED)
    assert block(out, "only in theirs (1 operation):") == ["  - GET /v1/sprockets"]
    assert block(out, "only in ours (1 operation):") == ["  + GET /v1/gadgets"]
    assert out.splitlines()[-1] == "operations: 5 matched, 1 only in ours, 1 only in theirs; 4 with differences"


def test_security_is_summarised_once(run: Run) -> None:
    _, out, _ = run(OURS, CHANGED)
    assert block(out, "security:") == [
        "  - missing in ours: security scheme http bearer",
        '  ~ security requirement: [apiKey in header "x-api-key"] vs [apiKey in header "x-api-key"] or '
        "[http bearer] (5 of 5 operations, e.g. GET /v1/widgets)",
    ]
    assert out.count("security scheme") == 1


def test_output_is_deterministic(run: Run) -> None:
    assert run(OURS, CHANGED) == run(OURS, CHANGED)


def test_json_report(run: Run) -> None:
    status, out, _ = run(OURS, CHANGED, "--json")
    assert status == 1
    report = json.loads(out)
    assert set(report) == {"ours", "theirs", "equivalent", "notes", "operations", "security", "schemas", "summary"}
    assert report["equivalent"] is False
    assert report["summary"] == {
        "matched": 5,
        "only_in_ours": 1,
        "only_in_theirs": 1,
        "with_differences": 4,
        "left_out": [],
    }
    by_title = {f"{op['method']} {op['path']}": op for op in report["operations"]}
    assert by_title["GET /v1/sprockets"]["status"] == "only_in_theirs"
    assert by_title["GET /v1/gadgets"]["status"] == "only_in_ours"
    get_widget = by_title["GET /v1/widgets/{widget_id}"]
    assert get_widget["ours_path"] == "/v1/widgets/{widget_id}"
    assert get_widget["theirs_path"] == "/v{version}/widgets/{id}"
    assert {
        "kind": "extra",
        "subject": "response 404",
        "detail": "",
        "line": "+ only in ours: response 404",
    } in get_widget["differences"]
    assert {
        "kind": "changed",
        "subject": 'response 200 field "id"',
        "detail": "type string vs integer",
        "line": '~ response 200 field "id": type string vs integer',
    } in get_widget["differences"]
    assert by_title["DELETE /v1/widgets/{widget_id}"]["differences"] == []


def test_json_report_of_equivalent_documents(run: Run) -> None:
    status, out, _ = run(OURS, EQUIVALENT, "--json")
    assert status == 0
    report = json.loads(out)
    assert report["equivalent"] is True
    assert all(op["status"] == "matched" and not op["differences"] for op in report["operations"])


def test_only_operations(run: Run) -> None:
    status, out, _ = run(OURS, CHANGED, "--only-operations")
    assert status == 1
    assert "  - GET /v1/sprockets" in out
    assert "query parameter" not in out
    assert "response 200 field" not in out
    assert "security:" not in out
    assert block(out, "GET /v1/widgets/{widget_id}/parts") == [
        '  ~ path: "/v1/widgets/{widget_id}/parts" vs "/v1/widgets/{id}/parts/" (trailing slash)'
    ]
    assert run(OURS, EQUIVALENT, "--only-operations")[0] == 0


def test_compare_ids(run: Run) -> None:
    assert run(OURS, EQUIVALENT)[0] == 0
    status, out, _ = run(OURS, EQUIVALENT, "--compare-ids")
    assert status == 1
    assert block(out, "GET /v1/widgets") == ["  ~ operationId: listWidgets vs getWidgets"]
    assert block(out, "GET /v1/widgets/{widget_id}") == ["  ~ operationId: getWidget vs none"]


def test_collapse_schemas(run: Run) -> None:
    status, out, _ = run(OURS, CHANGED, "--collapse-schemas")
    assert status == 1
    assert '  ~ response 200 field "data[]": differences inside schema Widget, listed under "schemas"' in block(
        out, "GET /v1/widgets"
    )
    schemas = block(out, "schemas:")
    assert '  ~ schema Widget field "id": type string vs integer' in schemas
    assert '  ~ schema Widget field "owner": differences inside schema Owner, listed under "schemas"' in schemas
    assert '  + only in ours: schema Owner field "email"' in schemas
    assert '  - missing in ours: schema Owner field "phone"' in schemas


def test_runs_as_a_script() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), OURS, CHANGED, "--only-operations"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "  - GET /v1/sprockets" in result.stdout


# ---------------------------------------------------------------------------------------------------------------------
# Matching operations


@pytest.mark.parametrize(
    ("path", "key", "trailing"),
    [
        ("/a/{id}", "/a/{}", False),
        ("/a/{resourceId}/", "/a/{}", True),
        ("/a//b/", "/a/b", True),
        ("/", "/", False),
        ("a/{x}/b", "/a/{}/b", False),
    ],
)
def test_normalise_path(path: str, key: str, trailing: bool) -> None:
    assert sd.normalise_path(path) == (key, trailing)


def test_express_parameters() -> None:
    assert sd.express_to_braces("/a/:id/b/:sub_id") == "/a/{id}/b/{sub_id}"
    assert sd.express_to_braces("/v1/jobs/{id}:cancel") == "/v1/jobs/{id}:cancel"


def test_prefix_map_uses_the_longest_prefix_at_a_segment_boundary() -> None:
    mapping = [("/v1", "/api/v1"), ("/v1/admin", "/admin")]
    assert sd.apply_prefix_map("/v1/widgets", mapping) == "/api/v1/widgets"
    assert sd.apply_prefix_map("/v1/admin/users", mapping) == "/admin/users"
    assert sd.apply_prefix_map("/v10/widgets", mapping) == "/v10/widgets"
    assert sd.apply_prefix_map("/widgets", [("/", "/api")]) == "/api/widgets"


def test_substitute_variables() -> None:
    path, done = sd.substitute_variables("/v{version}/{tenant}/x/{id}", {"tenant": "acme"}, {"version": "2"})
    assert path == "/v2/acme/x/{id}"
    assert set(done) == {"version", "tenant"}


@pytest.mark.parametrize(
    ("servers", "expected"),
    [
        ([{"url": "https://api.test"}], ("", None)),
        ([{"url": "https://api.test/api/v2/"}, {"url": "https://sandbox.test/api/v2"}], ("/api/v2", None)),
        ([{"url": "/api/v2"}], ("/api/v2", None)),
        (
            [
                {
                    "url": "https://{tenant}.test/{base}",
                    "variables": {"tenant": {"default": "x"}, "base": {"default": "v3"}},
                }
            ],
            ("/v3", None),
        ),
    ],
)
def test_server_base(servers: list[dict[str, Any]], expected: tuple[str, str | None]) -> None:
    assert sd.server_base(servers, {}) == expected


def test_server_base_is_only_applied_when_trivial() -> None:
    base, problem = sd.server_base([{"url": "https://a.test/v1"}, {"url": "https://b.test/v2"}], {})
    assert base == ""
    assert problem == "servers disagree on the base path (/v1, /v2); paths compared as written"


def test_renamed_path_parameter_is_no_difference(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/a/{id}": {"get": operation(path_param("id"))}}))
    theirs = write(tmp_path, "theirs.yaml", api({"/a/{resourceId}": {"get": operation(path_param("resourceId"))}}))
    assert run(ours, theirs)[0] == 0


def test_path_parameters_are_compared_by_position(tmp_path: Path, run: Run) -> None:
    ours = write(
        tmp_path,
        "ours.yaml",
        api({"/a/{x}/b/{y}": {"get": operation(path_param("x"), path_param("y", format="uuid"))}}),
    )
    theirs = write(tmp_path, "theirs.yaml", api({"/a/{p}/b/{q}": {"get": operation(path_param("p"), path_param("q"))}}))
    status, out, _ = run(ours, theirs)
    assert status == 1
    assert block(out, "GET /a/{x}/b/{y}") == ['  ~ path parameter "y": format uuid vs none']


def test_express_path_matches_braces(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/users/{user_id}": {"get": operation(path_param("user_id"))}}))
    theirs = write(tmp_path, "theirs.yaml", api({"/users/:id": {"get": operation(path_param("id"))}}))
    status, out, _ = run(ours, theirs)
    assert status == 0, out


def test_version_template_without_default_needs_server_var(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/v1/x": {"get": operation()}}))
    theirs = write(tmp_path, "theirs.yaml", api({"/v{version}/x": {"get": operation(path_param("version"))}}))
    status, out, _ = run(ours, theirs)
    assert status == 1
    assert "  - GET /v{version}/x" in out
    assert "  + GET /v1/x" in out
    status, out, _ = run(ours, theirs, "--server-var", "version=1")
    assert status == 0, out
    assert '  * theirs: "{version}" replaced by "1" (--server-var) (1 operation)' in out


def test_default_substitution_can_be_turned_off(run: Run) -> None:
    status, out, _ = run(OURS, EQUIVALENT, "--no-default-substitution")
    assert status == 1
    assert "  - GET /v{version}/widgets" in out


def test_trailing_slash_is_reported_but_matches(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/a": {"get": operation()}}))
    theirs = write(tmp_path, "theirs.yaml", api({"/a/": {"get": operation()}}))
    status, out, _ = run(ours, theirs)
    assert status == 1
    assert block(out, "GET /a") == ['  ~ path: "/a" vs "/a/" (trailing slash)']
    assert out.splitlines()[-1].startswith("operations: 1 matched, 0 only in ours, 0 only in theirs")


def test_path_prefix_map(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/v1/widgets": {"get": operation()}}))
    theirs = write(tmp_path, "theirs.yaml", api({"/api/v1/widgets": {"get": operation()}}))
    assert run(ours, theirs)[0] == 1
    status, out, _ = run(ours, theirs, "--path-prefix-map", "/v1=/api/v1")
    assert status == 0, out
    assert "GET /api/v1/widgets" not in out  # matched, no differences to list


def test_server_paths_are_prefixed(tmp_path: Path, run: Run) -> None:
    """Like specs/mindz.yaml: a base path in `servers`, overridden per path item; theirs has full paths."""
    public = {
        "servers": [{"url": "https://{tenant}.example.test/api/public/v1", "variables": {"tenant": {"default": "t"}}}]
    }
    ours = write(
        tmp_path,
        "ours.yaml",
        api(
            {"/courses/": {"get": operation()}, "/contact/": {**public, "post": operation()}},
            servers=[{"url": "https://{tenant}.example.test/api/v2", "variables": {"tenant": {"default": "t"}}}],
        ),
    )
    theirs = write(
        tmp_path,
        "theirs.json",
        api(
            {"/api/v2/courses/": {"get": operation()}, "/api/public/v1/contact/": {"post": operation()}},
            version="3.0.3",
        ),
    )
    status, out, _ = run(ours, theirs)
    assert status == 0, out
    assert '  * ours: server base path "/api/v2" prefixed to the paths (1 operation)' in out
    assert '  * ours: server base path "/api/public/v1" prefixed to the paths (1 operation)' in out
    assert run(ours, theirs, "--ignore-servers")[0] == 1


def test_only_in_ours_scope_and_path_filter(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/v1/invoices/{id}": {"get": operation(path_param("id"))}}))
    theirs = write(
        tmp_path,
        "theirs.yaml",
        api(
            {
                "/v1/invoices/{id}": {"get": operation(path_param("id"))},
                "/v1/invoices/{id}/pdf": {"get": operation(path_param("id"))},
                "/v1/invoices-archive": {"get": operation()},
                "/v1/payments": {"get": operation()},
            }
        ),
    )
    status, out, _ = run(ours, theirs, "--only-in-ours-scope")
    assert status == 1
    assert block(out, "only in theirs (1 operation):") == ["  - GET /v1/invoices/{id}/pdf"]
    assert out.splitlines()[-1] == (
        "operations: 1 matched, 0 only in ours, 1 only in theirs; 0 with differences; "
        "2 of theirs out of the scope of ours"
    )
    status, out, _ = run(ours, theirs, "--path-filter", r"^/v1/invoices/\{[^}]*\}$")
    assert status == 0, out
    assert out.splitlines()[-1].endswith("; 3 left out by --path-filter")


def test_only_theirs_operations_holds_one_part_of_a_merged_document(tmp_path: Path, run: Run) -> None:
    ours = write(
        tmp_path,
        "ours.yaml",
        api(
            {
                "/v1/events": {"get": operation(), "post": operation()},
                "/v1/customers": {"get": operation()},
            }
        ),
    )
    theirs = write(
        tmp_path, "theirs.yaml", api({"/v1/events": {"get": operation()}, "/v1/alerts": {"get": operation()}})
    )
    status, out, _ = run(ours, theirs, "--only-theirs-operations")
    assert status == 1
    assert block(out, "only in theirs (1 operation):") == ["  - GET /v1/alerts"]
    assert "only in ours (" not in out
    assert out.splitlines()[-1] == (
        "operations: 1 matched, 0 only in ours, 1 only in theirs; 0 with differences; 2 of ours that theirs lacks"
    )


def test_auth_headers_can_be_compared(run: Run) -> None:
    status, out, _ = run(OURS, EQUIVALENT, "--compare-auth-headers")
    assert status == 1
    assert block(out, "GET /v1/widgets") == ['  - missing in ours: header parameter "X-API-KEY"']


# ---------------------------------------------------------------------------------------------------------------------
# Schemas


def documents(ours_schemas: dict[str, Any] | None = None, theirs_schemas: dict[str, Any] | None = None) -> Any:
    ours = sd.Document("ours", {"components": {"schemas": ours_schemas or {}}}, "3.1.0")
    theirs = sd.Document("theirs", {"components": {"schemas": theirs_schemas or {}}}, "3.0.3")
    return sd.Pair(ours, theirs)


def schema_lines(ours: Any, theirs: Any, pair: Any = None) -> list[str]:
    found = sd.compare_schemas(ours, theirs, sd.Site(0, "body"), pair or documents())
    return sorted(d.line() for d in found)


NULLABLE_STRINGS = [
    {"type": ["string", "null"]},
    {"type": "string", "nullable": True},
    {"type": "string", "x-nullable": True},
    {"oneOf": [{"type": "string"}, {"type": "null"}]},
    {"anyOf": [{"type": "null"}, {"type": "string"}]},
    {"type": ["string", "null"], "enum": ["a", None]},
]


@pytest.mark.parametrize("ours", NULLABLE_STRINGS)
@pytest.mark.parametrize("theirs", NULLABLE_STRINGS[:5])
def test_nullable_forms_are_equivalent(ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    if "enum" in ours:
        theirs = {**theirs, "enum": ["a"]}
    assert schema_lines(ours, theirs) == []


def test_nullable_ref_forms_are_equivalent() -> None:
    pair = documents({"Owner": {"type": "object"}}, {"Owner": {"type": "object"}})
    ours = {"oneOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}
    theirs = {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": True}
    assert schema_lines(ours, theirs, pair) == []
    assert schema_lines(ours, {"$ref": "#/components/schemas/Owner"}, pair) == ["~ body: nullable vs not nullable"]


def test_type_format_and_enum_differences() -> None:
    assert schema_lines({"type": "integer"}, {"type": "number"}) == ["~ body: type integer vs number"]
    assert schema_lines({"type": "string", "format": "date"}, {"type": "string"}) == ["~ body: format date vs none"]
    assert schema_lines({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["b", "c"]}) == [
        '~ body: enum values only in ours: "a"',
        '~ body: enum values only in theirs: "c"',
    ]
    assert schema_lines({"type": "string", "enum": ["a"]}, {"type": "string"}) == ['~ body: enum ["a"] vs no enum']
    assert schema_lines({"const": "x"}, {"enum": ["x"]}) == []


def test_allof_and_refs_are_merged_recursively() -> None:
    pair = documents(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
            "Money": {"type": "object", "properties": {"amount": {"type": "integer"}}},
            "Invoice": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"properties": {"total": {"$ref": "#/components/schemas/Money"}}},
                ]
            },
        },
        {"Amount": {"type": "object", "properties": {"amount": {"type": "string"}, "currency": {"type": "string"}}}},
    )
    theirs = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "total": {"$ref": "#/components/schemas/Amount"}},
    }
    assert schema_lines({"$ref": "#/components/schemas/Invoice"}, theirs, pair) == [
        '- missing in ours: body field "total.currency"',
        '~ body field "total.amount": type integer vs string',
    ]


def test_required_and_free_form_objects() -> None:
    ours = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    theirs = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert schema_lines(ours, theirs) == ['~ body field "a": required vs optional']
    assert schema_lines(ours, {"type": "object"}) == ["~ body: object with 1 property vs free-form object"]


def test_one_of_objects_are_flattened() -> None:
    ours = {
        "oneOf": [
            {
                "type": "object",
                "properties": {"kind": {"type": "string"}, "pix": {"type": "string"}},
                "required": ["kind"],
            },
            {
                "type": "object",
                "properties": {"kind": {"type": "string"}, "card": {"type": "string"}},
                "required": ["kind"],
            },
        ]
    }
    theirs = {"type": "object", "properties": {"kind": {"type": "string"}, "pix": {"type": "string"}}}
    assert schema_lines(ours, theirs) == [
        '+ only in ours: body field "card"',
        '~ body field "kind": required vs optional',
    ]


def test_array_items_and_additional_properties() -> None:
    ours = {"type": "array", "items": {"type": "object", "additionalProperties": {"type": "integer"}}}
    theirs = {"type": "array", "items": {"type": "object", "additionalProperties": {"type": "string"}}}
    assert schema_lines(ours, theirs) == ['~ body field "[].*": type integer vs string']


def test_recursive_schemas_end() -> None:
    ours_schemas = {
        "Node": {
            "type": "object",
            "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "edge": {"$ref": "#/components/schemas/Edge"},
                "size": {"type": "integer"},
            },
        },
        "Edge": {"type": "object", "properties": {"to": {"$ref": "#/components/schemas/Node"}}},
        "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}, {"type": "object"}]},
    }
    theirs_schemas = {
        "Tree": {
            "type": "object",
            "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                "edge": {
                    "type": "object",
                    "properties": {"to": {"$ref": "#/components/schemas/Tree"}, "weight": {"type": "number"}},
                },
                "size": {"type": "string"},
            },
        },
        "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]},
    }
    pair = documents(ours_schemas, theirs_schemas)
    assert schema_lines({"$ref": "#/components/schemas/Node"}, {"$ref": "#/components/schemas/Tree"}, pair) == [
        '- missing in ours: body field "edge.weight"',
        '~ body field "size": type integer vs string',
    ]  # edge.to is Node vs Tree again: compared once, at the top
    assert schema_lines({"$ref": "#/components/schemas/Loop"}, {"$ref": "#/components/schemas/Loop"}, pair) == [
        "~ body: type object vs any"
    ]


def test_recursive_yaml_alias_ends(tmp_path: Path, run: Run) -> None:
    text = """
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: &node
                type: object
                properties:
                  next: *node
                  size: {type: integer}
"""
    theirs = tmp_path / "theirs.yaml"
    theirs.write_text(text, encoding="utf-8")
    ours = write(tmp_path, "ours.yaml", api({"/a": {"get": operation(schema={"type": "object"})}}))
    status, out, _ = run(ours, str(theirs))
    assert status == 1
    assert block(out, "GET /a") == ["  ~ response 200: free-form object vs object with 2 properties"]
    assert run(str(theirs), str(theirs))[0] == 0


def test_unresolved_references_are_noted(tmp_path: Path, run: Run) -> None:
    ours = write(tmp_path, "ours.yaml", api({"/a": {"get": operation(schema={"$ref": "other.yaml#/X"})}}))
    status, out, _ = run(ours, ours)
    assert status == 0
    assert "  * ours: unresolved $ref other.yaml#/X (compared as any)" in out


def test_request_body_and_response_media_types(tmp_path: Path, run: Run) -> None:
    def document(media: str, required: bool, status: str) -> dict[str, Any]:
        body = {"required": required, "content": {media: {"schema": {"type": "object"}}}}
        return api({"/a": {"post": {"requestBody": body, "responses": {status: {"description": "OK"}}}}})

    ours = write(tmp_path, "ours.yaml", document("application/json", True, "201"))
    theirs = write(tmp_path, "theirs.yaml", document("multipart/form-data", False, "200"))
    _, out, _ = run(ours, theirs)
    assert block(out, "POST /a") == [
        "  ~ request body: required vs optional",
        '  + only in ours: request body content type "application/json"',
        '  - missing in ours: request body content type "multipart/form-data"',
        "  - missing in ours: response 200",
        "  + only in ours: response 201",
    ]


# ---------------------------------------------------------------------------------------------------------------------
# Reading documents, errors and exit codes


def test_missing_file_exits_2(run: Run, tmp_path: Path) -> None:
    status, out, err = run(OURS, str(tmp_path / "nope.yaml"))
    assert status == 2
    assert out == ""
    assert err.strip() == f"spec_diff.py: error: {tmp_path / 'nope.yaml'}: no such file"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("openapi: 3.1.0\npaths: [unclosed\n", "neither JSON nor YAML"),
        ("- just\n- a list\n", "its top level is not a mapping"),
        ("title: not a spec\n", "no 'openapi' or 'swagger' field"),
        ('swaggerVersion: "1.2"\napis: []\n', "Swagger 1.x is not supported"),
        ("openapi: 4.0.0\npaths: {}\n", "OpenAPI 4.0.0 is not supported"),
        ("<!DOCTYPE html><html><body>Swagger UI</body></html>", "got an HTML/XML page"),
    ],
)
def test_unusable_documents_exit_2(run: Run, tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    status, _, err = run(OURS, str(bad))
    assert status == 2
    assert message in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        [OURS],
        [OURS, OURS, "--server-var", "version"],
        [OURS, OURS, "--path-prefix-map", "/v1"],
        [OURS, OURS, "--path-filter", "(unclosed"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        sd.main(argv)
    assert exited.value.code == 2
    assert "usage: spec_diff.py" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------------------------
# URLs (httpx.MockTransport: no network)

SECRET_URL = "https://maint:s3cr3t-pass@tenant.example.test/api/v2/doc/?format=openapi&token=tok-123456"
SHOWN_URL = "https://tenant.example.test/api/v2/doc/?<redacted>"


def test_redact_url() -> None:
    assert sd.redact_url(SECRET_URL) == SHOWN_URL
    assert sd.redact_url("https://example.test/spec.json") == "https://example.test/spec.json"


def test_url_is_fetched(run: Run) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text=Path(EQUIVALENT).read_text(encoding="utf-8"))

    status, out, _ = run(OURS, SECRET_URL, transport=httpx.MockTransport(handler))
    assert status == 0, out
    assert f"theirs: {SHOWN_URL} (OpenAPI 3.0.3)" in out
    assert "s3cr3t" not in out and "tok-123456" not in out and "maint" not in out
    (request,) = seen
    assert request.url.host == "tenant.example.test"
    assert request.url.params["format"] == "openapi"
    assert request.headers["authorization"].startswith("Basic ")  # httpx sends the URL's user info
    assert request.extensions["timeout"] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_json_report_hides_url_secrets(run: Run) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=Path(OURS).read_text(encoding="utf-8")))
    status, out, _ = run(SECRET_URL, OURS, "--json", transport=transport)
    assert status == 0
    assert json.loads(out)["ours"] == f"{SHOWN_URL} (OpenAPI 3.1.0)"
    assert "s3cr3t" not in out and "tok-123456" not in out


def test_url_http_error_exits_2_without_secrets(run: Run) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404))
    status, out, err = run(OURS, SECRET_URL, transport=transport)
    assert status == 2
    assert out == ""
    assert err.strip() == f"spec_diff.py: error: cannot fetch {SHOWN_URL}: HTTP 404 Not Found"


def test_url_transport_error_exits_2_without_secrets(run: Run) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {SECRET_URL}", request=request)

    status, _, err = run(OURS, SECRET_URL, transport=httpx.MockTransport(handler))
    assert status == 2
    assert f"cannot fetch {SHOWN_URL}: ConnectError" in err
    assert "s3cr3t" not in err and "tok-123456" not in err


def test_yaml_served_over_http() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=Path(OURS).read_text(encoding="utf-8")))
    text = sd.fetch_text("https://example.test/openapi.yaml", transport=transport)
    assert sd.parse_text(text, "x")["openapi"] == "3.1.0"
