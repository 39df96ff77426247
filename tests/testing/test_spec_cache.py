"""The spec checks build each operation's validators once, on its first call, and reuse them."""

from __future__ import annotations

from typing import Any

import pytest
from fastjsonschema import JsonSchemaValueException
from jsonschema import FormatChecker

from payclients import Solvimon
from payclients.testing import FakeSolvimon, SpecViolation
from payclients.testing._spec import _compile, _CompiledWhenHot, _openapi


def _factory() -> Any:
    return _openapi("payclients_solvimon").response_validator.schema_validators_factory


def test_validators_are_built_once_per_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = _factory()
    monkeypatch.setattr(factory, "_built", {})
    built: list[Any] = []
    real = factory._factory.create

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(args[1].parts)
        return real(*args, **kwargs)

    monkeypatch.setattr(factory._factory, "create", counting)
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    client.get_invoice(fake.invoice_ids[0])
    first = len(built)
    for _ in range(3):
        client.get_invoice(fake.invoice_ids[0])
    assert 0 < first == len(built)
    # only what get_invoice needs: its parameters, its answer and that answer's headers
    assert all(parts[:2] == ("paths", "/v1/invoices/{resourceId}") for parts in built), built


def test_a_remembered_validator_still_catches_a_bad_answer(monkeypatch: pytest.MonkeyPatch) -> None:
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
    monkeypatch.setattr(_CompiledWhenHot, "COMPILE_AFTER", 2)
    monkeypatch.setattr(_factory(), "_built", {})
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    for _ in range(3):
        client.get_invoice(fake.invoice_ids[0])
    body = next(v.validator for k, v in _factory()._built.items() if "content" in k[1])
    assert callable(body._compiled)
    monkeypatch.setattr(FakeSolvimon, "get_invoice", lambda self, call: self.respond(200, {"id": 7}))
    with pytest.raises(SpecViolation, match="answer"):
        client.get_invoice(fake.invoice_ids[0])


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
