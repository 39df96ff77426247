"""InvoiceStatus: English names, Mindz's Portuguese labels, unknown values, and agreement with the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from payclients import Mindz, ParameterError
from payclients.mindz import InvoiceStatus, invoice_status
from tests.conftest import Script
from tests.mindz.conftest import ACCOUNT, API_KEY, APP_ID, PLATFORM

SPEC = Path(__file__).resolve().parents[2] / "specs" / "mindz.yaml"


def spec_status_schema() -> dict[str, Any]:
    schema: dict[str, Any] = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["MindzPayInvoiceStatus"]
    return schema


def test_names_values_and_labels() -> None:
    assert [(s.name, s.value, s.label) for s in InvoiceStatus] == [
        ("PENDING", 0, "Pendente"),
        ("ISSUING", 1, "Em processo de emissão"),
        ("ISSUED", 2, "Emitida"),
        ("ISSUE_FAILED", 3, "Falha ao emitir"),
        ("CANCELING", 4, "Em processo de cancelamento"),
        ("CANCELED", 5, "Cancelada"),
        ("CANCEL_FAILED", 6, "Falha ao cancelar"),
        ("DO_NOT_ISSUE", 7, "Não emitir"),
        ("SENT_BY_EMAIL", 8, "Enviado por email"),
        ("NOT_ISSUED", 9, "Não emitida"),
    ]


def test_the_spec_and_the_generated_enum_agree_with_it() -> None:
    from payclients_mindz.models import MindzPayInvoiceStatus

    schema = spec_status_schema()
    assert schema["enum"] == [s.value for s in InvoiceStatus]
    assert schema["x-enum-varnames"] == [s.name for s in InvoiceStatus]
    assert {int(k): v for k, v in schema["x-payclients-labels"].items()} == {s.value: s.label for s in InvoiceStatus}
    assert [(s.name, s.value) for s in MindzPayInvoiceStatus] == [(s.name, s.value) for s in InvoiceStatus]


def test_it_compares_equal_to_the_generated_enum_and_to_ints() -> None:
    from payclients_mindz.models import MindzPayInvoiceStatus

    assert InvoiceStatus.ISSUED == MindzPayInvoiceStatus.ISSUED == 2
    assert InvoiceStatus(MindzPayInvoiceStatus.CANCELED) is InvoiceStatus.CANCELED
    assert str(InvoiceStatus.ISSUED) == "2"


def test_unknown_values_degrade_gracefully() -> None:
    status = InvoiceStatus(12)
    assert status == 12
    assert status.name == "UNKNOWN_12"
    assert status.label == "Desconhecido (12)"
    assert status.is_known is False
    assert InvoiceStatus.ISSUED.is_known is True
    with pytest.raises(ValueError):
        InvoiceStatus("2")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Emitida", InvoiceStatus.ISSUED),
        (" falha ao emitir ", InvoiceStatus.ISSUE_FAILED),
        ("NÃO EMITIDA", InvoiceStatus.NOT_ISSUED),
    ],
)
def test_from_label(label: str, status: InvoiceStatus) -> None:
    assert InvoiceStatus.from_label(label) is status


def test_from_an_unknown_label_lists_the_labels() -> None:
    with pytest.raises(ParameterError, match="'Pendente'") as caught:
        InvoiceStatus.from_label("Paga")
    assert caught.value.param == "label"


def test_invoice_status_reads_a_response_including_unknown_and_missing_values() -> None:
    from payclients_mindz.models import MindzPayInvoice

    assert invoice_status(MindzPayInvoice.from_dict({"id": 1, "status": 5})) is InvoiceStatus.CANCELED
    later = invoice_status(MindzPayInvoice.from_dict({"id": 1, "status": 10}))
    assert later is not None and later.label == "Desconhecido (10)"
    assert invoice_status(MindzPayInvoice.from_dict({"id": 1})) is None


# -- statuses sent in create/update ------------------------------------------------------------------------


def status_sent(status: Any) -> bytes:
    script = Script(httpx.Response(200, json={"id": 42, "status": 2}))
    Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport()).update_invoice(
        ACCOUNT, 42, status=status
    )
    return script.requests[0].content


@pytest.mark.parametrize("status", [InvoiceStatus.DO_NOT_ISSUE, 7])
def test_a_status_is_sent_as_its_integer(status: Any) -> None:
    assert b'name="status"\r\nContent-Type: text/plain\r\n\r\n7\r\n' in status_sent(status)


def test_the_generated_enum_and_explicit_unknown_values_are_accepted() -> None:
    from payclients_mindz.models import MindzPayInvoiceStatus

    assert b"\r\n\r\n2\r\n" in status_sent(MindzPayInvoiceStatus.ISSUED)
    assert b"\r\n\r\n11\r\n" in status_sent(InvoiceStatus(11))  # built on purpose: a value Mindz added later


@pytest.mark.parametrize("status", [10, -1, True, "2", "Emitida", 2.0])
def test_unknown_statuses_are_refused_before_sending(status: Any) -> None:
    script = Script(httpx.Response(200, json={"id": 42}))
    mindz = Mindz(app_id=APP_ID, api_key=API_KEY, platform=PLATFORM, transport=script.transport())
    with pytest.raises(ParameterError, match="9 NOT_ISSUED \\(Não emitida\\)") as caught:
        mindz.update_invoice(ACCOUNT, 42, status=status)
    assert caught.value.param == "status"
    assert script.requests == []
