"""Webhook endpoints for Woovi, Mindz and Solvimon in FastAPI (Starlette underneath: the same code works there).

Run it: `uvicorn --factory examples.webhooks_fastapi:create_app` with WOOVI_APP_ID,
MINDZ_WEBHOOK_SECRET and SOLVIMON_WEBHOOK_SECRETS (comma-separated: new and old during a roll) set.

What matters in each endpoint:
- the raw body (`await request.body()`) is verified before anything parses it: re-serialised JSON no
  longer matches its signature, so no pydantic body parameter here;
- a delivery that fails the check gets 400 and is ignored; a verified one gets 200 once handled
  (deliveries can repeat: make handlers idempotent);
- Solvimon's check also refuses a timestamp over 5 minutes old (a replay) and takes several secrets
  (new and old, for the 24 h after a roll); it is stdlib HMAC, so it needs no extra;
- the verifiers are built once, at start-up: a missing `webhooks` extra fails there, not at the
  first delivery;
- events are sent to handlers by type (`WebhookRouter`), with a fallback for types not handled.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request, Response

from payclients import AsyncWoovi, WebhookVerificationError
from payclients.mindz import webhooks as mindz_webhooks
from payclients.solvimon import webhooks as solvimon_webhooks
from payclients.woovi import webhooks as woovi_webhooks


def create_app(
    *,
    woovi_verifier: woovi_webhooks.AsyncWebhookVerifier | None = None,
    mindz_secret: str | None = None,
    solvimon_secrets: list[str] | None = None,
) -> FastAPI:
    """The app; `handled` (on `app.state`) lists what each handler saw, for this example's tests."""
    woovi = woovi_verifier or woovi_webhooks.AsyncWebhookVerifier(AsyncWoovi())
    mindz_secret = mindz_secret or os.environ["MINDZ_WEBHOOK_SECRET"]
    solvimon_secrets = solvimon_secrets or os.environ["SOLVIMON_WEBHOOK_SECRETS"].split(",")
    handled: list[tuple[str, Any]] = []

    woovi_router = woovi_webhooks.WebhookRouter[None]()

    @woovi_router.on("OPENPIX:CHARGE_COMPLETED")
    def charge_paid(event: woovi_webhooks.Event) -> None:
        assert isinstance(event, woovi_webhooks.WebhookChargePayload)
        handled.append(("woovi:paid", event.charge.correlation_id))

    @woovi_router.fallback
    def woovi_other(event: woovi_webhooks.Event) -> None:
        handled.append(("woovi:other", event.event))

    mindz_router = mindz_webhooks.WebhookRouter[Any, None]()

    @mindz_router.on("invoice.issued")
    def invoice_issued(event: Any) -> None:
        handled.append(("mindz:issued", event.data["id"]))

    @mindz_router.fallback
    def mindz_other(event: Any) -> None:
        handled.append(("mindz:other", event.event))

    solvimon_router = solvimon_webhooks.WebhookRouter[solvimon_webhooks.WebhookEvent[Any], None]()

    @solvimon_router.on("INVOICE.CREATED", "INVOICE.UPDATED")
    def invoice_changed(event: solvimon_webhooks.WebhookEvent[Any]) -> None:
        handled.append(("solvimon:invoice", event.data.id))  # a payclients_solvimon Invoice

    @solvimon_router.fallback
    def solvimon_other(event: solvimon_webhooks.WebhookEvent[Any]) -> None:
        handled.append(("solvimon:other", event.type))

    app = FastAPI()
    app.state.handled = handled

    @app.post("/webhooks/woovi")
    async def woovi_webhook(request: Request) -> Response:
        body = await request.body()  # the raw bytes, before anything parses them
        try:
            event = await woovi.construct_event(body, request.headers)
        except WebhookVerificationError:
            return Response(status_code=400)
        woovi_router.dispatch(event)
        return Response(status_code=200)

    @app.post("/webhooks/mindz")
    async def mindz_webhook(request: Request) -> Response:
        body = await request.body()
        try:
            event = mindz_webhooks.construct_event(body, request.headers, mindz_secret)
        except WebhookVerificationError:
            return Response(status_code=400)
        mindz_router.dispatch(event)
        return Response(status_code=200)

    @app.post("/webhooks/solvimon")
    async def solvimon_webhook(request: Request) -> Response:
        body = await request.body()
        try:
            event = solvimon_webhooks.construct_event(body, request.headers, solvimon_secrets)
        except WebhookVerificationError:  # bad signature, stale timestamp, or a body that is not an event
            return Response(status_code=400)
        solvimon_router.dispatch(event)
        return Response(status_code=200)

    return app
