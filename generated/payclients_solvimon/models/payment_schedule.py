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

from ..models import payment_schedule_status as _e_payment_schedule_status
from ..models import payment_schedule_type as _e_payment_schedule_type
from ..models.payment_schedule_status import PaymentScheduleStatus
from ..models.payment_schedule_type import PaymentScheduleType

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.payment_method import PaymentMethod
    from ..models.payment_method_fallback import PaymentMethodFallback
    from ..models.payment_schedule_dunning import PaymentScheduleDunning
    from ..models.payment_schedule_installments import PaymentScheduleInstallments
    from ..models.payment_schedule_one_off import PaymentScheduleOneOff
    from ..models.payment_schedule_recurring import PaymentScheduleRecurring
    from ..models.seller_details import SellerDetails


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PaymentSchedule:
    """PaymentSchedule

    Attributes:
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        status (PaymentScheduleStatus | None):
        customer_id (str | None):
        customer (Customer | None):
        reference (str | None):
        description (str | None):
        statement_descriptor (str | None):
        payment_method_id (str | None):
        payment_method (PaymentMethod | None):
        billing_entity_id (str | None):
        dunning (PaymentScheduleDunning | None):
        payment_method_fallback (PaymentMethodFallback | None):
        type_ (PaymentScheduleType | None):
        installments (PaymentScheduleInstallments | None):
        recurring (PaymentScheduleRecurring | None):
        one_off (PaymentScheduleOneOff | None):
        seller_details (SellerDetails | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "status",
        "customer_id",
        "customer",
        "reference",
        "description",
        "statement_descriptor",
        "payment_method_id",
        "payment_method",
        "billing_entity_id",
        "dunning",
        "payment_method_fallback",
        "type_",
        "installments",
        "recurring",
        "one_off",
        "seller_details",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "status",
        "customer_id",
        "customer",
        "reference",
        "description",
        "statement_descriptor",
        "payment_method_id",
        "payment_method",
        "billing_entity_id",
        "dunning",
        "payment_method_fallback",
        "type",
        "installments",
        "recurring",
        "one_off",
        "seller_details",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    status: PaymentScheduleStatus | None = _attrs_field(
        default=None, converter=_e_payment_schedule_status.coerce_optional
    )
    customer_id: str | None = None
    customer: Customer | None = None
    reference: str | None = None
    description: str | None = None
    statement_descriptor: str | None = None
    payment_method_id: str | None = None
    payment_method: PaymentMethod | None = None
    billing_entity_id: str | None = None
    dunning: PaymentScheduleDunning | None = None
    payment_method_fallback: PaymentMethodFallback | None = None
    type_: PaymentScheduleType | None = _attrs_field(default=None, converter=_e_payment_schedule_type.coerce_optional)
    installments: PaymentScheduleInstallments | None = None
    recurring: PaymentScheduleRecurring | None = None
    one_off: PaymentScheduleOneOff | None = None
    seller_details: SellerDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = _v
        _v = self.customer
        if _v is not None:
            _d["customer"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.statement_descriptor
        if _v is not None:
            _d["statement_descriptor"] = None if _v is _t.NULL else _v
        _v = self.payment_method_id
        if _v is not None:
            _d["payment_method_id"] = _v
        _v = self.payment_method
        if _v is not None:
            _d["payment_method"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = _v
        _v = self.dunning
        if _v is not None:
            _d["dunning"] = _v.to_dict()
        _v = self.payment_method_fallback
        if _v is not None:
            _d["payment_method_fallback"] = _v.to_dict()
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.installments
        if _v is not None:
            _d["installments"] = _v.to_dict()
        _v = self.recurring
        if _v is not None:
            _d["recurring"] = _v.to_dict()
        _v = self.one_off
        if _v is not None:
            _d["one_off"] = _v.to_dict()
        _v = self.seller_details
        if _v is not None:
            _d["seller_details"] = _v.to_dict()
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
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_payment_schedule_status.BY_VALUE.get(_v) or PaymentScheduleStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.Customer.from_dict(_v))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("statement_descriptor")
            _obj.statement_descriptor = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("payment_method_id")
            _obj.payment_method_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("payment_method")
            _obj.payment_method = None if _v is None else (_models.PaymentMethod.from_dict(_v))
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("dunning")
            _obj.dunning = None if _v is None else (_models.PaymentScheduleDunning.from_dict(_v))
            _v = _d.get("payment_method_fallback")
            _obj.payment_method_fallback = None if _v is None else (_models.PaymentMethodFallback.from_dict(_v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_payment_schedule_type.BY_VALUE.get(_v) or PaymentScheduleType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("installments")
            _obj.installments = None if _v is None else (_models.PaymentScheduleInstallments.from_dict(_v))
            _v = _d.get("recurring")
            _obj.recurring = None if _v is None else (_models.PaymentScheduleRecurring.from_dict(_v))
            _v = _d.get("one_off")
            _obj.one_off = None if _v is None else (_models.PaymentScheduleOneOff.from_dict(_v))
            _v = _d.get("seller_details")
            _obj.seller_details = None if _v is None else (_models.SellerDetails.from_dict(_v))
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
