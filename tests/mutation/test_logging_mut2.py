"""`PAYCLIENTS_LOG` as a user switches it on: in a fresh interpreter (the setting is read once per
process), with the lines it prints to stderr."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROGRAM = """
import httpx
from payclients.woovi import Woovi

def answer(request):
    return httpx.Response(200, json={"charge": {"correlationID": "order-1", "value": 1, "status": "ACTIVE"}})

for _ in range(2):  # two clients: still one handler, so one line per request
    Woovi(app_id="woovi_appid_payclients_7c3e51", transport=httpx.MockTransport(answer)).get_charge("order-1")
"""


def run(level: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PAYCLIENTS_", "WOOVI_"))}
    if level is not None:
        env["PAYCLIENTS_LOG"] = level
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return [line for line in done.stderr.splitlines() if " payclients " in line]


def test_without_the_variable_nothing_is_printed() -> None:
    assert run(None) == []


@pytest.mark.parametrize("level", ["info", "INFO"])
def test_info_prints_one_line_per_request(level: str) -> None:
    lines = run(level)
    assert len(lines) == 2
    assert all(
        " payclients INFO " in line and "GET https://api.woovi.com/api/v1/charge/order-1" in line for line in lines
    )


def test_debug_adds_the_redacted_headers() -> None:
    lines = run("debug")
    assert any(" payclients DEBUG " in line for line in lines)
    assert len([line for line in lines if " payclients INFO " in line]) == 2
    assert "woovi_appid_payclients_7c3e51" not in "\n".join(lines)


def test_an_unknown_level_prints_nothing() -> None:
    assert run("verbose") == []
