"""Solvimon: B2B usage-based billing.

`Solvimon` / `AsyncSolvimon` reach every invoice operation of `specs/solvimon.yaml` through
`client.invoices`, plus the conveniences `refresh_invoice`, `get_invoice` and `list_invoices`.
The models are the generated ones (`payclients_solvimon.models`).
"""

from .._oauth import AccessToken
from ._client import ENVIRONMENTS, AsyncSolvimon, Solvimon

__all__ = ["ENVIRONMENTS", "AccessToken", "AsyncSolvimon", "Solvimon"]
