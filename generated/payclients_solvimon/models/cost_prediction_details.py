from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.customer_wallet_balance_status import CustomerWalletBalanceStatus
    from ..models.invoice_period import InvoicePeriod
    from ..models.invoice_tax_total_summary import InvoiceTaxTotalSummary


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CostPredictionDetails:
    """CostPredictionDetails

    Attributes:
        customer_id (str | None):
        invoice_id (str | None):
        amount_excluding_tax (Amount | None): Money: a decimal quantity in a currency.
        amount_including_tax (Amount | None): Money: a decimal quantity in a currency.
        tax_summary (InvoiceTaxTotalSummary | None): Tax totals of the whole invoice.
        periods (list[InvoicePeriod] | None):
        pre_wallet_balance (CustomerWalletBalanceStatus | None):
        post_wallet_balance (CustomerWalletBalanceStatus | None):
    """

    _FIELDS = (
        "customer_id",
        "invoice_id",
        "amount_excluding_tax",
        "amount_including_tax",
        "tax_summary",
        "periods",
        "pre_wallet_balance",
        "post_wallet_balance",
    )
    _KEYS = frozenset(
        (
            "customer_id",
            "invoice_id",
            "amount_excluding_tax",
            "amount_including_tax",
            "tax_summary",
            "periods",
            "pre_wallet_balance",
            "post_wallet_balance",
        )
    )

    customer_id: str | None = None
    invoice_id: str | None = None
    amount_excluding_tax: Amount | None = None
    amount_including_tax: Amount | None = None
    tax_summary: InvoiceTaxTotalSummary | None = None
    periods: list[InvoicePeriod] | None = None
    pre_wallet_balance: CustomerWalletBalanceStatus | None = None
    post_wallet_balance: CustomerWalletBalanceStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = _v
        _v = self.invoice_id
        if _v is not None:
            _d["invoice_id"] = None if _v is _t.NULL else _v
        _v = self.amount_excluding_tax
        if _v is not None:
            _d["amount_excluding_tax"] = _v.to_dict()
        _v = self.amount_including_tax
        if _v is not None:
            _d["amount_including_tax"] = _v.to_dict()
        _v = self.tax_summary
        if _v is not None:
            _d["tax_summary"] = _v.to_dict()
        _v = self.periods
        if _v is not None:
            _d["periods"] = [_x.to_dict() for _x in _v]
        _v = self.pre_wallet_balance
        if _v is not None:
            _d["pre_wallet_balance"] = _v.to_dict()
        _v = self.post_wallet_balance
        if _v is not None:
            _d["post_wallet_balance"] = _v.to_dict()
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
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "invoice_id"
            _v = _d.get("invoice_id")
            _obj.invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "amount_excluding_tax"
            _v = _d.get("amount_excluding_tax")
            _obj.amount_excluding_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "amount_including_tax"
            _v = _d.get("amount_including_tax")
            _obj.amount_including_tax = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "tax_summary"
            _v = _d.get("tax_summary")
            _obj.tax_summary = None if _v is None else (_models.InvoiceTaxTotalSummary.from_dict(_v))
            _key = "periods"
            _v = _d.get("periods")
            _obj.periods = None if _v is None else (_t.list_of(_v, _models.InvoicePeriod.from_dict))
            _key = "pre_wallet_balance"
            _v = _d.get("pre_wallet_balance")
            _obj.pre_wallet_balance = None if _v is None else (_models.CustomerWalletBalanceStatus.from_dict(_v))
            _key = "post_wallet_balance"
            _v = _d.get("post_wallet_balance")
            _obj.post_wallet_balance = None if _v is None else (_models.CustomerWalletBalanceStatus.from_dict(_v))
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
