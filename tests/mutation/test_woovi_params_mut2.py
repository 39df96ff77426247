"""Woovi's argument checks as a caller meets them: the body or query each convenience sends, recorded at
send time, and the `ParameterError` (with the argument's dotted name) it raises instead of sending."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import httpx
import pytest

from payclients import ParameterError, Woovi
from tests.conftest import Script

APP = "woovi_appid_payclients_7c3e51"
ADDRESS = {"country": "BR", "zipcode": "01001000", "street": "Praça da Sé", "number": "1", "state": "SP"}
CUSTOMER = {
    "taxID": "31324227036",
    "name": "Dan",
    "email": "dan@example.com",
    "phone": "5511999999999",
    "address": ADDRESS,
}
REPLIES: dict[tuple[str, str], Any] = {
    ("POST", "invoice"): {
        "invoice": {
            "id": "67001bbf0b0621890af7dc29",
            "correlationID": "inv-1",
            "value": 1500,
            "date": "2025-08-28T13:12:44.108Z",
            "billingDate": "2025-08-28T03:00:00.000Z",
            "status": "PENDING",
        }
    },
    ("POST", "charge"): {"charge": {"correlationID": "order-1", "value": 1500, "status": "ACTIVE"}},
    ("POST", "customer"): {"customer": {"name": "Dan"}},
    ("POST", "refund"): {"refund": {"status": "IN_PROCESSING", "value": 100, "correlationID": "refund-1"}},
    ("GET", "charge"): {"charges": [], "pageInfo": {"hasNextPage": False}},
    ("GET", "invoice"): {"invoices": [], "pageInfo": {"hasNextPage": False}},
    ("GET", "transaction"): {"transactions": [], "pageInfo": {"hasNextPage": False}},
}


def answer(request: httpx.Request) -> httpx.Response:
    status = 201 if request.url.path == "/api/v1/invoice" and request.method == "POST" else 200
    return httpx.Response(status, json=REPLIES[request.method, request.url.path.split("/")[3]])


@pytest.fixture
def script() -> Script:
    return Script(answer)


@pytest.fixture
def woovi(script: Script) -> Woovi:
    return Woovi(app_id=APP, transport=script.transport())


def body(script: Script) -> dict[str, Any]:
    (request,) = script.requests
    sent: dict[str, Any] = json.loads(request.content)
    return sent


def query(script: Script) -> dict[str, str]:
    (request,) = script.requests
    return dict(request.url.params)


def refused(script: Script, call: Any, param: str, problem: str | None = None, **kwargs: Any) -> ParameterError:
    with pytest.raises(ParameterError) as caught:
        call(**kwargs)
    assert caught.value.param == param
    if problem is not None:
        assert caught.value.problem == problem
    assert script.requests == []  # nothing was sent
    return caught.value


# -- charges -------------------------------------------------------------------------------------------------------


def test_a_charge_body_carries_every_given_field(woovi: Woovi, script: Script) -> None:
    woovi.create_charge(
        value=1,
        correlation_id="order-1",
        comment="thanks",
        customer={"name": "Dan", "email": "dan@example.com"},
        expires_in=1,
        expires_date=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        additional_info={"Order": "302", "Product": "Pencil"},
    )
    assert body(script) == {
        "correlationID": "order-1",
        "value": 1,
        "comment": "thanks",
        "customer": {"name": "Dan", "email": "dan@example.com"},
        "expiresIn": 1,
        "expiresDate": "2026-01-02T03:04:05+00:00",
        "additionalInfo": [{"key": "Order", "value": "302"}, {"key": "Product", "value": "Pencil"}],
    }


def test_a_bare_charge_sends_only_value_and_a_new_uuid(woovi: Woovi, script: Script) -> None:
    woovi.create_charge(value=1500)
    sent = body(script)
    assert set(sent) == {"correlationID", "value"}
    assert uuid.UUID(sent["correlationID"]).version == 4


def test_each_charge_gets_its_own_correlation_id(woovi: Woovi, script: Script) -> None:
    woovi.create_charge(value=1500)
    woovi.create_charge(value=1500)
    first, second = (json.loads(r.content)["correlationID"] for r in script.requests)
    assert first != second


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (0, "must be a positive number of cents, not 0"),
        (-5, "must be a positive number of cents, not -5"),
        (True, "must be a whole number of cents (1500 = R$ 15,00), not True"),
        (15.0, "must be a whole number of cents (1500 = R$ 15,00), not 15.0"),
        ("1500", "must be a whole number of cents (1500 = R$ 15,00), not '1500'"),
    ],
)
def test_a_charge_value_must_be_positive_cents(woovi: Woovi, script: Script, value: Any, problem: str) -> None:
    refused(script, woovi.create_charge, "value", problem, value=value)


@pytest.mark.parametrize("correlation_id", ["", "   ", 5])
def test_a_given_correlation_id_must_be_text(woovi: Woovi, script: Script, correlation_id: Any) -> None:
    error = refused(script, woovi.create_charge, "correlation_id", value=100, correlation_id=correlation_id)
    assert error.problem == f"must be a non-empty string, not {correlation_id!r}"


def test_a_comment_must_be_text(woovi: Woovi, script: Script) -> None:
    refused(script, woovi.create_charge, "comment", "must be a string, not int", value=100, comment=5)


def test_a_long_charge_comment_is_sent(woovi: Woovi, script: Script) -> None:
    woovi.create_charge(value=100, comment="x" * 500)
    assert body(script)["comment"] == "x" * 500


@pytest.mark.parametrize("expires_in", [0, -1, True, "60", 1.5])
def test_expires_in_must_be_a_whole_number_of_seconds(woovi: Woovi, script: Script, expires_in: Any) -> None:
    error = refused(script, woovi.create_charge, "expires_in", value=100, expires_in=expires_in)
    assert error.problem == f"must be a whole number >= 1, not {expires_in!r}"


def test_additional_info_must_be_a_mapping(woovi: Woovi, script: Script) -> None:
    refused(
        script,
        woovi.create_charge,
        "additional_info",
        "must be a mapping of labels to texts shown to the payer",
        value=100,
        additional_info=[("Order", "1")],
    )


def test_additional_info_labels_and_texts_must_not_be_blank(woovi: Woovi, script: Script) -> None:
    refused(script, woovi.create_charge, "additional_info", value=100, additional_info={" ": "x"})
    refused(script, woovi.create_charge, "additional_info.Order", value=100, additional_info={"Order": ""})


def test_a_charge_customer_is_checked_with_dotted_names(woovi: Woovi, script: Script) -> None:
    refused(script, woovi.create_charge, "customer.name", "is required", value=100, customer={"email": "a@b.co"})
    refused(
        script,
        woovi.create_charge,
        "customer.taxID",
        "give at least one of customer.taxID, customer.email, customer.phone besides the name",
        value=100,
        customer={"name": "Dan"},
    )
    refused(script, woovi.create_charge, "customer.tax_id", value=100, customer={"name": "Dan", "tax_id": "1"})
    refused(
        script,
        woovi.create_charge,
        "customer",
        "expected a mapping with name, taxID, email, phone, correlationID, address, not str",
        value=100,
        customer="Dan",
    )


def test_a_charge_customer_model_is_sent_as_its_fields(woovi: Woovi, script: Script) -> None:
    from payclients_woovi.models import CustomerCreateRequest

    model = CustomerCreateRequest.from_dict({"name": "Dan", "phone": "5511999999999"})
    woovi.create_charge(value=100, customer=model)
    assert body(script)["customer"] == {"name": "Dan", "phone": "5511999999999"}


# -- customers ------------------------------------------------------------------------------------------------------


def test_a_customer_body_uses_woovis_names(woovi: Woovi, script: Script) -> None:
    woovi.create_customer(
        name="Dan",
        tax_id="11222333000181",
        email="dan@example.com",
        phone="55119",
        correlation_id="c-1",
        address={"zipcode": "01001000", "city": "São Paulo"},
    )
    assert body(script) == {
        "name": "Dan",
        "taxID": "11222333000181",
        "email": "dan@example.com",
        "phone": "55119",
        "correlationID": "c-1",
        "address": {"zipcode": "01001000", "city": "São Paulo"},
    }


@pytest.mark.parametrize(
    ("contact", "sent"),
    [
        ({"tax_id": "31324227036"}, {"taxID": "31324227036"}),
        ({"email": "d@e.io"}, {"email": "d@e.io"}),
        ({"phone": "1"}, {"phone": "1"}),
        ({"tax_id": "AB12CD34EF5678"}, {"taxID": "AB12CD34EF5678"}),
    ],
)
def test_one_contact_is_enough(woovi: Woovi, script: Script, contact: dict[str, str], sent: dict[str, str]) -> None:
    woovi.create_customer(name="Dan", **contact)
    assert body(script) == {"name": "Dan", **sent}


def test_a_customer_needs_a_contact_named_in_the_callers_words(woovi: Woovi, script: Script) -> None:
    refused(
        script,
        woovi.create_customer,
        "tax_id",
        "give at least one of tax_id, email, phone besides the name",
        name="Dan",
    )


@pytest.mark.parametrize(
    ("kwargs", "param", "problem"),
    [
        ({"name": None, "email": "d@e.io"}, "name", "is required"),
        ({"name": " ", "email": "d@e.io"}, "name", "must not be blank"),
        ({"name": 5, "email": "d@e.io"}, "name", "must be a string, not int"),
        ({"name": "Dan", "email": "dan"}, "email", "'dan' is not an e-mail address"),
        ({"name": "Dan", "email": "dan@example"}, "email", "'dan@example' is not an e-mail address"),
        (
            {"name": "Dan", "tax_id": "313.242.270-36"},
            "tax_id",
            "must be a CPF (11 digits) or a CNPJ (14 characters), without dots, dashes or slashes",
        ),
        ({"name": "Dan", "tax_id": "3132422703"}, "tax_id", None),
        (
            {"name": "Dan", "phone": "1", "address": {"state": "sp"}},
            "address.state",
            "must be a two-letter state code such as SP, not 'sp'",
        ),
        ({"name": "Dan", "phone": "1", "address": {"zip": "1"}}, "address.zip", None),
        ({"name": "Dan", "phone": "1", "address": {"city": ""}}, "address.city", "must not be blank"),
        (
            {"name": "Dan", "phone": "1", "address": "Rua A"},
            "address",
            "expected a mapping of address fields (zipcode, street, number, neighborhood, city, state, complement, "
            "country), not str",
        ),
    ],
)
def test_a_bad_customer_field_is_refused(
    woovi: Woovi, script: Script, kwargs: dict[str, Any], param: str, problem: str | None
) -> None:
    refused(script, woovi.create_customer, param, problem, **kwargs)


def test_an_address_without_a_state_is_fine_for_a_customer(woovi: Woovi, script: Script) -> None:
    woovi.create_customer(name="Dan", phone="1", address={"city": "Recife"})
    assert body(script)["address"] == {"city": "Recife"}


def test_an_unknown_field_hints_at_woovis_spelling(woovi: Woovi, script: Script) -> None:
    error = refused(script, woovi.create_charge, "customer.taxId", value=100, customer={"name": "Dan", "taxId": "1"})
    assert error.problem.startswith("unknown field (Woovi spells it taxID); the known fields are name, taxID,")
    error = refused(script, woovi.create_charge, "customer.cpf", value=100, customer={"name": "Dan", "cpf": "1"})
    assert error.problem == "unknown field; the known fields are name, taxID, email, phone, correlationID, address"


# -- invoices -------------------------------------------------------------------------------------------------------


def test_an_invoice_by_value_for_a_full_customer(woovi: Woovi, script: Script) -> None:
    woovi.create_invoice(
        billing_date=dt.date(2025, 8, 28), value=1, customer=CUSTOMER, description="Support", correlation_id="inv-1"
    )
    assert body(script) == {
        "correlationID": "inv-1",
        "billingDate": "2025-08-28T03:00:00.000Z",
        "value": 1,
        "customer": CUSTOMER,
        "description": "Support",
    }


def test_an_invoice_for_an_existing_customer(woovi: Woovi, script: Script) -> None:
    woovi.create_invoice(billing_date="2025-08-28", value=1500, customer_id="customer-42", correlation_id="inv-1")
    assert body(script) == {
        "correlationID": "inv-1",
        "billingDate": "2025-08-28T03:00:00.000Z",
        "value": 1500,
        "customerId": "customer-42",
    }


def test_an_invoice_of_a_charge(woovi: Woovi, script: Script) -> None:
    woovi.create_invoice(billing_date="2025-08-28", charge="order-1")
    sent = body(script)
    assert sent["charge"] == "order-1"
    assert set(sent) == {"correlationID", "billingDate", "charge"}
    uuid.UUID(sent["correlationID"])


def test_an_invoice_customer_model_is_sent_as_its_fields(woovi: Woovi, script: Script) -> None:
    from payclients_woovi.models import InvoiceCustomerInput

    woovi.create_invoice(billing_date="2025-08-28", value=1, customer=InvoiceCustomerInput.from_dict(CUSTOMER))
    assert body(script)["customer"] == CUSTOMER


@pytest.mark.parametrize(
    ("billing_date", "sent"),
    [
        (dt.date(2025, 8, 28), "2025-08-28T03:00:00.000Z"),
        ("2025-08-28", "2025-08-28T03:00:00.000Z"),
        ("2025-08-28T10:11:12Z", "2025-08-28T10:11:12.000Z"),
        ("2025-08-28 10:11:12-03:00", "2025-08-28T13:11:12.000Z"),
        (dt.datetime(2025, 8, 28, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3))), "2025-08-29T02:30:00.000Z"),
        (dt.datetime(2025, 8, 28, 1, 2, 3, 1000, tzinfo=dt.UTC), "2025-08-28T01:02:03.001Z"),
        (dt.datetime(2025, 8, 28, 1, 2, 3, 999999, tzinfo=dt.UTC), "2025-08-28T01:02:03.999Z"),
        (dt.datetime(2025, 8, 28, 1, 2, 3, 500000, tzinfo=dt.UTC), "2025-08-28T01:02:03.500Z"),
    ],
)
def test_billing_date_is_sent_as_a_utc_moment(woovi: Woovi, script: Script, billing_date: Any, sent: str) -> None:
    woovi.create_invoice(billing_date=billing_date, value=1500, customer_id="c-1")
    assert body(script)["billingDate"] == sent


@pytest.mark.parametrize(
    ("billing_date", "problem"),
    [
        (None, "is required: a date, an aware datetime or an ISO-8601 string"),
        (20250828, "expected a date, an aware datetime or an ISO-8601 string, not int"),
        (dt.datetime(2025, 8, 28), None),
    ],
)
def test_a_bad_billing_date_is_refused(woovi: Woovi, script: Script, billing_date: Any, problem: str | None) -> None:
    refused(script, woovi.create_invoice, "billing_date", problem, billing_date=billing_date, value=1, customer_id="c")


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({}, "value"),
        ({"value": 1, "charge": "order-1"}, "charge"),
        ({"charge": "order-1", "customer_id": "c", "customer": CUSTOMER}, "customer_id"),
        ({"value": 1}, "customer"),
        ({"value": 0, "customer_id": "c"}, "value"),
        ({"charge": " "}, "charge"),
        ({"value": 1, "customer_id": ""}, "customer_id"),
        ({"value": 1, "customer_id": "c", "description": 5}, "description"),
    ],
)
def test_invoice_combinations_are_checked(woovi: Woovi, script: Script, kwargs: dict[str, Any], param: str) -> None:
    refused(script, woovi.create_invoice, param, billing_date="2025-08-28", **kwargs)


def test_an_invoice_of_a_charge_may_name_its_customer(woovi: Woovi, script: Script) -> None:
    woovi.create_invoice(billing_date="2025-08-28", charge="order-1", customer_id="c-1")
    assert body(script)["customerId"] == "c-1"


@pytest.mark.parametrize(
    ("missing", "param", "problem"),
    [
        ("taxID", "customer.taxID", "is required"),
        ("name", "customer.name", "is required"),
        ("email", "customer.email", "is required"),
        ("phone", "customer.phone", "is required"),
        ("address", "customer.address", "is required, with country, zipcode, street, number, state"),
    ],
)
def test_an_invoice_customer_needs_every_field(
    woovi: Woovi, script: Script, missing: str, param: str, problem: str
) -> None:
    customer = {k: v for k, v in CUSTOMER.items() if k != missing}
    refused(script, woovi.create_invoice, param, problem, billing_date="2025-08-28", value=1, customer=customer)


@pytest.mark.parametrize("missing", ["country", "zipcode", "street", "number", "state"])
def test_an_invoice_address_needs_every_field(woovi: Woovi, script: Script, missing: str) -> None:
    customer = {**CUSTOMER, "address": {k: v for k, v in ADDRESS.items() if k != missing}}
    refused(
        script,
        woovi.create_invoice,
        f"customer.address.{missing}",
        "is required",
        billing_date="2025-08-28",
        value=1,
        customer=customer,
    )


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"taxID": "123"}, "customer.taxID"),
        ({"email": "nope"}, "customer.email"),
        ({"nickname": "D"}, "customer.nickname"),
        ({"address": {**ADDRESS, "state": "São Paulo"}}, "customer.address.state"),
        ({"address": {**ADDRESS, "floor": "2"}}, "customer.address.floor"),
    ],
)
def test_an_invoice_customer_field_is_checked(woovi: Woovi, script: Script, change: dict[str, Any], param: str) -> None:
    refused(script, woovi.create_invoice, param, billing_date="2025-08-28", value=1, customer={**CUSTOMER, **change})


def test_an_invoice_customer_must_be_a_mapping(woovi: Woovi, script: Script) -> None:
    refused(
        script,
        woovi.create_invoice,
        "customer",
        "expected a mapping with taxID, name, email, phone, address, not list",
        billing_date="2025-08-28",
        value=1,
        customer=[],
    )


# -- refunds --------------------------------------------------------------------------------------------------------


def test_a_refund_body(woovi: Woovi, script: Script) -> None:
    woovi.create_refund(transaction_end_to_end_id="E2E1", value=100, correlation_id="r-1", comment="x" * 140)
    assert body(script) == {"transactionEndToEndId": "E2E1", "value": 100, "correlationID": "r-1", "comment": "x" * 140}


def test_a_refund_without_comment_sends_none(woovi: Woovi, script: Script) -> None:
    woovi.create_refund(transaction_end_to_end_id="E2E1", value=100)
    assert set(body(script)) == {"transactionEndToEndId", "value", "correlationID"}


def test_a_refund_comment_is_at_most_140_characters(woovi: Woovi, script: Script) -> None:
    refused(
        script,
        woovi.create_refund,
        "comment",
        "is 141 characters long; Woovi takes at most 140",
        transaction_end_to_end_id="E2E1",
        value=100,
        comment="x" * 141,
    )


def test_a_refund_needs_its_transaction(woovi: Woovi, script: Script) -> None:
    refused(script, woovi.create_refund, "transaction_end_to_end_id", transaction_end_to_end_id="", value=100)


# -- listings -------------------------------------------------------------------------------------------------------


def test_a_listing_asks_for_the_first_page_of_100(woovi: Woovi, script: Script) -> None:
    list(woovi.list_charges())
    assert query(script) == {"skip": "0", "limit": "100"}


def test_charge_filters_are_sent(woovi: Woovi, script: Script) -> None:
    from payclients_woovi.models import ChargeStatus

    list(
        woovi.list_charges(
            start="2025-08-01T00:00:00Z",
            end=dt.datetime(2025, 8, 1, tzinfo=dt.UTC),
            status=ChargeStatus.COMPLETED,
            customer="c-1",
            subscription="s-1",
            page_size=1,
        )
    )
    sent = query(script)
    assert sent["status"] == "COMPLETED"
    assert sent["customer"] == "c-1"
    assert sent["subscription"] == "s-1"
    assert sent["limit"] == "1"
    assert dt.datetime.fromisoformat(sent["start"]) == dt.datetime(2025, 8, 1, tzinfo=dt.UTC)
    assert dt.datetime.fromisoformat(sent["end"]) == dt.datetime(2025, 8, 1, tzinfo=dt.UTC)


def test_a_status_may_be_its_text(woovi: Woovi, script: Script) -> None:
    list(woovi.list_charges(status="ACTIVE"))
    assert query(script)["status"] == "ACTIVE"


def test_only_start_or_only_end_is_fine(woovi: Woovi, script: Script) -> None:
    list(woovi.list_charges(start="2025-08-01T00:00:00Z"))
    list(woovi.list_charges(end="2025-08-01T00:00:00Z"))
    list(woovi.list_invoices(start="2025-08-01"))
    list(woovi.list_invoices(end="2025-08-01"))
    assert ["start" in r.url.params for r in script.requests] == [True, False, True, False]
    assert ["end" in r.url.params for r in script.requests] == [False, True, False, True]


def test_an_unknown_status_lists_the_known_ones(woovi: Woovi, script: Script) -> None:
    error = refused(script, lambda: list(woovi.list_charges(status="PAID")), "status")
    assert error.problem.startswith("unknown value 'PAID'; known values: ACTIVE, COMPLETED")


@pytest.mark.parametrize("page_size", [0, True, "10"])
def test_a_page_size_is_a_whole_number(woovi: Woovi, script: Script, page_size: Any) -> None:
    refused(script, lambda: list(woovi.list_charges(page_size=page_size)), "page_size")


def test_end_before_start_is_refused(woovi: Woovi, script: Script) -> None:
    refused(
        script,
        lambda: list(woovi.list_charges(start="2025-08-02T00:00:00Z", end="2025-08-01T00:00:00Z")),
        "end",
        "comes before start",
    )
    refused(
        script, lambda: list(woovi.list_invoices(start="2025-08-02", end="2025-08-01")), "end", "comes before start"
    )


def test_invoice_periods_are_calendar_dates(woovi: Woovi, script: Script) -> None:
    list(woovi.list_invoices(start=dt.date(2025, 8, 1), end="2025-08-01"))
    assert query(script) == {"start": "2025-08-01", "end": "2025-08-01", "skip": "0", "limit": "100"}


def test_transaction_filters_are_checked(woovi: Woovi, script: Script) -> None:
    refused(script, lambda: list(woovi.list_transactions(charge="")), "charge")
    list(woovi.list_transactions(charge="order-1", pix_qr_code="q", withdrawal="w"))
    assert query(script) == {"charge": "order-1", "pixQrCode": "q", "withdrawal": "w", "skip": "0", "limit": "100"}
