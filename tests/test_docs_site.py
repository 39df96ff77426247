"""The API reference covers the public surface: each public name of the facade has a place in docs/."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = "\n".join(page.read_text(encoding="utf-8") for page in (ROOT / "docs").rglob("*.md"))
WHOLE_MODULES = {"payclients._exceptions"}  # rendered whole, every member
NOT_RENDERED = {"__version__", "models", "webhooks"}  # modules and the version: pages of their own


def documented(module: str, name: str) -> bool:
    if re.search(rf"^::: {re.escape(module)}\.{re.escape(name)}$", PAGES, flags=re.MULTILINE):
        return True
    for block in re.findall(rf"^::: {re.escape(module)}\n((?:    .*\n)+)", PAGES, flags=re.MULTILINE):
        if re.search(rf"^        - {re.escape(name)}$", block, flags=re.MULTILINE):
            return True
    origin = getattr(getattr(importlib.import_module(module), name), "__module__", "")
    return origin in WHOLE_MODULES


@pytest.mark.parametrize(
    "module",
    [
        "payclients",
        "payclients.solvimon",
        "payclients.woovi",
        "payclients.mindz",
        "payclients.testing",
    ],
)
def test_every_public_name_is_in_the_reference(module: str) -> None:
    public = set(importlib.import_module(module).__all__) - NOT_RENDERED
    facade_names = {name: f"payclients.{name}" for name in importlib.import_module("payclients").__all__}
    missing = [
        name
        for name in sorted(public)
        if not documented(module, name)
        and not (name in facade_names and documented("payclients", name))
        and not documented(f"{module}", name)
    ]
    assert missing == []


def test_webhook_pages_list_each_providers_verifier_and_router() -> None:
    for module in ("payclients.woovi.webhooks", "payclients.mindz.webhooks", "payclients.solvimon.webhooks"):
        assert documented(module, "WebhookRouter") and documented(module, "construct_event")


def test_every_provider_has_a_resources_and_a_models_page() -> None:
    for provider in ("solvimon", "woovi", "mindz"):
        assert f"<!-- payclients:resources payclients_{provider} -->" in PAGES
        assert f"<!-- payclients:models payclients_{provider} -->" in PAGES
