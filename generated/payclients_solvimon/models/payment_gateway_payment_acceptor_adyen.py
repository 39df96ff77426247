from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adyen_auto_rescue import AdyenAutoRescue


T = TypeVar("T", bound="PaymentGatewayPaymentAcceptorAdyen")


@_attrs_define
class PaymentGatewayPaymentAcceptorAdyen:
    """Adyen options of a payment acceptor.

    Attributes:
        auto_rescue (AdyenAutoRescue | Unset): Adyen auto-rescue (automatic retry) settings.
        merchant_account (None | str | Unset):
        allowed_payment_methods (list[str] | None | Unset):
    """

    auto_rescue: AdyenAutoRescue | Unset = UNSET
    merchant_account: None | str | Unset = UNSET
    allowed_payment_methods: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_rescue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_rescue, Unset):
            auto_rescue = self.auto_rescue.to_dict()

        merchant_account: None | str | Unset
        if isinstance(self.merchant_account, Unset):
            merchant_account = UNSET
        else:
            merchant_account = self.merchant_account

        allowed_payment_methods: list[str] | None | Unset
        if isinstance(self.allowed_payment_methods, Unset):
            allowed_payment_methods = UNSET
        elif isinstance(self.allowed_payment_methods, list):
            allowed_payment_methods = self.allowed_payment_methods

        else:
            allowed_payment_methods = self.allowed_payment_methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_rescue is not UNSET:
            field_dict["auto_rescue"] = auto_rescue
        if merchant_account is not UNSET:
            field_dict["merchant_account"] = merchant_account
        if allowed_payment_methods is not UNSET:
            field_dict["allowed_payment_methods"] = allowed_payment_methods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.adyen_auto_rescue import AdyenAutoRescue

        d = dict(src_dict)
        _auto_rescue = d.pop("auto_rescue", UNSET)
        auto_rescue: AdyenAutoRescue | Unset
        if isinstance(_auto_rescue, Unset):
            auto_rescue = UNSET
        else:
            auto_rescue = AdyenAutoRescue.from_dict(_auto_rescue)

        def _parse_merchant_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_account = _parse_merchant_account(d.pop("merchant_account", UNSET))

        def _parse_allowed_payment_methods(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_payment_methods_type_0 = cast(list[str], data)

                return allowed_payment_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_payment_methods = _parse_allowed_payment_methods(d.pop("allowed_payment_methods", UNSET))

        payment_gateway_payment_acceptor_adyen = cls(
            auto_rescue=auto_rescue,
            merchant_account=merchant_account,
            allowed_payment_methods=allowed_payment_methods,
        )

        payment_gateway_payment_acceptor_adyen.additional_properties = d
        return payment_gateway_payment_acceptor_adyen

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
