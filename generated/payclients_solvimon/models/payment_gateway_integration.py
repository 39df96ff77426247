from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_gateway_variant import PaymentGatewayVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_payment_gateway_integration import AdyenPaymentGatewayIntegration
    from ..models.stripe_payment_gateway_integration import StripePaymentGatewayIntegration


T = TypeVar("T", bound="PaymentGatewayIntegration")


@_attrs_define
class PaymentGatewayIntegration:
    """Payment gateway integration settings.

    Attributes:
        variant (PaymentGatewayVariant | Unset): Payment gateway provider.
        adyen (AdyenPaymentGatewayIntegration | Unset): Adyen account settings of a payment gateway integration.
        stripe (StripePaymentGatewayIntegration | Unset): Stripe account settings of a payment gateway integration.
    """

    variant: PaymentGatewayVariant | Unset = UNSET
    adyen: AdyenPaymentGatewayIntegration | Unset = UNSET
    stripe: StripePaymentGatewayIntegration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if stripe is not UNSET:
            field_dict["stripe"] = stripe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_payment_gateway_integration import AdyenPaymentGatewayIntegration
        from ..models.stripe_payment_gateway_integration import StripePaymentGatewayIntegration

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: PaymentGatewayVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = PaymentGatewayVariant(_variant)

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenPaymentGatewayIntegration | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenPaymentGatewayIntegration.from_dict(_adyen)

        _stripe = d.pop("stripe", UNSET)
        stripe: StripePaymentGatewayIntegration | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripePaymentGatewayIntegration.from_dict(_stripe)

        payment_gateway_integration = cls(
            variant=variant,
            adyen=adyen,
            stripe=stripe,
        )

        payment_gateway_integration.additional_properties = d
        return payment_gateway_integration

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
