"""What the generated models read, hold and write: exact decimals, aware dates, plain values in, short reprs."""

from __future__ import annotations

import datetime
import json
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from payclients import ParameterError, ResponseValidationError, Solvimon
from payclients_solvimon.models import Amount, CreateInvoiceRequest, Currency, Invoice
from payclients_solvimon.types import NULL, RequestValueError, ResponseValueError, decode_json
from payclients_woovi.models import InvoiceCharge
from payclients_woovi.types import ResponseValueError as WooviResponseValueError

ROOT = Path(__file__).resolve().parents[2]
CASSETTE = ROOT / "tests" / "solvimon" / "cassettes" / "test_invoices" / "test_get_invoice.yaml"
UTC = datetime.UTC


def minimal_invoice(**fields: Any) -> dict[str, Any]:
    return {"id": "invo_1", "status": "DRAFT", "type": "STANDARD", "invoice_date": "2026-11-01T00:00:00Z", **fields}


def invoice_body() -> dict[str, Any]:
    cassette = yaml.safe_load(CASSETTE.read_text())
    body: dict[str, Any] = decode_json(cassette["interactions"][0]["response"]["body"]["string"])
    return body


# -- decimal money ----------------------------------------------------------------------------------------


def test_a_decimal_number_is_read_from_its_own_text() -> None:
    assert Amount.from_dict(decode_json(b'{"quantity": 150.10, "currency": "EUR"}')).quantity == Decimal("150.10")
    assert Amount.from_dict(decode_json(b'{"quantity": 0.1, "currency": "EUR"}')).quantity == Decimal(
        "0.1"
    )  # not 0.1000000000000000055
    assert Amount.from_dict({"quantity": "150.10", "currency": "EUR"}).quantity == Decimal("150.10")
    assert Amount.from_dict({"quantity": 150, "currency": "EUR"}).quantity == Decimal(150)
    assert str(Amount.from_dict({"quantity": "150.10", "currency": "EUR"}).quantity) == "150.10"


@pytest.mark.parametrize("raw", [b'{"quantity": NaN}', b'{"quantity": Infinity}', b'{"quantity": -Infinity}'])
def test_non_finite_json_numbers_are_refused(raw: bytes) -> None:
    with pytest.raises(ResponseValueError, match="not a JSON number"):
        decode_json(raw)


@pytest.mark.parametrize("text", ["NaN", "Infinity", "12,50", "R$ 1", ""])
def test_strings_that_are_not_finite_decimals_are_refused(text: str) -> None:
    with pytest.raises(ResponseValueError) as caught:
        Amount.from_dict({"quantity": text, "currency": "EUR"})
    assert caught.value.path == "quantity"


def test_decimals_go_back_as_exact_plain_strings() -> None:
    assert Amount(quantity=Decimal("150.10"), currency="EUR").to_dict() == {"quantity": "150.10", "currency": "EUR"}
    assert Amount(quantity=Decimal("1E+2"), currency="EUR").to_dict() == {"quantity": "100", "currency": "EUR"}
    assert Amount(quantity=Decimal("0.0000001"), currency="EUR").to_dict() == {
        "quantity": "0.0000001",
        "currency": "EUR",
    }


def test_request_models_take_decimal_int_or_decimal_string_and_refuse_floats() -> None:
    assert Amount(quantity="150.10", currency="EUR").quantity == Decimal("150.10")
    assert Amount(quantity=" 7 ", currency="EUR").quantity == Decimal(7)
    assert Amount(quantity=150, currency="EUR").quantity == Decimal(150)
    with pytest.raises(RequestValueError, match="a float is not exact"):
        Amount(quantity=1.5, currency="EUR")  # type: ignore[arg-type]
    with pytest.raises(RequestValueError):
        Amount(quantity="abc", currency="EUR")
    with pytest.raises(RequestValueError):
        Amount(quantity=True, currency="EUR")  # type: ignore[arg-type]


