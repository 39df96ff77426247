"""Mindz / MindzPay: a Brazilian course platform and its payments product, one tenant per customer.

`Mindz` / `AsyncMindz` reach every operation of `specs/mindz.yaml` (private API v2 and public API v1)
through typed resources (`client.mindzpay_invoices`, `client.users`, `client.public_contact`, ...),
plus the MindzPay invoice conveniences `refresh_invoice`, `get_invoice`, `create_invoice`,
`update_invoice`, `reissue_invoice`, `cancel_invoice` and `list_invoices`. The models are the
generated ones, also importable as `payclients.mindz.models` (loaded on first use).

Most of the v2 API is a proposal (Mindz publishes its reference only inside each tenant): see the
README for how to check it against your tenant.

* `InvoiceStatus` - invoice statuses by English name, with Mindz's Portuguese `.label`.
* `invoice_status(invoice)`, `invoice_amount(invoice)` - an invoice's status and exact `Decimal` amount.
* `webhooks` - verify a delivery's HMAC-SHA256 signature and parse its event.
"""

import importlib
from typing import Any

from . import webhooks
from ._client import AsyncMindz, InvoiceFile, Mindz
from ._config import DEFAULT_API_KEY_HEADER, DEFAULT_APP_ID_HEADER, AuthStyle
from ._money import AmountLike, invoice_amount
from ._status import InvoiceStatus, invoice_status

__all__ = [
    "DEFAULT_API_KEY_HEADER",
    "DEFAULT_APP_ID_HEADER",
    "AmountLike",
    "AsyncMindz",
    "AuthStyle",
    "InvoiceFile",
    "InvoiceStatus",
    "Mindz",
    "invoice_amount",
    "invoice_status",
    "models",
    "webhooks",
]


def __getattr__(name: str) -> Any:
    if name == "models":  # imported on first use: importing the client does not load the models
        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
