"""The webhook examples, each driven by its framework's own test client, with signed deliveries."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MINDZ_SECRET = "whsec_example"

CHARGE_COMPLETED: dict[str, Any] = {
    "event": "OPENPIX:CHARGE_COMPLETED",
    "charge": {"correlationID": "order-1001", "value": 990, "status": "COMPLETED"},
}
MINDZ_ISSUED: dict[str, Any] = {"id": "evt_1", "event": "invoice.issued", "data": {"id": 42}}
SOLVIMON_NEW, SOLVIMON_OLD = "whsec_solvimon_new", "whsec_solvimon_old"  # both valid during a roll
SOLVIMON_SECRETS = [SOLVIMON_NEW, SOLVIMON_OLD]
SOLVIMON_INVOICE_CREATED: dict[str, Any] = {
    "created_at": "2026-11-21T09:30:00Z",
    "type": "INVOICE.CREATED",
    "environment": "TEST",
    "data": {
        "id": "inv_1",
        "status": "DRAFT",
        "type": "STANDARD",
        "invoice_date": "2026-11-01T00:00:00Z",
        "invoice_number": "INV-0001",
    },
}


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"examples.{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def reformatted(body: bytes) -> bytes:
    """The same JSON, re-serialised: what a handler that parsed before verifying would check."""
    return json.dumps(json.loads(body), indent=2).encode()


@pytest.fixture
def woovi_payload() -> dict[str, Any]:
    return json.loads(json.dumps(CHARGE_COMPLETED))
