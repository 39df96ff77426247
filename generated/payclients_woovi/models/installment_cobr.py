from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installment_cobr_try import InstallmentCobrTry


T = TypeVar("T", bound="InstallmentCobr")


@_attrs_define
class InstallmentCobr:
    """Pix Automatico collection (CobR) of an installment.

    Attributes:
        identifier_id (str | Unset):
        recurrency_id (str | Unset):
        installment_id (str | Unset):
        end_to_end_id (str | Unset):
        reject_code (str | Unset):
        status (str | Unset):
        value (int | Unset):
        description (str | Unset):
        tries (list[InstallmentCobrTry] | Unset):
        payment_date (datetime.date | Unset): Day the collection is to be paid.
        charge_date (datetime.date | Unset): Day the collection is sent to the payer's bank.
        expiry_date (datetime.date | Unset): Last day the collection can be paid.
        created_at (datetime.datetime | Unset):
    """

    identifier_id: str | Unset = UNSET
    recurrency_id: str | Unset = UNSET
    installment_id: str | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    reject_code: str | Unset = UNSET
    status: str | Unset = UNSET
    value: int | Unset = UNSET
    description: str | Unset = UNSET
    tries: list[InstallmentCobrTry] | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    charge_date: datetime.date | Unset = UNSET
    expiry_date: datetime.date | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier_id = self.identifier_id

        recurrency_id = self.recurrency_id

        installment_id = self.installment_id

        end_to_end_id = self.end_to_end_id

        reject_code = self.reject_code

        status = self.status

        value = self.value

        description = self.description

        tries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tries, Unset):
            tries = []
            for tries_item_data in self.tries:
                tries_item = tries_item_data.to_dict()
                tries.append(tries_item)

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        charge_date: str | Unset = UNSET
        if not isinstance(self.charge_date, Unset):
            charge_date = self.charge_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier_id is not UNSET:
            field_dict["identifierId"] = identifier_id
        if recurrency_id is not UNSET:
            field_dict["recurrencyId"] = recurrency_id
        if installment_id is not UNSET:
            field_dict["installmentId"] = installment_id
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if reject_code is not UNSET:
            field_dict["rejectCode"] = reject_code
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if tries is not UNSET:
            field_dict["tries"] = tries
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if charge_date is not UNSET:
            field_dict["chargeDate"] = charge_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.installment_cobr_try import InstallmentCobrTry

        d = dict(src_dict)
        identifier_id = d.pop("identifierId", UNSET)

        recurrency_id = d.pop("recurrencyId", UNSET)

        installment_id = d.pop("installmentId", UNSET)

        end_to_end_id = d.pop("endToEndId", UNSET)

        reject_code = d.pop("rejectCode", UNSET)

        status = d.pop("status", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        _tries = d.pop("tries", UNSET)
        tries: list[InstallmentCobrTry] | Unset = UNSET
        if _tries is not UNSET:
            tries = []
            for tries_item_data in _tries:
                tries_item = InstallmentCobrTry.from_dict(tries_item_data)

                tries.append(tries_item)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        _charge_date = d.pop("chargeDate", UNSET)
        charge_date: datetime.date | Unset
        if isinstance(_charge_date, Unset):
            charge_date = UNSET
        else:
            charge_date = datetime.date.fromisoformat(_charge_date)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.date | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.date.fromisoformat(_expiry_date)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        installment_cobr = cls(
            identifier_id=identifier_id,
            recurrency_id=recurrency_id,
            installment_id=installment_id,
            end_to_end_id=end_to_end_id,
            reject_code=reject_code,
            status=status,
            value=value,
            description=description,
            tries=tries,
            payment_date=payment_date,
            charge_date=charge_date,
            expiry_date=expiry_date,
            created_at=created_at,
        )

        installment_cobr.additional_properties = d
        return installment_cobr

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
