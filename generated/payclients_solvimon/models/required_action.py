from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_required_action import AdyenRequiredAction
    from ..models.required_action_data_type_0 import RequiredActionDataType0
    from ..models.stripe_required_action import StripeRequiredAction


T = TypeVar("T", bound="RequiredAction")


@_attrs_define
class RequiredAction:
    """
    Attributes:
        url (str | Unset):
        data (None | RequiredActionDataType0 | Unset):
        method (str | Unset):
        payment_gateway_variant (str | Unset):
        adyen (AdyenRequiredAction | Unset):
        stripe (StripeRequiredAction | Unset):
    """

    url: str | Unset = UNSET
    data: None | RequiredActionDataType0 | Unset = UNSET
    method: str | Unset = UNSET
    payment_gateway_variant: str | Unset = UNSET
    adyen: AdyenRequiredAction | Unset = UNSET
    stripe: StripeRequiredAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.required_action_data_type_0 import RequiredActionDataType0

        url = self.url

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, RequiredActionDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        method = self.method

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
        if url is not UNSET:
            field_dict["url"] = url
        if data is not UNSET:
            field_dict["data"] = data
        if method is not UNSET:
            field_dict["method"] = method
        if payment_gateway_variant is not UNSET:
            field_dict["payment_gateway_variant"] = payment_gateway_variant
        if adyen is not UNSET:
            field_dict["adyen"] = adyen
        if stripe is not UNSET:
            field_dict["stripe"] = stripe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_required_action import AdyenRequiredAction
        from ..models.required_action_data_type_0 import RequiredActionDataType0
        from ..models.stripe_required_action import StripeRequiredAction

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        def _parse_data(data: object) -> None | RequiredActionDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = RequiredActionDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequiredActionDataType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        method = d.pop("method", UNSET)

        payment_gateway_variant = d.pop("payment_gateway_variant", UNSET)

        _adyen = d.pop("adyen", UNSET)
        adyen: AdyenRequiredAction | Unset
        if isinstance(_adyen, Unset):
            adyen = UNSET
        else:
            adyen = AdyenRequiredAction.from_dict(_adyen)

        _stripe = d.pop("stripe", UNSET)
        stripe: StripeRequiredAction | Unset
        if isinstance(_stripe, Unset):
            stripe = UNSET
        else:
            stripe = StripeRequiredAction.from_dict(_stripe)

        required_action = cls(
            url=url,
            data=data,
            method=method,
            payment_gateway_variant=payment_gateway_variant,
            adyen=adyen,
            stripe=stripe,
        )

        required_action.additional_properties = d
        return required_action

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
