"""`with_raw_response` as mypy --strict sees it (checked in CI, not run): every provider, sync and async.

A misspelled convenience on the raw proxy is an error: the `type: ignore` below would be reported as
unused (strict's `warn_unused_ignores`) if it were not.
"""

from typing import assert_type

from payclients import APIResponse, AsyncMindz, AsyncSolvimon, AsyncWoovi, Mindz, Solvimon, Woovi
from payclients_mindz.models import MindzPayInvoice
from payclients_solvimon.models import Invoice, InvoicePage
from payclients_woovi.models import Charge


def sync_clients(solvimon: Solvimon, woovi: Woovi, mindz: Mindz) -> None:
    assert_type(solvimon.with_raw_response.get_invoice("inv_1"), APIResponse[Invoice])
    assert_type(solvimon.with_raw_response.list_invoices(), APIResponse[InvoicePage])
    assert_type(woovi.with_raw_response.get_charge("order-1"), APIResponse[Charge])
    assert_type(mindz.with_raw_response.get_invoice("conta", 42), APIResponse[MindzPayInvoice])
    solvimon.with_raw_response.get_invoce("inv_1")  # type: ignore[attr-defined]


async def async_clients(solvimon: AsyncSolvimon, woovi: AsyncWoovi, mindz: AsyncMindz) -> None:
    assert_type(await solvimon.with_raw_response.get_invoice("inv_1"), APIResponse[Invoice])
    assert_type(await solvimon.with_raw_response.list_invoices(), APIResponse[InvoicePage])
    assert_type(await woovi.with_raw_response.get_charge("order-1"), APIResponse[Charge])
    assert_type(await mindz.with_raw_response.get_invoice("conta", 42), APIResponse[MindzPayInvoice])
