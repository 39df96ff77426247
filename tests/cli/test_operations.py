"""`payclients <provider> <operation>`: calls, bodies, pages, downloads, errors and secrets."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from payclients.testing import FakeSolvimon

from ._fakes import KeyedSolvimon, ManyInvoicesSolvimon, MindzInvoicePages
from .conftest import Run, UseFake

INVOICE = "invo_fake0001"  # the fake's first (DRAFT) invoice


def _json(text: str) -> object:
    return json.loads(text)


# -- calls --------------------------------------------------------------------------------------------


def test_get_invoice_with_the_fake_prints_json(run: Run) -> None:
    result = run("solvimon", "get-invoice", INVOICE, "--fake")

    assert result.exit_code == 0, result.stderr
    invoice = _json(result.stdout)
    assert isinstance(invoice, dict)
    assert invoice["id"] == INVOICE
    assert invoice["status"] == "DRAFT"
    assert invoice["invoice_amount_including_tax"] == {"quantity": "1210.00", "currency": "EUR"}
    assert result.stdout.startswith('{\n  "')  # indented by 2


def test_refresh_invoice_with_a_json_body(run: Run) -> None:
    result = run("solvimon", "refresh-invoice", INVOICE, "--fake", "--json", '{"types": ["CUSTOMER", "PO_NUMBER"]}')

    assert result.exit_code == 0, result.stderr
    invoice = _json(result.stdout)
    assert isinstance(invoice, dict) and invoice["id"] == INVOICE


def test_options_reach_the_request(run: Run, use_fake: UseFake) -> None:
    use_fake("solvimon", "tests.cli._fakes:ManyInvoicesSolvimon")
    ManyInvoicesSolvimon.instances.clear()

    result = run(
        "solvimon", "list-invoices", "--fake", "--statuses", "DRAFT", "--statuses", "FINAL", "--no-paid", "--limit", "5"
    )

    assert result.exit_code == 0, result.stderr
    page = _json(result.stdout)
    assert isinstance(page, dict)
    assert [invoice["status"] for invoice in page["data"]] == ["DRAFT", "FINAL"]
    (request,) = ManyInvoicesSolvimon.instances[0].requests
    assert request.url.params.get_list("statuses[]") == ["DRAFT", "FINAL"]
    assert request.url.params["paid"] == "false"
    assert request.url.params["limit"] == "5"


def test_json_body_from_a_file_and_from_stdin(run: Run, tmp_path: Path) -> None:
    body = tmp_path / "refresh.json"
    body.write_text('{"types": ["CUSTOMER"]}', encoding="utf-8")

    from_file = run("solvimon", "refresh-invoice", INVOICE, "--fake", "--json", f"@{body}")
    from_stdin = run("solvimon", "refresh-invoice", INVOICE, "--fake", "--json", "-", input='{"type": "FULL"}')

    assert from_file.exit_code == 0, from_file.stderr
    assert from_stdin.exit_code == 0, from_stdin.stderr


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"types": [', "is not valid JSON: Expecting value (line 1, column 12)"),
        ('{"types": "CUSTOMER"}', "types: expected an array or null, got a string"),
        ('{"types": [42]}', "types[0]: expected a string, got an integer"),
        ("[1, 2]", "body: expected an object, got an array"),
    ],
)
def test_json_that_does_not_fit_is_refused_before_sending(run: Run, body: str, message: str) -> None:
    result = run("solvimon", "refresh-invoice", INVOICE, "--fake", "--json", body)

    assert result.exit_code == 2
    assert "Invalid value for '--json'" in result.stderr
    assert message in " ".join(result.stderr.split())
    assert result.stdout == ""


def test_json_missing_a_required_field(run: Run) -> None:
    result = run("solvimon", "create-invoice", "--fake", "--json", '{"customer_id": "cust_fake0001"}')

    assert result.exit_code == 2
    assert "type: required, but missing" in result.stderr


def test_a_required_body_needs_json(run: Run) -> None:
    result = run("solvimon", "create-invoice", "--fake")

    assert result.exit_code == 2
    assert "Missing option '--json'" in result.stderr


def test_an_unreadable_json_file(run: Run, tmp_path: Path) -> None:
    result = run("solvimon", "refresh-invoice", INVOICE, "--fake", "--json", f"@{tmp_path / 'missing.json'}")

    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_a_value_the_spec_does_not_list_is_a_warning_then_the_fake_refuses_it(run: Run) -> None:
    """Enums are open (the API may know newer values): the CLI warns, the spec-checked fake says no."""
    result = run("solvimon", "refresh-invoice", INVOICE, "--fake", "--json", '{"types": ["NOPE"]}')

    assert result.exit_code == 1
    assert 'Warning: types[0]: "NOPE" is not a value the spec lists' in result.stderr
    assert "Error: SpecViolation:" in result.stderr
    assert "Traceback" not in result.stderr


# -- --all ------------------------------------------------------------------------------------------------


def test_all_fetches_every_page_into_one_array(run: Run, use_fake: UseFake) -> None:
    use_fake("solvimon", "tests.cli._fakes:ManyInvoicesSolvimon")
    ManyInvoicesSolvimon.instances.clear()

    result = run("solvimon", "list-invoices", "--fake", "--all", "--limit", "3")

    assert result.exit_code == 0, result.stderr
    items = _json(result.stdout)
    assert isinstance(items, list)
    assert [item["invoice_number"] for item in items] == [f"INV-FAKE-{n:06d}" for n in range(1, 11)]
    requests = ManyInvoicesSolvimon.instances[0].requests
    assert [r.url.params["page"] for r in requests] == ["1", "2", "3", "4"]
    assert result.stderr == ""  # no progress noise when stderr is not a terminal


def test_max_items_caps_the_listing_and_implies_all(run: Run, use_fake: UseFake) -> None:
    use_fake("solvimon", "tests.cli._fakes:ManyInvoicesSolvimon")
    ManyInvoicesSolvimon.instances.clear()

    result = run("solvimon", "list-invoices", "--fake", "--max-items", "4", "--limit", "3")

    assert result.exit_code == 0, result.stderr
    items = _json(result.stdout)
    assert isinstance(items, list) and len(items) == 4
    assert len(ManyInvoicesSolvimon.instances[0].requests) == 2


def test_all_with_the_default_page_size(run: Run) -> None:
    result = run("solvimon", "list-invoices", "--fake", "--all")

    assert result.exit_code == 0, result.stderr
    items = _json(result.stdout)
    assert isinstance(items, list) and len(items) == 3


def test_all_on_an_operation_that_does_not_page(run: Run) -> None:
    result = run("solvimon", "get-invoice", INVOICE, "--fake", "--all")

    assert result.exit_code == 2
    assert "No such option '--all'" in result.stderr


def test_all_with_mindz_limit_offset_pages(run: Run, use_fake: UseFake) -> None:
    use_fake(
        "mindz",
        "tests.cli._fakes:MindzInvoicePages",
        {"app_id": "app", "api_key": "key", "platform": "escola"},
    )
    MindzInvoicePages.instances.clear()

    result = run("mindz", "list-mindz-pay-invoices", "main-account", "--fake", "--all", "--limit", "10")

    assert result.exit_code == 0, result.stderr
    items = _json(result.stdout)
    assert isinstance(items, list)
    assert [item["id"] for item in items] == list(range(1, 26))
    offsets = [r.url.params["offset"] for r in MindzInvoicePages.instances[0].requests]
    assert offsets == ["0", "10", "20"]


def test_all_with_woovi_skip_limit_pages(run: Run, use_fake: UseFake) -> None:
    use_fake("woovi", "tests.cli._fakes:ManyChargesWoovi", {"app_id": "test"})

    result = run("woovi", "list-charges", "--fake", "--all", "--limit", "2")

    assert result.exit_code == 0, result.stderr
    items = _json(result.stdout)
    assert isinstance(items, list) and len(items) == 6


# -- downloads --------------------------------------------------------------------------------------------


def test_download_to_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"

    result = run("solvimon", "download-invoice-pdf", INVOICE, "--fake", "--output", str(target))

    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-1.4")
    assert result.stdout == ""
    assert f"bytes to {target}" in result.stderr


def test_download_to_a_pipe(run: Run) -> None:
    result = run("solvimon", "download-invoice-pdf", INVOICE, "--fake")

    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"%PDF-1.4")


def test_download_refuses_to_dump_binary_on_a_terminal(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("payclients._cli._operations.stdout_is_terminal", lambda: True)

    result = run("solvimon", "download-invoice-pdf", INVOICE, "--fake")

    assert result.exit_code == 2
    assert "--output FILE" in result.stderr
    assert result.stdout_bytes == b""


# -- errors ---------------------------------------------------------------------------------------------------


def test_missing_credentials_name_the_variable(run: Run) -> None:
    result = run("solvimon", "get-invoice", INVOICE)

    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert "SOLVIMON_API_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_mindz_settings_name_the_variable(run: Run) -> None:
    result = run("mindz", "get-mindz-pay-invoice", "main-account", "1")

    assert result.exit_code == 2
    assert "MINDZ_" in result.stderr


def test_an_api_error_prints_message_status_and_request_id(run: Run) -> None:
    result = run("solvimon", "get-invoice", "invo_missing", "--fake")

    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first == "Error: Invoice invo_missing could not be found (HTTP 404, request id req_fake0001)"
    assert "code: RESOURCE_NOT_FOUND" in result.stderr
    assert result.stdout == ""


def test_a_spec_violation_from_the_fake(run: Run, use_fake: UseFake) -> None:
    use_fake("solvimon", "tests.cli._fakes:BrokenSolvimon")

    result = run("solvimon", "get-invoice", INVOICE, "--fake")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: SpecViolation: the fake's 200 answer to GET /v1/invoices/")
    assert "Traceback" not in result.stderr


def test_an_operation_the_fake_does_not_simulate(run: Run) -> None:
    result = run("solvimon", "archive-invoice", INVOICE, "--fake")

    assert result.exit_code == 1
    assert "Error: FakeNotImplementedError: FakeSolvimon does not simulate POST" in result.stderr


def test_fake_for_a_provider_without_one(run: Run, without_fake: Callable[[str], None]) -> None:
    without_fake("mindz")

    result = run("mindz", "get-mindz-pay-invoice", "main-account", "1", "--fake")

    assert result.exit_code == 2
    assert "there is no offline fake for Mindz yet" in result.stderr


def test_a_setting_the_client_does_not_have(run: Run) -> None:
    result = run("mindz", "get-mindz-pay-invoice", "main-account", "1", "--environment", "test")

    assert result.exit_code == 2
    assert "mindz has no --environment setting" in result.stderr


def test_a_bad_setting_is_a_configuration_error(run: Run) -> None:
    result = run("solvimon", "get-invoice", INVOICE, "--fake", "--environment", "staging")

    assert result.exit_code == 2
    assert "unknown environment 'staging'" in result.stderr


def test_a_path_argument_of_the_wrong_type(run: Run) -> None:
    result = run("mindz", "get-mindz-pay-invoice", "main-account", "not-a-number")

    assert result.exit_code == 2
    assert "'not-a-number' is not a valid integer" in result.stderr


# -- secrets -----------------------------------------------------------------------------------------------


@pytest.fixture
def real_transport_answers_from(monkeypatch: pytest.MonkeyPatch) -> Callable[[FakeSolvimon], None]:
    """Make httpx's default transport (the one a client without `--fake` uses) answer from a fake."""

    def install(fake: FakeSolvimon) -> None:
        monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: fake.handle_request(request))

    return install


