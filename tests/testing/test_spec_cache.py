"""The fakes' spec checks: a quick check built once per operation, which openapi-core overrules.

The quick check (`payclients.testing._quickcheck`) may only ever be stricter than openapi-core: when it
passes a message, openapi-core must pass it too. These tests hold it to that over every operation of
every spec, and check that valid traffic never needs openapi-core at all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
from fastjsonschema import JsonSchemaValueException
from jsonschema import FormatChecker

from payclients import Solvimon
from payclients.testing import FakeSolvimon, SpecViolation
from payclients.testing import _quickcheck as quickcheck
from payclients.testing._compiled import _compile, _CompiledWhenHot
from payclients.testing._spec import NEUTRAL_SERVER, _openapi, _quick, load_spec

PACKAGES = ("payclients_solvimon", "payclients_woovi", "payclients_mindz")
METHODS = ("get", "put", "post", "delete", "patch")


def test_each_operation_is_built_once_on_its_first_call(monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _quick("payclients_solvimon")
    monkeypatch.setattr(checks, "_operations", {})
    monkeypatch.setattr(checks, "_matches", {})
    built: list[tuple[str, str]] = []
    real = quickcheck._Operation.__init__

    def counting(self: Any, schemas: Any, path: str, method: str) -> None:
        built.append((method, path))
        real(self, schemas, path, method)

    monkeypatch.setattr(quickcheck._Operation, "__init__", counting)
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    for invoice in fake.invoice_ids[:3] * 2:
        client.get_invoice(invoice)
    assert built == [("get", "/v1/invoices/{resourceId}")]


def test_the_demo_of_every_fake_is_checked_without_openapi_core() -> None:
    program = """
