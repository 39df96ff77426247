"""The pieces behind the output: progress, error lines, JSON of models, the body checks."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
import pytest

from payclients import NotFoundError, ParameterError
from payclients._cli._body import BodyError, build_body, check_schema
from payclients._cli._catalog import catalog, load_spec
from payclients._cli._operations import _resource_method, _signature
from payclients._cli._output import Progress, describe_api_error, jsonable, reported_errors
from payclients._cli._registry import PROVIDERS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_rewrites_one_line_on_a_terminal() -> None:
    stream = Terminal()
    with Progress(stream) as progress:
        progress.page(3)
        progress.page(3)
        progress.page(1)

    text = stream.getvalue()
    assert text.count("\r") == 4
    assert "\rFetching: 3 items, 1 page..." in text
    assert "\rFetching: 6 items, 2 pages..." in text
    assert text.endswith("\rFetched 7 items from 3 pages.\n")


def test_progress_is_silent_in_a_pipe() -> None:
    stream = io.StringIO()
    with Progress(stream) as progress:
        progress.page(100)

    assert stream.getvalue() == ""


def test_progress_ends_its_line_when_interrupted() -> None:
    stream = Terminal()
    with pytest.raises(KeyboardInterrupt), Progress(stream) as progress:
        progress.page(5)
        raise KeyboardInterrupt

    assert stream.getvalue().endswith("5 items, 1 page...\n")


def test_api_error_line() -> None:
    error = NotFoundError(
        "Invoice x could not be found",
        method="GET",
        url="https://test.api.solvimon.com/v1/invoices/x",
        status_code=404,
        headers={},
        body=b"{}",
        request_id="req_123",
        code="RESOURCE_NOT_FOUND",
        field_errors={"resourceId": ["Invoice x could not be found"], "other": ["too long"]},
    )

    assert describe_api_error(error).splitlines() == [
        "Invoice x could not be found (HTTP 404, request id req_123)",
        "  code: RESOURCE_NOT_FOUND",
        "  other: too long",
    ]


def test_parameter_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(click.exceptions.Exit) as exited, reported_errors():
        raise ParameterError("invoice_id", "must be a non-empty string")

    assert exited.value.exit_code == 2
    assert capsys.readouterr().err == "Error: invoice_id: must be a non-empty string\n"


def test_other_errors_are_not_swallowed() -> None:
    with pytest.raises(ZeroDivisionError), reported_errors():
        _ = 1 / 0


def test_jsonable_models_enums_and_lists() -> None:
    from payclients_solvimon.models import OrderDirection, RefreshInvoiceRequest, RefreshInvoiceType

    body = RefreshInvoiceRequest(types=[RefreshInvoiceType.CUSTOMER])

    assert jsonable([body, OrderDirection.ASC, None]) == [{"types": ["CUSTOMER"]}, "asc", None]


SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Money": {"type": "object", "required": ["value"], "properties": {"value": {"type": "integer"}}},
            "Pix": {"type": "object", "required": ["pixKey"], "properties": {"pixKey": {"type": "string"}}},
            "Card": {"type": "object", "required": ["card"], "properties": {"card": {"type": "string"}}},
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "value", "errors"),
    [
        (
            {"type": "object", "additionalProperties": False, "properties": {}},
            {"x": 1},
            ["x: not a field of this object"],
        ),
        ({"allOf": [{"$ref": "#/components/schemas/Money"}]}, {}, ["value: required, but missing"]),
        ({"type": "string", "nullable": True}, None, []),
        ({"type": "number"}, 3, []),
        ({"type": "integer"}, True, ["body: expected an integer, got a boolean"]),
        (
            {"type": "object", "properties": {"amount": {"$ref": "#/components/schemas/Money"}}},
            {"amount": {"value": "10"}},
            ["amount.value: expected an integer, got a string"],
        ),
        ({"oneOf": [{"$ref": "#/components/schemas/Pix"}, {"$ref": "#/components/schemas/Card"}]}, {"card": "x"}, []),
        (
            {"oneOf": [{"$ref": "#/components/schemas/Pix"}, {"$ref": "#/components/schemas/Card"}]},
            {},
            ["body: fits none of the 2 allowed shapes", "pixKey: required, but missing"],
        ),
    ],
)
def test_schema_checks(schema: dict[str, Any], value: Any, errors: list[str]) -> None:
    assert check_schema(SPEC, schema, value)[0] == errors


def _body_annotation(provider: str, command: str) -> tuple[Any, Any, Any]:
    entry = PROVIDERS[provider]
    operation = catalog(entry.generated_package).operations[command]
    method = _resource_method(entry, operation)
    annotation = _signature(method).parameters["body"].annotation
    return load_spec(entry.generated_package), operation.request_body, annotation


def test_a_multipart_file_field_reads_the_file(tmp_path: Path) -> None:
    document = tmp_path / "nfe.pdf"
    document.write_bytes(b"%PDF-1.7 nfe")
    spec, request_body, annotation = _body_annotation("mindz", "create-mindz-pay-invoice")

    body = build_body(spec, request_body, annotation, {"file": f"@{document}", "amount": "150.00"}, print)

    assert body.file.payload.read() == b"%PDF-1.7 nfe"
    assert body.file.file_name == "nfe.pdf"
    assert body.file.mime_type == "application/pdf"
    assert body.amount == Decimal("150.00")


def test_a_multipart_file_field_needs_a_path() -> None:
    spec, request_body, annotation = _body_annotation("mindz", "create-mindz-pay-invoice")

    with pytest.raises(BodyError, match='give the file as "@path"'):
        build_body(spec, request_body, annotation, {"file": "inline text"}, print)


def test_a_union_body_is_built_as_the_model_it_fits() -> None:
    spec, request_body, annotation = _body_annotation("woovi", "create-payment")
    candidates = [m for m in getattr(annotation, "__args__", ()) if hasattr(m, "from_dict")]
    if len(candidates) < 2:
        pytest.skip("create-payment no longer takes a union body")
    schema = request_body["content"]["application/json"]["schema"]
    options = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]].get("oneOf", [])
    last = spec["components"]["schemas"][options[-1]["$ref"].rsplit("/", 1)[-1]]
    data = {name: _example(prop) for name, prop in last["properties"].items() if name in last.get("required", [])}

    body = build_body(spec, request_body, annotation, data, print)

    assert type(body).__name__ == options[-1]["$ref"].rsplit("/", 1)[-1]


def _example(schema: dict[str, Any]) -> Any:
    kind = schema.get("type", "string")
    kind = kind[0] if isinstance(kind, list) else kind
    return {"integer": 100, "number": 1.5, "boolean": True, "array": [], "object": {}}.get(kind, "x")
