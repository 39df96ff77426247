from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period


T = TypeVar("T", bound="PricingPlanSubscriptionTemplate")


@_attrs_define
class PricingPlanSubscriptionTemplate:
    """
    Attributes:
        billing_currency (Currency | None | Unset):
        initial_term (Period | Unset): A length of time, such as 1 MONTH.
        renewal_term (Period | Unset): A length of time, such as 1 MONTH.
        auto_renewal (bool | None | Unset):
    """

    billing_currency: Currency | None | Unset = UNSET
    initial_term: Period | Unset = UNSET
    renewal_term: Period | Unset = UNSET
    auto_renewal: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_currency: None | str | Unset
        if isinstance(self.billing_currency, Unset):
            billing_currency = UNSET
        elif isinstance(self.billing_currency, Currency):
            billing_currency = self.billing_currency.value
        else:
            billing_currency = self.billing_currency

        initial_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_term, Unset):
            initial_term = self.initial_term.to_dict()

        renewal_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_term, Unset):
            renewal_term = self.renewal_term.to_dict()

        auto_renewal: bool | None | Unset
        if isinstance(self.auto_renewal, Unset):
            auto_renewal = UNSET
        else:
            auto_renewal = self.auto_renewal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_currency is not UNSET:
            field_dict["billing_currency"] = billing_currency
        if initial_term is not UNSET:
            field_dict["initial_term"] = initial_term
        if renewal_term is not UNSET:
            field_dict["renewal_term"] = renewal_term
        if auto_renewal is not UNSET:
            field_dict["auto_renewal"] = auto_renewal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period

        d = dict(src_dict)

        def _parse_billing_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_currency_type_0 = Currency(data)

                return billing_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        billing_currency = _parse_billing_currency(d.pop("billing_currency", UNSET))

        _initial_term = d.pop("initial_term", UNSET)
        initial_term: Period | Unset
        if isinstance(_initial_term, Unset):
            initial_term = UNSET
        else:
            initial_term = Period.from_dict(_initial_term)

        _renewal_term = d.pop("renewal_term", UNSET)
        renewal_term: Period | Unset
        if isinstance(_renewal_term, Unset):
            renewal_term = UNSET
        else:
            renewal_term = Period.from_dict(_renewal_term)

        def _parse_auto_renewal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renewal = _parse_auto_renewal(d.pop("auto_renewal", UNSET))

        pricing_plan_subscription_template = cls(
            billing_currency=billing_currency,
            initial_term=initial_term,
            renewal_term=renewal_term,
            auto_renewal=auto_renewal,
        )

        pricing_plan_subscription_template.additional_properties = d
        return pricing_plan_subscription_template

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
