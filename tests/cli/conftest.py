"""Fixtures for the command-line tests: a click runner with stdout and stderr apart, registry overrides."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterator, Mapping

import pytest
from click.testing import CliRunner, Result

from payclients._cli import cli
from payclients._cli._registry import PROVIDERS, FakeSetup


def _runner() -> CliRunner:
    # click < 8.2 mixes stderr into stdout unless told not to; 8.2+ always keeps them apart.
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    return CliRunner()


Run = Callable[..., Result]
UseFake = Callable[..., None]


@pytest.fixture
def run() -> Run:
    """`run("solvimon", "get-invoice", "invo_1", "--fake")`: invoke the CLI in-process."""
    runner = _runner()

    def invoke(*args: str, input: str | bytes | None = None, env: Mapping[str, str] | None = None) -> Result:
        return runner.invoke(
            cli, list(args), input=input, env=dict(env or {}), catch_exceptions=False, prog_name="payclients"
        )

    return invoke


@pytest.fixture
def use_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[UseFake]:
    """Point a provider's `--fake` at another fake class (`"tests.cli._fakes:Class"`), for this test only."""

    def replace(provider: str, transport: str, credentials: Mapping[str, str] | None = None) -> None:
        entry = PROVIDERS[provider]
        fake = FakeSetup(
            transport=transport,
            credentials=credentials if credentials is not None else (entry.fake.credentials if entry.fake else {}),
        )
        monkeypatch.setitem(PROVIDERS, provider, dataclasses.replace(entry, fake=fake))

    yield replace


@pytest.fixture
def without_fake(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Take a provider's fake out of the registry, for this test only (as for a provider that has none)."""

    def remove(provider: str) -> None:
        monkeypatch.setitem(PROVIDERS, provider, dataclasses.replace(PROVIDERS[provider], fake=None))

    return remove
