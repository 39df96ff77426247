from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge import Charge
    from ..models.customer import Customer
    from ..models.party import Party
    from ..models.pix_qr_code import PixQrCode
    from ..models.pix_raw import PixRaw
    from ..models.pix_withdraw_transaction import PixWithdrawTransaction
    from ..models.transaction_webhook_delivery import TransactionWebhookDelivery


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A Pix transaction; also the `pix` block of webhooks.

    Attributes:
        value (int):
        time (datetime.datetime | Unset):
        end_to_end_id (str | Unset):
        transaction_id (str | Unset):
        info_pagador (str | Unset): Message written by the payer.
        type_ (TransactionType | Unset):
        status (TransactionStatus | Unset):
        global_id (str | Unset):
        pix_key (str | Unset):
        partial (bool | Unset): For refunds, whether only part of the value was returned.
        created_at (datetime.datetime | Unset):
        charge (Charge | None | Unset):
        pix_qr_code (None | PixQrCode | Unset):
        customer (Customer | None | Unset):
        payer (Customer | None | Unset):
        withdraw (PixWithdrawTransaction | Unset):
        debit_party (Party | Unset): One side (debit or credit) of a Pix transfer.
        credit_party (Party | Unset): One side (debit or credit) of a Pix transfer.
        raw (PixRaw | Unset): Transaction as reported by the Central Bank's Pix API.
        webhook_sent (list[TransactionWebhookDelivery] | Unset):
    """

    value: int
    time: datetime.datetime | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    info_pagador: str | Unset = UNSET
    type_: TransactionType | Unset = UNSET
    status: TransactionStatus | Unset = UNSET
    global_id: str | Unset = UNSET
    pix_key: str | Unset = UNSET
    partial: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    charge: Charge | None | Unset = UNSET
    pix_qr_code: None | PixQrCode | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    payer: Customer | None | Unset = UNSET
    withdraw: PixWithdrawTransaction | Unset = UNSET
    debit_party: Party | Unset = UNSET
    credit_party: Party | Unset = UNSET
    raw: PixRaw | Unset = UNSET
    webhook_sent: list[TransactionWebhookDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.charge import Charge
        from ..models.customer import Customer
        from ..models.pix_qr_code import PixQrCode

        value = self.value

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        end_to_end_id = self.end_to_end_id

        transaction_id = self.transaction_id

        info_pagador = self.info_pagador

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        global_id = self.global_id

        pix_key = self.pix_key

        partial = self.partial

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        charge: dict[str, Any] | None | Unset
        if isinstance(self.charge, Unset):
            charge = UNSET
        elif isinstance(self.charge, Charge):
            charge = self.charge.to_dict()
        else:
            charge = self.charge

        pix_qr_code: dict[str, Any] | None | Unset
        if isinstance(self.pix_qr_code, Unset):
            pix_qr_code = UNSET
        elif isinstance(self.pix_qr_code, PixQrCode):
            pix_qr_code = self.pix_qr_code.to_dict()
        else:
            pix_qr_code = self.pix_qr_code

        customer: dict[str, Any] | None | Unset
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

        withdraw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withdraw, Unset):
            withdraw = self.withdraw.to_dict()

        debit_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_party, Unset):
            debit_party = self.debit_party.to_dict()

        credit_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_party, Unset):
            credit_party = self.credit_party.to_dict()

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        webhook_sent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhook_sent, Unset):
            webhook_sent = []
            for webhook_sent_item_data in self.webhook_sent:
                webhook_sent_item = webhook_sent_item_data.to_dict()
                webhook_sent.append(webhook_sent_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if transaction_id is not UNSET:
            field_dict["transactionID"] = transaction_id
        if info_pagador is not UNSET:
            field_dict["infoPagador"] = info_pagador
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if global_id is not UNSET:
            field_dict["globalID"] = global_id
        if pix_key is not UNSET:
            field_dict["pixKey"] = pix_key
        if partial is not UNSET:
            field_dict["partial"] = partial
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if charge is not UNSET:
            field_dict["charge"] = charge
        if pix_qr_code is not UNSET:
            field_dict["pixQrCode"] = pix_qr_code
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payer is not UNSET:
            field_dict["payer"] = payer
        if withdraw is not UNSET:
            field_dict["withdraw"] = withdraw
        if debit_party is not UNSET:
            field_dict["debitParty"] = debit_party
        if credit_party is not UNSET:
            field_dict["creditParty"] = credit_party
        if raw is not UNSET:
            field_dict["raw"] = raw
        if webhook_sent is not UNSET:
            field_dict["webhookSent"] = webhook_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge import Charge
        from ..models.customer import Customer
        from ..models.party import Party
        from ..models.pix_qr_code import PixQrCode
        from ..models.pix_raw import PixRaw
        from ..models.pix_withdraw_transaction import PixWithdrawTransaction
        from ..models.transaction_webhook_delivery import TransactionWebhookDelivery

        d = dict(src_dict)
        value = d.pop("value")

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        end_to_end_id = d.pop("endToEndId", UNSET)

        transaction_id = d.pop("transactionID", UNSET)

        info_pagador = d.pop("infoPagador", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransactionType(_type_)

        _status = d.pop("status", UNSET)
        status: TransactionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TransactionStatus(_status)

        global_id = d.pop("globalID", UNSET)

        pix_key = d.pop("pixKey", UNSET)

        partial = d.pop("partial", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_charge(data: object) -> Charge | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                charge_type_0 = Charge.from_dict(data)

                return charge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Charge | None | Unset, data)

        charge = _parse_charge(d.pop("charge", UNSET))

        def _parse_pix_qr_code(data: object) -> None | PixQrCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pix_qr_code_type_0 = PixQrCode.from_dict(data)

                return pix_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PixQrCode | Unset, data)

        pix_qr_code = _parse_pix_qr_code(d.pop("pixQrCode", UNSET))

        def _parse_customer(data: object) -> Customer | None | Unset:
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
            return cast(Customer | None | Unset, data)

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

        _withdraw = d.pop("withdraw", UNSET)
        withdraw: PixWithdrawTransaction | Unset
        if isinstance(_withdraw, Unset):
            withdraw = UNSET
        else:
            withdraw = PixWithdrawTransaction.from_dict(_withdraw)

        _debit_party = d.pop("debitParty", UNSET)
        debit_party: Party | Unset
        if isinstance(_debit_party, Unset):
            debit_party = UNSET
        else:
            debit_party = Party.from_dict(_debit_party)

        _credit_party = d.pop("creditParty", UNSET)
        credit_party: Party | Unset
        if isinstance(_credit_party, Unset):
            credit_party = UNSET
        else:
            credit_party = Party.from_dict(_credit_party)

        _raw = d.pop("raw", UNSET)
        raw: PixRaw | Unset
        if isinstance(_raw, Unset):
            raw = UNSET
        else:
            raw = PixRaw.from_dict(_raw)

        _webhook_sent = d.pop("webhookSent", UNSET)
        webhook_sent: list[TransactionWebhookDelivery] | Unset = UNSET
        if _webhook_sent is not UNSET:
            webhook_sent = []
            for webhook_sent_item_data in _webhook_sent:
                webhook_sent_item = TransactionWebhookDelivery.from_dict(webhook_sent_item_data)

                webhook_sent.append(webhook_sent_item)

        transaction = cls(
            value=value,
            time=time,
            end_to_end_id=end_to_end_id,
            transaction_id=transaction_id,
            info_pagador=info_pagador,
            type_=type_,
            status=status,
            global_id=global_id,
            pix_key=pix_key,
            partial=partial,
            created_at=created_at,
            charge=charge,
            pix_qr_code=pix_qr_code,
            customer=customer,
            payer=payer,
            withdraw=withdraw,
            debit_party=debit_party,
            credit_party=credit_party,
            raw=raw,
            webhook_sent=webhook_sent,
        )

        transaction.additional_properties = d
        return transaction

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
