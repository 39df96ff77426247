"""`--json` bodies that go through a facade convenience instead of the raw generated operation.

Where the Python facade has a friendlier call for an operation (`Woovi.create_invoice` checks every
rule and makes the correlationID), the command line takes the same input and calls it, so both
accept the same thing. The JSON may use the facade's argument names (`billing_date`, `customer_id`)
or the API's field names (`billingDate`, `customerId`); a name that is neither is a usage error that
suggests the nearest.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import click

__all__ = ["CONVENIENCES", "Convenience", "convenience_for"]


@dataclass(frozen=True)
class Convenience:
    """A facade method (`method` of the sync client) standing in for one generated operation."""

    method: str
    aliases: Mapping[str, str]
    """API field name -> the method's argument name."""

    def call(self, client: Any, data: Any) -> Any:
        if not isinstance(data, Mapping):
            raise click.UsageError(f"--json: {self.method} takes a JSON object, not {type(data).__name__}")
        method: Callable[..., Any] = getattr(client, self.method)
        accepted = [name for name in inspect.signature(method).parameters if name != "self"]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            name = self.aliases.get(key, key)
            if name not in accepted:
                near = difflib.get_close_matches(key, [*accepted, *self.aliases], n=1)
                hint = f" (did you mean {near[0]!r}?)" if near else ""
                raise click.UsageError(f"--json: {key!r} is not an input of {self.method}{hint}")
            kwargs[name] = value
        return method(**kwargs)


CONVENIENCES: Mapping[tuple[str, str], Convenience] = {
    ("woovi", "create_invoice"): Convenience(
        method="create_invoice",
        aliases={
            "billingDate": "billing_date",
            "customerId": "customer_id",
            "correlationID": "correlation_id",
        },
    ),
}


def convenience_for(provider: str, operation: str) -> Convenience | None:
    """The facade method that takes `provider`'s `operation` body, if it has one."""
    return CONVENIENCES.get((provider, operation))
