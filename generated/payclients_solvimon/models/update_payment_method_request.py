from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_details_type import PaymentMethodDetailsType
from ..models.payment_method_status import PaymentMethodStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.integration_details import IntegrationDetails
    from ..models.payment_method_buy_now_pay_later import PaymentMethodBuyNowPayLater
    from ..models.payment_method_card import PaymentMethodCard
    from ..models.payment_method_digital_wallet import PaymentMethodDigitalWallet
    from ..models.payment_method_direct_debit import PaymentMethodDirectDebit
    from ..models.payment_method_online_banking import PaymentMethodOnlineBanking


T = TypeVar("T", bound="UpdatePaymentMethodRequest")


@_attrs_define
class UpdatePaymentMethodRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        reference (str | Unset):
        status (None | PaymentMethodStatus | Unset):
        type_ (None | PaymentMethodDetailsType | Unset):
        card (PaymentMethodCard | Unset):
        online_banking (PaymentMethodOnlineBanking | Unset):
        buy_now_pay_later (PaymentMethodBuyNowPayLater | Unset):
        direct_debit (PaymentMethodDirectDebit | Unset):
        digital_wallet (PaymentMethodDigitalWallet | Unset):
        customer_id (None | str | Unset):
        integration_id (None | str | Unset):
        integration_reference (None | str | Unset):
        integration_details (IntegrationDetails | Unset): Integration-specific data on a custom field value.
        billing_address (Address | Unset): A postal address.
        is_default (bool | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    status: None | PaymentMethodStatus | Unset = UNSET
    type_: None | PaymentMethodDetailsType | Unset = UNSET
    card: PaymentMethodCard | Unset = UNSET
    online_banking: PaymentMethodOnlineBanking | Unset = UNSET
    buy_now_pay_later: PaymentMethodBuyNowPayLater | Unset = UNSET
    direct_debit: PaymentMethodDirectDebit | Unset = UNSET
    digital_wallet: PaymentMethodDigitalWallet | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    integration_reference: None | str | Unset = UNSET
    integration_details: IntegrationDetails | Unset = UNSET
    billing_address: Address | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentMethodStatus):
            status = self.status.value
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PaymentMethodDetailsType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        integration_reference: None | str | Unset
        if isinstance(self.integration_reference, Unset):
            integration_reference = UNSET
        else:
            integration_reference = self.integration_reference

        integration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_details, Unset):
            integration_details = self.integration_details.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
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
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_reference is not UNSET:
            field_dict["integration_reference"] = integration_reference
        if integration_details is not UNSET:
            field_dict["integration_details"] = integration_details
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.integration_details import IntegrationDetails
        from ..models.payment_method_buy_now_pay_later import PaymentMethodBuyNowPayLater
        from ..models.payment_method_card import PaymentMethodCard
        from ..models.payment_method_digital_wallet import PaymentMethodDigitalWallet
        from ..models.payment_method_direct_debit import PaymentMethodDirectDebit
        from ..models.payment_method_online_banking import PaymentMethodOnlineBanking

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_status(data: object) -> None | PaymentMethodStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PaymentMethodStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | PaymentMethodDetailsType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PaymentMethodDetailsType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodDetailsType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _card = d.pop("card", UNSET)
        card: PaymentMethodCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = PaymentMethodCard.from_dict(_card)

        _online_banking = d.pop("online_banking", UNSET)
        online_banking: PaymentMethodOnlineBanking | Unset
        if isinstance(_online_banking, Unset):
            online_banking = UNSET
        else:
            online_banking = PaymentMethodOnlineBanking.from_dict(_online_banking)

        _buy_now_pay_later = d.pop("buy_now_pay_later", UNSET)
        buy_now_pay_later: PaymentMethodBuyNowPayLater | Unset
        if isinstance(_buy_now_pay_later, Unset):
            buy_now_pay_later = UNSET
        else:
            buy_now_pay_later = PaymentMethodBuyNowPayLater.from_dict(_buy_now_pay_later)

        _direct_debit = d.pop("direct_debit", UNSET)
        direct_debit: PaymentMethodDirectDebit | Unset
        if isinstance(_direct_debit, Unset):
            direct_debit = UNSET
        else:
            direct_debit = PaymentMethodDirectDebit.from_dict(_direct_debit)

        _digital_wallet = d.pop("digital_wallet", UNSET)
        digital_wallet: PaymentMethodDigitalWallet | Unset
        if isinstance(_digital_wallet, Unset):
            digital_wallet = UNSET
        else:
            digital_wallet = PaymentMethodDigitalWallet.from_dict(_digital_wallet)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_integration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_id = _parse_integration_id(d.pop("integration_id", UNSET))

        def _parse_integration_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_reference = _parse_integration_reference(d.pop("integration_reference", UNSET))

        _integration_details = d.pop("integration_details", UNSET)
        integration_details: IntegrationDetails | Unset
        if isinstance(_integration_details, Unset):
            integration_details = UNSET
        else:
            integration_details = IntegrationDetails.from_dict(_integration_details)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))

        update_payment_method_request = cls(
            object_type=object_type,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            reference=reference,
            status=status,
            type_=type_,
            card=card,
            online_banking=online_banking,
            buy_now_pay_later=buy_now_pay_later,
            direct_debit=direct_debit,
            digital_wallet=digital_wallet,
            customer_id=customer_id,
            integration_id=integration_id,
            integration_reference=integration_reference,
            integration_details=integration_details,
            billing_address=billing_address,
            is_default=is_default,
        )

        update_payment_method_request.additional_properties = d
        return update_payment_method_request

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
