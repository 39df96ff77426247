"""scripts/generate.py: validation, clean generation, reproducible output and the --check mode."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "generate" / "solvimon.yaml"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_script", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def generate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The script, pointed at a scratch specs/ and generated/ holding one small Solvimon spec."""
    module = load_script()
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(FIXTURE, specs / "solvimon.yaml")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "SPECS", specs)
    monkeypatch.setattr(module, "GENERATED", tmp_path / "generated")
    return module


def test_generates_then_check_passes(generate: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["solvimon"]) == 0
    package = generate.GENERATED / "payclients_solvimon"
    assert (package / "py.typed").is_file()
    assert (package / "api" / "invoices" / "refresh_invoice.py").is_file()
    assert not list(package.rglob(".ruff_cache"))
    assert generate.main(["--check", "solvimon"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_same_spec_gives_the_same_bytes(generate: ModuleType, tmp_path: Path) -> None:
    generate.generate_into("solvimon", tmp_path / "one")
    generate.generate_into("solvimon", tmp_path / "two")
    assert generate.differences(tmp_path / "one", tmp_path / "two") == []


def test_check_names_changed_missing_and_extra_files(generate: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["solvimon"]) == 0
    package = generate.GENERATED / "payclients_solvimon"
    (package / "models" / "invoice.py").write_text("# edited by hand\n")
    (package / "api" / "invoices" / "get_invoice.py").unlink()
    (package / "models" / "stray.py").write_text("")
    capsys.readouterr()
    assert generate.main(["--check", "solvimon"]) == 1
    err = capsys.readouterr().err
    assert "generated/payclients_solvimon/models/invoice.py (differs)" in err
    assert "generated/payclients_solvimon/api/invoices/get_invoice.py (missing)" in err
    assert "generated/payclients_solvimon/models/stray.py (not generated from the spec)" in err


def test_check_fails_when_the_spec_changed(generate: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["solvimon"]) == 0
    spec = generate.SPECS / "solvimon.yaml"
    spec.write_text(spec.read_text().replace("operationId: getInvoice", "operationId: fetchInvoice"))
    assert generate.main(["--check", "solvimon"]) == 1
    assert "fetch_invoice.py (missing)" in capsys.readouterr().err


def test_invalid_spec_fails_with_the_validator_message(
    generate: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = generate.SPECS / "solvimon.yaml"
    spec.write_text(spec.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\nwebhooks: 12"))
    assert generate.main(["solvimon"]) == 1
    err = capsys.readouterr().err
    assert "is not a valid OpenAPI document" in err
    assert "webhooks" in err
    assert not (generate.GENERATED / "payclients_solvimon").exists()


def test_generator_warnings_are_errors(generate: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    spec = generate.SPECS / "solvimon.yaml"
    spec.write_text(spec.read_text().replace("application/pdf:", "application/x-unheard-of:"))
    assert generate.main(["solvimon"]) == 1
    assert "error" in capsys.readouterr().err.lower()


def test_unknown_provider_is_a_usage_error(generate: ModuleType) -> None:
    with pytest.raises(SystemExit) as caught:
        generate.main(["stripe"])
    assert caught.value.code == 2


PART = """
tags:
  - name: customers
paths:
  /v1/customers/{resourceId}:
    get:
      operationId: getCustomer
      tags: [customers]
      summary: Get the customer.
      parameters:
        - name: resourceId
          in: path
          required: true
          schema: {type: string}
      responses:
        '200':
          description: The customer.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Customer'}
components:
  schemas:
    Customer:
      type: object
      properties:
        id: {type: string}
        balance: {$ref: '#/components/schemas/Amount'}
"""


def split(generate: ModuleType, part: str = PART) -> None:
    """Turn the scratch spec into a root that lists one part (specs/solvimon/customers.yaml)."""
    spec = generate.SPECS / "solvimon.yaml"
    spec.write_text(
        spec.read_text().replace("\npaths:\n", "\nx-payclients-parts:\n  - solvimon/customers.yaml\npaths:\n", 1)
    )
    (generate.SPECS / "solvimon").mkdir(exist_ok=True)
    (generate.SPECS / "solvimon" / "customers.yaml").write_text(part)


def test_a_split_spec_is_merged_generated_and_shipped_whole(generate: ModuleType) -> None:

    split(generate)
    assert generate.main(["solvimon"]) == 0
    package = generate.GENERATED / "payclients_solvimon"
    assert (package / "api" / "customers" / "get_customer.py").is_file()
    assert (package / "api" / "invoices" / "refresh_invoice.py").is_file()
    shipped = json.loads((package / "openapi.json").read_text())
    assert "x-payclients-parts" not in shipped
    assert {"/v1/customers/{resourceId}", "/v1/invoices"} <= set(shipped["paths"])
    assert {"Customer", "Invoice"} <= set(shipped["components"]["schemas"])
    assert {tag["name"] for tag in shipped["tags"]} >= {"customers"}
    assert generate.main(["--check", "solvimon"]) == 0
    part = generate.SPECS / "solvimon" / "customers.yaml"
    part.write_text(part.read_text().replace("operationId: getCustomer", "operationId: fetchCustomer"))
    assert generate.main(["--check", "solvimon"]) == 1


def test_a_part_may_repeat_a_component_only_identically(
    generate: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    import yaml

    same = yaml.safe_dump({"Amount": generate.load_yaml(FIXTURE)["components"]["schemas"]["Amount"]})
    amount = "".join("    " + line for line in same.splitlines(keepends=True))
    split(generate, PART + amount + "\n")
    assert generate.main(["solvimon"]) == 0
    split(generate, PART + "    Amount: {type: string}\n")
    assert generate.main(["solvimon"]) == 1
    assert "components.schemas.Amount differs" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("/v1/customers/{resourceId}:", "/v1/invoices:"), "path /v1/invoices is already defined"),
        (("operationId: getCustomer", "operationId: getInvoice"), "operationId getInvoice is already used"),
        (("tags:\n  - name: customers\n", "servers: []\ntags:\n  - name: customers\n"), "a part holds only"),
    ],
)
def test_a_part_may_not_redefine_what_the_root_has(
    generate: ModuleType, capsys: pytest.CaptureFixture[str], change: tuple[str, str], message: str
) -> None:
    split(generate, PART.replace(*change))
    assert generate.main(["solvimon"]) == 1
    assert message in capsys.readouterr().err
    assert not (generate.GENERATED / "payclients_solvimon").exists()


def test_a_merged_spec_that_is_invalid_names_the_root(generate: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    split(generate, PART.replace("required: true\n", "required: false\n"))
    assert generate.main(["solvimon"]) == 1
    assert "solvimon.yaml (merged with its parts) is not a valid OpenAPI document" in capsys.readouterr().err
