from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_gateway_variant import PaymentGatewayVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_integration_details import AdyenIntegrationDetails
    from ..models.stripe_integration_details import StripeIntegrationDetails


T = TypeVar("T", bound="IntegrationDetails")


@_attrs_define
class IntegrationDetails:
    """Integration-specific data on a custom field value.

    Attributes:
        id (None | str | Unset):
        reference (None | str | Unset):
        payment_gateway_variant (PaymentGatewayVariant | Unset): Payment gateway provider.
        adyen (AdyenIntegrationDetails | Unset): Adyen data on a custom field value.
        stripe (StripeIntegrationDetails | Unset): Stripe data on a custom field value.
    """

    id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    payment_gateway_variant: PaymentGatewayVariant | Unset = UNSET
    adyen: AdyenIntegrationDetails | Unset = UNSET
    stripe: StripeIntegrationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        payment_gateway_variant: str | Unset = UNSET
        if not isinstance(self.payment_gateway_variant, Unset):
            payment_gateway_variant = self.payment_gateway_variant.value

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if payment_gateway_variant is not UNSET:
            field_dict["payment_gateway_variant"] = payment_gateway_variant
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if stripe is not UNSET:
            field_dict["stripe"] = stripe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_integration_details import AdyenIntegrationDetails
        from ..models.stripe_integration_details import StripeIntegrationDetails

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        _payment_gateway_variant = d.pop("payment_gateway_variant", UNSET)
        payment_gateway_variant: PaymentGatewayVariant | Unset
        if isinstance(_payment_gateway_variant, Unset):
            payment_gateway_variant = UNSET
        else:
            payment_gateway_variant = PaymentGatewayVariant(_payment_gateway_variant)

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenIntegrationDetails | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenIntegrationDetails.from_dict(_adyen)

        _stripe = d.pop("stripe", UNSET)
        stripe: StripeIntegrationDetails | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripeIntegrationDetails.from_dict(_stripe)

        integration_details = cls(
            id=id,
            reference=reference,
            payment_gateway_variant=payment_gateway_variant,
            adyen=adyen,
            stripe=stripe,
        )

        integration_details.additional_properties = d
        return integration_details

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
