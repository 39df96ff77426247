"""The spec checks build each operation's validators once, on its first call, and reuse them."""

from __future__ import annotations

from typing import Any

import pytest

from payclients import Solvimon
from payclients.testing import FakeSolvimon, SpecViolation
from payclients.testing._spec import _openapi


def _factory() -> Any:
    return _openapi("payclients_solvimon").response_validator.schema_validators_factory


def test_validators_are_built_once_per_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = _factory()
    monkeypatch.setattr(factory, "_built", {})
    built: list[Any] = []
    real = factory._factory.create

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(args[1].parts)
        return real(*args, **kwargs)

    monkeypatch.setattr(factory._factory, "create", counting)
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    client.get_invoice(fake.invoice_ids[0])
    first = len(built)
    for _ in range(3):
        client.get_invoice(fake.invoice_ids[0])
    assert 0 < first == len(built)
    # only what get_invoice needs: its parameters, its answer and that answer's headers
    assert all(parts[:2] == ("paths", "/v1/invoices/{resourceId}") for parts in built), built


def test_a_remembered_validator_still_catches_a_bad_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    client.get_invoice(fake.invoice_ids[0])
    monkeypatch.setattr(FakeSolvimon, "get_invoice", lambda self, call: self.respond(200, {"status": 7}))
    with pytest.raises(SpecViolation, match="answer"):
        client.get_invoice(fake.invoice_ids[0])


def test_a_remembered_path_still_checks_each_request() -> None:
    fake = FakeSolvimon()
    client = Solvimon(api_key="test", transport=fake)
    list(client.list_invoices(page_size=5, max_items=1))
    with pytest.raises(SpecViolation, match="minimum of 1"):
        client.invoices.list_invoices(limit=0)