import sys
from payclients._cli._demo import demo_command
from payclients.testing._spec import _quick
demo_command.main([], standalone_mode=False)
print([len(_quick(f"payclients_{name}")._matches) for name in ("solvimon", "woovi", "mindz")])
print(sorted(name for name in sys.modules if name.startswith("openapi_core")))
"""
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    *_, checked, openapi_core = done.stdout.strip().splitlines()
    assert all(count > 0 for count in json.loads(checked)), checked  # each fake's calls were checked
    assert openapi_core == "[]"


def test_a_remembered_operation_still_catches_a_bad_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    client.get_invoice(fake.invoice_ids[0])
    monkeypatch.setattr(FakeSolvimon, "get_invoice", lambda self, call: self.respond(200, {"status": 7}))
    with pytest.raises(SpecViolation, match="answer"):
        client.get_invoice(fake.invoice_ids[0])


def test_a_remembered_path_still_checks_each_request() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    list(client.list_invoices(page_size=5, max_items=1))
    with pytest.raises(SpecViolation, match="minimum of 1"):
        client.invoices.list_invoices(limit=0).first_page()  # a pager sends on first read


def test_a_schema_in_steady_use_is_compiled_and_still_catches_a_bad_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_CompiledWhenHot, "COMPILE_AFTER_SECONDS", 0.0)
    checks = _quick("payclients_solvimon")
    monkeypatch.setattr(checks, "_operations", {})
    monkeypatch.setattr(checks, "_matches", {})
    compiled: list[Any] = []
    real = quickcheck._Schemas.validator

    def keeping(self: Any, pointer: str, schema: Any) -> Any:
        check = real(self, pointer, schema)
        compiled.append((pointer, check.__self__))
        return check

    monkeypatch.setattr(quickcheck._Schemas, "validator", keeping)
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    for _ in range(3):
        client.get_invoice(fake.invoice_ids[0])
    body = next(hot for pointer, hot in compiled if pointer.endswith("/200/content/application~1json/schema"))
    assert callable(body._compiled)
    monkeypatch.setattr(FakeSolvimon, "get_invoice", lambda self, call: self.respond(200, {"id": 7}))
    with pytest.raises(SpecViolation, match="answer"):
        client.get_invoice(fake.invoice_ids[0])


# -- never looser than openapi-core, over every operation of every spec ----------------------------------


def _operations(package: str) -> list[tuple[str, str, dict[str, Any]]]:
    spec = load_spec(package)
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _parameters(package: str, path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    spec = load_spec(package)
    found = []
    for parameter in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        found.append(_quick(package)._schemas.resolve(parameter))
    return found


def _requests(package: str, method: str, path: str, operation: dict[str, Any]) -> list[httpx.Request]:
    """Plausible and implausible calls of one operation: right and wrong types, missing parts, odd bodies."""
    parameters = _parameters(package, path, operation)
    found = []
    for text, body in (("1", {}), ("x", {"id": "x"}), ("true", b"not json")):
        url = path
        for parameter in parameters:
            if parameter["in"] == "path":
                url = url.replace("{" + parameter["name"] + "}", text)
        query = [(p["name"], text) for p in parameters if p["in"] == "query"]
        headers = {p["name"]: text for p in parameters if p["in"] == "header"}
        content = body if isinstance(body, bytes) else None if body is None else json.dumps(body).encode()
        if content is not None:
            headers["Content-Type"] = "application/json"
        found.append(
            httpx.Request(method.upper(), NEUTRAL_SERVER + url, params=query, headers=headers, content=content)
        )
    found.append(httpx.Request(method.upper(), NEUTRAL_SERVER + url, params=query[:1]))  # the rest missing
    return found


def _answers(operation: dict[str, Any]) -> list[httpx.Response]:
    found = []
    for status in operation.get("responses", {}):
        code = 500 if status == "default" else int(status.replace("XX", "00"))
        for body in ({}, [], {"id": "x", "data": []}, "text", None):
            if body is None:
                found.append(httpx.Response(code))
            else:
                found.append(httpx.Response(code, json=body))
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_the_quick_check_never_passes_what_openapi_core_refuses(package: str) -> None:
    checks, judge = _quick(package), _openapi(package)
    from payclients.testing._spec import _Request, _Response

    passed = 0
    for method, path, operation in _operations(package):
        requests = _requests(package, method, path, operation)
        for request in requests:
            if checks.request_passes(request, request.url.path):
                passed += 1
                judge.validate_request(_Request(request, request.url.path))  # raises if it disagrees
        for response in _answers(operation):  # an answer is judged by the operation alone
            if checks.response_passes(requests[0], requests[0].url.path, response):
                passed += 1
                judge.validate_response(_Request(requests[0], requests[0].url.path), _Response(response))
    assert passed > 100  # the comparison compared something


def test_an_unmodelled_operation_is_left_to_openapi_core() -> None:
    checks = _quick("payclients_mindz")
    multipart = [
        (method, path)
        for method, path, operation in _operations("payclients_mindz")
        if "multipart/form-data" in operation.get("requestBody", {}).get("content", {})
    ]
    assert multipart
    for method, path in multipart:
        assert checks._operation(path, method) is None


SPEC: dict[str, Any] = {"components": {"schemas": {"Id": {"type": "string", "format": "uuid"}}}}


@pytest.mark.parametrize(
    "schema",
    [
        {"enum": [1, 2]},
        {"$ref": "#/components/schemas/Id", "maxLength": 3},
        {"prefixItems": [{"type": "string"}]},
        {"items": [{"type": "string"}]},
        {"type": "object", "properties": {"a": {"$ref": "https://elsewhere.example/schema"}}},
    ],
)
def test_schemas_a_draft_7_check_would_read_differently_are_not_compiled(schema: dict[str, Any]) -> None:
    assert _compile(schema, SPEC, FormatChecker()) is None


def test_a_compiled_check_follows_refs_and_uses_the_format_checker() -> None:
    checker = FormatChecker()
    checker.checks("uuid")(lambda value: value.count("-") == 4)
    compiled = _compile({"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}}, SPEC, checker)
    compiled({"id": "a-b-c-d-e"})
    with pytest.raises(JsonSchemaValueException):
        compiled({"id": "not-a-uuid"})
    with pytest.raises(JsonSchemaValueException):
        compiled({"id": 5})


@pytest.mark.parametrize(
    ("value", "fits"),
    [(2**31 - 1, True), (2**31, False), (-(2**31), True), (-(2**31) - 1, False), (True, True), ("12", True)],
)
def test_int32_is_checked_as_openapi_core_checks_it(value: Any, fits: bool) -> None:
    from openapi_schema_validator import oas31_format_checker

    ours = quickcheck._validator_and_formats()[1]
    assert ours.conforms(value, "int32") is fits
    assert oas31_format_checker.conforms(value, "int32") is fits
    assert ours.conforms(value * 2**32 if value is not True and isinstance(value, int) else value, "int64") is fits


def test_a_schema_with_a_discriminator_is_left_to_openapi_core() -> None:
    spec: dict[str, Any] = {
        "paths": {},
        "components": {
            "schemas": {
                "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "kind"}},
                "Cat": {"type": "object"},
                "Owner": {"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}},
            }
        },
    }
    schemas = quickcheck._Schemas(spec)
    schemas.validator("/components/schemas/Cat", spec["components"]["schemas"]["Cat"])
    with pytest.raises(quickcheck._Unmodelled):
        schemas.validator("/components/schemas/Owner", spec["components"]["schemas"]["Owner"])


@pytest.mark.parametrize(
    ("template", "path", "values"),
    [
        ("/v1/invoices/{resourceId}", "/v1/invoices/inv_1", {"resourceId": "inv_1"}),
        ("/v1/invoices/{resourceId}", "/v1/invoices/", None),  # an empty value is no value
        ("/v1/invoices/{resourceId}", "/v2/invoices/inv_1", None),
        ("/v1/files/{name}.{ext}", "/v1/files/report.pdf", {"name": "report", "ext": "pdf"}),
        ("/v1/files/{name}.{ext}", "/v1/files/report", None),
        ("/v1/{a-b}/x", "/v1/7/x", {"a-b": "7"}),
    ],
)
def test_a_path_template_matches_segment_by_segment(template: str, path: str, values: dict[str, str] | None) -> None:
    assert quickcheck._Template(template).match(path.split("/")) == values
