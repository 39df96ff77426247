"""Solvimon: B2B usage-based billing.

`Solvimon` / `AsyncSolvimon` reach every invoice operation of `specs/solvimon.yaml` through
`client.invoices`, plus the conveniences `refresh_invoice`, `get_invoice` and `list_invoices`.
The models are the generated ones, also importable as `payclients.solvimon.models` (loaded on first use).
"""

import importlib
from typing import Any

from .._oauth import AccessToken
from ._client import ENVIRONMENTS, AsyncSolvimon, Solvimon
from ._ingest import (
    DEFAULT_BATCH_SIZE,
    MAX_BATCH_SIZE,
    BackfillProgress,
    FailedEvent,
    IngestResult,
    events_from_csv,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ENVIRONMENTS",
    "MAX_BATCH_SIZE",
    "AccessToken",
    "AsyncSolvimon",
    "BackfillProgress",
    "FailedEvent",
    "IngestResult",
    "Solvimon",
    "events_from_csv",
    "models",
]


def __getattr__(name: str) -> Any:
    if name == "models":  # imported on first use: importing the client does not load the models
        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