def test_a_float_set_later_is_refused_before_sending_as_a_parameter_error() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = Solvimon(api_key="sk_test_payclients_1234567890", transport=httpx.MockTransport(answer))
    body = CreateInvoiceRequest(type_="ONE_OFF", customer_id="cust_1")
    body.sales_tax_percentage = 8.25  # type: ignore[assignment]
    with pytest.raises(ParameterError, match="float is not exact"):
        client.invoices.create_invoice(body=body)
    assert sent == []


# -- enums --------------------------------------------------------------------------------------------------


def test_a_plain_string_becomes_the_open_enum() -> None:
    assert Amount(quantity=1, currency="EUR").currency is Currency.EUR
    odd = Amount(quantity=1, currency="ZZZ").currency
    assert odd == "ZZZ"
    assert odd is not None and not odd.is_known
    assert Amount.from_dict({"quantity": "1", "currency": "ZZZ"}).to_dict() == {"quantity": "1", "currency": "ZZZ"}
    with pytest.raises(RequestValueError):
        Amount(quantity=1, currency=5)  # type: ignore[arg-type]


# -- dates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20T14:02:11Z", datetime.datetime(2026, 11, 20, 14, 2, 11, tzinfo=UTC)),
        ("2026-11-20T14:02:11.482913-03:00", datetime.datetime(2026, 11, 20, 17, 2, 11, 482913, tzinfo=UTC)),
        ("2026-11-20T14:02:11.5+01:00", datetime.datetime(2026, 11, 20, 13, 2, 11, 500000, tzinfo=UTC)),
        ("2026-11-20T14:02:11", datetime.datetime(2026, 11, 20, 14, 2, 11, tzinfo=UTC)),  # no offset: UTC
    ],
)
def test_every_date_time_is_aware(text: str, expected: datetime.datetime) -> None:
    parsed = Invoice.from_dict(minimal_invoice(invoice_date=text)).invoice_date
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is not None


def test_wrong_dates_name_the_field() -> None:
    with pytest.raises(ResponseValueError, match=r"^invoice_date: expected ISO 8601 date-time"):
        Invoice.from_dict(minimal_invoice(invoice_date="yesterday"))
    with pytest.raises(ResponseValueError, match=r"^invoice_date: expected date-time string, got integer 5"):
        Invoice.from_dict(minimal_invoice(invoice_date=5))


def test_request_models_refuse_naive_datetimes() -> None:
    aware = datetime.datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    assert (
        CreateInvoiceRequest(type_="ONE_OFF", invoice_date=aware).to_dict()["invoice_date"]
        == "2026-01-02T03:04:00+00:00"
    )
    assert CreateInvoiceRequest(type_="ONE_OFF", invoice_date="2026-01-02T03:04:00Z").invoice_date == aware
    with pytest.raises(RequestValueError, match="aware datetime"):
        CreateInvoiceRequest(type_="ONE_OFF", invoice_date=datetime.datetime(2026, 1, 2, 3, 4))


# -- null tolerance and validation ---------------------------------------------------------------------------


def test_null_in_an_optional_field_is_none() -> None:
    # Woovi's documented create-invoice answer: an unpaid charge has "paidAt": null.
    charge = InvoiceCharge.from_dict({"status": "ACTIVE", "paidAt": None, "value": 1500})
    assert charge.paid_at is None
    assert charge.value == 1500


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"value": "1500"}, 'value: expected integer, got string "1500"'),
        ({"value": True}, "value: expected integer, got boolean true"),
        ({"paidAt": 1700000000}, "paidAt: expected date-time string, got integer 1700000000"),
        ({"status": ["ACTIVE"]}, "status: expected string, got array"),
    ],
)
def test_wrong_types_name_their_path(body: dict[str, Any], message: str) -> None:
    with pytest.raises(WooviResponseValueError) as caught:
        InvoiceCharge.from_dict(body)
    assert str(caught.value) == message


