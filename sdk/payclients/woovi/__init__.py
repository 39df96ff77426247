"""Woovi (ex-OpenPix): Pix charges, customers, refunds, subscriptions and NFS-e invoices.

`Woovi` / `AsyncWoovi` reach every operation of `specs/woovi.yaml` through one resource per tag
(`client.charges`, `client.invoices`, `client.pix_keys`, ...), plus the conveniences `create_invoice`,
`create_charge`, `get_charge`, `cancel_invoice`, `get_invoice_pdf` / `get_invoice_xml`,
`create_customer`, `create_refund` and the auto-paginating `list_*`. The models are the generated ones,
also importable as `payclients.woovi.models` (loaded on first use).
"""

import importlib
from typing import Any

from ._client import ENVIRONMENTS, AsyncWoovi, Woovi

__all__ = ["ENVIRONMENTS", "AsyncWoovi", "Woovi", "models"]


def __getattr__(name: str) -> Any:
    if name == "models":  # imported on first use: importing the client does not load the models
        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
