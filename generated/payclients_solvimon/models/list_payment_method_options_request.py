from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.payment_method_tokenization_request_shopper_interaction import (
    PaymentMethodTokenizationRequestShopperInteraction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="ListPaymentMethodOptionsRequest")


@_attrs_define
class ListPaymentMethodOptionsRequest:
    """
    Attributes:
        customer_id (None | str | Unset):
        pricing_plan_subscription_id (None | str | Unset):
        invoice_id (None | str | Unset):
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        country (CountryCode | None | Unset):
        shopper_interaction (PaymentMethodTokenizationRequestShopperInteraction | Unset):
    """

    customer_id: None | str | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    amount: Amount | Unset = UNSET
    country: CountryCode | None | Unset = UNSET
    shopper_interaction: PaymentMethodTokenizationRequestShopperInteraction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, CountryCode):
            country = self.country.value
        else:
            country = self.country

        shopper_interaction: str | Unset = UNSET
        if not isinstance(self.shopper_interaction, Unset):
            shopper_interaction = self.shopper_interaction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if country is not UNSET:
            field_dict["country"] = country
        if shopper_interaction is not UNSET:
            field_dict["shopper_interaction"] = shopper_interaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount

        d = dict(src_dict)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_country(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_0 = CountryCode(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _shopper_interaction = d.pop("shopper_interaction", UNSET)
        shopper_interaction: PaymentMethodTokenizationRequestShopperInteraction | Unset
        if isinstance(_shopper_interaction, Unset):
            shopper_interaction = UNSET
        else:
            shopper_interaction = PaymentMethodTokenizationRequestShopperInteraction(_shopper_interaction)

        list_payment_method_options_request = cls(
            customer_id=customer_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            invoice_id=invoice_id,
            amount=amount,
            country=country,
            shopper_interaction=shopper_interaction,
        )

        list_payment_method_options_request.additional_properties = d
        return list_payment_method_options_request

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
