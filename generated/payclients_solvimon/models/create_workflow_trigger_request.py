from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import workflow_trigger_type as _e_workflow_trigger_type
from ..models.workflow_trigger_type import WorkflowTriggerType

if TYPE_CHECKING:
    from ..models.invoice_trigger import InvoiceTrigger
    from ..models.payment_trigger import PaymentTrigger
    from ..models.pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
    from ..models.wallet_trigger import WalletTrigger


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateWorkflowTriggerRequest:
    """CreateWorkflowTriggerRequest

    Attributes:
        type_ (WorkflowTriggerType):
        object_type (str | None):
        id (str | None):
        customer_id (str | None):
        workflow_id (str | None):
        invoice (InvoiceTrigger | None):
        payment (PaymentTrigger | None):
        pricing_plan_subscription (PricingPlanSubscriptionTrigger | None):
        wallet (WalletTrigger | None):
    """

    _FIELDS = (
        "type_",
        "object_type",
        "id",
        "customer_id",
        "workflow_id",
        "invoice",
        "payment",
        "pricing_plan_subscription",
        "wallet",
    )
    _KEYS = frozenset(
        (
            "type",
            "object_type",
            "id",
            "customer_id",
            "workflow_id",
            "invoice",
            "payment",
            "pricing_plan_subscription",
            "wallet",
        )
    )

    type_: WorkflowTriggerType = _attrs_field(converter=_e_workflow_trigger_type.coerce)
    object_type: str | None = None
    id: str | None = None
    customer_id: str | None = None
    workflow_id: str | None = None
    invoice: InvoiceTrigger | None = None
    payment: PaymentTrigger | None = None
    pricing_plan_subscription: PricingPlanSubscriptionTrigger | None = None
    wallet: WalletTrigger | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["type"] = self.type_
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.workflow_id
        if _v is not None:
            _d["workflow_id"] = _v
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
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "type"
            _v = _d.get("type")
            if _v is None:
                _t.missing(_d, _key)
            _obj.type_ = (
                (_e_workflow_trigger_type.BY_VALUE.get(_v) or WorkflowTriggerType(_v))
                if type(_v) is str
                else _t.wrong("string", _v)
            )
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "workflow_id"
            _v = _d.get("workflow_id")
            _obj.workflow_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "invoice"
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.InvoiceTrigger.from_dict(_v))
            _key = "payment"
            _v = _d.get("payment")
            _obj.payment = None if _v is None else (_models.PaymentTrigger.from_dict(_v))
            _key = "pricing_plan_subscription"
            _v = _d.get("pricing_plan_subscription")
            _obj.pricing_plan_subscription = (
                None if _v is None else (_models.PricingPlanSubscriptionTrigger.from_dict(_v))
            )
            _key = "wallet"
            _v = _d.get("wallet")
            _obj.wallet = None if _v is None else (_models.WalletTrigger.from_dict(_v))
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
