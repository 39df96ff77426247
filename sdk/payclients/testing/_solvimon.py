"""A stateful stand-in for Solvimon's invoice API.

What it simulates, as Solvimon documents it: invoices kept by id and listed page by page
(`page`/`limit`, `total_number_of_pages`, `links`); `X-API-KEY` or bearer credentials (401 `ApiError`
otherwise); `Idempotency-Key` replay (same key and body: the first answer again; another body:
`IDEMPOTENCY_CHECK_FAILED`); refresh re-pulling the named parts (customer, billing entity, PO number,
custom fields, tax rates) from the data the fake holds, which tests can change with `update_customer`;
FINAL invoices refusing changes; `ApiError` bodies for missing resources and invalid requests.

Beyond invoices: customers (create, get by id or reference, update, list); pricing-plan subscriptions
(create, list, init making the first invoice, change-plan); payments (list); usage events (single and
list ingestion, counted once per `reference`, refused per event for an unknown meter or customer with
the event's index in `field`), which a FULL refresh turns into usage lines; OAuth tokens
(`POST /v1/oauth/token` for `oauth_clients`, refresh, expiry on the fake's clock); and signed webhook
deliveries (`webhook_deliveries`, `signed_delivery`) for testing a handler.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
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
        oauth_clients: Mapping[str, str] | None = None,
        token_lifetime: int = 3600,
        webhook_secret: str = "whsec_fake_payclients",
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
        self.oauth_clients = dict(oauth_clients or {"client_test": "secret_test"})
        self.token_lifetime = token_lifetime
        self.tokens: dict[str, dt.datetime] = {}
        """Issued bearer tokens and when each expires (on the fake's clock)."""
        self.tokens_issued = 0
        self.webhook_secret = webhook_secret
        self.webhook_deliveries: list[tuple[bytes, dict[str, str]]] = []
        """(body, headers) of every webhook the fake would have sent, signed with `webhook_secret`."""
        self.subscriptions: dict[str, dict[str, Any]] = {}
        self.payments: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.event_references: dict[str, str] = {}
        """Reference -> id of every event counted; a repeated reference is a duplicate."""
        self.meters: dict[str, dict[str, Any]] = {"api_calls": {"description": "API calls", "unit_price": "0.01"}}
        """Meter reference -> its usage line's description and unit price (EUR)."""
        self.pricing_plans: dict[str, dict[str, Any]] = {
            "pp_fake0001": {"name": "Usage Basic", "fee": "49.00"},
            "pp_fake0002": {"name": "Usage Pro", "fee": "199.00"},
        }
        self._base_lines: dict[str, list[tuple[str, Decimal]]] = {}
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
        base = [(text, Decimal(amount)) for text, amount in lines]
        self._base_lines[invoice_id] = base
        self._set_lines(invoice, base)
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
        if call.request.url.path == "/v1/oauth/token":
            return None  # the credentials are in the body
        key = call.headers.get("x-api-key")
        if key is not None and key in self.api_keys:
            return None
        authorization = call.headers.get("authorization", "")
        token = authorization[7:] if authorization.startswith("Bearer ") else None
        if token is not None and token in self.bearer_tokens:
            return None
        if token is not None and token in self.tokens and self.tokens[token] > self.now():
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
        if everything:
            self._set_lines(invoice, self._base_lines.get(invoice["id"], []) + self._usage_lines(invoice))
        if everything or "TAX_RATES" in types:
            self._apply_tax(invoice)
        invoice["updated_at"] = self.timestamp()

    def _usage_lines(self, invoice: dict[str, Any]) -> list[tuple[str, Decimal]]:
        """One line per meter: the customer's counted events times the meter's unit price."""
        totals: dict[str, Decimal] = {}
        for event in self.events.values():
            if event.get("customer_id") == invoice["customer_id"] and not event.get("deleted"):
                units = sum((Decimal(v.get("number") or "0") for v in event.get("meter_values") or []), Decimal(0))
                totals[event["meter_reference"]] = totals.get(event["meter_reference"], Decimal(0)) + units
        lines = []
        for meter, units in sorted(totals.items()):
            spec = self.meters[meter]
            lines.append((f"{spec['description']} ({units.normalize():f} units)", units * Decimal(spec["unit_price"])))
        return lines

    # -- customers ---------------------------------------------------------------------------------------

    def _customer_or_404(self, key: str) -> dict[str, Any] | httpx.Response:
        found = self.customers.get(key) or next((c for c in self.customers.values() if c["reference"] == key), None)
        if found is None:
            return self.error(404, f"Customer {key} could not be found", code="CUSTOMER_NOT_FOUND", resource_id=key)
        return found

    @route("POST", "/v1/customers")
    def create_customer(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            body = call.json() or {}
            reference = body.get("reference")
            if not reference:
                return self.error(400, "value required, but not set", code="INVALID_FIELD", field="reference")
            if any(c["reference"] == reference for c in self.customers.values()):
                return self.error(
                    400,
                    f"A customer with reference {reference} exists",
                    code="RESOURCE_ALREADY_EXISTS",
                    field="reference",
                )
            fields = {k: v for k, v in body.items() if k not in ("reference", "email", "object_type", "id")}
            legal_name = (body.get("organization") or {}).get("legal_name", "")
            customer = self.add_customer(reference=reference, email=body.get("email", ""), legal_name=legal_name)
            customer.update(fields)
            self._deliver("CUSTOMER.CREATED", customer)
            return self.respond(201, customer)

        return self._replayed(call, answer)

    @route("GET", "/v1/customers/{resourceIdOrReference}")
    def get_customer(self, call: Call) -> httpx.Response:
        found = self._customer_or_404(call.path_params["resourceIdOrReference"])
        return found if isinstance(found, httpx.Response) else self.respond(200, found)

    @route("PATCH", "/v1/customers/{resourceIdOrReference}")
    def patch_customer(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            found = self._customer_or_404(call.path_params["resourceIdOrReference"])
            if isinstance(found, httpx.Response):
                return found
            for name, value in (call.json() or {}).items():
                if name in ("organization", "individual") and isinstance(value, dict):
                    found[name] = {**(found.get(name) or {}), **value}
                elif name not in ("id", "object_type", "created_at"):
                    found[name] = value
            found["updated_at"] = self.timestamp()
            self._deliver("CUSTOMER.UPDATED", found)
            return self.respond(200, found)

        return self._replayed(call, answer)

    @route("GET", "/v1/customers")
    def list_customers(self, call: Call) -> httpx.Response:
        wanted = call.query.get("reference")
        found = [c for c in self.customers.values() if wanted is None or c["reference"] == wanted]
        return self._page(call, "/v1/customers", found)

    def _page(self, call: Call, path: str, found: list[dict[str, Any]]) -> httpx.Response:
        page = int(call.query.get("page", "1"))
        limit = int(call.query.get("limit", "50"))
        pages = max(1, -(-len(found) // limit))

        def link(number: int) -> str | None:
            return f"{path}?page={number}&limit={limit}" if 1 <= number <= pages else None

        return self.respond(
            200,
            {
                "data": found[(page - 1) * limit : page * limit],
                "page": page,
                "limit": limit,
                "total_number_of_pages": pages,
                "links": {"first": link(1), "previous": link(page - 1), "current": link(page), "next": link(page + 1)},
            },
        )

    # -- subscriptions ------------------------------------------------------------------------------------

    def _new_subscription(self, body: dict[str, Any], customer: dict[str, Any], status: str) -> dict[str, Any]:
        schedules = body.get("pricing_plan_schedule_infos") or []
        plan_id = next((s.get("pricing_plan_id") for s in schedules if s.get("pricing_plan_id")), "pp_fake0001")
        now = self.timestamp()
        subscription = {
            "object_type": "PRICING_PLAN_SUBSCRIPTION",
            "id": self.new_id("ppsu"),
            "created_at": now,
            "updated_at": now,
            "activated_at": now if status == "ACTIVE" else None,
            "status": status,
            "reference": body.get("reference") or self.new_id("sub-ref"),
            "name": body.get("name") or self.pricing_plans[plan_id]["name"],
            "customer_id": customer["id"],
            "customer_reference": customer["reference"],
            "billing_currency": body.get("billing_currency") or "EUR",
            "billing_period": body.get("billing_period") or {"type": "MONTH", "value": 1},
            "pricing_plan_schedule_infos": [{"id": self.new_id("ppsi"), "pricing_plan_id": plan_id, "start_at": now}],
        }
        self.subscriptions[subscription["id"]] = subscription
        return subscription

    def _subscription_customer(self, body: dict[str, Any]) -> dict[str, Any] | httpx.Response:
        key = body.get("customer_id") or body.get("customer_reference")
        if not key:
            return self.error(400, "value required, but not set", code="INVALID_FIELD", field="customer_id")
        found = self._customer_or_404(str(key))
        if isinstance(found, httpx.Response):
            return self.error(400, f"Customer {key} could not be found", code="CUSTOMER_NOT_FOUND", field="customer_id")
        return found

    def _plan_error(self, body: dict[str, Any]) -> httpx.Response | None:
        for schedule in body.get("pricing_plan_schedule_infos") or []:
            plan = schedule.get("pricing_plan_id")
            if plan is not None and plan not in self.pricing_plans:
                return self.error(
                    400,
                    f"Pricing plan {plan} could not be found",
                    code="PRICING_PLAN_NOT_FOUND",
                    field="pricing_plan_id",
                )
        return None

    @route("POST", "/v1/pricing-plan-subscriptions")
    def create_subscription(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            body = call.json() or {}
            customer = self._subscription_customer(body)
            if isinstance(customer, httpx.Response):
                return customer
            problem = self._plan_error(body)
            if problem is not None:
                return problem
            subscription = self._new_subscription(body, customer, "DRAFT")
            self._deliver("PRICING_PLAN_SUBSCRIPTION.CREATED", subscription)
            return self.respond(201, subscription)

        return self._replayed(call, answer)

    @route("POST", "/v1/pricing-plan-subscriptions/init")
    def init_subscription(self, call: Call) -> httpx.Response:
        """Create (or activate) a subscription and make its first invoice, with the plan's fee."""

        def answer() -> httpx.Response:
            body = call.json() or {}
            wanted = dict(body.get("pricing_plan_subscription") or {})
            existing = self.subscriptions.get(str(wanted.get("id"))) if wanted.get("id") else None
            if existing is None:
                customer = self._subscription_customer(wanted)
                if isinstance(customer, httpx.Response):
                    return customer
                problem = self._plan_error(wanted)
                if problem is not None:
                    return problem
                subscription = self._new_subscription(wanted, customer, "ACTIVE")
            else:
                subscription = existing
                subscription.update(status="ACTIVE", activated_at=self.timestamp(), updated_at=self.timestamp())
                customer = self.customers[subscription["customer_id"]]
            plan = self.pricing_plans[subscription["pricing_plan_schedule_infos"][0]["pricing_plan_id"]]
            invoice = self.add_invoice(
                customer["id"],
                lines=[(f"{plan['name']} subscription fee", plan["fee"])],
                currency=subscription["billing_currency"],
            )
            invoice["pricing_plan_subscription_ids"] = [subscription["id"]]
            self._deliver("INVOICE.CREATED", invoice)
            return self.respond(
                200, {"customer": customer, "pricing_plan_subscription": subscription, "invoice": invoice}
            )

        return self._replayed(call, answer)

    @route("GET", "/v1/pricing-plan-subscriptions")
    def list_subscriptions(self, call: Call) -> httpx.Response:
        customer = call.query.get("customer_id")
        statuses = set(call.query.get_list("statuses[]"))
        found = [
            s
            for s in self.subscriptions.values()
            if (customer is None or s["customer_id"] == customer) and (not statuses or s["status"] in statuses)
        ]
        return self._page(call, "/v1/pricing-plan-subscriptions", found)

    @route("GET", "/v1/pricing-plan-subscriptions/{resourceId}")
    def get_subscription(self, call: Call) -> httpx.Response:
        found = self.subscriptions.get(call.path_params["resourceId"])
        if found is None:
            return self.error(404, "Subscription could not be found", resource_type="PRICING_PLAN_SUBSCRIPTION")
        return self.respond(200, found)

    @route("POST", "/v1/pricing-plan-subscriptions/{resourceId}/change-plan")
    def change_plan(self, call: Call) -> httpx.Response:
        def answer() -> httpx.Response:
            found = self.subscriptions.get(call.path_params["resourceId"])
            if found is None:
                return self.error(404, "Subscription could not be found", resource_type="PRICING_PLAN_SUBSCRIPTION")
            body = call.json() or {}
            plan = body.get("pricing_plan_id")
            if plan not in self.pricing_plans:
                return self.error(
                    400,
                    f"Pricing plan {plan} could not be found",
                    code="PRICING_PLAN_NOT_FOUND",
                    field="pricing_plan_id",
                )
            schedule = {
                "object_type": "PRICING_PLAN_SCHEDULE",
                "id": self.new_id("ppsc"),
                "pricing_plan_subscription_id": found["id"],
                "pricing_plan_id": plan,
                "start_at": body.get("start_at") or self.timestamp(),
            }
            found["pricing_plan_schedule_infos"] = [
                {"id": schedule["id"], "pricing_plan_id": plan, "start_at": schedule["start_at"]}
            ]
            found["name"] = self.pricing_plans[plan]["name"]
            found["updated_at"] = self.timestamp()
            self._deliver("PRICING_PLAN_SUBSCRIPTION.UPDATED", found)
            return self.respond(201, schedule)

        return self._replayed(call, answer)

    # -- payments -------------------------------------------------------------------------------------------

    def add_payment(self, invoice_id: str, *, result: str = "AUTHORIZED") -> dict[str, Any]:
        """A payment of the invoice's full amount (for tests of `list_payments`)."""
        invoice = self.invoices[invoice_id]
        payment = {
            "object_type": "PAYMENT",
            "id": self.new_id("paym"),
            "created_at": self.timestamp(),
            "timestamp": self.timestamp(),
            "customer_id": invoice["customer_id"],
            "invoice_id": invoice_id,
            "reference": self.new_id("pay-ref"),
            "amount": invoice["invoice_amount_including_tax"],
            "result": result,
        }
        self.payments[payment["id"]] = payment
        return payment

    @route("GET", "/v1/payments")
    def list_payments(self, call: Call) -> httpx.Response:
        customer, invoice = call.query.get("customer_id"), call.query.get("invoice_id")
        found = [
            p
            for p in self.payments.values()
            if (customer is None or p["customer_id"] == customer) and (invoice is None or p["invoice_id"] == invoice)
        ]
        return self._page(call, "/v1/payments", found)

    # -- usage events ---------------------------------------------------------------------------------------

    def _event_problem(self, event: dict[str, Any]) -> tuple[str, str] | None:
        """(field, message) when Solvimon would refuse this event."""
        if event.get("meter_reference") not in self.meters and event.get("meter_id") not in self.meters:
            return (
                "meter_reference",
                f"Meter {event.get('meter_reference') or event.get('meter_id')} could not be found",
            )
        key = event.get("customer_id") or event.get("customer_reference")
        if key is None or isinstance(self._customer_or_404(str(key)), httpx.Response):
            return "customer_reference", f"Customer {key} could not be found"
        return None

    def _count_event(self, event: dict[str, Any]) -> dict[str, Any]:
        reference = event.get("reference")
        if reference and reference in self.event_references:
            first = self.events[self.event_references[reference]]
            duplicate = {**first, "id": self.new_id("mdat")}
            duplicate["processed_details"] = {"type": "DUPLICATE", "duplicate_of_meter_data_id": first["id"]}
            return duplicate
        key = str(event.get("customer_id") or event.get("customer_reference"))
        customer = self._customer_or_404(key)
        assert not isinstance(customer, httpx.Response)
        record = {
            **event,
            "object_type": "METER_DATA",
            "id": self.new_id("mdat"),
            "type": "INGEST",
            "customer_id": customer["id"],
            "customer_reference": customer["reference"],
            "meter_reference": event.get("meter_reference") or event.get("meter_id"),
            "timestamp": event.get("timestamp") or self.timestamp(),
            "created_at": self.timestamp(),
            "processed_details": {"type": "DEFAULT"},
            "deleted": False,
        }
        self.events[record["id"]] = record
        if reference:
            self.event_references[reference] = record["id"]
        return record

    @route("POST", "/v1/events/ingest")
    def ingest_event(self, call: Call) -> httpx.Response:
        event = call.json() or {}
        problem = self._event_problem(event)
        if problem is not None:
            return self.error(400, problem[1], code="INVALID_FIELD", field=problem[0])
        return self.respond(201, self._count_event(event))

    @route("POST", "/v1/events/ingest-list")
    def ingest_event_list(self, call: Call) -> httpx.Response:
        """All or nothing, as assumed: a refused event refuses the list, naming its index in `field`."""
        events = (call.json() or {}).get("meter_datas") or []
        for index, event in enumerate(events):
            problem = self._event_problem(event)
            if problem is not None:
                return self.error(400, problem[1], code="INVALID_FIELD", field=f"meter_datas.{index}.{problem[0]}")
        return self.respond(201, {"meter_datas": [self._count_event(e) for e in events]})

    @route("GET", "/v1/events")
    def list_events(self, call: Call) -> httpx.Response:
        customer = call.query.get("customer_id")
        found = [e for e in self.events.values() if customer is None or e["customer_id"] == customer]
        return self._page(call, "/v1/events", found)

    @route("GET", "/v1/events/{resourceId}")
    def get_event(self, call: Call) -> httpx.Response:
        found = self.events.get(call.path_params["resourceId"])
        if found is None:
            return self.error(404, "Event could not be found", resource_type="METER_DATA")
        return self.respond(200, found)

    # -- OAuth ------------------------------------------------------------------------------------------------

    def _issue_token(self) -> httpx.Response:
        self.tokens_issued += 1
        token = f"jwt.fake.{self.tokens_issued:04d}.{hashlib.sha256(str(self.tokens_issued).encode()).hexdigest()[:12]}"
        now = self.now()
        expires = now + dt.timedelta(seconds=self.token_lifetime)
        self.tokens[token] = expires
        return self.respond(
            200,
            {
                "issued_at": now.isoformat(),
                "access_token": token,
                "expires_in": self.token_lifetime,
                "expires_at": expires.isoformat(),
                "token_type": "Bearer",
                "scope": None,
                "id_token": None,
            },
        )

    @route("POST", "/v1/oauth/token")
    def oauth_token(self, call: Call) -> httpx.Response:
        body = call.json() or {}
        username, password = body.get("username"), body.get("password")
        if not username or self.oauth_clients.get(username) != password or password is None:
            return self.error(401, "The credentials are not valid")
        return self._issue_token()

    @route("POST", "/v1/oauth/refresh-token")
    def oauth_refresh_token(self, call: Call) -> httpx.Response:
        return self._issue_token()  # authenticate() already checked the current token

    # -- webhooks ---------------------------------------------------------------------------------------------

    def signed_delivery(
        self, event_type: str, data: Mapping[str, Any], *, encoding: str = "hex"
    ) -> tuple[bytes, dict[str, str]]:
        """(body, headers) of a webhook delivery signed as Solvimon does, for testing your handler."""
        from ..solvimon import webhooks

        body = json.dumps(
            {"created_at": self.timestamp(), "type": event_type, "environment": "TEST", "data": data},
            separators=(",", ":"),
        ).encode()
        headers = webhooks.sign(body, self.webhook_secret, timestamp=self.now(), encoding=encoding)  # type: ignore[arg-type]
        return body, {"Content-Type": "application/json", **headers}

    def _deliver(self, event_type: str, data: Mapping[str, Any]) -> None:
        self.webhook_deliveries.append(self.signed_delivery(event_type, data))

    @route("GET", "/v1/invoices/{resourceId}/pdf")
    def download_invoice_pdf(self, call: Call) -> httpx.Response:
        invoice = self._invoice_or_404(call)
        if isinstance(invoice, httpx.Response):
            return invoice
        text = f"%PDF-1.4\n% payclients fake invoice {invoice['invoice_number']}\n%%EOF\n"
        return self.respond(200, text.encode())


def _flag_matches(wanted: str | None, actual: bool) -> bool:
    return wanted is None or (wanted.lower() == "true") == actual