def test_nested_paths_and_list_indexes() -> None:
    body = invoice_body()
    body["periods"][0]["groups"][0]["lines"][0]["amount_including_tax"]["quantity"] = [1]
    with pytest.raises(ResponseValueError) as caught:
        Invoice.from_dict(body)
    assert caught.value.path == "periods[0].groups[0].lines[0].amount_including_tax.quantity"
    assert caught.value.problem == "expected decimal, got array"


def test_a_required_field_missing_or_null_is_named() -> None:
    body = minimal_invoice()
    del body["status"]
    with pytest.raises(ResponseValueError, match=r"^status: required field is missing$"):
        Invoice.from_dict(body)
    with pytest.raises(ResponseValueError, match=r"^id: required field is null$"):
        Invoice.from_dict(minimal_invoice(id=None))


def test_a_list_for_the_whole_object_is_refused() -> None:
    with pytest.raises(ResponseValueError, match=r"^expected object, got array$"):
        Invoice.from_dict([])  # type: ignore[arg-type]


def test_value_errors_pickle() -> None:
    error = ResponseValueError("a.b", "expected integer, got string")
    again = pickle.loads(pickle.dumps(error))
    assert (again.path, again.problem) == ("a.b", "expected integer, got string")


def test_unknown_fields_are_kept_and_sent_back() -> None:
    amount = Amount.from_dict({"quantity": "1.00", "currency": "EUR", "new_field": {"x": 1}})
    assert amount.additional_properties == {"new_field": {"x": 1}}
    assert amount.to_dict() == {"quantity": "1.00", "currency": "EUR", "new_field": {"x": 1}}


# -- the runtime ------------------------------------------------------------------------------------------------


def test_a_response_that_does_not_match_is_a_response_validation_error_with_path_and_request_id() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=minimal_invoice(paid="yes"), headers={"x-request-id": "req_42"})

    client = Solvimon(api_key="sk_test_payclients_1234567890", transport=httpx.MockTransport(answer))
    with pytest.raises(ResponseValidationError) as caught:
        client.get_invoice("invo_1")
    assert caught.value.request_id == "req_42"
    assert 'at paid: expected boolean, got string "yes"' in str(caught.value)
    assert "req_42" in str(caught.value)


# -- to_dict and reprs -----------------------------------------------------------------------------------------


def test_to_dict_is_json_ready_and_round_trips() -> None:
    invoice = Invoice.from_dict(invoice_body())
    data = invoice.to_dict()
    json.dumps(data)
    assert Invoice.from_dict(json.loads(json.dumps(data))) == invoice
    assert NULL is not None and not NULL


def test_null_is_sent_only_when_asked() -> None:
    assert CreateInvoiceRequest(type_="ONE_OFF", customer_id="c").to_dict() == {"type": "ONE_OFF", "customer_id": "c"}
    assert CreateInvoiceRequest(type_="ONE_OFF", customer_id="c", sales_tax_percentage=NULL).to_dict() == {
        "type": "ONE_OFF",
        "customer_id": "c",
        "sales_tax_percentage": None,
    }


def test_reprs_are_short_and_show_only_what_is_set() -> None:
    invoice = Invoice.from_dict(invoice_body())
    text = repr(invoice)
    assert len(text) < 3000
    assert "Unset" not in text and "None" not in text
    assert text.startswith("Invoice(id='invo_8Kq2mZxR4tY7uB1n', status='DRAFT', type_=InvoiceType.STANDARD")
    assert repr(Amount(quantity="1.50", currency="EUR")) == "Amount(quantity=Decimal('1.50'), currency=Currency.EUR)"
    assert repr(InvoiceCharge()) == "InvoiceCharge()"


def test_ipython_shows_the_short_repr() -> None:
    class Printer:
        def __init__(self) -> None:
            self.parts: list[str] = []

        def text(self, value: str) -> None:
            self.parts.append(value)

    printer = Printer()
    amount = Amount(quantity="1", currency="EUR")
    amount._repr_pretty_(printer, cycle=False)
    assert printer.parts == [repr(amount)]
