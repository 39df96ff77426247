"""Argument checks and request bodies of the Woovi conveniences, shared by the sync and async clients.

Every check runs before anything is sent and raises `ParameterError` naming the argument, dotted for
nested fields in Woovi's own spelling (`customer.address.zipcode`, `customer.taxID`).

Dates. `billingDate` (and the invoice list's `start`/`end`) accept a `date`, an aware `datetime` or an
ISO-8601 string. `billingDate` is always sent as a full UTC date-time, `YYYY-MM-DDTHH:MM:SS.mmmZ`, the
form of Woovi's examples, of the n8n node and of what Woovi returns. A moment is sent as the same
instant. A calendar date is the NFS-e's competence day in Brasília time (UTC-03:00, the zone of the
Brazilian tax authorities; no daylight saving since 2019), sent as that day's first instant there,
`YYYY-MM-DDT03:00:00.000Z`: the same calendar day in UTC and in Brazil, whichever zone Woovi reads.
Strings are parsed and sent the same way; naive datetimes are refused rather than given a guessed
timezone.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from .._dates import DateLike, to_date, to_datetime
from .._exceptions import ParameterError

if TYPE_CHECKING:
    from payclients_woovi.models import (
        ChargeCreateRequest,
        CustomerCreateRequest,
        InvoiceCreateRequest,
        InvoiceCustomerInput,
        RefundCreateRequest,
    )

__all__ = [
    "ADDRESS_FIELDS",
    "DEFAULT_PAGE_SIZE",
    "INVOICE_ADDRESS_FIELDS",
    "INVOICE_CUSTOMER_FIELDS",
    "billing_date_text",
    "charge_body",
    "correlation_or_new",
    "customer_body",
    "date_period",
    "datetime_period",
    "enum_value",
    "identifier",
    "invoice_body",
    "offset_params",
    "refund_body",
]

E = TypeVar("E", bound=Enum)

DEFAULT_PAGE_SIZE = 100
"""Items per page: Woovi's own default for `limit`."""

INVOICE_CUSTOMER_FIELDS = ("taxID", "name", "email", "phone", "address")
"""The customer of an invoice issued by value: all required (Woovi's spec and docs)."""
INVOICE_ADDRESS_FIELDS = ("country", "zipcode", "street", "number", "state")
"""The address of that customer: all required."""
ADDRESS_FIELDS = ("zipcode", "street", "number", "neighborhood", "city", "state", "complement", "country")
"""Every field of a Woovi address."""
CUSTOMER_FIELDS = ("name", "taxID", "email", "phone", "correlationID", "address")
"""The fields of a new customer (charges, `create_customer`)."""

