"""Every Python example of README.md, one function each (written by test_readme_examples.py: do not edit).

mypy --strict checks this module; the examples run elsewhere (tests/cli/test_readme.py and the testing
section's tests).
"""

# ruff: noqa

from payclients import Mindz, Solvimon, Woovi
from payclients.testing import FakeSolvimon


def example_1() -> None:
    from payclients import Solvimon

    solvimon = Solvimon(api_key="...", environment="test")  # or set SOLVIMON_API_KEY

    invoice = solvimon.refresh_invoice("invo_8Kq2mZxR4tY7uB1n", types=["CUSTOMER", "PO_NUMBER"])
    total = invoice.invoice_amount_including_tax  # an Amount, or None when the answer has none
    if total is not None:
        print(invoice.id, invoice.status, total.quantity)  # invo_8Kq2mZxR4tY7uB1n DRAFT 1210.00 (a Decimal)

    for invoice in solvimon.list_invoices(statuses=["DRAFT"], max_items=500):  # pages fetched as needed
        print(invoice.invoice_number)


def example_2() -> None:
    import asyncio
    from payclients import AsyncSolvimon


    async def main() -> None:
        async with AsyncSolvimon() as solvimon:
            invoice = await solvimon.get_invoice("invo_8Kq2mZxR4tY7uB1n")
            async for invoice in solvimon.list_invoices(customer_id="cust_5Hn2Lp8Qw1Zx"):
                print(invoice.id)


    asyncio.run(main())


def example_3(solvimon: Solvimon) -> None:
    from payclients.solvimon.models import CreditInvoiceRequest

    credit = solvimon.invoices.credit_invoice("invo_8Kq2mZxR4tY7uB1n", body=CreditInvoiceRequest(note="Duplicate"))
    pdf = solvimon.invoices.download_invoice_pdf("invo_8Kq2mZxR4tY7uB1n").payload.read()


def example_4(solvimon: Solvimon) -> None:
    import pandas as pd

    rows = [
        {
            "id": invoice.id,
            "status": invoice.status,
            "invoice_date": invoice.invoice_date,
            "total": invoice.invoice_amount_including_tax.quantity if invoice.invoice_amount_including_tax else None,
            "currency": invoice.billing_currency,
        }
        for invoice in solvimon.list_invoices(max_items=1000)
    ]
    frame = pd.DataFrame(rows)
    frame["invoice_date"] = pd.to_datetime(frame["invoice_date"], utc=True)
    print(frame.groupby("currency")["total"].sum())  # Decimal sums: exact


def example_5(solvimon: Solvimon) -> None:
    result = solvimon.ingest_events(
        [
            {
                "customer_reference": "acme-bv",
                "meter_reference": "api_calls",
                "timestamp": "2026-11-21T09:30:00Z",
                "meter_values": [{"reference": "calls", "number": "120"}],
            },
        ]
    )
    for failure in result.failed:  # every refused event, with Solvimon's error; nothing is dropped
        print(failure.position, failure.error.message)


def example_6(solvimon: Solvimon) -> None:
    from payclients.solvimon import events_from_csv

    result = solvimon.backfill_events(
        events_from_csv("readings.csv", meter_reference="api_calls"),  # or any generator of events
        checkpoint="backfill.json",  # resume: run again with the same file and the same events
        progress=True,  # a line on stderr every 10,000 events
    )
    print(result.accepted_count, result.duplicates, len(result.failed))


def example_7(solvimon: Solvimon) -> None:
    customer = solvimon.create_customer("acme-bv", email="finance@acme.example", legal_name="Acme B.V.", country="NL")
    solvimon.update_customer("acme-bv", email="ap@acme.example")  # by id or by your reference
    subscription = solvimon.create_subscription(customer_id=customer.id, pricing_plan_id="ppla_...", reference="acme-usage")
    started = solvimon.init_subscription(subscription)  # activates it and makes the first invoice
    solvimon.change_plan(subscription, "ppla_pro", start_at="2027-01-01T00:00:00Z")
    if started.invoice is not None:  # the spec does not promise one, so the type says `Invoice | None`
        for payment in solvimon.list_payments(invoice_id=started.invoice.id):
            print(payment.id, payment.amount.quantity if payment.amount else None)


def example_8() -> None:
    solvimon = Solvimon(client_id="...", client_secret="...")  # or SOLVIMON_CLIENT_ID / SOLVIMON_CLIENT_SECRET


def example_9() -> None:
    from collections.abc import Mapping

    from payclients.solvimon import webhooks

    SECRETS = ["whsec_new...", "whsec_old..."]  # after a roll both are valid for 24 h


    def handle(raw_body: bytes, headers: Mapping[str, str]) -> None:
        event = webhooks.construct_event(raw_body, headers, secret=SECRETS)  # verified, then parsed
        if event.type == "INVOICE.CREATED":
            print(event.data)  # the generated Invoice; unknown resources keep `data` as a dict


