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

from ..models import workflow_status as _e_workflow_status
from ..models import workflow_type as _e_workflow_type
from ..models.workflow_status import WorkflowStatus
from ..models.workflow_type import WorkflowType

if TYPE_CHECKING:
    from ..models.invoice_workflow import InvoiceWorkflow
    from ..models.payment_workflow import PaymentWorkflow
    from ..models.pricing_plan_subscription_workflow import PricingPlanSubscriptionWorkflow
    from ..models.wallet_workflow import WalletWorkflow


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Workflow:
    """Workflow

    Attributes:
        object_type (str | None):
        id (str | None):
        name (str | None):
        description (str | None):
        type_ (WorkflowType | None):
        reference (str | None):
        status (WorkflowStatus | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        customer_ids (list[str] | None):
        invoice (InvoiceWorkflow | None):
        payment (PaymentWorkflow | None):
        pricing_plan_subscription (PricingPlanSubscriptionWorkflow | None):
        wallet (WalletWorkflow | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "name",
        "description",
        "type_",
        "reference",
        "status",
        "created_at",
        "updated_at",
        "customer_ids",
        "invoice",
        "payment",
        "pricing_plan_subscription",
        "wallet",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "name",
        "description",
        "type",
        "reference",
        "status",
        "created_at",
        "updated_at",
        "customer_ids",
        "invoice",
        "payment",
        "pricing_plan_subscription",
        "wallet",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    type_: WorkflowType | None = _attrs_field(default=None, converter=_e_workflow_type.coerce_optional)
    reference: str | None = None
    status: WorkflowStatus | None = _attrs_field(default=None, converter=_e_workflow_status.coerce_optional)
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    customer_ids: list[str] | None = None
    invoice: InvoiceWorkflow | None = None
    payment: PaymentWorkflow | None = None
    pricing_plan_subscription: PricingPlanSubscriptionWorkflow | None = None
    wallet: WalletWorkflow | None = None
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
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.customer_ids
        if _v is not None:
            _d["customer_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = _v.to_dict()
        _v = self.payment
        if _v is not None:
            _d["payment"] = _v.to_dict()
        _v = self.pricing_plan_subscription
        if _v is not None:
            _d["pricing_plan_subscription"] = _v.to_dict()
        _v = self.wallet
        if _v is not None:
            _d["wallet"] = _v.to_dict()
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
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_workflow_type.BY_VALUE.get(_v) or WorkflowType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_workflow_status.BY_VALUE.get(_v) or WorkflowStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("customer_ids")
            _obj.customer_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.InvoiceWorkflow.from_dict(_v))
            _v = _d.get("payment")
            _obj.payment = None if _v is None else (_models.PaymentWorkflow.from_dict(_v))
            _v = _d.get("pricing_plan_subscription")
            _obj.pricing_plan_subscription = (
                None if _v is None else (_models.PricingPlanSubscriptionWorkflow.from_dict(_v))
            )
            _v = _d.get("wallet")
            _obj.wallet = None if _v is None else (_models.WalletWorkflow.from_dict(_v))
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
