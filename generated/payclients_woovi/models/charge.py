from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_status import ChargeStatus
from ..models.charge_type import ChargeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo
    from ..models.charge_payment_methods import ChargePaymentMethods
    from ..models.customer import Customer
    from ..models.subscription import Subscription


T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """
    Attributes:
        status (ChargeStatus):
        correlation_id (str):
        value (int | Unset): Amount in cents.
        customer (Customer | None | str | Unset): The customer, or only its id in some nested payloads.
        payer (Customer | None | Unset):
        type_ (ChargeType | Unset):
        comment (str | Unset):
        br_code (str | Unset): Pix copy-and-paste code.
        payment_link_id (str | Unset):
        payment_link_url (str | Unset):
        global_id (str | Unset):
        transaction_id (str | Unset):
        identifier (str | Unset):
        qr_code_image (str | Unset): URL of the PNG QR code.
        additional_info (list[AdditionalInfo] | Unset):
        pix_key (str | Unset):
        fee (int | Unset):
        discount (int | Unset):
        value_with_discount (int | Unset):
        giftback_applied_value (int | Unset):
        ensure_same_tax_id (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        paid_at (datetime.datetime | None | Unset): When the charge was paid; null while it is not.
        expires_in (int | Unset): Seconds until expiration.
        expires_date (datetime.datetime | Unset):
        due_date (datetime.datetime | Unset):
        subscription (Subscription | Unset):
        payment_methods (ChargePaymentMethods | Unset):
    """

    status: ChargeStatus
    correlation_id: str
    value: int | Unset = UNSET
    customer: Customer | None | str | Unset = UNSET
    payer: Customer | None | Unset = UNSET
    type_: ChargeType | Unset = UNSET
    comment: str | Unset = UNSET
    br_code: str | Unset = UNSET
    payment_link_id: str | Unset = UNSET
    payment_link_url: str | Unset = UNSET
    global_id: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    qr_code_image: str | Unset = UNSET
    additional_info: list[AdditionalInfo] | Unset = UNSET
    pix_key: str | Unset = UNSET
    fee: int | Unset = UNSET
    discount: int | Unset = UNSET
    value_with_discount: int | Unset = UNSET
    giftback_applied_value: int | Unset = UNSET
    ensure_same_tax_id: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    paid_at: datetime.datetime | None | Unset = UNSET
    expires_in: int | Unset = UNSET
    expires_date: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    subscription: Subscription | Unset = UNSET
    payment_methods: ChargePaymentMethods | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer

        status = self.status.value

        correlation_id = self.correlation_id

        value = self.value

        customer: dict[str, Any] | None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        payer: dict[str, Any] | None | Unset
        if isinstance(self.payer, Unset):
            payer = UNSET
        elif isinstance(self.payer, Customer):
            payer = self.payer.to_dict()
        else:
            payer = self.payer

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        comment = self.comment

        br_code = self.br_code

        payment_link_id = self.payment_link_id

        payment_link_url = self.payment_link_url

        global_id = self.global_id

        transaction_id = self.transaction_id

        identifier = self.identifier

        qr_code_image = self.qr_code_image

        additional_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = []
            for additional_info_item_data in self.additional_info:
                additional_info_item = additional_info_item_data.to_dict()
                additional_info.append(additional_info_item)

        pix_key = self.pix_key

        fee = self.fee

        discount = self.discount

        value_with_discount = self.value_with_discount

        giftback_applied_value = self.giftback_applied_value

        ensure_same_tax_id = self.ensure_same_tax_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        expires_in = self.expires_in

        expires_date: str | Unset = UNSET
        if not isinstance(self.expires_date, Unset):
            expires_date = self.expires_date.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        payment_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "correlationID": correlation_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payer is not UNSET:
            field_dict["payer"] = payer
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if br_code is not UNSET:
            field_dict["brCode"] = br_code
        if payment_link_id is not UNSET:
            field_dict["paymentLinkID"] = payment_link_id
        if payment_link_url is not UNSET:
            field_dict["paymentLinkUrl"] = payment_link_url
        if global_id is not UNSET:
            field_dict["globalID"] = global_id
        if transaction_id is not UNSET:
            field_dict["transactionID"] = transaction_id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if qr_code_image is not UNSET:
            field_dict["qrCodeImage"] = qr_code_image
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if fee is not UNSET:
            field_dict["fee"] = fee
        if discount is not UNSET:
            field_dict["discount"] = discount
        if value_with_discount is not UNSET:
            field_dict["valueWithDiscount"] = value_with_discount
        if giftback_applied_value is not UNSET:
            field_dict["giftbackAppliedValue"] = giftback_applied_value
        if ensure_same_tax_id is not UNSET:
            field_dict["ensureSameTaxID"] = ensure_same_tax_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if paid_at is not UNSET:
            field_dict["paidAt"] = paid_at
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if expires_date is not UNSET:
            field_dict["expiresDate"] = expires_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_info import AdditionalInfo
        from ..models.charge_payment_methods import ChargePaymentMethods
        from ..models.customer import Customer
        from ..models.subscription import Subscription

        d = dict(src_dict)
        status = ChargeStatus(d.pop("status"))

        correlation_id = d.pop("correlationID")

        value = d.pop("value", UNSET)

        def _parse_customer(data: object) -> Customer | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | str | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_payer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payer_type_0 = Customer.from_dict(data)

                return payer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        payer = _parse_payer(d.pop("payer", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ChargeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChargeType(_type_)

        comment = d.pop("comment", UNSET)

        br_code = d.pop("brCode", UNSET)

        payment_link_id = d.pop("paymentLinkID", UNSET)

        payment_link_url = d.pop("paymentLinkUrl", UNSET)

        global_id = d.pop("globalID", UNSET)

        transaction_id = d.pop("transactionID", UNSET)

        identifier = d.pop("identifier", UNSET)

        qr_code_image = d.pop("qrCodeImage", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: list[AdditionalInfo] | Unset = UNSET
        if _additional_info is not UNSET:
            additional_info = []
            for additional_info_item_data in _additional_info:
                additional_info_item = AdditionalInfo.from_dict(additional_info_item_data)

                additional_info.append(additional_info_item)

        pix_key = d.pop("pixKey", UNSET)

        fee = d.pop("fee", UNSET)

        discount = d.pop("discount", UNSET)

        value_with_discount = d.pop("valueWithDiscount", UNSET)

        giftback_applied_value = d.pop("giftbackAppliedValue", UNSET)

        ensure_same_tax_id = d.pop("ensureSameTaxID", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paidAt", UNSET))

        expires_in = d.pop("expiresIn", UNSET)

        _expires_date = d.pop("expiresDate", UNSET)
        expires_date: datetime.datetime | Unset
        if isinstance(_expires_date, Unset):
            expires_date = UNSET
        else:
            expires_date = datetime.datetime.fromisoformat(_expires_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.datetime | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        _subscription = d.pop("subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription.from_dict(_subscription)

        _payment_methods = d.pop("paymentMethods", UNSET)
        payment_methods: ChargePaymentMethods | Unset
        if isinstance(_payment_methods, Unset):
            payment_methods = UNSET
        else:
            payment_methods = ChargePaymentMethods.from_dict(_payment_methods)

        charge = cls(
            status=status,
            correlation_id=correlation_id,
            value=value,
            customer=customer,
            payer=payer,
            type_=type_,
            comment=comment,
            br_code=br_code,
            payment_link_id=payment_link_id,
            payment_link_url=payment_link_url,
            global_id=global_id,
            transaction_id=transaction_id,
            identifier=identifier,
            qr_code_image=qr_code_image,
            additional_info=additional_info,
            pix_key=pix_key,
            fee=fee,
            discount=discount,
            value_with_discount=value_with_discount,
            giftback_applied_value=giftback_applied_value,
            ensure_same_tax_id=ensure_same_tax_id,
            created_at=created_at,
            updated_at=updated_at,
            paid_at=paid_at,
            expires_in=expires_in,
            expires_date=expires_date,
            due_date=due_date,
            subscription=subscription,
            payment_methods=payment_methods,
        )

        charge.additional_properties = d
        return charge

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