def example_10() -> None:
    import asyncio

    import httpx

    from payclients import AsyncSolvimon
    from payclients.testing import FakeSolvimon


    async def fetch_all(client: AsyncSolvimon, invoice_ids: list[str], in_flight: int = 50) -> list[object]:
        gate = asyncio.Semaphore(in_flight)

        async def one(invoice_id: str) -> object:
            async with gate:
                return await client.get_invoice(invoice_id)

        return await asyncio.gather(*(one(i) for i in invoice_ids))


    async def main() -> None:
        fake = FakeSolvimon()  # a real client: AsyncSolvimon(api_key=..., limits=httpx.Limits(max_connections=50))
        limits = httpx.Limits(max_connections=50, max_keepalive_connections=50)
        async with httpx.AsyncClient(transport=fake, limits=limits) as http:
            client = AsyncSolvimon(api_key="test", http_client=http)
            invoices = await fetch_all(client, fake.invoice_ids * 10)
            assert len(invoices) == len(fake.invoice_ids) * 10


    asyncio.run(main())


def example_11() -> None:
    from decimal import Decimal

    from payclients import Mindz
    from payclients.mindz import InvoiceStatus, invoice_amount, invoice_status

    mindz = Mindz(app_id="...", api_key="...", platform="escola")  # or set MINDZ_APP_ID, MINDZ_API_KEY, MINDZ_PLATFORM

    invoice = mindz.refresh_invoice("conta-principal", 42)  # POST .../accounts/conta-principal/invoices/42/refresh/
    status = invoice_status(invoice)  # an InvoiceStatus, or None when the answer has none
    if status is not None:
        print(status.name, status.label, invoice_amount(invoice))  # ISSUED Emitida 150.00

    for invoice in mindz.list_invoices("conta-principal", ordering="-created_at", max_items=500):
        print(invoice.id, invoice_amount(invoice))  # pages (limit/offset) fetched as needed

    created = mindz.create_invoice(
        "conta-principal",
        "notas/nfe-2026-000123.pdf",  # exactly one file: a path, its bytes, or a file opened with "rb"
        amount=Decimal("150.00"),  # Decimal, int or "150.00": sent as "150.00"; floats are refused
        nfe_id="NFe35261112345678000195550010000001231000001230",
        status=InvoiceStatus.ISSUED,
        payment_id=9182,
        client_id=5531,
    )
    mindz.update_invoice("conta-principal", 42, status=InvoiceStatus.SENT_BY_EMAIL)  # PATCH: only what changes
    mindz.reissue_invoice("conta-principal", 43)
    mindz.cancel_invoice("conta-principal", 42)


def example_12() -> None:
    import asyncio
    from payclients import AsyncMindz


    async def main() -> None:
        async with AsyncMindz(platform="escola") as mindz:  # credentials from MINDZ_APP_ID and MINDZ_API_KEY
            invoice = await mindz.get_invoice("conta-principal", 42)
            async for invoice in mindz.list_invoices("conta-principal"):
                print(invoice.id)


    asyncio.run(main())


def example_13() -> None:
    import os
    from collections.abc import Mapping

    from payclients import WebhookVerificationError
    from payclients.mindz import webhooks

    SECRETS = [os.environ["MINDZ_WEBHOOK_SECRET"]]  # while rotating, list the new and the old secret


    def handle_mindz_webhook(body: bytes, headers: Mapping[str, str]) -> int:
        """Returns the HTTP status to answer with."""
        try:
            event = webhooks.construct_event(body, headers, SECRETS)
        except WebhookVerificationError:
            return 400  # not signed with our secret, altered on the way, or not an event
        print(event.event, event.data)
        return 200


def example_14() -> None:
    from payclients import Woovi

    woovi = Woovi(app_id="...", environment="sandbox")  # or set WOOVI_APP_ID (and WOOVI_ENVIRONMENT)

    invoice = woovi.create_invoice(
        billing_date="2026-08-28",  # a date, an aware datetime or an ISO-8601 string
        value=1500,  # cents; or charge="order-1042" to invoice an existing charge
        description="Mensalidade de suporte",
        customer={  # or customer_id="..." for a customer Woovi already has
            "taxID": "31324227036",
            "name": "John Doe",
            "email": "john@example.com",
            "phone": "5511999999999",
            "address": {"country": "BR", "zipcode": "01001000", "street": "Praça da Sé", "number": "1", "state": "SP"},
        },
    )
    print(invoice.correlation_id, invoice.status)  # a new UUID (or yours: correlation_id=...), PENDING

    for charge in woovi.list_charges(status="COMPLETED", start="2026-08-01T00:00:00-03:00"):  # pages as needed
        print(charge.correlation_id, charge.value, charge.paid_at)


def example_15() -> None:
    import asyncio
    from payclients import AsyncWoovi


    async def main() -> None:
        async with AsyncWoovi() as woovi:  # the AppID from WOOVI_APP_ID
            invoice = await woovi.create_invoice(billing_date="2026-08-28", value=1500, customer_id="customer-42")
            async for charge in woovi.list_charges():
                print(charge.correlation_id, charge.status)


    asyncio.run(main())


