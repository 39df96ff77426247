from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_payment_action import AdyenPaymentAction
    from ..models.stripe_payment_action import StripePaymentAction


T = TypeVar("T", bound="InvoicePaymentActionPaymentGatewayDetails")


@_attrs_define
class InvoicePaymentActionPaymentGatewayDetails:
    """Payment gateway session data for paying online.

    Attributes:
        variant (None | str | Unset):
        collection_type (None | str | Unset):
        adyen (AdyenPaymentAction | Unset): Adyen session for paying an invoice.
        stripe (StripePaymentAction | Unset): Stripe payment intent for paying an invoice.
    """

    variant: None | str | Unset = UNSET
    collection_type: None | str | Unset = UNSET
    adyen: AdyenPaymentAction | Unset = UNSET
    stripe: StripePaymentAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        collection_type: None | str | Unset
        if isinstance(self.collection_type, Unset):
            collection_type = UNSET
        else:
            collection_type = self.collection_type

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
        if collection_type is not UNSET:
            field_dict["collection_type"] = collection_type
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if stripe is not UNSET:
            field_dict["stripe"] = stripe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_payment_action import AdyenPaymentAction
        from ..models.stripe_payment_action import StripePaymentAction

        d = dict(src_dict)

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_collection_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_type = _parse_collection_type(d.pop("collection_type", UNSET))

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenPaymentAction | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenPaymentAction.from_dict(_adyen)

        _stripe = d.pop("stripe", UNSET)
        stripe: StripePaymentAction | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripePaymentAction.from_dict(_stripe)

        invoice_payment_action_payment_gateway_details = cls(
            variant=variant,
            collection_type=collection_type,
            adyen=adyen,
            stripe=stripe,
        )

        invoice_payment_action_payment_gateway_details.additional_properties = d
        return invoice_payment_action_payment_gateway_details

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
