"""The `payclients` command line (also `python -m payclients`).

    payclients demo                                   the flagship flows, offline
    payclients <provider> <operation> [args] [--fake] any operation of the provider's spec

Private: nothing here is imported by `import payclients`; the console script imports `main`.
"""

from ._main import cli, main

__all__ = ["cli", "main"]
