"""The command line speaks its own language: errors in its terms, near misses, completion, friendly JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import Run


@pytest.fixture(autouse=True)
def no_provider_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("SOLVIMON_", "WOOVI_", "MINDZ_")):
            monkeypatch.delenv(name)


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (
            ["solvimon", "get-invoice", "invo_1"],
            {},
            "Error: Solvimon needs credentials: set SOLVIMON_API_KEY (or SOLVIMON_BEARER_TOKEN), or use --fake",
        ),
        (["woovi", "list-charges"], {}, "Error: Woovi needs credentials: set WOOVI_APP_ID, or use --fake"),
        (["mindz", "list-users"], {}, "Error: Mindz needs credentials: set MINDZ_APP_ID and MINDZ_API_KEY"),
        (
            ["mindz", "list-users"],
            {"MINDZ_APP_ID": "a", "MINDZ_API_KEY": "b"},
            "Error: Mindz needs a tenant: set MINDZ_PLATFORM (or MINDZ_BASE_URL), or give --base-url",
        ),
    ],
)
def test_a_missing_setting_names_the_variable_not_a_python_argument(
    run: Run, args: list[str], env: dict[str, str], expected: str
) -> None:
    result = run(*args, env=env)

    assert result.exit_code == 2
    assert result.stderr.startswith(expected), result.stderr
    assert "=..." not in result.stderr and "pass " not in result.stderr


def test_python_wording_left_in_a_client_error_is_reworded() -> None:
    from payclients._cli._registry import in_cli_terms

    assert in_cli_terms("needs credentials: pass api_key=... (or set SOLVIMON_API_KEY)") == (
        "needs credentials: set SOLVIMON_API_KEY"
    )


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (["dem"], "No such command 'dem'. Did you mean 'demo'?"),
        (["solvimn"], "No such command 'solvimn'. Did you mean 'solvimon'?"),
        (["solvimon", "get-invoic", "x"], "No such command 'get-invoic'. Did you mean 'get-invoice'?"),
        (["solvimon", "get-invoice", "x", "--fak"], "No such option '--fak'. Did you mean '--fake'?"),
        (["woovi", "list-charges", "--max-itms", "3"], "No such option '--max-itms'. Did you mean '--max-items'?"),
    ],
)
def test_a_near_miss_suggests_the_nearest_name(run: Run, args: list[str], suggestion: str) -> None:
    result = run(*args)

    assert result.exit_code == 2
    assert f"Error: {suggestion}" in result.stderr


def test_a_far_miss_suggests_nothing(run: Run) -> None:
    result = run("solvimon", "zzzzzz")

    assert result.exit_code == 2
    assert "Error: No such command 'zzzzzz'.\n" in result.stderr


def _complete(shell: str, words: str = "", cword: int = 0) -> str:
    env = {**os.environ, "_PAYCLIENTS_COMPLETE": f"{shell}_{'complete' if words else 'source'}"}
    if words:
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(cword)}
    code = "from payclients._cli import main; main()"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_shell_completion_scripts_for_bash_zsh_and_fish() -> None:
    assert "_payclients_completion()" in _complete("bash")
    assert _complete("zsh").startswith("#compdef payclients")
    assert "function _payclients_completion" in _complete("fish")


def test_completion_completes_providers_and_operations() -> None:
    assert _complete("bash", "payclients sol", 1).split() == ["plain,solvimon"]
    assert "plain,get-invoice" in _complete("bash", "payclients solvimon get-inv", 2).split()


def test_create_invoice_json_takes_the_facades_input_and_makes_a_correlation_id(run: Run) -> None:
    result = run(
        "woovi", "create-invoice", "--fake", "--json", '{"billing_date": "2026-11-21", "charge": "order-1001"}'
    )

    assert result.exit_code == 0, result.stderr
    invoice = json.loads(result.stdout)
    assert invoice["status"] == "PENDING"
    assert len(invoice["correlationID"]) == 36  # a fresh UUID, as Woovi.create_invoice makes


def test_create_invoice_json_takes_the_apis_field_names_too(run: Run) -> None:
    body = '{"billingDate": "2026-11-21", "charge": "order-1001", "correlationID": "nfse-7"}'
    result = run("woovi", "create-invoice", "--fake", "--json", body)

    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["correlationID"] == "nfse-7"


def test_create_invoice_json_checks_the_facades_rules(run: Run) -> None:
    typo = run("woovi", "create-invoice", "--fake", "--json", '{"billing_dat": "2026-11-21"}')
    assert typo.exit_code == 2
    assert "'billing_dat' is not an input of create_invoice (did you mean 'billing_date'?)" in typo.stderr

    both = run(
        "woovi", "create-invoice", "--fake", "--json", '{"billing_date": "2026-11-21", "value": 1, "charge": "c"}'
    )
    assert both.exit_code == 2
    assert "charge" in both.stderr and "not both" in both.stderr


def test_the_unchecked_fake_warns_once_per_run(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from payclients.testing import _spec

    monkeypatch.setattr(_spec, "spec_checks_available", lambda: False)
    result = run("demo")

    assert result.exit_code == 0, result.stderr
    assert result.stderr.count('pip install "payclients[testing]"') == 1
    assert result.stderr.startswith("Warning: checking the fakes' traffic against the spec needs openapi-core")
