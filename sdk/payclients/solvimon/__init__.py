"""Solvimon: B2B usage-based billing.

`Solvimon` / `AsyncSolvimon` reach every invoice operation of `specs/solvimon.yaml` through
`client.invoices`, plus the conveniences `refresh_invoice`, `get_invoice` and `list_invoices`.
The models are the generated ones (`payclients_solvimon.models`).
"""

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
]
