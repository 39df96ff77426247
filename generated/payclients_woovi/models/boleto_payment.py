from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boleto_payment_status import BoletoPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoletoPayment")


@_attrs_define
class BoletoPayment:
    """Boleto side of a charge; also the `boleto` block of boleto webhooks.

    Attributes:
        method (str | Unset):
        correlation_id (str | Unset):
        boleto_transaction_id (str | Unset):
        status (BoletoPaymentStatus | Unset):
        value (int | Unset):
        fee (int | Unset):
        fines_value (int | Unset):
        interests_value (int | Unset):
        settled_at (datetime.datetime | Unset):
        boleto_barcode (str | Unset):
        boleto_digitable (str | Unset):
    """

    method: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    boleto_transaction_id: str | Unset = UNSET
    status: BoletoPaymentStatus | Unset = UNSET
    value: int | Unset = UNSET
    fee: int | Unset = UNSET
    fines_value: int | Unset = UNSET
    interests_value: int | Unset = UNSET
    settled_at: datetime.datetime | Unset = UNSET
    boleto_barcode: str | Unset = UNSET
    boleto_digitable: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        correlation_id = self.correlation_id

        boleto_transaction_id = self.boleto_transaction_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        value = self.value

        fee = self.fee

        fines_value = self.fines_value

        interests_value = self.interests_value

        settled_at: str | Unset = UNSET
        if not isinstance(self.settled_at, Unset):
            settled_at = self.settled_at.isoformat()

        boleto_barcode = self.boleto_barcode

        boleto_digitable = self.boleto_digitable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if boleto_transaction_id is not UNSET:
            field_dict["boletoTransactionID"] = boleto_transaction_id
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fines_value is not UNSET:
            field_dict["finesValue"] = fines_value
        if interests_value is not UNSET:
            field_dict["interestsValue"] = interests_value
        if settled_at is not UNSET:
            field_dict["settledAt"] = settled_at
        if boleto_barcode is not UNSET:
            field_dict["boletoBarcode"] = boleto_barcode
        if boleto_digitable is not UNSET:
            field_dict["boletoDigitable"] = boleto_digitable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        boleto_transaction_id = d.pop("boletoTransactionID", UNSET)

        _status = d.pop("status", UNSET)
        status: BoletoPaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BoletoPaymentStatus(_status)

        value = d.pop("value", UNSET)

        fee = d.pop("fee", UNSET)

        fines_value = d.pop("finesValue", UNSET)

        interests_value = d.pop("interestsValue", UNSET)

        _settled_at = d.pop("settledAt", UNSET)
        settled_at: datetime.datetime | Unset
        if isinstance(_settled_at, Unset):
            settled_at = UNSET
        else:
            settled_at = datetime.datetime.fromisoformat(_settled_at)

        boleto_barcode = d.pop("boletoBarcode", UNSET)

        boleto_digitable = d.pop("boletoDigitable", UNSET)

        boleto_payment = cls(
            method=method,
            correlation_id=correlation_id,
            boleto_transaction_id=boleto_transaction_id,
            status=status,
            value=value,
            fee=fee,
            fines_value=fines_value,
            interests_value=interests_value,
            settled_at=settled_at,
            boleto_barcode=boleto_barcode,
            boleto_digitable=boleto_digitable,
        )

        boleto_payment.additional_properties = d
        return boleto_payment

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
