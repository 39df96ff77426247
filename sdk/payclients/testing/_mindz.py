"""A stateful stand-in for the MindzPay invoice operations of a Mindz tenant.

Mindz does not publish its v2 reference, so this fake follows our spec's proposal (see
`specs/mindz.yaml`) and the documented facts: the APP_ID + API_KEY pair (as the `App-Id`/`Api-Key`
headers or HTTP Basic), Django REST Framework pages (`limit`/`offset`, `{count, next, previous,
results}`) and error bodies (`{"detail": ...}`, `{"field": ["..."]}`), NF-e statuses 0-9.

The invoice actions are simulated as their names suggest, which is an assumption: `refresh`
re-queries the issuer (ISSUING -> ISSUED, or ISSUE_FAILED when `issuer_fails` is set; CANCELING ->
CANCELED), `reissue` restarts a failed or not-issued invoice (-> ISSUING), `cancel` starts cancelling
an issued one (-> CANCELING).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.parser
import email.policy
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from ._fake import Call, FakeAPI, route

__all__ = ["FakeMindz"]

PENDING, ISSUING, ISSUED, ISSUE_FAILED, CANCELING, CANCELED = 0, 1, 2, 3, 4, 5
NOT_ISSUED = 9
INVOICE_FIELDS = ("nfe_id", "status", "payment", "client", "amount")


class FakeMindz(FakeAPI):
    """A Mindz tenant's MindzPay invoices, in memory.

    >>> fake = FakeMindz()                  # accepts app id "test-app" with api key "test-key"
    >>> mindz = Mindz(app_id="test-app", api_key="test-key", platform="demo", transport=fake)
    """

    package = "payclients_mindz"
    base_paths = ("/api/v2", "/api/public/v1")

    def __init__(
        self,
        *,
        credentials: Iterable[tuple[str, str]] = (("test-app", "test-key"),),
        account_keys: Iterable[str] = ("acct_demo",),
        seed: bool = True,
        check_spec: bool | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(check_spec=check_spec, clock=clock)
        self.credentials = frozenset(credentials)
        self.accounts: dict[str, dict[int, dict[str, Any]]] = {key: {} for key in account_keys}
        self.issuer_fails = False
        """When True, refreshing an ISSUING invoice ends in ISSUE_FAILED instead of ISSUED."""
        self._next_id = 1
        if seed:
            self.seed()

    # -- data a test (or the demo) works with -------------------------------------------------------------

    def seed(self) -> None:
        """Three invoices in the first account: one being issued, one issued, one that failed."""
        account = next(iter(self.accounts))
        self.add_invoice(account, status=ISSUING, amount="150.00", payment=101, client=7, nfe_id="35261100000000000101")
        self.add_invoice(account, status=ISSUED, amount="89.90", payment=102, client=8, nfe_id="35261100000000000102")
        self.add_invoice(account, status=ISSUE_FAILED, amount="1200.00", payment=103, client=9)

    def invoice_ids(self, account_key: str = "acct_demo") -> list[int]:
        return list(self.accounts[account_key])

    def add_invoice(self, account_key: str, *, status: int = PENDING, **fields: Any) -> dict[str, Any]:
        now = self.timestamp()
        invoice: dict[str, Any] = {
            "id": self._next_id,
            "nfe_id": None,
            "status": status,
            "payment": None,
            "client": None,
            "amount": None,
            "file": None,
            "created_at": now,
            "updated_at": now,
        }
        invoice.update(fields)
        self._next_id += 1
        self.accounts[account_key][invoice["id"]] = invoice
        return invoice

    # -- protocol --------------------------------------------------------------------------------------------

    def authenticate(self, call: Call) -> httpx.Response | None:
        if call.request.url.path.startswith("/api/public/v1"):
            return None  # the public API needs no credentials
        pair = (call.headers.get("app-id"), call.headers.get("api-key"))
        authorization = call.headers.get("authorization", "")
        if authorization.lower().startswith("basic "):
            try:
                user, _, password = base64.b64decode(authorization[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                user = password = ""
            pair = (user, password)
        if pair == (None, None):
            return self.error(401, "As credenciais de autenticação não foram fornecidas.")
        if pair not in self.credentials:
            return self.error(401, "Credenciais inválidas.")
        return None

    def error(self, status: int, message: str, **details: Any) -> httpx.Response:
        return self.respond(status, {"detail": message, **details})

    def _field_errors(self, errors: dict[str, list[str]]) -> httpx.Response:
        return self.respond(400, errors)

    def _account(self, call: Call) -> dict[int, dict[str, Any]] | httpx.Response:
        account = self.accounts.get(call.path_params["account_key"])
        return account if account is not None else self.error(404, "Não encontrado.")

    def _invoice(self, call: Call) -> dict[str, Any] | httpx.Response:
        account = self._account(call)
        if isinstance(account, httpx.Response):
            return account
        try:
            invoice = account.get(int(call.path_params["invoice_id"]))
        except ValueError:
            invoice = None
        return invoice if invoice is not None else self.error(404, "Não encontrado.")

    def _form(self, call: Call) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
        """The multipart body: text fields, and files as (file name, content)."""
        content_type = call.headers.get("content-type", "")
        raw = f"Content-Type: {content_type}\r\n\r\n".encode() + call.request.content
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
        fields: dict[str, str] = {}
        files: dict[str, tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            decoded = part.get_payload(decode=True)
            payload = decoded if isinstance(decoded, bytes) else b""
            filename = part.get_filename()
            if filename is not None:
                files[str(name)] = (filename, payload)
            else:
                fields[str(name)] = payload.decode()
        return fields, files

    def _apply_form(self, invoice: dict[str, Any], fields: dict[str, str]) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        for name in INVOICE_FIELDS:
            if name not in fields:
                continue
            value = fields[name]
            if name == "amount":
                try:
                    amount = Decimal(value)
                except InvalidOperation:
                    errors[name] = ["Um número válido é necessário."]
                    continue
                if amount.as_tuple().exponent < -2:  # type: ignore[operator]
                    errors[name] = ["Certifique-se de que não haja mais de 2 casas decimais."]
                    continue
                invoice[name] = f"{amount:.2f}"
            elif name in ("status", "payment", "client"):
                try:
                    invoice[name] = int(value)
                except ValueError:
                    errors[name] = ["Um número inteiro válido é exigido."]
            else:
                invoice[name] = value
        return errors

    def _platform_url(self, call: Call, path: str) -> str:
        return str(call.request.url.copy_with(path=path, query=None))

    # -- MindzPay invoices ------------------------------------------------------------------------------------

    @route("GET", "/mindzpay/accounts/{account_key}/invoices/")
    def list_invoices(self, call: Call) -> httpx.Response:
        account = self._account(call)
        if isinstance(account, httpx.Response):
            return account
        invoices = list(account.values())
        if "search" in call.query:
            term = call.query["search"].lower()
            invoices = [i for i in invoices if term in str(i.get("nfe_id") or "").lower()]
        limit = int(call.query.get("limit", "50"))
        offset = int(call.query.get("offset", "0"))

        def page_url(start: int) -> str | None:
            if start < 0 or start >= len(invoices) or (start == offset):
                return None
            return str(call.request.url.copy_merge_params({"limit": limit, "offset": start}))

        return self.respond(
            200,
            {
                "count": len(invoices),
                "next": page_url(offset + limit),
                "previous": page_url(max(offset - limit, 0)) if offset > 0 else None,
                "results": invoices[offset : offset + limit],
            },
        )

    @route("POST", "/mindzpay/accounts/{account_key}/invoices/")
    def create_invoice(self, call: Call) -> httpx.Response:
        account = self._account(call)
        if isinstance(account, httpx.Response):
            return account
        fields, files = self._form(call)
        if list(files) != ["file"]:
            return self._field_errors({"file": ["Envie exatamente um arquivo da nota fiscal."]})
        invoice = {"status": PENDING}
        errors = self._apply_form(invoice, fields)
        if errors:
            return self._field_errors(errors)
        stored = self.add_invoice(call.path_params["account_key"], **invoice)
        stored["file"] = self._platform_url(call, f"/media/mindzpay/invoices/{stored['id']}/{files['file'][0]}")
        return self.respond(201, stored)

    @route("GET", "/mindzpay/accounts/{account_key}/invoices/{invoice_id}/")
    def get_invoice(self, call: Call) -> httpx.Response:
        invoice = self._invoice(call)
        return invoice if isinstance(invoice, httpx.Response) else self.respond(200, invoice)

    @route("PATCH", "/mindzpay/accounts/{account_key}/invoices/{invoice_id}/")
    def update_invoice(self, call: Call) -> httpx.Response:
        invoice = self._invoice(call)
        if isinstance(invoice, httpx.Response):
            return invoice
        fields, files = self._form(call)
        if len(files) > 1 or (files and "file" not in files):
            return self._field_errors({"file": ["Envie no máximo um arquivo da nota fiscal."]})
        changes = dict(invoice)
        errors = self._apply_form(changes, fields)
        if errors:
            return self._field_errors(errors)
        invoice.update(changes)
        if files:
            invoice["file"] = self._platform_url(call, f"/media/mindzpay/invoices/{invoice['id']}/{files['file'][0]}")
        invoice["updated_at"] = self.timestamp()
        return self.respond(200, invoice)

    def _action(
        self, call: Call, allowed: tuple[int, ...], outcome: Callable[[dict[str, Any]], int], what: str
    ) -> httpx.Response:
        invoice = self._invoice(call)
        if isinstance(invoice, httpx.Response):
            return invoice
        if invoice["status"] not in allowed:
            return self.error(400, f"Não é possível {what} uma nota fiscal com status {invoice['status']}.")
        invoice["status"] = outcome(invoice)
        invoice["updated_at"] = self.timestamp()
        return self.respond(200, invoice)

    @route("POST", "/mindzpay/accounts/{account_key}/invoices/{invoice_id}/refresh/")
    def refresh_invoice(self, call: Call) -> httpx.Response:
        def settle(invoice: dict[str, Any]) -> int:
            if invoice["status"] == ISSUING:
                return ISSUE_FAILED if self.issuer_fails else ISSUED
            if invoice["status"] == CANCELING:
                return CANCELED
            return int(invoice["status"])

        return self._action(call, tuple(range(10)), settle, "atualizar")

    @route("POST", "/mindzpay/accounts/{account_key}/invoices/{invoice_id}/reissue/")
    def reissue_invoice(self, call: Call) -> httpx.Response:
        return self._action(call, (PENDING, ISSUE_FAILED, NOT_ISSUED), lambda _: ISSUING, "reemitir")

    @route("POST", "/mindzpay/accounts/{account_key}/invoices/{invoice_id}/cancel/")
    def cancel_invoice(self, call: Call) -> httpx.Response:
        return self._action(call, (ISSUED,), lambda _: CANCELING, "cancelar")
