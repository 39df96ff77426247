from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_schedule_installments_variant import PaymentScheduleInstallmentsVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.fixed_installment import FixedInstallment
    from ..models.interval_installment import IntervalInstallment


T = TypeVar("T", bound="PaymentScheduleInstallments")


@_attrs_define
class PaymentScheduleInstallments:
    """
    Attributes:
        total_amount (Amount | Unset): Money: a decimal quantity in a currency.
        variant (PaymentScheduleInstallmentsVariant | Unset):
        number_of_installments (int | Unset):
        interval (IntervalInstallment | Unset):
        fixed (FixedInstallment | Unset):
    """

    total_amount: Amount | Unset = UNSET
    variant: PaymentScheduleInstallmentsVariant | Unset = UNSET
    number_of_installments: int | Unset = UNSET
    interval: IntervalInstallment | Unset = UNSET
    fixed: FixedInstallment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        number_of_installments = self.number_of_installments

        interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.to_dict()

        fixed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed, Unset):
            fixed = self.fixed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if variant is not UNSET:
            field_dict["variant"] = variant
        if number_of_installments is not UNSET:
            field_dict["number_of_installments"] = number_of_installments
        if interval is not UNSET:
            field_dict["interval"] = interval
        if fixed is not UNSET:
            field_dict["fixed"] = fixed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.fixed_installment import FixedInstallment
        from ..models.interval_installment import IntervalInstallment

        d = dict(src_dict)
        _total_amount = d.pop("total_amount", UNSET)
        total_amount: Amount | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = Amount.from_dict(_total_amount)

        _variant = d.pop("variant", UNSET)
        variant: PaymentScheduleInstallmentsVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = PaymentScheduleInstallmentsVariant(_variant)

        number_of_installments = d.pop("number_of_installments", UNSET)

        _interval = d.pop("interval", UNSET)
        interval: IntervalInstallment | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = IntervalInstallment.from_dict(_interval)

        _fixed = d.pop("fixed", UNSET)
        fixed: FixedInstallment | Unset
        if isinstance(_fixed, Unset):
            fixed = UNSET
        else:
            fixed = FixedInstallment.from_dict(_fixed)

        payment_schedule_installments = cls(
            total_amount=total_amount,
            variant=variant,
            number_of_installments=number_of_installments,
            interval=interval,
            fixed=fixed,
        )

        payment_schedule_installments.additional_properties = d
        return payment_schedule_installments

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
