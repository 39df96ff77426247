from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.account_register import AccountRegister
    from ..models.boleto_payment import BoletoPayment
    from ..models.charge import Charge
    from ..models.charge_refund import ChargeRefund
    from ..models.customer import Customer
    from ..models.dispute import Dispute
    from ..models.installment_cobr import InstallmentCobr
    from ..models.invoice import Invoice
    from ..models.payment import Payment
    from ..models.payment_destination import PaymentDestination
    from ..models.payment_transaction import PaymentTransaction
    from ..models.pix_qr_code import PixQrCode
    from ..models.pix_recurring import PixRecurring
    from ..models.subscription import Subscription
    from ..models.transaction import Transaction
    from ..models.webhook_account import WebhookAccount
    from ..models.webhook_company import WebhookCompany
    from ..models.webhook_movement_error import WebhookMovementError
    from ..models.webhook_ted import WebhookTed


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class WebhookPayload:
    """Lenient view of any webhook body, for events this spec does not know. `event` is a plain string
    here; the dashboard's test delivery sends `evento` = "teste_webhook" and `data_criacao`.

    Attributes:
        event (str | None):
        evento (str | None):
        data_criacao (str | None):
        charge (Charge | None):
        pix (Transaction | None):
        pix_qr_code (PixQrCode | None):
        transaction (PaymentTransaction | None):
        refund_transaction (Transaction | None):
        original_transaction (Transaction | None):
        payment (Payment | None):
        destination (PaymentDestination | None):
        invoice (Invoice | None):
        subscription (Subscription | None):
        cobr (InstallmentCobr | None):
        pix_recurring (PixRecurring | None):
        dispute (Dispute | None):
        account_register (AccountRegister | None):
        boleto (BoletoPayment | None):
        ted (WebhookTed | None):
        payer (Customer | None):
        company (WebhookCompany | None):
        account (WebhookAccount | None):
        error (str | WebhookMovementError | None):
        refunds (list[ChargeRefund] | None):
    """

    _FIELDS = (
        "event",
        "evento",
        "data_criacao",
        "charge",
        "pix",
        "pix_qr_code",
        "transaction",
        "refund_transaction",
        "original_transaction",
        "payment",
        "destination",
        "invoice",
        "subscription",
        "cobr",
        "pix_recurring",
        "dispute",
        "account_register",
        "boleto",
        "ted",
        "payer",
        "company",
        "account",
        "error",
        "refunds",
    )
    _KEYS = frozenset(
        (
            "event",
            "evento",
            "data_criacao",
            "charge",
            "pix",
            "pixQrCode",
            "transaction",
            "refundTransaction",
            "originalTransaction",
            "payment",
            "destination",
            "invoice",
            "subscription",
            "cobr",
            "pixRecurring",
            "dispute",
            "accountRegister",
            "boleto",
            "ted",
            "payer",
            "company",
            "account",
            "error",
            "refunds",
        )
    )

    event: str | None = None
    evento: str | None = None
    data_criacao: str | None = None
    charge: Charge | None = None
    pix: Transaction | None = None
    pix_qr_code: PixQrCode | None = None
    transaction: PaymentTransaction | None = None
    refund_transaction: Transaction | None = None
    original_transaction: Transaction | None = None
    payment: Payment | None = None
    destination: PaymentDestination | None = None
    invoice: Invoice | None = None
    subscription: Subscription | None = None
    cobr: InstallmentCobr | None = None
    pix_recurring: PixRecurring | None = None
    dispute: Dispute | None = None
    account_register: AccountRegister | None = None
    boleto: BoletoPayment | None = None
    ted: WebhookTed | None = None
    payer: Customer | None = None
    company: WebhookCompany | None = None
    account: WebhookAccount | None = None
    error: str | WebhookMovementError | None = None
    refunds: list[ChargeRefund] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.event
        if _v is not None:
            _d["event"] = _v
        _v = self.evento
        if _v is not None:
            _d["evento"] = _v
        _v = self.data_criacao
        if _v is not None:
            _d["data_criacao"] = _v
        _v = self.charge
        if _v is not None:
            _d["charge"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pix
        if _v is not None:
            _d["pix"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pix_qr_code
        if _v is not None:
            _d["pixQrCode"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.transaction
        if _v is not None:
            _d["transaction"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.refund_transaction
        if _v is not None:
            _d["refundTransaction"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.original_transaction
        if _v is not None:
            _d["originalTransaction"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.payment
        if _v is not None:
            _d["payment"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.destination
        if _v is not None:
            _d["destination"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.subscription
        if _v is not None:
            _d["subscription"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.cobr
        if _v is not None:
            _d["cobr"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.pix_recurring
        if _v is not None:
            _d["pixRecurring"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.dispute
        if _v is not None:
            _d["dispute"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.account_register
        if _v is not None:
            _d["accountRegister"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.boleto
        if _v is not None:
            _d["boleto"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.ted
        if _v is not None:
            _d["ted"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.payer
        if _v is not None:
            _d["payer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.company
        if _v is not None:
            _d["company"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.account
        if _v is not None:
            _d["account"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.error
        if _v is not None:
            _d["error"] = None if _v is _t.NULL else _t.dump(_v)
        _v = self.refunds
        if _v is not None:
            _d["refunds"] = [_x.to_dict() for _x in _v]
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "event"
            _v = _d.get("event")
            _obj.event = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "evento"
            _v = _d.get("evento")
            _obj.evento = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "data_criacao"
            _v = _d.get("data_criacao")
            _obj.data_criacao = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "charge"
            _v = _d.get("charge")
            _obj.charge = None if _v is None else (_models.Charge.from_dict(_v))
            _key = "pix"
            _v = _d.get("pix")
            _obj.pix = None if _v is None else (_models.Transaction.from_dict(_v))
            _key = "pixQrCode"
            _v = _d.get("pixQrCode")
            _obj.pix_qr_code = None if _v is None else (_models.PixQrCode.from_dict(_v))
            _key = "transaction"
            _v = _d.get("transaction")
            _obj.transaction = None if _v is None else (_models.PaymentTransaction.from_dict(_v))
            _key = "refundTransaction"
            _v = _d.get("refundTransaction")
            _obj.refund_transaction = None if _v is None else (_models.Transaction.from_dict(_v))
            _key = "originalTransaction"
            _v = _d.get("originalTransaction")
            _obj.original_transaction = None if _v is None else (_models.Transaction.from_dict(_v))
            _key = "payment"
            _v = _d.get("payment")
            _obj.payment = None if _v is None else (_models.Payment.from_dict(_v))
            _key = "destination"
            _v = _d.get("destination")
            _obj.destination = None if _v is None else (_models.PaymentDestination.from_dict(_v))
            _key = "invoice"
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.Invoice.from_dict(_v))
            _key = "subscription"
            _v = _d.get("subscription")
            _obj.subscription = None if _v is None else (_models.Subscription.from_dict(_v))
            _key = "cobr"
            _v = _d.get("cobr")
            _obj.cobr = None if _v is None else (_models.InstallmentCobr.from_dict(_v))
            _key = "pixRecurring"
            _v = _d.get("pixRecurring")
            _obj.pix_recurring = None if _v is None else (_models.PixRecurring.from_dict(_v))
            _key = "dispute"
            _v = _d.get("dispute")
            _obj.dispute = None if _v is None else (_models.Dispute.from_dict(_v))
            _key = "accountRegister"
            _v = _d.get("accountRegister")
            _obj.account_register = None if _v is None else (_models.AccountRegister.from_dict(_v))
            _key = "boleto"
            _v = _d.get("boleto")
            _obj.boleto = None if _v is None else (_models.BoletoPayment.from_dict(_v))
            _key = "ted"
            _v = _d.get("ted")
            _obj.ted = None if _v is None else (_models.WebhookTed.from_dict(_v))
            _key = "payer"
            _v = _d.get("payer")
            _obj.payer = None if _v is None else (_models.Customer.from_dict(_v))
            _key = "company"
            _v = _d.get("company")
            _obj.company = None if _v is None else (_models.WebhookCompany.from_dict(_v))
            _key = "account"
            _v = _d.get("account")
            _obj.account = None if _v is None else (_models.WebhookAccount.from_dict(_v))
            _key = "error"
            _v = _d.get("error")
            _obj.error = (
                None
                if _v is None
                else (
                    _t.one_of(
                        _v,
                        (
                            _t.string,
                            _models.WebhookMovementError.from_dict,
                        ),
                        "str or WebhookMovementError",
                    )
                )
            )
            _key = "refunds"
            _v = _d.get("refunds")
            _obj.refunds = None if _v is None else (_t.list_of(_v, _models.ChargeRefund.from_dict))
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
