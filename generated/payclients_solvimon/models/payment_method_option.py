from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_payment_method_option import AdyenPaymentMethodOption
    from ..models.stripe_payment_method_option import StripePaymentMethodOption


T = TypeVar("T", bound="PaymentMethodOption")


@_attrs_define
class PaymentMethodOption:
    """
    Attributes:
        name (str | Unset):
        payment_method_variant (None | str | Unset):
        payment_gateway_variant (None | str | Unset):
        adyen (AdyenPaymentMethodOption | Unset):
        stripe (StripePaymentMethodOption | Unset):
    """

    name: str | Unset = UNSET
    payment_method_variant: None | str | Unset = UNSET
    payment_gateway_variant: None | str | Unset = UNSET
    adyen: AdyenPaymentMethodOption | Unset = UNSET
    stripe: StripePaymentMethodOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payment_method_variant: None | str | Unset
        if isinstance(self.payment_method_variant, Unset):
            payment_method_variant = UNSET
        else:
            payment_method_variant = self.payment_method_variant

        payment_gateway_variant: None | str | Unset
        if isinstance(self.payment_gateway_variant, Unset):
            payment_gateway_variant = UNSET
        else:
            payment_gateway_variant = self.payment_gateway_variant

        adyen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adyen, Unset):
            adyen = self.adyen.to_dict()

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if payment_method_variant is not UNSET:
            field_dict["payment_method_variant"] = payment_method_variant
        if payment_gateway_variant is not UNSET:
            field_dict["payment_gateway_variant"] = payment_gateway_variant
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if stripe is not UNSET:
            field_dict["stripe"] = stripe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_payment_method_option import AdyenPaymentMethodOption
        from ..models.stripe_payment_method_option import StripePaymentMethodOption

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_payment_method_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_variant = _parse_payment_method_variant(d.pop("payment_method_variant", UNSET))

        def _parse_payment_gateway_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_gateway_variant = _parse_payment_gateway_variant(d.pop("payment_gateway_variant", UNSET))

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenPaymentMethodOption | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenPaymentMethodOption.from_dict(_adyen)

        _stripe = d.pop("stripe", UNSET)
        stripe: StripePaymentMethodOption | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripePaymentMethodOption.from_dict(_stripe)

        payment_method_option = cls(
            name=name,
            payment_method_variant=payment_method_variant,
            payment_gateway_variant=payment_gateway_variant,
            adyen=adyen,
            stripe=stripe,
        )

        payment_method_option.additional_properties = d
        return payment_method_option

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
