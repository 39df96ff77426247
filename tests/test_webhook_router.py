"""Dispatch of verified webhook events by type (payclients._webhooks.WebhookRouter and its providers')."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from payclients import ParameterError
from payclients.mindz import webhooks as mindz_webhooks
from payclients.woovi import webhooks as woovi_webhooks
from payclients.woovi.webhooks import WebhookEvent, parse_event


def woovi_event(kind: str) -> woovi_webhooks.Event:
    return parse_event(f'{{"event": "{kind}", "charge": {{"correlationID": "c-1", "value": 1}}}}'.encode())


def test_handlers_are_chosen_by_event_type() -> None:
    router = woovi_webhooks.WebhookRouter[str]()
    router.on("OPENPIX:CHARGE_COMPLETED")(lambda event: "paid")
    router.on(WebhookEvent.OPENPIX_CHARGE_EXPIRED, "OPENPIX:CHARGE_CREATED")(lambda event: "other charge")

    assert router.dispatch(woovi_event("OPENPIX:CHARGE_COMPLETED")) == "paid"
    assert router.dispatch(woovi_event("OPENPIX:CHARGE_EXPIRED")) == "other charge"
    assert router.dispatch(woovi_event("OPENPIX:CHARGE_CREATED")) == "other charge"


def test_an_unhandled_or_unknown_type_goes_to_the_fallback_or_is_ignored() -> None:
    router = woovi_webhooks.WebhookRouter[str]({"OPENPIX:CHARGE_COMPLETED": lambda event: "paid"})
    unknown = parse_event(b'{"event": "OPENPIX:BRAND_NEW", "x": 1}')
    assert type(unknown) is woovi_webhooks.WebhookPayload

    assert router.dispatch(unknown) is None  # no fallback: acknowledged and ignored
    assert router.dispatch(woovi_event("OPENPIX:CHARGE_EXPIRED")) is None

    seen: list[Any] = []

    @router.fallback
    def other(event: woovi_webhooks.Event) -> str:
        seen.append(event.event)
        return "fallback"

    assert router.dispatch(unknown) == "fallback"
    assert router.dispatch(woovi_event("OPENPIX:CHARGE_COMPLETED")) == "paid"
    assert seen == ["OPENPIX:BRAND_NEW"]


def test_a_misspelled_woovi_type_is_refused_with_the_nearest_name() -> None:
    router = woovi_webhooks.WebhookRouter[None]()
    with pytest.raises(ParameterError, match="did you mean 'OPENPIX:CHARGE_COMPLETED'"):
        router.on("OPENPIX:CHARGE_COMPLETE")


def test_a_type_newer_than_this_version_can_be_handled_when_not_strict() -> None:
    router = woovi_webhooks.WebhookRouter[str](strict=False)
    router.on("OPENPIX:BRAND_NEW")(lambda event: "new")

    assert router.dispatch(parse_event(b'{"event": "OPENPIX:BRAND_NEW"}')) == "new"


def test_one_handler_per_type_and_at_least_one_type() -> None:
    router = mindz_webhooks.WebhookRouter[Any, None]()
    router.on("invoice.issued")(lambda event: None)
    with pytest.raises(ParameterError, match="already has a handler"):
        router.on("invoice.issued")(lambda event: None)
    with pytest.raises(ParameterError, match="at least one"):
        router.on()


def test_mindz_events_route_by_their_event_name_and_one_without_a_name_falls_back() -> None:
    secret = "s"
    router = mindz_webhooks.WebhookRouter[Any, str](
        {"invoice.issued": lambda event: "issued"}, fallback=lambda event: "fallback"
    )

    def event(body: bytes) -> Any:
        return mindz_webhooks.construct_event(body, {"X-Mindz-Signature": mindz_webhooks.sign(body, secret)}, secret)

    assert router.dispatch(event(b'{"event": "invoice.issued", "data": {}}')) == "issued"
    assert router.dispatch(event(b'{"event": "invoice.canceled"}')) == "fallback"
    assert router.dispatch(event(b'{"id": "evt_1"}')) == "fallback"


def test_async_handlers_return_their_awaitable() -> None:
    router = woovi_webhooks.WebhookRouter[Any]()

    @router.on("OPENPIX:CHARGE_COMPLETED")
    async def paid(event: woovi_webhooks.Event) -> str:
        return "paid later"

    assert asyncio.run(router.dispatch(woovi_event("OPENPIX:CHARGE_COMPLETED"))) == "paid later"


def test_events_named_by_type_or_given_as_mappings_route_too() -> None:
    router = mindz_webhooks.WebhookRouter[Any, str]({"INVOICE.CREATED": lambda event: "created"})

    assert router.dispatch({"type": "INVOICE.CREATED"}) == "created"
    assert router.dispatch({"event": "INVOICE.CREATED"}) == "created"
    assert router.dispatch({"kind": "INVOICE.CREATED"}) is None
