"""What `import payclients` loads: the client a user asks for, and nothing it does not need.

Each check runs in a fresh interpreter, since this test process has imported everything already.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(code: str) -> set[str]:
    program = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    output = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    return set(output.splitlines())


def test_import_payclients_loads_no_provider_client() -> None:
    loaded = _modules_after("import payclients")
    assert not {m for m in loaded if m.startswith(("payclients.mindz", "payclients.woovi", "payclients.solvimon"))}


def test_a_solvimon_user_loads_neither_mindz_nor_woovi() -> None:
    loaded = _modules_after("from payclients import Solvimon\nSolvimon(api_key='k')")
    assert "payclients.solvimon._client" in loaded
    assert not {m for m in loaded if m.startswith(("payclients.mindz", "payclients.woovi"))}


@pytest.mark.parametrize("module", ["asyncio", "dateutil", "click", "rich", "pygments", "httpx._main"])
def test_a_sync_client_does_not_import(module: str) -> None:
    loaded = _modules_after("from payclients import Solvimon\nSolvimon(api_key='k')")
    assert module not in loaded


def test_httpx_keeps_its_cli() -> None:
    code = "import payclients, httpx\nhttpx.main(['--help'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "A next generation HTTP client" in result.stdout


def test_the_real_httpx_cli_module_is_importable_afterwards() -> None:
    loaded = _modules_after("import payclients\nimport httpx._main\nassert hasattr(httpx._main, 'print_help')")
    assert {"click", "httpx._main"} <= loaded


def test_lazy_names_are_listed_and_cached() -> None:
    import payclients

    assert {"Solvimon", "AsyncWoovi", "Mindz"} <= set(dir(payclients))
    solvimon = payclients.Solvimon
    assert vars(payclients)["Solvimon"] is solvimon
    with pytest.raises(AttributeError, match="Nope"):
        payclients.Nope  # type: ignore[attr-defined]  # noqa: B018
