from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boleto_final_beneficiary import BoletoFinalBeneficiary
    from ..models.boleto_issuing_entity import BoletoIssuingEntity


T = TypeVar("T", bound="BoletoInfo")


@_attrs_define
class BoletoInfo:
    """A boleto as read from its barcode; also the `boleto` of a boleto payment, where Woovi does not promise any field.

    Attributes:
        barcode (str | Unset):
        digitable (str | Unset):
        expires_date (datetime.datetime | Unset):
        total_value (int | Unset):
        issuing_entity (BoletoIssuingEntity | Unset):
        final_beneficiary (BoletoFinalBeneficiary | Unset):
    """

    barcode: str | Unset = UNSET
    digitable: str | Unset = UNSET
    expires_date: datetime.datetime | Unset = UNSET
    total_value: int | Unset = UNSET
    issuing_entity: BoletoIssuingEntity | Unset = UNSET
    final_beneficiary: BoletoFinalBeneficiary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode = self.barcode

        digitable = self.digitable

        expires_date: str | Unset = UNSET
        if not isinstance(self.expires_date, Unset):
            expires_date = self.expires_date.isoformat()

        total_value = self.total_value

        issuing_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuing_entity, Unset):
            issuing_entity = self.issuing_entity.to_dict()

        final_beneficiary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.final_beneficiary, Unset):
            final_beneficiary = self.final_beneficiary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if digitable is not UNSET:
            field_dict["digitable"] = digitable
        if expires_date is not UNSET:
            field_dict["expiresDate"] = expires_date
        if total_value is not UNSET:
            field_dict["totalValue"] = total_value
        if issuing_entity is not UNSET:
            field_dict["issuingEntity"] = issuing_entity
        if final_beneficiary is not UNSET:
            field_dict["finalBeneficiary"] = final_beneficiary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boleto_final_beneficiary import BoletoFinalBeneficiary
        from ..models.boleto_issuing_entity import BoletoIssuingEntity

        d = dict(src_dict)
        barcode = d.pop("barcode", UNSET)

        digitable = d.pop("digitable", UNSET)

        _expires_date = d.pop("expiresDate", UNSET)
        expires_date: datetime.datetime | Unset
        if isinstance(_expires_date, Unset):
            expires_date = UNSET
        else:
            expires_date = datetime.datetime.fromisoformat(_expires_date)

        total_value = d.pop("totalValue", UNSET)

        _issuing_entity = d.pop("issuingEntity", UNSET)
        issuing_entity: BoletoIssuingEntity | Unset
        if isinstance(_issuing_entity, Unset):
            issuing_entity = UNSET
        else:
            issuing_entity = BoletoIssuingEntity.from_dict(_issuing_entity)

        _final_beneficiary = d.pop("finalBeneficiary", UNSET)
        final_beneficiary: BoletoFinalBeneficiary | Unset
        if isinstance(_final_beneficiary, Unset):
            final_beneficiary = UNSET
        else:
            final_beneficiary = BoletoFinalBeneficiary.from_dict(_final_beneficiary)

        boleto_info = cls(
            barcode=barcode,
            digitable=digitable,
            expires_date=expires_date,
            total_value=total_value,
            issuing_entity=issuing_entity,
            final_beneficiary=final_beneficiary,
        )

        boleto_info.additional_properties = d
        return boleto_info

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
