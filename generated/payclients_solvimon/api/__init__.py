"""Contains methods for accessing the API.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
"""

RESOURCES: dict[str, tuple[str, str, str]] = {
    "invoices": (".invoices", "InvoicesResource", "AsyncInvoicesResource"),
}
"""tag -> (module relative to this package, sync class, async class)"""

__all__ = ["RESOURCES"]
