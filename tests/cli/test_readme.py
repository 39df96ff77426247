"""The README's first two commands: set up and run the demo, then the tests; the same setup as CI."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _console_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```console\n(.*?)```", readme, flags=re.DOTALL)]


def test_the_first_command_sets_up_and_runs_the_demo() -> None:
    first = _console_blocks()[0]

    assert "\n" not in first  # one command
    assert first.endswith("&& .venv/bin/payclients demo")


def test_the_second_command_runs_the_tests() -> None:
    assert _console_blocks()[1] == ".venv/bin/python -m pytest"


def test_the_setup_is_the_one_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = _console_blocks()[0].removesuffix(" && .venv/bin/payclients demo")

    assert setup == 'python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"'
    assert setup in ci.splitlines()
    assert _console_blocks()[1] in ci.splitlines()
