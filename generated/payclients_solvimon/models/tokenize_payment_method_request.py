from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_gateway_variant import PaymentGatewayVariant
from ..models.payment_method_tokenization_request_shopper_interaction import (
    PaymentMethodTokenizationRequestShopperInteraction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_tokenization_request import AdyenTokenizationRequest
    from ..models.payment_context import PaymentContext
    from ..models.stripe_tokenization_request import StripeTokenizationRequest


T = TypeVar("T", bound="TokenizePaymentMethodRequest")


@_attrs_define
class TokenizePaymentMethodRequest:
    """
    Attributes:
        payment_acceptor_id (str):
        customer_id (str):
        payment_gateway_variant (PaymentGatewayVariant): Payment gateway provider.
        stripe (StripeTokenizationRequest | Unset):
        adyen (AdyenTokenizationRequest | Unset):
        context (PaymentContext | Unset): What a payment was made for.
        pricing_plan_subscription_id (None | str | Unset):
        return_url (None | str | Unset):
        shopper_interaction (PaymentMethodTokenizationRequestShopperInteraction | Unset):
    """

    payment_acceptor_id: str
    customer_id: str
    payment_gateway_variant: PaymentGatewayVariant
    stripe: StripeTokenizationRequest | Unset = UNSET
    adyen: AdyenTokenizationRequest | Unset = UNSET
    context: PaymentContext | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    return_url: None | str | Unset = UNSET
    shopper_interaction: PaymentMethodTokenizationRequestShopperInteraction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_acceptor_id = self.payment_acceptor_id

        customer_id = self.customer_id

        payment_gateway_variant = self.payment_gateway_variant.value

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        shopper_interaction: str | Unset = UNSET
        if not isinstance(self.shopper_interaction, Unset):
            shopper_interaction = self.shopper_interaction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_acceptor_id": payment_acceptor_id,
                "customer_id": customer_id,
                "payment_gateway_variant": payment_gateway_variant,
            }
        )
        if stripe is not UNSET:
            field_dict["stripe"] = stripe
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if context is not UNSET:
            field_dict["context"] = context
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if return_url is not UNSET:
            field_dict["return_url"] = return_url
        if shopper_interaction is not UNSET:
            field_dict["shopper_interaction"] = shopper_interaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_tokenization_request import AdyenTokenizationRequest
        from ..models.payment_context import PaymentContext
        from ..models.stripe_tokenization_request import StripeTokenizationRequest

        d = dict(src_dict)
        payment_acceptor_id = d.pop("payment_acceptor_id")

        customer_id = d.pop("customer_id")

        payment_gateway_variant = PaymentGatewayVariant(d.pop("payment_gateway_variant"))

        _stripe = d.pop("stripe", UNSET)
        stripe: StripeTokenizationRequest | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripeTokenizationRequest.from_dict(_stripe)

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenTokenizationRequest | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenTokenizationRequest.from_dict(_adyen)

        _context = d.pop("context", UNSET)
        context: PaymentContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = PaymentContext.from_dict(_context)

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        _shopper_interaction = d.pop("shopper_interaction", UNSET)
        shopper_interaction: PaymentMethodTokenizationRequestShopperInteraction | Unset
        if isinstance(_shopper_interaction, Unset):
            shopper_interaction = UNSET
        else:
            shopper_interaction = PaymentMethodTokenizationRequestShopperInteraction(_shopper_interaction)

        tokenize_payment_method_request = cls(
            payment_acceptor_id=payment_acceptor_id,
            customer_id=customer_id,
            payment_gateway_variant=payment_gateway_variant,
            stripe=stripe,
            adyen=adyen,
            context=context,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            return_url=return_url,
            shopper_interaction=shopper_interaction,
        )

        tokenize_payment_method_request.additional_properties = d
        return tokenize_payment_method_request

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
