"""Help texts come from the specs; commands are built from the generated code, lazily."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import click
import pytest

from payclients._cli import cli
from payclients._cli._catalog import catalog, normalize
from payclients._cli._operations import ProviderGroup, build_command
from payclients._cli._registry import PROVIDERS

from .conftest import Run

GENERATED = Path(__file__).resolve().parents[2] / "generated"


@functools.cache
def _spec(provider: str) -> dict[str, Any]:
    """The spec as the package ships it (a split spec arrives merged)."""
    text = (GENERATED / f"payclients_{provider}" / "openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def test_root_help_lists_demo_and_every_provider(run: Run) -> None:
    result = run("--help")

    assert result.exit_code == 0
    for name in ("demo", *PROVIDERS):
        assert f"  {name}" in result.stdout


def test_provider_help_lists_operations_with_the_specs_summaries(run: Run) -> None:
    spec = _spec("solvimon")

    result = run("solvimon", "--help")

    assert result.exit_code == 0
    assert "refresh-invoice" in result.stdout
    assert _operation(spec, "refreshInvoice")["summary"] in result.stdout  # "Refresh an invoice"
    assert _operation(spec, "downloadInvoicePdf")["summary"] in result.stdout
    assert "SOLVIMON_API_KEY" in result.stdout


def test_operation_help_shows_the_specs_description_and_parameters(run: Run) -> None:
    spec = _spec("solvimon")
    operation = _operation(spec, "refreshInvoice")

    result = run("solvimon", "refresh-invoice", "--help")

    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert " ".join(operation["description"].split()) in text
    assert "POST /v1/invoices/{resourceId}/refresh" in text
    assert "RESOURCE_ID" in text and "Invoice ID." in text  # the path parameter, positional
    assert "--idempotency-key TEXT" in text and "[header Idempotency-Key]" in text.replace("- ", "-")
    assert "--json JSON|@FILE|-" in text and "RefreshInvoiceRequest" in text
    for option in ("--fake", "--base-url", "--environment", "--timeout", "--max-retries"):
        assert option in text
    assert "--all" not in text and "--max-items" not in text  # only listings page


def test_only_listings_have_all_and_max_items(run: Run) -> None:
    text = run("solvimon", "list-invoices", "--help").stdout
    assert "--all" in text and "--max-items" in text


def test_option_types_come_from_the_method_signature(run: Run) -> None:
    result = run("solvimon", "list-invoices", "--help")

    text = " ".join(result.stdout.split())
    assert "--paid / --no-paid" in text  # booleans are flags
    assert "--statuses TEXT" in text and "(repeatable)" in text  # lists repeat
    assert "--limit INTEGER" in text
    assert "--order-direction [asc|desc]" in text  # enums list their values
    assert "--output" not in text  # only downloads have it


def test_downloads_have_an_output_option(run: Run) -> None:
    result = run("solvimon", "download-invoice-pdf", "--help")

    assert "--output" in result.stdout


def test_unknown_operation_is_a_usage_error(run: Run) -> None:
    result = run("solvimon", "no-such-operation")

    assert result.exit_code == 2
    assert "No such command" in result.stderr


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_every_spec_operation_is_a_command(provider: str) -> None:
    """The catalog joins every operation of the spec with a generated method of the resource classes."""
    entry = PROVIDERS[provider]
    spec = _spec(provider)
    operation_ids = {
        normalize(op["operationId"])
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    api = importlib.import_module(f"{entry.generated_package}.api")
    methods = {}
    for tag, (module, class_name, _) in api.RESOURCES.items():
        resource = getattr(importlib.import_module(module, api.__name__), class_name)
        for name, _function in inspect.getmembers(resource, inspect.isfunction):
            if not name.startswith("_"):
                methods[name] = tag

    book = catalog(entry.generated_package)

    assert {normalize(op.name) for op in book.operations.values()} == operation_ids
    assert {op.name: op.tag for op in book.operations.values()} == methods
    assert all(op.summary for op in book.operations.values())


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_every_command_builds_and_has_help(provider: str) -> None:
    entry = PROVIDERS[provider]
    group = ProviderGroup(entry)
    with click.Context(cli, info_name="payclients") as root:
        group_context = click.Context(group, parent=root, info_name=provider)
        for name, operation in catalog(entry.generated_package).operations.items():
            command = build_command(entry, operation)
            text = command.get_help(click.Context(command, parent=group_context, info_name=name))
            assert operation.summary in text


def _modules_after(code: str) -> list[str]:
    """Generated operation modules a snippet imports beyond what `import payclients` imports."""
    script = "\n".join(
        [
            "import sys",
            "import payclients",
            "before = set(sys.modules)",
            textwrap.dedent(code),
            "prefixes = ('payclients_solvimon.api.', 'payclients_mindz.api.', 'payclients_woovi.api.')",
            "print(sorted(m for m in set(sys.modules) - before if m.startswith(prefixes)))",
        ]
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found: list[str] = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    return found


def test_import_payclients_does_not_load_the_cli() -> None:
    # (click itself may be loaded: httpx imports it for its own command line when it is installed.)
    code = "import sys, payclients; print([m for m in sys.modules if m.startswith('payclients._cli')])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_provider_help_imports_no_operation_code() -> None:
    code = """
from payclients._cli import main
for args in (["--help"], ["solvimon", "--help"], ["mindz", "--help"], ["woovi", "--help"]):
    try:
        main(args)
    except SystemExit:
        pass
"""
    assert _modules_after(code) == []


def test_an_operation_imports_only_its_own_resource() -> None:
    code = """
from payclients._cli import main
try:
    main(["solvimon", "get-invoice", "--help"])
except SystemExit:
    pass
"""
    loaded = _modules_after(code)

    assert loaded
    assert all(m.startswith("payclients_solvimon.api.invoices") for m in loaded)


def test_the_demo_imports_only_the_resources_it_uses() -> None:
    code = """
from payclients._cli import main
try:
    main(["demo"])
except SystemExit:
    pass
"""
    loaded = _modules_after(code)
    used = (
        "payclients_solvimon.api.invoices",
        "payclients_solvimon.api.customers",  # the usage flow updates the customer first
        "payclients_woovi.api.invoices",
        "payclients_woovi.api.charges",
        "payclients_mindz.api.mindzpay_invoices",
    )

    assert loaded
    assert all(m.startswith(used) for m in loaded), loaded
