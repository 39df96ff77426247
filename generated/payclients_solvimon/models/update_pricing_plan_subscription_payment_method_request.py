from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePricingPlanSubscriptionPaymentMethodRequest")


@_attrs_define
class UpdatePricingPlanSubscriptionPaymentMethodRequest:
    """
    Attributes:
        cancel_dunning_actions (bool | None | Unset):
        payment_method_id (None | str | Unset):
    """

    cancel_dunning_actions: bool | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_dunning_actions: bool | None | Unset
        if isinstance(self.cancel_dunning_actions, Unset):
            cancel_dunning_actions = UNSET
        else:
            cancel_dunning_actions = self.cancel_dunning_actions

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel_dunning_actions is not UNSET:
            field_dict["cancel_dunning_actions"] = cancel_dunning_actions
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cancel_dunning_actions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_dunning_actions = _parse_cancel_dunning_actions(d.pop("cancel_dunning_actions", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        update_pricing_plan_subscription_payment_method_request = cls(
            cancel_dunning_actions=cancel_dunning_actions,
            payment_method_id=payment_method_id,
        )

        update_pricing_plan_subscription_payment_method_request.additional_properties = d
        return update_pricing_plan_subscription_payment_method_request

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