def example_16(woovi: Woovi) -> None:
    from payclients.woovi.models import ChargeCreateRequest

    order = ChargeCreateRequest(correlation_id="order-7", value=990)
    charge = woovi.charges.create_charge(body=order, return_existing=True)
    tokens = woovi.pix_keys.get_pix_key_tokens()  # the DICT token bucket: tokens, next_refresh, ...


def example_17() -> None:
    from payclients import Solvimon
    from payclients.testing import FakeSolvimon

    fake = FakeSolvimon()  # seeded: a customer and three invoices
    solvimon = Solvimon(api_key="test", transport=fake)  # the same client your code uses
    invoice_id = fake.invoice_ids[0]
    customer_id = solvimon.get_invoice(invoice_id).customer_id
    assert customer_id is not None
    solvimon.update_customer(customer_id, email="new@acme.example")
    customer = solvimon.refresh_invoice(invoice_id, types=["CUSTOMER"]).customer
    assert customer is not None and customer.email == "new@acme.example"


def example_18(solvimon: Solvimon, woovi: Woovi, fake_solvimon: FakeSolvimon) -> None:
    from payclients import Solvimon, Woovi
    from payclients.testing import FakeSolvimon, FakeWoovi


    def test_refresh_picks_up_the_new_email(solvimon: Solvimon, fake_solvimon: FakeSolvimon) -> None:
        invoice_id = fake_solvimon.invoice_ids[0]
        customer_id = solvimon.get_invoice(invoice_id).customer_id
        assert customer_id is not None
        solvimon.update_customer(customer_id, email="new@acme.example")
        customer = solvimon.refresh_invoice(invoice_id, types=["CUSTOMER"]).customer
        assert customer is not None and customer.email == "new@acme.example"


    def test_woovi_invoice_is_confirmed_then_cancelled(woovi: Woovi, fake_woovi: FakeWoovi) -> None:
        woovi.create_invoice(billing_date="2026-11-21", charge="order-1001", correlation_id="nfse-1")
        fake_woovi.process_invoices()  # PENDING -> PROCESSING: the fake moves NFS-e on as NFe.io would
        fake_woovi.process_invoices()  # PROCESSING -> CONFIRMED
        woovi.cancel_invoice("nfse-1")
        assert [i.status for i in woovi.list_invoices()] == ["CANCELED"]


def example_19(fake_solvimon: FakeSolvimon) -> None:
    fake_solvimon.fail_next(2, status=503)  # the next two calls answer 503 (with Retry-After: 0)
    fake_solvimon.timeout_next()  # the next call times out
    fake_solvimon.reset_next()  # the next call loses its connection


def example_20() -> None:
    from typing import Any


    def add_request_id(span: Any, request: Any, response: Any) -> None:
        request_id = response.headers.get("x-request-id") if response.headers else None
        if request_id and span.is_recording():
            span.set_attribute("payclients.request_id", request_id)


    # --
    import httpx
    from opentelemetry.instrumentation.httpx import SyncOpenTelemetryTransport

    from payclients import Solvimon

    solvimon = Solvimon(transport=SyncOpenTelemetryTransport(httpx.HTTPTransport(), response_hook=add_request_id))


def example_21(solvimon: Solvimon) -> None:
    from payclients import NotFoundError

    try:
        solvimon.get_invoice("invo_missing")
    except NotFoundError as error:
        print(error.code, error.request_id)  # RESOURCE_NOT_FOUND reqr_...


def example_22() -> None:
    from collections.abc import Mapping

    from payclients import Woovi
    from payclients.woovi.webhooks import WebhookChargePayload, WebhookEvent, WebhookVerificationError, WebhookVerifier

    woovi = Woovi(app_id="...")
    verifier = WebhookVerifier(woovi)  # create it once: it caches Woovi's public keys


    def handle_woovi_webhook(body: bytes, headers: Mapping[str, str]) -> int:
        """Returns the HTTP status to answer with."""
        try:
            event = verifier.construct_event(body, headers)
        except WebhookVerificationError:
            return 400  # not signed by Woovi, or altered on the way
        charge = event.charge if isinstance(event, WebhookChargePayload) else None
        if charge is not None and event.event == WebhookEvent.OPENPIX_CHARGE_COMPLETED:
            print("paid:", charge.correlation_id)  # deliveries can repeat: make this idempotent
        return 200  # any 2xx acknowledges the delivery; Woovi retries anything else


def example_23() -> None:
    from payclients.woovi.webhooks import Event, WebhookChargePayload, WebhookRouter

    router = WebhookRouter[None]()


    @router.on("OPENPIX:CHARGE_COMPLETED")  # a misspelled type is refused, with the nearest name
    def charge_paid(event: Event) -> None:
        assert isinstance(event, WebhookChargePayload) and event.charge is not None
        print("paid:", event.charge.correlation_id)


    @router.fallback  # every other type, including ones this version does not know
    def other(event: Event) -> None:
        print("ignored:", event.event)


    # in the handler, after verifying: router.dispatch(verifier.construct_event(body, headers))
