"""Import httpx without its command line.

httpx's `__init__` imports its CLI module (`httpx._main`: click, plus rich and pygments) whenever click
is installed, only to expose `httpx.main` for the `httpx` console script. payclients depends on click
for its own command, so every `import payclients` would pay 20-60 ms for a CLI it never runs.

So, before httpx is first imported, a stand-in `httpx._main` is registered whose `main` imports the
real CLI when it is called. The stand-in is removed again right after httpx is imported: httpx itself
is untouched, `import httpx._main` later gives the real module, and `httpx.main()` still works. The
`httpx` console script runs in its own process, without payclients, and never sees any of this.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__: list[str] = []


def _cli(*args: Any, **kwargs: Any) -> Any:
    """httpx's `main`, loaded on first call."""
    try:
        from httpx._main import main
    except ImportError:  # what httpx itself says when its CLI extras are missing
        sys.exit(
            "The httpx command line client could not run because the required dependencies were not "
            "installed.\nMake sure you've installed everything with: pip install 'httpx[cli]'"
        )
    return main(*args, **kwargs)


def _import_httpx_without_cli() -> None:
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return  # already imported (the CLI cost, if any, is paid), or someone loads the CLI on purpose
    stand_in = types.ModuleType("httpx._main", "Stand-in for httpx's CLI module, set by payclients._httpx.")
    stand_in.main = _cli  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = stand_in
    try:
        import httpx  # noqa: F401
    finally:
        if sys.modules.get("httpx._main") is stand_in:
            del sys.modules["httpx._main"]


_import_httpx_without_cli()
