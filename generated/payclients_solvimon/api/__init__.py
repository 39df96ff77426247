"""The API's resources, one per tag of the spec.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
`Resources` and `AsyncResources` declare them as typed attributes for a client class to inherit, so
type checkers know `client.<tag>` (and refuse a misspelled one) while nothing is imported until used.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .invoices import AsyncInvoicesResource, InvoicesResource

RESOURCES: dict[str, tuple[str, str, str]] = {
    "invoices": (".invoices", "InvoicesResource", "AsyncInvoicesResource"),
}
"""tag -> (module relative to this package, sync class, async class)"""


class Resources:
    """The resources of a sync client, declared (a client builds each on first use)."""

    invoices: "InvoicesResource"
    "Invoices and the actions on them."


class AsyncResources:
    """The resources of an async client, declared (a client builds each on first use)."""

    invoices: "AsyncInvoicesResource"
    "Invoices and the actions on them."


__all__ = ["RESOURCES", "AsyncResources", "Resources"]