_TAX_ID = re.compile(r"\d{11}|[0-9A-Z]{12}\d{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_STATE = re.compile(r"[A-Z]{2}")
MAX_COMMENT = 140


# -- single values -------------------------------------------------------------------------------------


def identifier(value: object, param: str) -> str:
    """A non-empty string (an id, a correlationID, a Pix key...)."""
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(param, f"must be a non-empty string, not {value!r}")
    return value


def correlation_or_new(value: str | None, param: str = "correlation_id") -> str:
    """The caller's correlationID, or a new UUID: made once per call, so every retry sends the same one."""
    return str(uuid.uuid4()) if value is None else identifier(value, param)


def optional_text(value: object, param: str, *, max_length: int | None = None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ParameterError(param, f"must be a string, not {type(value).__name__}")
    if max_length is not None and len(value) > max_length:
        raise ParameterError(param, f"is {len(value)} characters long; Woovi takes at most {max_length}")
    return value


def cents(value: object, param: str) -> int:
    """A positive amount in integer cents (1500 = R$ 15,00)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(param, f"must be a whole number of cents (1500 = R$ 15,00), not {value!r}")
    if value <= 0:
        raise ParameterError(param, f"must be a positive number of cents, not {value}")
    return value


def positive_int(value: object, param: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ParameterError(param, f"must be a whole number >= 1, not {value!r}")
    return value


def enum_value(value: object, enum: type[E], param: str) -> E:
    """A member of an (open) generated enum: a member, or the string of a known value."""
    if isinstance(value, enum):
        return value  # includes values built explicitly that the spec does not list yet
    if isinstance(value, str) and value in {member.value for member in enum}:
        return enum(value)
    known = ", ".join(str(member.value) for member in enum)
    raise ParameterError(param, f"unknown value {value!r}; known values: {known}")


def _has_time(value: str) -> bool:
    return "T" in value.upper() or " " in value.strip()


def _utc(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


_BRASILIA = dt.timezone(dt.timedelta(hours=-3), "BRT")
"""The zone a plain competence date is read in (Brazil has had no daylight saving since 2019)."""


def billing_date_text(value: DateLike) -> str:
    """`billingDate` as a UTC ISO-8601 date-time; a plain date is its first instant in Brasília time."""
    if value is None:
        raise ParameterError("billing_date", "is required: a date, an aware datetime or an ISO-8601 string")
    if isinstance(value, str) and not _has_time(value):
        value = to_date(value, "billing_date")
    if isinstance(value, str | dt.datetime):
        return _utc(to_datetime(value, "billing_date"))
    if isinstance(value, dt.date):
        return _utc(dt.datetime.combine(value, dt.time(), _BRASILIA))
    raise ParameterError(
        "billing_date", f"expected a date, an aware datetime or an ISO-8601 string, not {type(value).__name__}"
    )


def datetime_period(start: DateLike | None, end: DateLike | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """A list filter's (start, end) as aware datetimes (Woovi's RFC 3339 `start`/`end`)."""
    first = to_datetime(start, "start") if start is not None else None
    last = to_datetime(end, "end") if end is not None else None
    if first is not None and last is not None and last < first:
        raise ParameterError("end", "comes before start")
    return first, last


def date_period(start: DateLike | None, end: DateLike | None) -> tuple[str | None, str | None]:
    """A list filter's (start, end) as `YYYY-MM-DD` dates (the invoice list)."""
    first = to_date(start, "start") if start is not None else None
    last = to_date(end, "end") if end is not None else None
    if first is not None and last is not None and last < first:
        raise ParameterError("end", "comes before start")
    return (first.isoformat() if first else None), (last.isoformat() if last else None)


def offset_params(page_size: int, **filters: Any) -> dict[str, Any]:
    """The first page's query: `skip=0`, `limit=page_size` and the filters that are set."""
    params = {key: value for key, value in filters.items() if value is not None}
    return {**params, "skip": 0, "limit": positive_int(page_size, "page_size")}


# -- customers and addresses -------------------------------------------------------------------------------


def _as_dict(value: object, param: str, models: tuple[type, ...], expected: str) -> dict[str, Any]:
    """A mapping as a dict; one of the generated `models` through its `to_dict()`."""
    if isinstance(value, models):
        data: dict[str, Any] = getattr(value, "to_dict")()  # noqa: B009 - the generated models' method
        return data
    if isinstance(value, Mapping):
        return dict(value)
    raise ParameterError(param, f"expected {expected}, not {type(value).__name__}")


def _no_unknown_fields(data: Mapping[str, Any], known: tuple[str, ...], param: str) -> None:
    unknown = [key for key in data if key not in known]
    if unknown:
        hint = " (Woovi spells it taxID)" if unknown[0] in ("tax_id", "taxId", "taxid") else ""
        raise ParameterError(f"{param}.{unknown[0]}", f"unknown field{hint}; the known fields are {', '.join(known)}")


def _text_field(data: Mapping[str, Any], key: str, param: str, *, required: bool) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise ParameterError(param, "is required")
        return None
    if not isinstance(value, str):
        raise ParameterError(param, f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ParameterError(param, "must not be blank")
    return value


def _check_tax_id(value: str | None, param: str) -> None:
    if value is not None and not _TAX_ID.fullmatch(value):
        raise ParameterError(
            param, "must be a CPF (11 digits) or a CNPJ (14 characters), without dots, dashes or slashes"
        )


def _check_email(value: str | None, param: str) -> None:
    if value is not None and not _EMAIL.fullmatch(value):
        raise ParameterError(param, f"{value!r} is not an e-mail address")


def _address(value: object, param: str, required: tuple[str, ...]) -> dict[str, str]:
    from payclients_woovi.models import Address, InvoiceAddressInput

    expected = "a mapping of address fields (" + ", ".join(ADDRESS_FIELDS) + ")"
    data = _as_dict(value, param, (Address, InvoiceAddressInput), expected)
    _no_unknown_fields(data, ADDRESS_FIELDS, param)
    address: dict[str, str] = {}
    for key in ADDRESS_FIELDS:
        text = _text_field(data, key, f"{param}.{key}", required=key in required)
        if text is not None:
            address[key] = text
    if "state" in address and not _STATE.fullmatch(address["state"]):
        raise ParameterError(f"{param}.state", f"must be a two-letter state code such as SP, not {address['state']!r}")
    return address


def invoice_customer(value: object) -> dict[str, Any]:
    """The complete customer an invoice by value needs: taxID, name, email, phone and a full address."""
    from payclients_woovi.models import InvoiceCustomerInput

    data = _as_dict(value, "customer", (InvoiceCustomerInput,), "a mapping with " + ", ".join(INVOICE_CUSTOMER_FIELDS))
    _no_unknown_fields(data, INVOICE_CUSTOMER_FIELDS, "customer")
    customer: dict[str, Any] = {}
    for key in ("taxID", "name", "email", "phone"):
        customer[key] = _text_field(data, key, f"customer.{key}", required=True)
    _check_tax_id(customer["taxID"], "customer.taxID")
    _check_email(customer["email"], "customer.email")
    if data.get("address") is None:
        raise ParameterError("customer.address", "is required, with " + ", ".join(INVOICE_ADDRESS_FIELDS))
    customer["address"] = _address(data["address"], "customer.address", INVOICE_ADDRESS_FIELDS)
    return customer


def _new_customer(data: Mapping[str, Any], param: str, names: Mapping[str, str]) -> dict[str, Any]:
    """A new customer: a name and at least one of taxID, email and phone (Woovi's rule).

    `names` maps Woovi's field names to the caller's argument names for the messages.
    """

    def name_of(key: str) -> str:
        return f"{param}.{key}" if param else names.get(key, key)

    customer: dict[str, Any] = {}
    for key in ("name", "taxID", "email", "phone", "correlationID"):
        text = _text_field(data, key, name_of(key), required=key == "name")
        if text is not None:
            customer[key] = text
    _check_tax_id(customer.get("taxID"), name_of("taxID"))
    _check_email(customer.get("email"), name_of("email"))
    if not any(key in customer for key in ("taxID", "email", "phone")):
        given = ", ".join(name_of(key) for key in ("taxID", "email", "phone"))
        raise ParameterError(name_of("taxID"), f"give at least one of {given} besides the name")
    if data.get("address") is not None:
        customer["address"] = _address(data["address"], name_of("address"), ())
    return customer


def charge_customer(value: object) -> CustomerCreateRequest:
    from payclients_woovi.models import CustomerCreateRequest

    data = _as_dict(value, "customer", (CustomerCreateRequest,), "a mapping with " + ", ".join(CUSTOMER_FIELDS))
    _no_unknown_fields(data, CUSTOMER_FIELDS, "customer")
    return CustomerCreateRequest.from_dict(_new_customer(data, "customer", {}))


# -- request bodies ------------------------------------------------------------------------------------------


def invoice_body(
    *,
    billing_date: DateLike,
    value: int | None,
    charge: str | None,
    customer_id: str | None,
    customer: Mapping[str, Any] | InvoiceCustomerInput | None,
    description: str | None,
    correlation_id: str | None,
) -> InvoiceCreateRequest:
    """`POST /api/v1/invoice`'s body, after every rule of Woovi's spec and docs is checked."""
    from payclients_woovi.models import InvoiceCreateRequest, InvoiceCustomerInput

    date = billing_date_text(billing_date)
    if value is None and charge is None:
        raise ParameterError(
            "value", "give value (the amount in cents) or charge (the correlationID of an existing charge)"
        )
    if value is not None and charge is not None:
        raise ParameterError("charge", "give either value or charge, not both: a charge brings its own value")
    if customer_id is not None and customer is not None:
        raise ParameterError("customer_id", "give either customer_id or customer, not both")
    if value is not None and customer_id is None and customer is None:
        raise ParameterError(
            "customer", "an invoice by value needs customer_id (an existing customer's correlationID) or customer"
        )
    body = InvoiceCreateRequest(
        correlation_id=correlation_or_new(correlation_id),
        billing_date=date,
    )
    if value is not None:
        body.value = cents(value, "value")
    if charge is not None:
        body.charge = identifier(charge, "charge")
    if customer_id is not None:
        body.customer_id = identifier(customer_id, "customer_id")
    if customer is not None:
        body.customer = InvoiceCustomerInput.from_dict(invoice_customer(customer))
    text = optional_text(description, "description")
    if text is not None:
        body.description = text
    return body


def charge_body(
    *,
    value: int,
    correlation_id: str | None,
    comment: str | None,
    customer: Mapping[str, Any] | CustomerCreateRequest | None,
    expires_in: int | None,
    expires_date: DateLike | None,
    additional_info: Mapping[str, str] | None,
) -> ChargeCreateRequest:
    """`POST /api/v1/charge`'s body."""
    from payclients_woovi.models import AdditionalInfo, ChargeCreateRequest

    body = ChargeCreateRequest(
        correlation_id=correlation_or_new(correlation_id),
        value=cents(value, "value"),
    )
    text = optional_text(comment, "comment")
    if text is not None:
        body.comment = text
    if customer is not None:
        body.customer = charge_customer(customer)
    if expires_in is not None:
        body.expires_in = positive_int(expires_in, "expires_in")
    if expires_date is not None:
        body.expires_date = to_datetime(expires_date, "expires_date")
    if additional_info is not None:
        if not isinstance(additional_info, Mapping):
            raise ParameterError("additional_info", "must be a mapping of labels to texts shown to the payer")
        items = []
        for key, text in additional_info.items():
            identifier(key, "additional_info")
            items.append(AdditionalInfo(key=key, value=identifier(text, f"additional_info.{key}")))
        body.additional_info = items
    return body


def customer_body(
    *,
    name: str,
    tax_id: str | None,
    email: str | None,
    phone: str | None,
    correlation_id: str | None,
    address: Mapping[str, str] | None,
) -> CustomerCreateRequest:
    """`POST /api/v1/customer`'s body: a name and at least one of tax_id, email and phone."""
    from payclients_woovi.models import CustomerCreateRequest

    data = {
        "name": name,
        "taxID": tax_id,
        "email": email,
        "phone": phone,
        "correlationID": correlation_id,
        "address": address,
    }
    names = {"taxID": "tax_id", "correlationID": "correlation_id"}
    return CustomerCreateRequest.from_dict(_new_customer(data, "", names))


def refund_body(
    *,
    transaction_end_to_end_id: str,
    value: int,
    correlation_id: str | None,
    comment: str | None,
) -> RefundCreateRequest:
    """`POST /api/v1/refund`'s body."""
    from payclients_woovi.models import RefundCreateRequest

    body = RefundCreateRequest(
        transaction_end_to_end_id=identifier(transaction_end_to_end_id, "transaction_end_to_end_id"),
        value=cents(value, "value"),
        correlation_id=correlation_or_new(correlation_id),
    )
    text = optional_text(comment, "comment", max_length=MAX_COMMENT)
    if text is not None:
        body.comment = text
    return body
