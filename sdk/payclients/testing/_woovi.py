"""A stateful stand-in for Woovi's charges, customers, refunds and NFS-e invoices.

What it simulates, as Woovi documents it: the raw AppID in `Authorization` (otherwise the GraphQL-style
401 body); correlationID unique per account, with `return_existing=true` turning a repeated charge
creation into a read; listings over `skip`/`limit` with `pageInfo`; invoices issued asynchronously,
PENDING -> PROCESSING -> CONFIRMED (advance them with `process_invoices`), cancellable only once
CONFIRMED, their PDF/XML only available then; `{"error": "..."}` bodies for invalid requests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from ._fake import Call, FakeAPI, route

__all__ = ["FakeWoovi"]

INVOICE_STEPS = {"PENDING": "PROCESSING", "PROCESSING": "CONFIRMED"}
CUSTOMER_FIELDS = ("taxID", "name", "email", "phone", "address")
ADDRESS_FIELDS = ("country", "zipcode", "street", "number", "state")


class FakeWoovi(FakeAPI):
    """Woovi's API, in memory, for the operations the SDK's conveniences use.

    >>> fake = FakeWoovi()                             # accepts the AppID "test"
    >>> woovi = Woovi(app_id="test", transport=fake)
    """

    package = "payclients_woovi"

    def __init__(
        self,
        *,
        app_ids: Iterable[str] = ("test",),
        seed: bool = True,
        check_spec: bool | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(check_spec=check_spec, clock=clock)
        self.app_ids = frozenset(app_ids)
        self.charges: dict[str, dict[str, Any]] = {}
        self.customers: dict[str, dict[str, Any]] = {}
        self.invoices: dict[str, dict[str, Any]] = {}
        self.refunds: dict[str, dict[str, Any]] = {}
        if seed:
            self.seed()

    # -- data a test (or the demo) works with -------------------------------------------------------------

    def seed(self) -> None:
        """Two customers and one paid charge."""
        self.add_customer(
            name="Maria Silva",
            email="maria@example.com.br",
            phone="+5511999990000",
            tax_id="12345678909",
            correlation_id="customer-maria",
        )
        self.add_customer(name="Loja Exemplo Ltda", email="financeiro@loja.example", tax_id="11222333000181")
        charge = self.add_charge(correlation_id="order-1001", value=4990, comment="Order 1001")
        self.pay_charge(charge["correlationID"])

    def add_customer(
        self,
        *,
        name: str,
        email: str | None = None,
        phone: str | None = None,
        tax_id: str | None = None,
        correlation_id: str | None = None,
        address: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        correlation = correlation_id or self.new_id("customer")
        customer: dict[str, Any] = {"name": name, "correlationID": correlation}
        if email:
            customer["email"] = email
        if phone:
            customer["phone"] = phone
        if tax_id:
            customer["taxID"] = {"taxID": tax_id, "type": "BR:CPF" if len(tax_id) == 11 else "BR:CNPJ"}
        if address:
            customer["address"] = dict(address)
        self.customers[correlation] = customer
        return customer

    def add_charge(self, *, correlation_id: str, value: int, comment: str | None = None) -> dict[str, Any]:
        now = self.timestamp()
        identifier = hashlib.sha256(correlation_id.encode()).hexdigest()[:32]
        charge: dict[str, Any] = {
            "value": value,
            "status": "ACTIVE",
            "correlationID": correlation_id,
            "type": "DYNAMIC",
            "globalID": f"Q2hhcmdlOj{identifier[:16]}",
            "transactionID": identifier,
            "identifier": identifier,
            "brCode": f"00020101021226950014br.gov.bcb.pix2573fake.woovi.com/qr/v2/{identifier}5204000053039865802BR"
            f"5910PAYCLIENTS6009SAO PAULO62070503***6304ABCD",
            "paymentLinkID": identifier[:8],
            "paymentLinkUrl": f"https://woovi.com/pay/{identifier[:8]}",
            "qrCodeImage": f"https://api.woovi.com/openpix/charge/brcode/image/{identifier[:8]}.png",
            "expiresIn": 86400,
            "expiresDate": (self.now() + dt.timedelta(days=1)).astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "createdAt": now,
            "updatedAt": now,
        }
        if comment:
            charge["comment"] = comment
        self.charges[correlation_id] = charge
        return charge

    def pay_charge(self, correlation_id: str) -> None:
        """Mark a charge as paid, as a Pix payment would."""
        charge = self.charges[correlation_id]
        charge["status"] = "COMPLETED"
        charge["paidAt"] = charge["updatedAt"] = self.timestamp()

    def process_invoices(self) -> None:
        """Move every invoice one step along PENDING -> PROCESSING -> CONFIRMED, as NFe.io would."""
        for invoice in self.invoices.values():
            invoice["status"] = INVOICE_STEPS.get(invoice["status"], invoice["status"])

    # -- protocol --------------------------------------------------------------------------------------------

    def authenticate(self, call: Call) -> httpx.Response | None:
        if call.headers.get("authorization") in self.app_ids:
            return None
        return self.respond(401, {"data": None, "errors": [{"message": "appID inválido"}]})

    def error(self, status: int, message: str, **details: Any) -> httpx.Response:
        return self.respond(status, {"error": message, **details})

    def _page(self, call: Call, key: str, items: list[dict[str, Any]]) -> httpx.Response:
        skip = int(call.query.get("skip", "0"))
        limit = int(call.query.get("limit", "100"))
        chunk = items[skip : skip + limit]
        page_info = {
            "skip": skip,
            "limit": limit,
            "totalCount": len(items),
            "hasPreviousPage": skip > 0,
            "hasNextPage": skip + limit < len(items),
        }
        return self.respond(200, {key: chunk, "pageInfo": page_info})

    # -- charges ----------------------------------------------------------------------------------------------

    @route("POST", "/api/v1/charge")
    def create_charge(self, call: Call) -> httpx.Response:
        body = call.json()
        correlation_id = body["correlationID"]
        existing = self.charges.get(correlation_id)
        if existing is not None:
            if call.query.get("return_existing") == "true":
                return self._charge_response(existing)
            return self.error(400, "Já existe uma cobrança com este correlationID")
        if body["value"] <= 0:
            return self.error(400, "O valor da cobrança deve ser maior que zero")
        charge = self.add_charge(correlation_id=correlation_id, value=body["value"], comment=body.get("comment"))
        if body.get("customer"):
            given = body["customer"]
            charge["customer"] = self.add_customer(
                name=given["name"], email=given.get("email"), phone=given.get("phone"), tax_id=given.get("taxID")
            )
        return self._charge_response(charge)

    def _charge_response(self, charge: dict[str, Any]) -> httpx.Response:
        return self.respond(
            200, {"charge": charge, "correlationID": charge["correlationID"], "brCode": charge["brCode"]}
        )

    def _find_charge(self, key: str) -> dict[str, Any] | None:
        return self.charges.get(key) or next(
            (c for c in self.charges.values() if key in (c["transactionID"], c["globalID"])), None
        )

    @route("GET", "/api/v1/charge/{id}")
    def get_charge(self, call: Call) -> httpx.Response:
        charge = self._find_charge(call.path_params["id"])
        if charge is None:
            return self.error(400, "Charge not found")  # Woovi answers 400, not 404, for an unknown charge
        return self._charge_response(charge)

    @route("GET", "/api/v1/charge")
    def list_charges(self, call: Call) -> httpx.Response:
        status = call.query.get("status")
        charges = [c for c in self.charges.values() if status is None or c["status"] == status]
        return self._page(call, "charges", charges)

    # -- customers --------------------------------------------------------------------------------------------

    @route("POST", "/api/v1/customer")
    def create_customer(self, call: Call) -> httpx.Response:
        body = call.json()
        if not any(body.get(name) for name in ("taxID", "email", "phone")):
            return self.error(400, "Customer needs a taxID, an email or a phone")
        correlation_id = body.get("correlationID")
        if correlation_id and correlation_id in self.customers:
            return self.error(400, "Já existe um cliente com este correlationID")
        customer = self.add_customer(
            name=body["name"],
            email=body.get("email"),
            phone=body.get("phone"),
            tax_id=body.get("taxID"),
            correlation_id=correlation_id,
            address=body.get("address"),
        )
        return self.respond(200, {"customer": customer})

    @route("GET", "/api/v1/customer")
    def list_customers(self, call: Call) -> httpx.Response:
        return self._page(call, "customers", list(self.customers.values()))

    # -- NFS-e invoices ---------------------------------------------------------------------------------------

    @route("POST", "/api/v1/invoice")
    def create_invoice(self, call: Call) -> httpx.Response:
        body = call.json()
        correlation_id = body["correlationID"]
        if correlation_id in self.invoices:
            return self.error(400, "Já existe uma nota fiscal com este correlationID")
        charge_ref = body.get("charge")
        invoice: dict[str, Any] = {
            "id": self.new_id("invoice"),
            "correlationID": correlation_id,
            "billingDate": _as_date_time(body["billingDate"]),
            "date": self.timestamp(),
            "status": "PENDING",
            "statusRaw": None,
        }
        if body.get("description"):
            invoice["description"] = body["description"]
        if charge_ref is not None:
            charge = self.charges.get(charge_ref)
            if charge is None:
                return self.error(400, "Charge not found")
            invoice["value"] = charge["value"]
            invoice["charge"] = {
                key: charge[key] for key in ("correlationID", "value", "status", "paidAt") if key in charge
            }
            customer = charge.get("customer")
        elif "value" in body:
            invoice["value"] = body["value"]
            customer = self._invoice_customer(body)
            if isinstance(customer, httpx.Response):
                return customer
        else:
            return self.error(400, "Validation error")
        if isinstance(customer, dict):
            invoice["customer"] = {"correlationID": customer["correlationID"], "name": customer["name"]}
        self.invoices[correlation_id] = invoice
        return self.respond(201, {"invoice": invoice})

    def _invoice_customer(self, body: dict[str, Any]) -> dict[str, Any] | httpx.Response:
        if body.get("customerId"):
            customer = self.customers.get(body["customerId"])
            return customer if customer is not None else self.error(400, "Customer not found")
        given = body.get("customer")
        if not given:
            return self.error(400, "Customer is required")
        if any(not given.get(name) for name in CUSTOMER_FIELDS) or any(
            not given["address"].get(name) for name in ADDRESS_FIELDS
        ):
            return self.error(400, "Customer address is invalid")
        return self.add_customer(
            name=given["name"],
            email=given["email"],
            phone=given["phone"],
            tax_id=given["taxID"],
            address=given["address"],
        )

    @route("GET", "/api/v1/invoice")
    def list_invoices(self, call: Call) -> httpx.Response:
        start, end = call.query.get("start"), call.query.get("end")
        invoices = [
            invoice
            for invoice in self.invoices.values()
            if (start is None or invoice["billingDate"][:10] >= start[:10])
            and (end is None or invoice["billingDate"][:10] <= end[:10])
        ]
        return self._page(call, "invoices", invoices)

    def _confirmed_invoice(self, call: Call) -> dict[str, Any] | httpx.Response:
        invoice = self.invoices.get(call.path_params["correlationID"])
        if invoice is None:
            return self.error(404, "Invoice not found")
        if invoice["status"] != "CONFIRMED":
            return self.error(400, "Cannot cancel a not confirmed invoice")
        return invoice

    @route("POST", "/api/v1/invoice/{correlationID}/cancel")
    def cancel_invoice(self, call: Call) -> httpx.Response:
        invoice = self._confirmed_invoice(call)
        if isinstance(invoice, httpx.Response):
            return invoice
        invoice["status"] = "CANCELED"
        return self.respond(200, {"success": True})

    @route("GET", "/api/v1/invoice/{correlationID}/pdf")
    def get_invoice_pdf(self, call: Call) -> httpx.Response:
        return self._document(call, "application/pdf", "%PDF-1.4\n% payclients fake NFS-e {id}\n%%EOF\n")

    @route("GET", "/api/v1/invoice/{correlationID}/xml")
    def get_invoice_xml(self, call: Call) -> httpx.Response:
        return self._document(call, "application/xml", '<?xml version="1.0"?><nfse id="{id}"/>')

    def _document(self, call: Call, media_type: str, template: str) -> httpx.Response:
        invoice = self.invoices.get(call.path_params["correlationID"])
        if invoice is None:
            return self.error(404, "Invoice not found")
        if invoice["status"] != "CONFIRMED":
            return self.error(500, "Error while getting invoice documents")
        return self.respond(200, template.format(id=invoice["id"]).encode(), headers={"Content-Type": media_type})

    # -- refunds ----------------------------------------------------------------------------------------------

    @route("POST", "/api/v1/refund")
    def create_refund(self, call: Call) -> httpx.Response:
        body = call.json()
        correlation_id = body.get("correlationID")
        if not correlation_id or not body.get("transactionEndToEndId") or not body.get("value"):
            return self.error(400, "correlationID, transactionEndToEndId and value are required")
        if correlation_id in self.refunds:
            return self.error(400, "Já existe um reembolso com este correlationID")
        charge = next((c for c in self.charges.values() if c["transactionID"] == body["transactionEndToEndId"]), None)
        if charge is None or charge["status"] != "COMPLETED":
            return self.error(400, "Transaction not found")
        refund = {
            "value": body["value"],
            "status": "IN_PROCESSING",
            "correlationID": correlation_id,
            "refundId": self.new_id("refund"),
            "time": self.timestamp(),
            "comment": body.get("comment", ""),
        }
        self.refunds[correlation_id] = refund
        return self.respond(200, {"refund": refund})

    @route("GET", "/api/v1/refund")
    def list_refunds(self, call: Call) -> httpx.Response:
        return self._page(call, "refunds", list(self.refunds.values()))


def _as_date_time(value: str) -> str:
    """Woovi accepts YYYY-MM-DD or ISO 8601 and answers with a date-time."""
    return f"{value}T00:00:00.000Z" if len(value) == 10 else value
