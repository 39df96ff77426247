"""The sync and async clients of every provider have one surface, and their resources are typed.

- the same public methods, with the same signatures (awaitables aside), on `Woovi`/`AsyncWoovi`,
  `Solvimon`/`AsyncSolvimon`, `Mindz`/`AsyncMindz`;
- every resource of the generated package is listed by `dir(client)` before first use, and built lazily;
- a misspelled resource is a `mypy --strict` error, the declared ones are not.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from payclients import AsyncMindz, AsyncSolvimon, AsyncWoovi, Mindz, Solvimon, Woovi

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    (Woovi, AsyncWoovi, {"app_id": "test-app"}),
    (Solvimon, AsyncSolvimon, {"api_key": "test-key"}),
    (Mindz, AsyncMindz, {"app_id": "a", "api_key": "k", "platform": "escola"}),
]
IDS = [pair[0].__name__ for pair in PAIRS]


def _surface(cls: type) -> dict[str, Any]:
    return {name: getattr(cls, name) for name in dir(cls) if not name.startswith("_")}


def _shape(value: Any) -> str:
    """A public member's signature with the sync/async differences taken out."""
    if isinstance(value, property):
        return "property"
    if not callable(value):
        return "attribute"
    text = str(inspect.signature(value))
    for sync, asynchronous in (
        ("httpx.Client", "httpx.AsyncClient"),
        ("httpx.BaseTransport", "httpx.AsyncBaseTransport"),
        ("SyncPager", "AsyncPager"),
        ("", " | AsyncIterable[Mapping[str, Any] | Any]"),  # only an async client can read an async stream
    ):
        text = text.replace(asynchronous, sync)
    return text.replace("Coroutine[Any, Any, ", "").replace("Awaitable[", "")


@pytest.mark.parametrize(("sync", "async_", "settings"), PAIRS, ids=IDS)
def test_sync_and_async_clients_have_the_same_methods_and_signatures(sync: type, async_: type, settings: Any) -> None:
    ours, theirs = _surface(sync), _surface(async_)
    assert set(ours) - {"close"} == set(theirs) - {"close", "aclose"}
    for name in ours.keys() & theirs.keys():
        assert _shape(ours[name]) == _shape(theirs[name]), name
    client, aclient = sync(**settings), async_(**settings)
    for name in ("list_invoices", "get_invoice"):
        if hasattr(client, name):
            assert inspect.signature(getattr(client, name)) == inspect.signature(getattr(aclient, name))
            assert inspect.iscoroutinefunction(getattr(aclient, name)) != name.startswith("list_")


@pytest.mark.parametrize(("sync", "async_", "settings"), PAIRS, ids=IDS)
def test_resources_are_listed_before_use_and_built_lazily(sync: type, async_: type, settings: Any) -> None:
    api = importlib.import_module(f"{sync.provider.generated_package}.api")
    for cls in (sync, async_):
        client = cls(**settings)
        assert set(api.RESOURCES) <= set(dir(client))
        assert not set(api.RESOURCES) & set(vars(client))  # nothing built yet
        tag = sorted(api.RESOURCES)[0]
        getattr(client, tag)
        assert tag in vars(client)


def test_a_misspelled_resource_fails_mypy_strict(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from payclients import AsyncWoovi, Mindz, Solvimon, Woovi\n"
        "woovi = Woovi(app_id='x')\n"
        "woovi.charges.list_charges()\n"
        "woovi.chargez.list_charges()\n"
        "Solvimon(api_key='x').invoice.get_invoice('inv_1')\n"
        "Mindz(app_id='a', api_key='k', platform='p').users.list_users()\n"
        "AsyncWoovi(app_id='x').pix_keyz\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["4", "5", "7"], result.stdout
    assert all("has no attribute" in line for line in errors), result.stdout
