from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_policy_rule_comparator import ApprovalPolicyRuleComparator
from ..models.approval_policy_rule_type import ApprovalPolicyRuleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_policy_billing_entity import ApprovalPolicyBillingEntity
    from ..models.approval_policy_billing_period import ApprovalPolicyBillingPeriod
    from ..models.approval_policy_commitment import ApprovalPolicyCommitment
    from ..models.approval_policy_custom_field import ApprovalPolicyCustomField
    from ..models.approval_policy_discount import ApprovalPolicyDiscount
    from ..models.approval_policy_due_date import ApprovalPolicyDueDate
    from ..models.approval_policy_payment_acceptor import ApprovalPolicyPaymentAcceptor
    from ..models.approval_policy_pricing import ApprovalPolicyPricing


T = TypeVar("T", bound="ApprovalPolicyRule")


@_attrs_define
class ApprovalPolicyRule:
    """
    Attributes:
        type_ (ApprovalPolicyRuleType | Unset):
        comparator (ApprovalPolicyRuleComparator | Unset):
        discount (ApprovalPolicyDiscount | Unset):
        commitment (ApprovalPolicyCommitment | Unset):
        pricing (ApprovalPolicyPricing | Unset):
        custom_field (ApprovalPolicyCustomField | Unset):
        billing_entity (ApprovalPolicyBillingEntity | Unset):
        billing_period (ApprovalPolicyBillingPeriod | Unset):
        due_date (ApprovalPolicyDueDate | Unset):
        payment_acceptor (ApprovalPolicyPaymentAcceptor | Unset):
    """

    type_: ApprovalPolicyRuleType | Unset = UNSET
    comparator: ApprovalPolicyRuleComparator | Unset = UNSET
    discount: ApprovalPolicyDiscount | Unset = UNSET
    commitment: ApprovalPolicyCommitment | Unset = UNSET
    pricing: ApprovalPolicyPricing | Unset = UNSET
    custom_field: ApprovalPolicyCustomField | Unset = UNSET
    billing_entity: ApprovalPolicyBillingEntity | Unset = UNSET
    billing_period: ApprovalPolicyBillingPeriod | Unset = UNSET
    due_date: ApprovalPolicyDueDate | Unset = UNSET
    payment_acceptor: ApprovalPolicyPaymentAcceptor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator.value

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        commitment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commitment, Unset):
            commitment = self.commitment.to_dict()

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = self.custom_field.to_dict()

        billing_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_entity, Unset):
            billing_entity = self.billing_entity.to_dict()

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        due_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.to_dict()

        payment_acceptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_acceptor, Unset):
            payment_acceptor = self.payment_acceptor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if discount is not UNSET:
            field_dict["discount"] = discount
        if commitment is not UNSET:
            field_dict["commitment"] = commitment
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field
        if billing_entity is not UNSET:
            field_dict["billing_entity"] = billing_entity
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if payment_acceptor is not UNSET:
            field_dict["payment_acceptor"] = payment_acceptor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_policy_billing_entity import ApprovalPolicyBillingEntity
        from ..models.approval_policy_billing_period import ApprovalPolicyBillingPeriod
        from ..models.approval_policy_commitment import ApprovalPolicyCommitment
        from ..models.approval_policy_custom_field import ApprovalPolicyCustomField
        from ..models.approval_policy_discount import ApprovalPolicyDiscount
        from ..models.approval_policy_due_date import ApprovalPolicyDueDate
        from ..models.approval_policy_payment_acceptor import ApprovalPolicyPaymentAcceptor
        from ..models.approval_policy_pricing import ApprovalPolicyPricing

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ApprovalPolicyRuleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApprovalPolicyRuleType(_type_)

        _comparator = d.pop("comparator", UNSET)
        comparator: ApprovalPolicyRuleComparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = ApprovalPolicyRuleComparator(_comparator)

        _discount = d.pop("discount", UNSET)
        discount: ApprovalPolicyDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = ApprovalPolicyDiscount.from_dict(_discount)

        _commitment = d.pop("commitment", UNSET)
        commitment: ApprovalPolicyCommitment | Unset
        if isinstance(_commitment, Unset):
            commitment = UNSET
        else:
            commitment = ApprovalPolicyCommitment.from_dict(_commitment)

        _pricing = d.pop("pricing", UNSET)
        pricing: ApprovalPolicyPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = ApprovalPolicyPricing.from_dict(_pricing)

        _custom_field = d.pop("custom_field", UNSET)
        custom_field: ApprovalPolicyCustomField | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = ApprovalPolicyCustomField.from_dict(_custom_field)

        _billing_entity = d.pop("billing_entity", UNSET)
        billing_entity: ApprovalPolicyBillingEntity | Unset
        if isinstance(_billing_entity, Unset):
            billing_entity = UNSET
        else:
            billing_entity = ApprovalPolicyBillingEntity.from_dict(_billing_entity)

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: ApprovalPolicyBillingPeriod | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = ApprovalPolicyBillingPeriod.from_dict(_billing_period)

        _due_date = d.pop("due_date", UNSET)
        due_date: ApprovalPolicyDueDate | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = ApprovalPolicyDueDate.from_dict(_due_date)

        _payment_acceptor = d.pop("payment_acceptor", UNSET)
        payment_acceptor: ApprovalPolicyPaymentAcceptor | Unset
        if isinstance(_payment_acceptor, Unset):
            payment_acceptor = UNSET
        else:
            payment_acceptor = ApprovalPolicyPaymentAcceptor.from_dict(_payment_acceptor)

        approval_policy_rule = cls(
            type_=type_,
            comparator=comparator,
            discount=discount,
            commitment=commitment,
            pricing=pricing,
            custom_field=custom_field,
            billing_entity=billing_entity,
            billing_period=billing_period,
            due_date=due_date,
            payment_acceptor=payment_acceptor,
        )

        approval_policy_rule.additional_properties = d
        return approval_policy_rule

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
