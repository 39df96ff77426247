"""`payclients demo`: each provider's flagship flows, offline, against the bundled fakes.

No network, no credentials and no environment variables: every client talks to a fresh fake from
`payclients.testing` (which checks each request and answer against our spec when the `testing` extra
is installed). A provider plugs in with `demo="payclients._cli._demo:<function>"` in its registry
entry; the function gets a `Printer`, a client wired to the fake, and the fake itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import click

from .._exceptions import APIError, PayclientsError
from ._output import describe_api_error, is_fake_error
from ._registry import PROVIDERS, ClientOptions, ProviderEntry, build_client, load, make_fake, spec_checks_available

__all__ = ["Printer", "demo_command", "mindz", "money", "solvimon", "woovi"]


class Printer:
    """Readable demo output: headings, indented lines and aligned tables."""

    def heading(self, text: str) -> None:
        click.echo()
        click.echo(click.style(text, bold=True))

    def line(self, text: str = "", indent: int = 0) -> None:
        click.echo(" " * indent + text if text else "")

    def table(
        self, header: Sequence[str], rows: Iterable[Sequence[str]], *, right: Iterable[int] = (), indent: int = 2
    ) -> None:
        """Columns padded to their widest cell; the `right` columns (numbers) aligned right."""
        body = [list(map(str, row)) for row in rows]
        widths = [max(len(str(cell)) for cell in column) for column in zip(header, *body, strict=False)]
        right_columns = set(right)
        for row in [list(header), *body]:
            cells = [
                cell.rjust(width) if index in right_columns else cell.ljust(width)
                for index, (cell, width) in enumerate(zip(row, widths, strict=False))
            ]
            click.echo(" " * indent + "   ".join(cells).rstrip())


def _text(value: Any) -> str:
    """A model field for display: unset and None are shown as a dash."""
    if value is None or type(value).__name__ == "Unset":
        return "-"
    return str(getattr(value, "value", value))


def money(amount: Any) -> str:
    """A generated amount (`quantity` as a decimal string, `currency`) as `1,210.00 EUR`; never a float."""
    if amount is None or type(amount).__name__ == "Unset":
        return "-"
    try:
        quantity = Decimal(str(amount.quantity))
    except (InvalidOperation, AttributeError):
        return _text(amount)
    return f"{quantity:,.2f} {_text(amount.currency)}"


# -- Solvimon -------------------------------------------------------------------------------------------


def solvimon(out: Printer, client: Any, fake: Any) -> None:
    """refresh_invoice (after the customer's data changed), get_invoice (through a 503), list_invoices."""
    invoice_id = fake.invoice_ids[0]
    before = client.get_invoice(invoice_id)
    client.update_customer(before.customer_id, email="accounts-payable@acme.example")
    fake.update_customer(before.customer_id, purchase_order_number="PO-2025-0042")  # set in Solvimon's Desk
    after = client.refresh_invoice(invoice_id, types=["CUSTOMER", "PO_NUMBER"])
    out.line(f"refresh_invoice  {_text(after.invoice_number)} ({_text(after.status)})", indent=2)
    out.line("the customer's e-mail and PO number changed; refresh types CUSTOMER, PO_NUMBER:", indent=19)
    out.table(
        ["", "before", "after"],
        [
            ["customer e-mail", _text(before.customer.email), _text(after.customer.email)],
            ["PO number", _text(before.purchase_order_number), _text(after.purchase_order_number)],
        ],
        indent=19,
    )

    fake.fail_next(status=503)
    raw = client.invoices.with_raw_response.get_invoice(invoice_id)
    invoice = raw.parsed
    out.line(
        f"get_invoice      {_text(invoice.invoice_number)}  {_text(invoice.status)}  "
        f"{money(invoice.invoice_amount_including_tax)}",
        indent=2,
    )
    if raw.attempts > 1:
        out.line(
            f"retried after HTTP 503: succeeded on attempt {raw.attempts} (request id {raw.request_id})", indent=19
        )

    invoices = client.list_invoices(page_size=2).to_list()
    out.line(f"list_invoices    {len(invoices)} invoices (2 per page)", indent=2)
    out.table(
        ["number", "status", "amount"],
        [[_text(i.invoice_number), _text(i.status), money(i.invoice_amount_including_tax)] for i in invoices],
        right=[2],
        indent=19,
    )

    _usage(out, client, fake)


def _usage(out: Printer, client: Any, fake: Any) -> None:
    """Usage billing: ingest events (one sent twice), refresh the invoice, see its amount change."""
    open_invoice = next(i for i in client.list_invoices(statuses=["OPEN"]))
    customer = client.get_customer(open_invoice.customer_id)
    events = [
        {
            "reference": f"demo-usage-{n}",
            "customer_reference": customer.reference,
            "meter_reference": "api_calls",
            "meter_values": [{"reference": "calls", "number": str(calls)}],
        }
        for n, calls in enumerate((1200, 800, 500))
    ]
    result = client.ingest_events([*events, events[0]])  # the last is a retry of the first
    out.line(
        f"ingest_events    {result.accepted_count} usage events for {_text(customer.reference)}; "
        f"{result.duplicates} repeated a reference and was counted once",
        indent=2,
    )
    after = client.refresh_invoice(open_invoice.id, types=["FULL"])
    out.line(
        f"refresh_invoice  {_text(after.invoice_number)} (FULL): {money(open_invoice.invoice_amount_including_tax)}"
        f" -> {money(after.invoice_amount_including_tax)}",
        indent=2,
    )


# -- Woovi ----------------------------------------------------------------------------------------------


def reais(cents: Any) -> str:
    """Integer cents as `R$ 15.00`."""
    if not isinstance(cents, int):
        return "-"
    return f"R$ {Decimal(cents) / 100:,.2f}"


def woovi(out: Printer, client: Any, fake: Any) -> None:
    """create_invoice (NFS-e by value), list_invoices as it is issued, cancel_invoice once confirmed."""
    customer = {
        "taxID": "12345678909",
        "name": "Maria Silva",
        "email": "maria@example.com.br",
        "phone": "+5511999990000",
        "address": {"country": "BR", "zipcode": "01310100", "street": "Av. Paulista", "number": "1000", "state": "SP"},
    }
    invoice = client.create_invoice(
        billing_date="2026-11-21",
        value=1500,
        customer=customer,
        description="Monthly course fee",
        correlation_id="demo-nfse-0001",
    )
    out.line(
        f"create_invoice   {_text(invoice.correlation_id)}  {reais(invoice.value)}  {_text(invoice.status)}",
        indent=2,
    )
    out.line("NFS-e are issued asynchronously (the fake moves them on like NFe.io would):", indent=19)
    steps = []
    for _ in range(2):
        fake.process_invoices()
        listed = {i.correlation_id: i for i in client.list_invoices()}
        steps.append(_text(listed["demo-nfse-0001"].status))
    out.line("list_invoices    status: PENDING -> " + " -> ".join(steps), indent=2)
    client.cancel_invoice("demo-nfse-0001")
    final = {i.correlation_id: i for i in client.list_invoices()}["demo-nfse-0001"]
    out.line(f"cancel_invoice   {_text(final.correlation_id)}  {_text(final.status)}", indent=2)

    first = client.create_charge(value=4990, correlation_id="demo-order-42", comment="Order 42")
    again = client.create_charge(value=4990, correlation_id="demo-order-42", comment="Order 42")
    same = "the same charge" if again.transaction_id == first.transaction_id else "a NEW charge (!)"
    out.line(f"create_charge    {_text(first.correlation_id)}  {reais(first.value)}  {_text(first.status)}", indent=2)
    out.line(f"sent twice with one correlationID: Woovi returned {same}", indent=19)


# -- Mindz -----------------------------------------------------------------------------------------------


def mindz(out: Printer, client: Any, fake: Any) -> None:
    """refresh_invoice (the NF-e issuer answered), then cancel and refresh again; list_invoices."""
    from payclients.mindz import invoice_amount, invoice_status

    account = next(iter(fake.accounts))
    issuing = fake.invoice_ids(account)[0]
    before = client.get_invoice(account, issuing)
    after = client.refresh_invoice(account, issuing)
    out.line(
        f"refresh_invoice  #{after.id}  {_status(invoice_status(before))} -> {_status(invoice_status(after))}",
        indent=2,
    )
    cancelling = client.cancel_invoice(account, issuing)
    settled = client.refresh_invoice(account, issuing)
    out.line(
        f"cancel_invoice   #{cancelling.id}  {_status(invoice_status(cancelling))}; after refresh: "
        f"{_status(invoice_status(settled))}",
        indent=2,
    )
    invoices = client.list_invoices(account, page_size=2).to_list()
    out.line(f"list_invoices    {len(invoices)} invoices (2 per page)", indent=2)
    out.table(
        ["id", "status", "amount"],
        [[f"#{i.id}", _status(invoice_status(i)), _brl(invoice_amount(i))] for i in invoices],
        right=[2],
        indent=19,
    )


def _status(status: Any) -> str:
    return "-" if status is None else f"{status.name} ({status.label})"


def _brl(amount: Decimal | None) -> str:
    return "-" if amount is None else f"R$ {amount:,.2f}"


# -- the command ----------------------------------------------------------------------------------------


def _skip_reason(entry: ProviderEntry) -> str | None:
    """Why the demo cannot run this provider offline; None if it can."""
    if entry.fake is None or entry.demo is None:
        return "no offline fake yet"
    if not entry.available():
        return "client not in this version yet"
    return None


def _run_provider(out: Printer, entry: ProviderEntry) -> bool:
    """Run one provider's flows against a fresh fake: True if they ran, False if they failed."""
    assert entry.demo is not None
    fake = make_fake(entry)
    checked = ", every call checked against the spec" if spec_checks_available() else ""
    out.heading(f"{entry.title}  (offline: {type(fake).__name__}{checked})")
    flow = load(entry.demo)
    try:
        with build_client(entry, ClientOptions(fake=True), fake=fake) as client:
            flow(out, client, fake)
    except APIError as exc:
        click.echo(f"Error: {entry.name}: {describe_api_error(exc)}", err=True)
        return False
    except Exception as exc:
        if not isinstance(exc, PayclientsError) and not is_fake_error(exc):
            raise
        click.echo(f"Error: {entry.name}: {type(exc).__name__}: {exc}", err=True)
        return False
    return True


@click.command(name="demo")
@click.option(
    "--provider",
    type=click.Choice(list(PROVIDERS)),
    help="Run only this provider's flows.",
)
def demo_command(provider: str | None) -> None:
    """Run each provider's flagship flows offline, against the bundled fakes.

    No network, no credentials, no environment variables needed: every call goes to an in-memory
    fake that behaves like the provider.
    """
    out = Printer()
    out.line("payclients demo: each provider's flagship flows, run offline against the bundled fakes")
    out.line("(no network, no credentials: nothing here reaches a real API)")
    entries = [PROVIDERS[provider]] if provider else list(PROVIDERS.values())
    skipped = {entry.name: reason for entry in entries if (reason := _skip_reason(entry)) is not None}
    outcomes = [_run_provider(out, entry) for entry in entries if entry.name not in skipped]
    ran, failed = outcomes.count(True), outcomes.count(False)
    out.line()
    for name, reason in skipped.items():
        out.line(f"{name}: {reason}, skipped")
    summary = f"{ran} {'provider' if ran == 1 else 'providers'} ran offline"
    if skipped:
        summary += f", {len(skipped)} skipped"
    if failed:
        summary += f", {failed} failed"
    out.line()
    out.line(summary + ".")
    if failed:
        raise click.exceptions.Exit(1)
