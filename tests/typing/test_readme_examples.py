"""The README's Python examples, type-checked: `readme_examples.py` holds each of them, and mypy --strict
checks that module (pyproject's mypy `files`), with no ignores and no casts.

This test keeps the module equal to what the README says; after changing a README example, rewrite it
with `python tests/typing/test_readme_examples.py --write`.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE.parents[1] / "README.md"
MODULE = HERE / "readme_examples.py"
CHECKS = HERE / "key_types.py"

# Names an example uses without defining them (an earlier example, or a pytest fixture, made them).
GIVEN = {
    "solvimon": "Solvimon",
    "woovi": "Woovi",
    "mindz": "Mindz",
    "fake_solvimon": "FakeSolvimon",
}

HEADER = '''"""Every Python example of README.md, one function each (written by test_readme_examples.py: do not edit).

mypy --strict checks this module; the examples run elsewhere (tests/cli/test_readme.py and the testing
section's tests).
"""

# ruff: noqa

from payclients import Mindz, Solvimon, Woovi
from payclients.testing import FakeSolvimon
'''


def blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def given(code: str) -> list[str]:
    names = []
    for name, kind in GIVEN.items():
        defined = re.search(rf"^{name} = |\bas {name}\b", code, flags=re.MULTILINE)
        if re.search(rf"^{name}\.|[(\s]{name}\.", code, flags=re.MULTILINE) and not defined:
            names.append(f"{name}: {kind}")
    return names


def render() -> str:
    parts = [HEADER]
    for index, code in enumerate(blocks(), start=1):
        parts.append(f"\n\ndef example_{index}({', '.join(given(code))}) -> None:\n{textwrap.indent(code, '    ')}")
    return "".join(parts)


def test_the_typing_module_holds_every_readme_example() -> None:
    assert MODULE.read_text(encoding="utf-8") == render(), "run: python tests/typing/test_readme_examples.py --write"


def test_the_key_type_checks_are_there() -> None:
    text = CHECKS.read_text(encoding="utf-8")
    assert "assert_type(invoice.id, str)" in text
    assert "assert_type(total.quantity, Decimal)" in text


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    MODULE.write_text(render(), encoding="utf-8")
