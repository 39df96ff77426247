"""The README's "Connection pools and many calls at once" example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_fan_out_example_runs() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Connection pools and many calls at once", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
