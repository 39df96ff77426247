from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import alert_rule_trigger_type as _e_alert_rule_trigger_type
from ..models import alert_type as _e_alert_type
from ..models import resource_status as _e_resource_status
from ..models.alert_rule_trigger_type import AlertRuleTriggerType
from ..models.alert_type import AlertType
from ..models.resource_status import ResourceStatus

if TYPE_CHECKING:
    from ..models.alert_rule_entitlement import AlertRuleEntitlement
    from ..models.alert_rule_invoice import AlertRuleInvoice
    from ..models.create_customer_request import CreateCustomerRequest


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateAlertRuleRequest:
    """CreateAlertRuleRequest

    Attributes:
        reference (str):
        type_ (AlertType | None):
        object_type (str | None):
        id (str | None):
        name (str | None):
        description (str | None):
        status (ResourceStatus | None):
        customer_ids (list[str] | None):
        customers (list[CreateCustomerRequest] | None):
        trigger_type (AlertRuleTriggerType | None):
        entitlement (AlertRuleEntitlement | None):
        invoice (AlertRuleInvoice | None):
    """

    _FIELDS = (
        "reference",
        "type_",
        "object_type",
        "id",
        "name",
        "description",
        "status",
        "customer_ids",
        "customers",
        "trigger_type",
        "entitlement",
        "invoice",
    )
    _KEYS = frozenset(
        (
            "reference",
            "type",
            "object_type",
            "id",
            "name",
            "description",
            "status",
            "customer_ids",
            "customers",
            "trigger_type",
            "entitlement",
            "invoice",
        )
    )

    reference: str
    type_: AlertType | None = _attrs_field(converter=_e_alert_type.coerce_optional)
    object_type: str | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    status: ResourceStatus | None = _attrs_field(default=None, converter=_e_resource_status.coerce_optional)
    customer_ids: list[str] | None = None
    customers: list[CreateCustomerRequest] | None = None
    trigger_type: AlertRuleTriggerType | None = _attrs_field(
        default=None, converter=_e_alert_rule_trigger_type.coerce_optional
    )
    entitlement: AlertRuleEntitlement | None = None
    invoice: AlertRuleInvoice | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["reference"] = self.reference
        _v = self.type_
        _d["type"] = None if _v is None or _v is _t.NULL else _v
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.customer_ids
        if _v is not None:
            _d["customer_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.customers
        if _v is not None:
            _d["customers"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.trigger_type
        if _v is not None:
            _d["trigger_type"] = None if _v is _t.NULL else _v
        _v = self.entitlement
        if _v is not None:
            _d["entitlement"] = _v.to_dict()
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = _v.to_dict()
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
            _key = "reference"
            _v = _d.get("reference")
            if _v is None:
                _t.missing(_d, _key)
            _obj.reference = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "type"
            _v = _d.get("type")
            if _v is None and _key not in _d:
                _t.missing(_d, _key)
            _obj.type_ = (
                None
                if _v is None
                else ((_e_alert_type.BY_VALUE.get(_v) or AlertType(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_resource_status.BY_VALUE.get(_v) or ResourceStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "customer_ids"
            _v = _d.get("customer_ids")
            _obj.customer_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "customers"
            _v = _d.get("customers")
            _obj.customers = None if _v is None else (_t.list_of(_v, _models.CreateCustomerRequest.from_dict))
            _key = "trigger_type"
            _v = _d.get("trigger_type")
            _obj.trigger_type = (
                None
                if _v is None
                else (
                    (_e_alert_rule_trigger_type.BY_VALUE.get(_v) or AlertRuleTriggerType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "entitlement"
            _v = _d.get("entitlement")
            _obj.entitlement = None if _v is None else (_models.AlertRuleEntitlement.from_dict(_v))
            _key = "invoice"
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.AlertRuleInvoice.from_dict(_v))
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