def test_secrets_never_printed(run: Run, real_transport_answers_from: Callable[[FakeSolvimon], None]) -> None:
    secret = KeyedSolvimon.api_key
    real_transport_answers_from(KeyedSolvimon())
    env = {"SOLVIMON_API_KEY": secret, "SOLVIMON_PLATFORM_ID": secret + "-platform"}

    results = [
        run("solvimon", "get-invoice", INVOICE, env=env),  # credentials from the environment
        run("solvimon", "list-invoices", "--all", env=env),
        run("solvimon", "get-invoice", "invo_missing", env=env),  # an API error
        run("solvimon", "get-invoice", INVOICE, env={"SOLVIMON_API_KEY": secret + "-wrong"}),  # 401
        run("solvimon", "get-invoice", INVOICE, "--base-url", "http://example.com", env=env),  # refused
        run("solvimon", "get-invoice", INVOICE, "--fake", env=env),
        run("solvimon", "--help", env=env),
        run("solvimon", "get-invoice", "--help", env=env),
    ]

    assert [r.exit_code for r in results] == [0, 0, 1, 1, 2, 0, 0, 0]
    assert "AUTHENTICATION" in results[3].stderr.upper() or "401" in results[3].stderr
    for result in results:
        assert secret not in result.stdout + result.stderr


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_secrets_never_printed_even_with_debug_logging() -> None:
    """A real process with PAYCLIENTS_LOG=debug, failing to connect to a local port nobody listens on."""
    secret = KeyedSolvimon.api_key
    env = {"PATH": "", "SOLVIMON_API_KEY": secret, "PAYCLIENTS_LOG": "debug"}
    url = f"http://127.0.0.1:{_unused_port()}"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "payclients",
            "solvimon",
            "get-invoice",
            INVOICE,
            "--base-url",
            url,
            "--max-retries",
            "0",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )

    assert done.returncode == 1
    assert "Error: Solvimon request failed (ConnectError" in done.stderr
    assert "(no response, no request id)" in done.stderr
    assert "DEBUG sending GET" in done.stderr  # the debug log was on
    assert secret not in done.stdout + done.stderr


def test_an_enum_option_takes_only_the_specs_values(run: Run) -> None:
    result = run("solvimon", "list-invoices", "--fake", "--order-direction", "sideways")

    assert result.exit_code == 2
    assert "'sideways' is not one of: asc, desc" in result.stderr


def test_a_datetime_option_needs_a_timezone(run: Run) -> None:
    result = run("woovi", "list-charges", "--start", "2024-01-01T10:00")

    assert result.exit_code == 2
    assert "'2024-01-01T10:00' has no timezone" in result.stderr
