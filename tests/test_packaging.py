"""What a release carries: license, links, changelog, classifiers, an sdist that can run its own tests,
and the models under the facade's names."""

from __future__ import annotations

import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_license_file_is_mit_and_shipped() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_project_urls() -> None:
    assert set(PROJECT["urls"]) == {"Documentation", "Source", "Changelog", "Issues"}
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())


def test_changelog_keeps_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    assert "## [Unreleased]" in text
    version = importlib.import_module("payclients").__version__
    assert f"## [{version}]" in text


def test_classifiers_name_the_pytest_plugin() -> None:
    assert "Framework :: Pytest" in PROJECT["classifiers"]
    assert PROJECT["entry-points"]["pytest11"] == {"payclients": "payclients.testing.pytest_plugin"}


def test_the_sdist_carries_every_file_the_tests_read() -> None:
    """The tests read .ci/run, the README, the examples and the docs: the sdist must ship them."""
    include = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"][
        "sdist"
    ]["include"]
    for needed in (".ci/", "tests/", "examples/", "docs/", "mkdocs.yml", "README.md", "LICENSE", "CHANGELOG.md"):
        assert needed in include


@pytest.mark.parametrize("provider", ["solvimon", "woovi", "mindz"])
def test_models_are_importable_from_the_facade(provider: str) -> None:
    facade = importlib.import_module(f"payclients.{provider}.models")
    generated = importlib.import_module(f"payclients_{provider}.models")
    assert facade.__all__ == generated.__all__
    name = generated.__all__[0]
    assert getattr(facade, name) is getattr(generated, name)
    assert importlib.import_module(f"payclients.{provider}").models is facade


def test_models_load_only_when_asked_for() -> None:
    code = (
        "import sys, payclients.solvimon as s;"
        "assert 'payclients.solvimon.models' not in sys.modules;"
        "assert not [m for m in sys.modules if m.startswith('payclients_solvimon.models.')], 'eager';"
        "from payclients.solvimon.models import Invoice;"
        "assert s.models.Invoice is Invoice;"
        "assert len([m for m in sys.modules if m.startswith('payclients_solvimon.models.')]) < 40"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
