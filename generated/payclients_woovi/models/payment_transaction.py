from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party import Party


T = TypeVar("T", bound="PaymentTransaction")


@_attrs_define
class PaymentTransaction:
    """
    Attributes:
        value (int | Unset):
        end_to_end_id (str | Unset):
        correlation_id (str | Unset):
        time (datetime.datetime | Unset):
        provider_rejected_reason (str | Unset):
        provider_error_code (str | Unset):
        ispb (str | Unset):
        debit_party (Party | Unset): One side (debit or credit) of a Pix transfer.
        credit_party (Party | Unset): One side (debit or credit) of a Pix transfer.
    """

    value: int | Unset = UNSET
    end_to_end_id: str | Unset = UNSET
    correlation_id: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    provider_rejected_reason: str | Unset = UNSET
    provider_error_code: str | Unset = UNSET
    ispb: str | Unset = UNSET
    debit_party: Party | Unset = UNSET
    credit_party: Party | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        end_to_end_id = self.end_to_end_id

        correlation_id = self.correlation_id

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        provider_rejected_reason = self.provider_rejected_reason

        provider_error_code = self.provider_error_code

        ispb = self.ispb

        debit_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_party, Unset):
            debit_party = self.debit_party.to_dict()

        credit_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_party, Unset):
            credit_party = self.credit_party.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if end_to_end_id is not UNSET:
            field_dict["endToEndId"] = end_to_end_id
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id
        if time is not UNSET:
            field_dict["time"] = time
        if provider_rejected_reason is not UNSET:
            field_dict["providerRejectedReason"] = provider_rejected_reason
        if provider_error_code is not UNSET:
            field_dict["providerErrorCode"] = provider_error_code
        if ispb is not UNSET:
            field_dict["ispb"] = ispb
        if debit_party is not UNSET:
            field_dict["debitParty"] = debit_party
        if credit_party is not UNSET:
            field_dict["creditParty"] = credit_party

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.party import Party

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        end_to_end_id = d.pop("endToEndId", UNSET)

        correlation_id = d.pop("correlationID", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        provider_rejected_reason = d.pop("providerRejectedReason", UNSET)

        provider_error_code = d.pop("providerErrorCode", UNSET)

        ispb = d.pop("ispb", UNSET)

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

        payment_transaction = cls(
            value=value,
            end_to_end_id=end_to_end_id,
            correlation_id=correlation_id,
            time=time,
            provider_rejected_reason=provider_rejected_reason,
            provider_error_code=provider_error_code,
            ispb=ispb,
            debit_party=debit_party,
            credit_party=credit_party,
        )

        payment_transaction.additional_properties = d
        return payment_transaction

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
