"""Woovi refunds: create_refund and list_refunds (cassettes in cassettes/test_refunds/)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from payclients import AsyncWoovi, InternalServerError, ParameterError, Woovi
from tests.conftest import Script

APP_ID = "woovi_appid_payclients_7c3e51"
E2E = "9134e286-6f71-427a-bf00-241681624586"
REFUND = {"refund": {"status": "IN_PROCESSING", "value": 100, "correlationID": "refund-1"}}


@pytest.fixture
def woovi() -> Woovi:
    return Woovi(app_id=APP_ID)


@pytest.mark.vcr
def test_create_refund(woovi: Woovi) -> None:
    from payclients_woovi.models import Refund, RefundStatus

    refund = woovi.create_refund(
        transaction_end_to_end_id=E2E, value=100, correlation_id=E2E, comment="Comentário do reembolso"
    )
    assert isinstance(refund, Refund)
    assert refund.status is RefundStatus.IN_PROCESSING
    assert refund.value == 100
    assert refund.refund_id == "9134e2866f71427abf00241681624586"


@pytest.mark.vcr
def test_list_refunds(woovi: Woovi) -> None:
    refunds = list(woovi.refunds.list_refunds(skip=0, limit=10))
    assert [(r.correlation_id, r.comment) for r in refunds] == [(E2E, "Comentário do reembolso")]


def test_a_correlation_id_is_made_when_none_is_given() -> None:
    script = Script(httpx.Response(200, json=REFUND))
    Woovi(app_id=APP_ID, transport=script.transport()).create_refund(transaction_end_to_end_id=E2E, value=100)
    body = script.json_bodies()[0]
    assert body["transactionEndToEndId"] == E2E
    assert body["value"] == 100
    assert len(body["correlationID"]) == 36


def test_a_refund_is_never_repeated_once_it_may_have_reached_woovi(sleeps: list[float]) -> None:
    # Refunds move money and Woovi does not document them as deduplicated: one attempt only.
    script = Script(httpx.Response(502, json={"error": "Bad gateway"}), httpx.Response(200, json=REFUND))
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    with pytest.raises(InternalServerError):
        woovi.create_refund(transaction_end_to_end_id=E2E, value=100, correlation_id="refund-1")
    assert len(script.requests) == 1
    assert sleeps == []


def test_a_refund_is_retried_when_the_connection_never_opened() -> None:
    script = Script(httpx.ConnectError("connection refused"), httpx.Response(200, json=REFUND))
    woovi = Woovi(app_id=APP_ID, transport=script.transport())
    refund = woovi.create_refund(transaction_end_to_end_id=E2E, value=100, correlation_id="refund-1")
    assert refund.correlation_id == "refund-1"
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"transaction_end_to_end_id": "", "value": 100}, "transaction_end_to_end_id"),
        ({"transaction_end_to_end_id": E2E, "value": 0}, "value"),
        ({"transaction_end_to_end_id": E2E, "value": 1.5}, "value"),
        ({"transaction_end_to_end_id": E2E, "value": 100, "comment": "x" * 141}, "comment"),
        ({"transaction_end_to_end_id": E2E, "value": 100, "correlation_id": ""}, "correlation_id"),
    ],
)
def test_bad_arguments_are_refused_before_sending(kwargs: dict[str, Any], param: str) -> None:
    script = Script(httpx.Response(200, json=REFUND))
    with pytest.raises(ParameterError) as caught:
        Woovi(app_id=APP_ID, transport=script.transport()).create_refund(**kwargs)
    assert caught.value.param == param
    assert script.requests == []


@pytest.mark.anyio
async def test_async_create_and_list_refunds() -> None:
    page = {"refunds": [REFUND["refund"]], "pageInfo": {"skip": 0, "limit": 100, "hasNextPage": False}}
    script = Script(httpx.Response(200, json=REFUND), httpx.Response(200, json=page))
    async with AsyncWoovi(app_id=APP_ID, transport=script.async_transport()) as woovi:
        refund = await woovi.create_refund(transaction_end_to_end_id=E2E, value=100, correlation_id="refund-1")
        listed = await woovi.refunds.list_refunds(skip=0, limit=20).to_list()
    assert refund.status == "IN_PROCESSING"
    assert [r.correlation_id for r in listed] == ["refund-1"]
