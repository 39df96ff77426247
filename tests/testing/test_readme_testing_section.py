"""The README's "Testing your application" section runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parents[2] / "README.md"


def section_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Testing your application", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_plain_example_runs() -> None:
    exec(compile(section_blocks()[0], "README.md", "exec"), {})


def test_the_pytest_examples_pass_as_a_users_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=section_blocks()[1])
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_the_fault_injection_lines_run(pytester: pytest.Pytester) -> None:
    lines = "\n".join("    " + line for line in section_blocks()[2].splitlines())
    pytester.makepyfile(
        test_faults=f"import pytest\n\n\ndef test_faults(fake_solvimon):\n{lines}\n"
        "    assert len(fake_solvimon._faults) == 3\n"
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
