"""A stateful stand-in for Solvimon's invoice API.

What it simulates, as Solvimon documents it: invoices kept by id and listed page by page
(`page`/`limit`, `total_number_of_pages`, `links`); `X-API-KEY` or bearer credentials (401 `ApiError`
otherwise); `Idempotency-Key` replay (same key and body: the first answer again; another body:
`IDEMPOTENCY_CHECK_FAILED`); refresh re-pulling the named parts (customer, billing entity, PO number,
custom fields, tax rates) from the data the fake holds, which tests can change with `update_customer`;
FINAL invoices refusing changes; `ApiError` bodies for missing resources and invalid requests.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import httpx

from ._fake import Call, FakeAPI, route

__all__ = ["FakeSolvimon"]

REFRESH_TYPES = ("FULL", "CUSTOMER", "CUSTOM_FIELD", "BILLING_ENTITY", "PAYMENT_ACCEPTOR", "PO_NUMBER", "TAX_RATES")
ERROR_TYPES = {400: "INVALID_REQUEST", 404: "INVALID_REQUEST"}
ERROR_CODES = {400: "BAD_REQUEST", 401: "UNAUTHORISED", 403: "USER_NOT_ALLOWED", 404: "RESOURCE_NOT_FOUND"}


def _amount(value: Decimal, currency: str) -> dict[str, str]:
    return {"quantity": f"{value.quantize(Decimal('0.01'))}", "currency": currency}


class FakeSolvimon(FakeAPI):
    """Solvimon's invoice API, in memory.

    >>> fake = FakeSolvimon()                       # accepts api key "test" and seeds demo data
    >>> client = Solvimon(api_key="test", transport=fake)
    >>> client.refresh_invoice(fake.invoice_ids[0], types=["CUSTOMER"])
    """

    package = "payclients_solvimon"
    request_id_header = "X-REQUEST-ID"

    def __init__(
        self,
        *,
        api_keys: Iterable[str] = ("test",),
        bearer_tokens: Iterable[str] = (),
        seed: bool = True,
        tax_percentage: str = "21.00",
        check_spec: bool | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(check_spec=check_spec, clock=clock)
        self.api_keys = frozenset(api_keys)
        self.bearer_tokens = frozenset(bearer_tokens)
        self.tax_percentage = Decimal(tax_percentage)
        self.customers: dict[str, dict[str, Any]] = {}
        self.invoices: dict[str, dict[str, Any]] = {}
        self.billing_entity = {
            "object_type": "BILLING_ENTITY",
            "id": "bent_fake0001",
            "reference": "payclients-demo-billing",
            "status": "ACTIVE",
            "legal_name": "Demo Billing B.V.",
            "email": "invoices@billing.example",
            "registered_address": {
                "line1": "Herengracht 1",
                "city": "Amsterdam",
                "postal_code": "1015 BA",
                "country": "NL",
            },
            "tax_settings": {"apply_local_vat_for_missing_tax_id": False},
        }
        self._idempotency: dict[str, tuple[str, httpx.Response]] = {}
        if seed:
            self.seed()

    # -- data a test (or the demo) works with -------------------------------------------------------------

    @property
    def invoice_ids(self) -> list[str]:
        return list(self.invoices)

    def seed(self) -> None:
        """One customer with three invoices (DRAFT, OPEN, FINAL)."""
        customer = self.add_customer(reference="acme-bv", email="finance@acme.example", legal_name="Acme B.V.")
        for status, lines in (
            ("DRAFT", [("API calls", "800.00"), ("Platform fee", "200.00")]),
            ("OPEN", [("API calls", "640.00"), ("Platform fee", "200.00")]),
            ("FINAL", [("Onboarding", "1500.00")]),
        ):
            self.add_invoice(customer["id"], status=status, lines=lines)

    def add_customer(self, *, reference: str, email: str, legal_name: str, **fields: Any) -> dict[str, Any]:
        customer = {
            "object_type": "CUSTOMER",
            "id": self.new_id("cust"),
            "created_at": self.timestamp(),
            "reference": reference,
            "status": "ACTIVE",
            "type": "ORGANIZATION",
            "email": email,
            "organization": {"legal_name": legal_name, "registered_address": {"country": "NL"}},
            "custom_fields": [],
            **fields,
        }
        self.customers[customer["id"]] = customer
        return customer

    def update_customer(self, customer_id: str, **fields: Any) -> None:
        """Change the customer as Solvimon holds it; invoices only see it after a CUSTOMER refresh."""
        self.customers[customer_id].update(fields)

    def add_invoice(
        self,
        customer_id: str,
        *,
        status: str = "DRAFT",
        lines: Iterable[tuple[str, str]] = (),
        currency: str = "EUR",
        invoice_type: str = "STANDARD",
    ) -> dict[str, Any]:
        now = self.timestamp()
        invoice_id = self.new_id("invo")
        invoice: dict[str, Any] = {
            "object_type": "INVOICE",
            "id": invoice_id,
            "platform_id": "plat_fake0001",
            "invoice_number": f"INV-FAKE-{len(self.invoices) + 1:06d}",
            "status": status,
            "on_hold": False,
            "type": invoice_type,
            "invoice_date": now,
            "pricing_amount_type": "EXCLUDING_TAX",
            "billing_currency": currency,
            "customer_id": customer_id,
            "customer": copy.deepcopy(self.customers[customer_id]),
            "billing_entity": copy.deepcopy(self.billing_entity),
            "purchase_order_number": None,
            "paid": False,
            "created_at": now,
            "updated_at": now,
            "payment_acceptor_ids": [],
            "periods": [],
            "payment_status": "UNPAID",
        }
        self._set_lines(invoice, [(text, Decimal(amount)) for text, amount in lines])
        self.invoices[invoice_id] = invoice
        return invoice

    def _set_lines(self, invoice: dict[str, Any], lines: list[tuple[str, Decimal]]) -> None:
        currency = invoice["billing_currency"]
        rate = self.tax_percentage / 100
        net = sum((amount for _, amount in lines), Decimal("0"))
        tax = (net * rate).quantize(Decimal("0.01"))
        invoice["periods"] = [
            {
                "period_order": 0,
                "amount_excluding_tax": _amount(net, currency),
                "amount_including_tax": _amount(net + tax, currency),
                "billing_period": {"type": "MONTH", "value": 1},
                "tax_categories": [],
                "groups": [
                    {
                        "group_order": 0,
                        "amount_excluding_tax": _amount(net, currency),
                        "amount_including_tax": _amount(net + tax, currency),
                        "description": "Services",
                        "tax_categories": [],
                        "lines": [
                            {
                                "id": self.new_id("invl"),
                                "line_order": order,
                                "description": text,
                                "type": "REVENUE",
                                "amount_excluding_tax": _amount(amount, currency),
                                "amount_including_tax": _amount(amount * (1 + rate), currency),
                            }
                            for order, (text, amount) in enumerate(lines)
                        ],
                    }
                ],
            }
        ]
        self._apply_tax(invoice)

    def _apply_tax(self, invoice: dict[str, Any]) -> None:
        currency = invoice["billing_currency"]
        net = sum((Decimal(p["amount_excluding_tax"]["quantity"]) for p in invoice["periods"]), Decimal("0"))
        tax = (net * self.tax_percentage / 100).quantize(Decimal("0.01"))
        total = net + tax
        invoice["invoice_amount_including_tax"] = _amount(total, currency)
        paid = Decimal("0") if not invoice["paid"] else total
        invoice["open_invoice_amount"] = _amount(total - paid, currency)
        invoice["closed_invoice_amount"] = _amount(paid, currency)
        invoice["tax_summary"] = {
            "base_amount": _amount(net, currency),
            "tax_amount": _amount(tax, currency),
            "total_amount": _amount(total, currency),
            "local_amounts": {
                "base_amount": _amount(net, currency),
                "tax_amount": _amount(tax, currency),
                "total_amount": _amount(total, currency),
                "used_exchange_rate": {
                    "currency": currency,
                    "base_currency": currency,
                    "rate_timestamp": invoice["invoice_date"],
                    "rate": "1",
                },
                "display": False,
            },
            "country_code": "NL",
        }
        for period in invoice["periods"]:
            period["amount_including_tax"] = _amount(
                Decimal(period["amount_excluding_tax"]["quantity"]) * (1 + self.tax_percentage / 100), currency
            )

    # -- protocol --------------------------------------------------------------------------------------------

    def authenticate(self, call: Call) -> httpx.Response | None:
        key = call.headers.get("x-api-key")
        if key is not None and key in self.api_keys:
            return None
        authorization = call.headers.get("authorization", "")
        if authorization.startswith("Bearer ") and authorization[7:] in self.bearer_tokens:
            return None
        return self.error(401, "The API key or token is missing or not valid for this environment")

    def error(self, status: int, message: str, **details: Any) -> httpx.Response:
        body = {
            "type": details.pop("type", ERROR_TYPES.get(status, "API_ERROR")),
            "code": details.pop("code", ERROR_CODES.get(status, "INTERNAL_ERROR")),
            "message": message,
            **details,
        }
        return self.respond(status, body)

    def _replayed(self, call: Call, answer: Callable[[], httpx.Response]) -> httpx.Response:
        """Apply Solvimon's Idempotency-Key rule around a write."""
        key = call.headers.get("idempotency-key")
        if not key:
            return answer()
        fingerprint = hashlib.sha256(
            f"{call.request.method} {call.request.url.path}\n".encode() + call.request.content
        ).hexdigest()
        if key in self._idempotency:
            seen, response = self._idempotency[key]
            if seen != fingerprint:
                return self.error(
                    400, "This Idempotency-Key was used with another request", code="IDEMPOTENCY_CHECK_FAILED"
                )
            replay = httpx.Response(response.status_code, content=response.content, headers=response.headers)
            replay.headers["Idempotent-Replayed"] = "true"
            return replay
        response = answer()
        if response.status_code < 500:
            self._idempotency[key] = (fingerprint, response)
        return response

    def _invoice_or_404(self, call: Call) -> dict[str, Any] | httpx.Response:
        invoice = self.invoices.get(call.path_params["resourceId"])
        if invoice is None:
            resource_id = call.path_params["resourceId"]
            return self.error(
                404, f"Invoice {resource_id} could not be found", resource_id=resource_id, resource_type="INVOICE"
            )
        return invoice

    # -- operations ------------------------------------------------------------------------------------------

    @route("GET", "/v1/invoices")
    def list_invoices(self, call: Call) -> httpx.Response:
        page = int(call.query.get("page", "1"))
        limit = int(call.query.get("limit", "50"))
        statuses = set(call.query.get_list("statuses[]"))
        found = [
            invoice
            for invoice in self.invoices.values()
            if (not statuses or invoice["status"] in statuses)
            and call.query.get("customer_id", invoice["customer_id"]) == invoice["customer_id"]
            and _flag_matches(call.query.get("paid"), invoice["paid"])
            and _flag_matches(call.query.get("on_hold"), invoice["on_hold"])
        ]
        pages = max(1, -(-len(found) // limit))
        chunk = found[(page - 1) * limit : page * limit]

        def link(number: int) -> str | None:
            return f"/v1/invoices?page={number}&limit={limit}" if 1 <= number <= pages else None

        return self.respond(
            200,
            {
                "data": chunk,
                "page": page,
                "limit": limit,
                "total_number_of_pages": pages,
                "links": {"first": link(1), "previous": link(page - 1), "current": link(page), "next": link(page + 1)},
            },
        )

    @route("POST", "/v1/invoices")
    def create_invoice(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            body = call.json()
            customer_id = body.get("customer_id")
            if customer_id not in self.customers:
                return self.error(
                    400, f"Customer {customer_id} could not be found", code="CUSTOMER_NOT_FOUND", field="customer_id"
                )
            invoice = self.add_invoice(
                customer_id, invoice_type=body["type"], currency=body.get("billing_currency") or "EUR"
            )
            return self.respond(200, invoice)

        return self._replayed(call, answer)

    @route("GET", "/v1/invoices/{resourceId}")
    def get_invoice(self, call: Call) -> httpx.Response:
        invoice = self._invoice_or_404(call)
        return invoice if isinstance(invoice, httpx.Response) else self.respond(200, invoice)

    @route("PATCH", "/v1/invoices/{resourceId}")
    def update_invoice(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            invoice = self._invoice_or_404(call)
            if isinstance(invoice, httpx.Response):
                return invoice
            if invoice["status"] == "FINAL":
                return self.error(400, "A FINAL invoice cannot be changed", code="INVALID_OPERATION")
            changes = call.json() or {}
            for name in ("status", "on_hold", "purchase_order_number", "footnote", "notes", "due_date"):
                if name in changes:
                    invoice[name] = changes[name]
            invoice["updated_at"] = self.timestamp()
            return self.respond(200, invoice)

        return self._replayed(call, answer)

    @route("POST", "/v1/invoices/{resourceId}/refresh")
    def refresh_invoice(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            invoice = self._invoice_or_404(call)
            if isinstance(invoice, httpx.Response):
                return invoice
            if invoice["status"] == "FINAL":
                return self.error(400, "A FINAL invoice cannot be refreshed", code="INVALID_OPERATION")
            body = call.json() or {}
            types = set(body.get("types") or ([body["type"]] if body.get("type") else ["FULL"]))
            unknown = types - set(REFRESH_TYPES)
            if unknown:
                return self.error(
                    400, f"Unknown refresh type {sorted(unknown)[0]}", code="INVALID_FIELD", field="types"
                )
            self._refresh(invoice, types)
            return self.respond(200, invoice)

        return self._replayed(call, answer)

    def _refresh(self, invoice: dict[str, Any], types: set[str]) -> None:
        everything = "FULL" in types
        customer = self.customers[invoice["customer_id"]]
        if everything or "CUSTOMER" in types:
            invoice["customer"] = copy.deepcopy(customer)
        if everything or "BILLING_ENTITY" in types:
            invoice["billing_entity"] = copy.deepcopy(self.billing_entity)
        if everything or "PO_NUMBER" in types:
            invoice["purchase_order_number"] = customer.get("purchase_order_number")
        if everything or "CUSTOM_FIELD" in types:
            invoice["custom_fields"] = copy.deepcopy(customer.get("custom_fields", []))
        if everything or "TAX_RATES" in types:
            self._apply_tax(invoice)
        invoice["updated_at"] = self.timestamp()

    @route("GET", "/v1/invoices/{resourceId}/pdf")
    def download_invoice_pdf(self, call: Call) -> httpx.Response:
        invoice = self._invoice_or_404(call)
        if isinstance(invoice, httpx.Response):
            return invoice
        text = f"%PDF-1.4\n% payclients fake invoice {invoice['invoice_number']}\n%%EOF\n"
        return self.respond(200, text.encode())


def _flag_matches(wanted: str | None, actual: bool) -> bool:
    return wanted is None or (wanted.lower() == "true") == actual
