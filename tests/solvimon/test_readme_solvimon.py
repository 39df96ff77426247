"""The README's Solvimon usage example runs as written, against FakeSolvimon."""

from __future__ import annotations

import re
from pathlib import Path

from payclients import Solvimon
from payclients.testing import FakeSolvimon

README = Path(__file__).resolve().parents[2] / "README.md"


def blocks(heading: str) -> list[str]:
    section = README.read_text(encoding="utf-8").split(f"### {heading}\n", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_usage_example_ingests_against_the_fake() -> None:
    fake = FakeSolvimon()
    namespace = {"solvimon": Solvimon(api_key="test", transport=fake)}
    exec(compile(blocks("Usage events")[0], "README.md", "exec"), namespace)
    assert namespace["result"].ok  # type: ignore[attr-defined]
    assert len(fake.events) == 1
