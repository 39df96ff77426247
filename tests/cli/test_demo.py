"""`payclients demo`: the flagship flows, offline, in-process and as a real process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import Run, UseFake

SECRET = "sk_live_demo_should_never_show_4b9f"

EXPECTED_LINES = (
    "Woovi  (offline: FakeWoovi",
    "create_invoice   demo-nfse-0001  R$ 15.00  PENDING",
    "list_invoices    status: PENDING -> PROCESSING -> CONFIRMED",
    "cancel_invoice   demo-nfse-0001  CANCELED",
    "sent twice with one correlationID: Woovi returned the same charge",
    "Mindz  (offline: FakeMindz",
    "refresh_invoice  #1  ISSUING (Em processo de emissão) -> ISSUED (Emitida)",
    "after refresh: CANCELED (Cancelada)",
    "#3   ISSUE_FAILED (Falha ao emitir)   R$ 1,200.00",
    "Solvimon  (offline: FakeSolvimon",
    "refresh_invoice  INV-FAKE-000001 (DRAFT)",
    "customer e-mail   finance@acme.example   accounts-payable@acme.example",
    "PO number         -                      PO-2025-0042",
    "get_invoice      INV-FAKE-000001  DRAFT  1,210.00 EUR",
    "retried after HTTP 503: succeeded on attempt 2",
    "list_invoices    3 invoices",
    "INV-FAKE-000002   OPEN     1,016.40 EUR",
    "INV-FAKE-000003   FINAL    1,815.00 EUR",
    "ingest_events    4 usage events for acme-bv; 1 repeated a reference and was counted once",
    "refresh_invoice  INV-FAKE-000002 (FULL): 1,016.40 EUR -> 1,046.65 EUR",
)


def test_demo_runs_every_flow_offline_and_exits_0(run: Run) -> None:
    result = run("demo")

    assert result.exit_code == 0, result.stderr
    for line in EXPECTED_LINES:
        assert line in result.stdout
    assert "skipped" not in result.stdout
    assert "3 providers ran offline." in result.stdout
    assert result.stderr == ""


def test_demo_ignores_the_users_environment(run: Run) -> None:
    """Credentials and settings of the user's shell change nothing and never show up."""
    env = {
        "SOLVIMON_API_KEY": SECRET,
        "SOLVIMON_ENVIRONMENT": "no-such-environment",
        "SOLVIMON_BASE_URL": "http://example.com",  # would be refused if it were read
        "SOLVIMON_PLATFORM_ID": SECRET,
    }
    result = run("demo", env=env)

    assert result.exit_code == 0, result.stderr
    assert "retried after HTTP 503" in result.stdout
    assert SECRET not in result.stdout + result.stderr
    assert os.environ.get("SOLVIMON_API_KEY") is None  # hidden variables are restored, not leaked


def test_demo_runs_one_provider(run: Run) -> None:
    result = run("demo", "--provider", "solvimon")

    assert result.exit_code == 0
    assert "list_invoices" in result.stdout
    assert "skipped" not in result.stdout
    assert "1 provider ran offline." in result.stdout


def test_demo_of_a_provider_without_fake_says_so(run: Run, without_fake: Callable[[str], None]) -> None:
    without_fake("mindz")

    result = run("demo")

    assert result.exit_code == 0
    assert "mindz: no offline fake yet, skipped" in result.stdout
    assert "2 providers ran offline" in result.stdout


def test_demo_reports_a_failing_flow_without_traceback(run: Run, use_fake: UseFake) -> None:
    use_fake("solvimon", "tests.cli._fakes:BrokenSolvimon")

    result = run("demo", "--provider", "solvimon")

    assert result.exit_code == 1
    assert "Error: solvimon: SpecViolation:" in result.stderr
    assert "Traceback" not in result.stderr
    assert "1 failed" in result.stdout


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("SOLVIMON_", "MINDZ_", "WOOVI_", "PAYCLIENTS_"))}


def test_python_m_payclients_demo() -> None:
    env = {**_clean_env(), "SOLVIMON_API_KEY": SECRET, "PAYCLIENTS_LOG": "debug"}
    done = subprocess.run(
        [sys.executable, "-m", "payclients", "demo"], capture_output=True, text=True, env=env, timeout=120
    )

    assert done.returncode == 0, done.stderr
    for line in EXPECTED_LINES:
        assert line in done.stdout
    assert "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr


def _console_script() -> str | None:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "payclients", Path(sys.executable).parent / "payclients"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("payclients")


def test_console_script_demo() -> None:
    script = _console_script()
    if script is None:
        pytest.skip("the payclients console script is not installed (pip install -e .)")
    done = subprocess.run([script, "demo"], capture_output=True, text=True, env=_clean_env(), timeout=120)

    assert done.returncode == 0, done.stderr
    assert "retried after HTTP 503" in done.stdout
