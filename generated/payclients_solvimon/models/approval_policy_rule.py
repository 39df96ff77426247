from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import approval_policy_rule_comparator as _e_approval_policy_rule_comparator
from ..models import approval_policy_rule_type as _e_approval_policy_rule_type
from ..models.approval_policy_rule_comparator import ApprovalPolicyRuleComparator
from ..models.approval_policy_rule_type import ApprovalPolicyRuleType

if TYPE_CHECKING:
    from ..models.approval_policy_billing_entity import ApprovalPolicyBillingEntity
    from ..models.approval_policy_billing_period import ApprovalPolicyBillingPeriod
    from ..models.approval_policy_commitment import ApprovalPolicyCommitment
    from ..models.approval_policy_custom_field import ApprovalPolicyCustomField
    from ..models.approval_policy_discount import ApprovalPolicyDiscount
    from ..models.approval_policy_due_date import ApprovalPolicyDueDate
    from ..models.approval_policy_payment_acceptor import ApprovalPolicyPaymentAcceptor
    from ..models.approval_policy_pricing import ApprovalPolicyPricing


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ApprovalPolicyRule:
    """ApprovalPolicyRule

    Attributes:
        type_ (ApprovalPolicyRuleType | None):
        comparator (ApprovalPolicyRuleComparator | None):
        discount (ApprovalPolicyDiscount | None):
        commitment (ApprovalPolicyCommitment | None):
        pricing (ApprovalPolicyPricing | None):
        custom_field (ApprovalPolicyCustomField | None):
        billing_entity (ApprovalPolicyBillingEntity | None):
        billing_period (ApprovalPolicyBillingPeriod | None):
        due_date (ApprovalPolicyDueDate | None):
        payment_acceptor (ApprovalPolicyPaymentAcceptor | None):
    """

    _FIELDS = (
        "type_",
        "comparator",
        "discount",
        "commitment",
        "pricing",
        "custom_field",
        "billing_entity",
        "billing_period",
        "due_date",
        "payment_acceptor",
    )
    _KEYS = frozenset(
        (
            "type",
            "comparator",
            "discount",
            "commitment",
            "pricing",
            "custom_field",
            "billing_entity",
            "billing_period",
            "due_date",
            "payment_acceptor",
        )
    )

    type_: ApprovalPolicyRuleType | None = _attrs_field(
        default=None, converter=_e_approval_policy_rule_type.coerce_optional
    )
    comparator: ApprovalPolicyRuleComparator | None = _attrs_field(
        default=None, converter=_e_approval_policy_rule_comparator.coerce_optional
    )
    discount: ApprovalPolicyDiscount | None = None
    commitment: ApprovalPolicyCommitment | None = None
    pricing: ApprovalPolicyPricing | None = None
    custom_field: ApprovalPolicyCustomField | None = None
    billing_entity: ApprovalPolicyBillingEntity | None = None
    billing_period: ApprovalPolicyBillingPeriod | None = None
    due_date: ApprovalPolicyDueDate | None = None
    payment_acceptor: ApprovalPolicyPaymentAcceptor | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.comparator
        if _v is not None:
            _d["comparator"] = _v
        _v = self.discount
        if _v is not None:
            _d["discount"] = _v.to_dict()
        _v = self.commitment
        if _v is not None:
            _d["commitment"] = _v.to_dict()
        _v = self.pricing
        if _v is not None:
            _d["pricing"] = _v.to_dict()
        _v = self.custom_field
        if _v is not None:
            _d["custom_field"] = _v.to_dict()
        _v = self.billing_entity
        if _v is not None:
            _d["billing_entity"] = _v.to_dict()
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
        _v = self.due_date
        if _v is not None:
            _d["due_date"] = _v.to_dict()
        _v = self.payment_acceptor
        if _v is not None:
            _d["payment_acceptor"] = _v.to_dict()
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
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_approval_policy_rule_type.BY_VALUE.get(_v) or ApprovalPolicyRuleType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "comparator"
            _v = _d.get("comparator")
            _obj.comparator = (
                None
                if _v is None
                else (
                    (_e_approval_policy_rule_comparator.BY_VALUE.get(_v) or ApprovalPolicyRuleComparator(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "discount"
            _v = _d.get("discount")
            _obj.discount = None if _v is None else (_models.ApprovalPolicyDiscount.from_dict(_v))
            _key = "commitment"
            _v = _d.get("commitment")
            _obj.commitment = None if _v is None else (_models.ApprovalPolicyCommitment.from_dict(_v))
            _key = "pricing"
            _v = _d.get("pricing")
            _obj.pricing = None if _v is None else (_models.ApprovalPolicyPricing.from_dict(_v))
            _key = "custom_field"
            _v = _d.get("custom_field")
            _obj.custom_field = None if _v is None else (_models.ApprovalPolicyCustomField.from_dict(_v))
            _key = "billing_entity"
            _v = _d.get("billing_entity")
            _obj.billing_entity = None if _v is None else (_models.ApprovalPolicyBillingEntity.from_dict(_v))
            _key = "billing_period"
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.ApprovalPolicyBillingPeriod.from_dict(_v))
            _key = "due_date"
            _v = _d.get("due_date")
            _obj.due_date = None if _v is None else (_models.ApprovalPolicyDueDate.from_dict(_v))
            _key = "payment_acceptor"
            _v = _d.get("payment_acceptor")
            _obj.payment_acceptor = None if _v is None else (_models.ApprovalPolicyPaymentAcceptor.from_dict(_v))
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
