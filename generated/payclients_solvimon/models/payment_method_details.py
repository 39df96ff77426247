from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_type import PaymentMethodDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method_details_buy_now_pay_later import PaymentMethodDetailsBuyNowPayLater
    from ..models.payment_method_details_card import PaymentMethodDetailsCard
    from ..models.payment_method_details_digital_wallet import PaymentMethodDetailsDigitalWallet
    from ..models.payment_method_details_direct_debit import PaymentMethodDetailsDirectDebit
    from ..models.payment_method_details_online_banking import PaymentMethodDetailsOnlineBanking
    from ..models.payment_method_details_unknown import PaymentMethodDetailsUnknown


T = TypeVar("T", bound="PaymentMethodDetails")


@_attrs_define
class PaymentMethodDetails:
    """The payment method used.

    Attributes:
        type_ (PaymentMethodDetailsType | Unset): Kind of payment method.
        card (PaymentMethodDetailsCard | Unset): Card details.
        online_banking (PaymentMethodDetailsOnlineBanking | Unset): Online banking details.
        buy_now_pay_later (PaymentMethodDetailsBuyNowPayLater | Unset): Buy-now-pay-later details.
        direct_debit (PaymentMethodDetailsDirectDebit | Unset): Direct debit details.
        digital_wallet (PaymentMethodDetailsDigitalWallet | Unset): Digital wallet details.
        unknown (PaymentMethodDetailsUnknown | Unset): Details of a payment method of another kind.
    """

    type_: PaymentMethodDetailsType | Unset = UNSET
    card: PaymentMethodDetailsCard | Unset = UNSET
    online_banking: PaymentMethodDetailsOnlineBanking | Unset = UNSET
    buy_now_pay_later: PaymentMethodDetailsBuyNowPayLater | Unset = UNSET
    direct_debit: PaymentMethodDetailsDirectDebit | Unset = UNSET
    digital_wallet: PaymentMethodDetailsDigitalWallet | Unset = UNSET
    unknown: PaymentMethodDetailsUnknown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        online_banking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_banking, Unset):
            online_banking = self.online_banking.to_dict()

        buy_now_pay_later: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buy_now_pay_later, Unset):
            buy_now_pay_later = self.buy_now_pay_later.to_dict()

        direct_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_debit, Unset):
            direct_debit = self.direct_debit.to_dict()

        digital_wallet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digital_wallet, Unset):
            digital_wallet = self.digital_wallet.to_dict()

        unknown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unknown, Unset):
            unknown = self.unknown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if card is not UNSET:
            field_dict["card"] = card
        if online_banking is not UNSET:
            field_dict["online_banking"] = online_banking
        if buy_now_pay_later is not UNSET:
            field_dict["buy_now_pay_later"] = buy_now_pay_later
        if direct_debit is not UNSET:
            field_dict["direct_debit"] = direct_debit
        if digital_wallet is not UNSET:
            field_dict["digital_wallet"] = digital_wallet
        if unknown is not UNSET:
            field_dict["unknown"] = unknown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_method_details_buy_now_pay_later import PaymentMethodDetailsBuyNowPayLater
        from ..models.payment_method_details_card import PaymentMethodDetailsCard
        from ..models.payment_method_details_digital_wallet import PaymentMethodDetailsDigitalWallet
        from ..models.payment_method_details_direct_debit import PaymentMethodDetailsDirectDebit
        from ..models.payment_method_details_online_banking import PaymentMethodDetailsOnlineBanking
        from ..models.payment_method_details_unknown import PaymentMethodDetailsUnknown

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PaymentMethodDetailsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentMethodDetailsType(_type_)

        _card = d.pop("card", UNSET)
        card: PaymentMethodDetailsCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = PaymentMethodDetailsCard.from_dict(_card)

        _online_banking = d.pop("online_banking", UNSET)
        online_banking: PaymentMethodDetailsOnlineBanking | Unset
        if isinstance(_online_banking, Unset):
            online_banking = UNSET
        else:
            online_banking = PaymentMethodDetailsOnlineBanking.from_dict(_online_banking)

        _buy_now_pay_later = d.pop("buy_now_pay_later", UNSET)
        buy_now_pay_later: PaymentMethodDetailsBuyNowPayLater | Unset
        if isinstance(_buy_now_pay_later, Unset):
            buy_now_pay_later = UNSET
        else:
            buy_now_pay_later = PaymentMethodDetailsBuyNowPayLater.from_dict(_buy_now_pay_later)

        _direct_debit = d.pop("direct_debit", UNSET)
        direct_debit: PaymentMethodDetailsDirectDebit | Unset
        if isinstance(_direct_debit, Unset):
            direct_debit = UNSET
        else:
            direct_debit = PaymentMethodDetailsDirectDebit.from_dict(_direct_debit)

        _digital_wallet = d.pop("digital_wallet", UNSET)
        digital_wallet: PaymentMethodDetailsDigitalWallet | Unset
        if isinstance(_digital_wallet, Unset):
            digital_wallet = UNSET
        else:
            digital_wallet = PaymentMethodDetailsDigitalWallet.from_dict(_digital_wallet)

        _unknown = d.pop("unknown", UNSET)
        unknown: PaymentMethodDetailsUnknown | Unset
        if isinstance(_unknown, Unset):
            unknown = UNSET
        else:
            unknown = PaymentMethodDetailsUnknown.from_dict(_unknown)

        payment_method_details = cls(
            type_=type_,
            card=card,
            online_banking=online_banking,
            buy_now_pay_later=buy_now_pay_later,
            direct_debit=direct_debit,
            digital_wallet=digital_wallet,
            unknown=unknown,
        )

        payment_method_details.additional_properties = d
        return payment_method_details

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
