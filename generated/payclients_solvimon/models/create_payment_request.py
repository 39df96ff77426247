from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import payment_result as _e_payment_result
from ..models.payment_result import PaymentResult

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.embedded_customer_request import EmbeddedCustomerRequest
    from ..models.payment_context import PaymentContext
    from ..models.payment_dunning_action_details import PaymentDunningActionDetails
    from ..models.payment_method_details import PaymentMethodDetails
    from ..models.payment_result_details import PaymentResultDetails


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreatePaymentRequest:
    """CreatePaymentRequest

    Attributes:
        external_reference (str):
        result (PaymentResult): Outcome of a payment.
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        timestamp (datetime.datetime | None):
        customer_id (str | None):
        customer (EmbeddedCustomerRequest | None):
        invoice_id (str | None):
        payment_acceptor_id (str | None):
        payment_acceptor_reference (str | None):
        payment_method_id (str | None):
        payment_method_details (PaymentMethodDetails | None): The payment method used.
        integration_payment_method_reference (str | None):
        reference (str | None):
        amount (Amount | None): Money: a decimal quantity in a currency.
        result_details (PaymentResultDetails | None): Result codes from Solvimon and the payment provider.
        dunning_action_details (PaymentDunningActionDetails | None): Dunning attempt a payment belongs to.
        updated_at (datetime.datetime | None):
        context (PaymentContext | None): What a payment was made for.
    """

    _FIELDS = (
        "external_reference",
        "result",
        "object_type",
        "id",
        "created_at",
        "timestamp",
        "customer_id",
        "customer",
        "invoice_id",
        "payment_acceptor_id",
        "payment_acceptor_reference",
        "payment_method_id",
        "payment_method_details",
        "integration_payment_method_reference",
        "reference",
        "amount",
        "result_details",
        "dunning_action_details",
        "updated_at",
        "context",
    )
    _KEYS_IN_ORDER = (
        "external_reference",
        "result",
        "object_type",
        "id",
        "created_at",
        "timestamp",
        "customer_id",
        "customer",
        "invoice_id",
        "payment_acceptor_id",
        "payment_acceptor_reference",
        "payment_method_id",
        "payment_method_details",
        "integration_payment_method_reference",
        "reference",
        "amount",
        "result_details",
        "dunning_action_details",
        "updated_at",
        "context",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    external_reference: str
    result: PaymentResult = _attrs_field(converter=_e_payment_result.coerce)
    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    timestamp: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    customer_id: str | None = None
    customer: EmbeddedCustomerRequest | None = None
    invoice_id: str | None = None
    payment_acceptor_id: str | None = None
    payment_acceptor_reference: str | None = None
    payment_method_id: str | None = None
    payment_method_details: PaymentMethodDetails | None = None
    integration_payment_method_reference: str | None = None
    reference: str | None = None
    amount: Amount | None = None
    result_details: PaymentResultDetails | None = None
    dunning_action_details: PaymentDunningActionDetails | None = None
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    context: PaymentContext | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["external_reference"] = self.external_reference
        _d["result"] = self.result
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.timestamp
        if _v is not None:
            _d["timestamp"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.invoice_id
        if _v is not None:
            _d["invoice_id"] = None if _v is _t.NULL else _v
        _v = self.payment_acceptor_id
        if _v is not None:
            _d["payment_acceptor_id"] = None if _v is _t.NULL else _v
        _v = self.payment_acceptor_reference
        if _v is not None:
            _d["payment_acceptor_reference"] = None if _v is _t.NULL else _v
        _v = self.payment_method_id
        if _v is not None:
            _d["payment_method_id"] = None if _v is _t.NULL else _v
        _v = self.payment_method_details
        if _v is not None:
            _d["payment_method_details"] = _v.to_dict()
        _v = self.integration_payment_method_reference
        if _v is not None:
            _d["integration_payment_method_reference"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = None if _v is _t.NULL else _v
        _v = self.amount
        if _v is not None:
            _d["amount"] = _v.to_dict()
        _v = self.result_details
        if _v is not None:
            _d["result_details"] = _v.to_dict()
        _v = self.dunning_action_details
        if _v is not None:
            _d["dunning_action_details"] = _v.to_dict()
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.context
        if _v is not None:
            _d["context"] = _v.to_dict()
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
        _obj = _new(_cls)
        try:
            _v = _d.get("external_reference")
            if _v is None:
                _t.missing(_d, "external_reference")
            _obj.external_reference = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("result")
            if _v is None:
                _t.missing(_d, "result")
            _obj.result = (
                (_e_payment_result.BY_VALUE.get(_v) or PaymentResult(_v)) if type(_v) is str else _t.wrong("string", _v)
            )
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("timestamp")
            _obj.timestamp = None if _v is None else (_t.date_time(_v))
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.EmbeddedCustomerRequest.from_dict(_v))
            _v = _d.get("invoice_id")
            _obj.invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("payment_acceptor_id")
            _obj.payment_acceptor_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("payment_acceptor_reference")
            _obj.payment_acceptor_reference = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("payment_method_id")
            _obj.payment_method_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("payment_method_details")
            _obj.payment_method_details = None if _v is None else (_models.PaymentMethodDetails.from_dict(_v))
            _v = _d.get("integration_payment_method_reference")
            _obj.integration_payment_method_reference = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_models.Amount.from_dict(_v))
            _v = _d.get("result_details")
            _obj.result_details = None if _v is None else (_models.PaymentResultDetails.from_dict(_v))
            _v = _d.get("dunning_action_details")
            _obj.dunning_action_details = None if _v is None else (_models.PaymentDunningActionDetails.from_dict(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("context")
            _obj.context = None if _v is None else (_models.PaymentContext.from_dict(_v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
