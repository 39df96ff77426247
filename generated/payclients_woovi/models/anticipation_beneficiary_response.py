from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anticipation_beneficiary import AnticipationBeneficiary


T = TypeVar("T", bound="AnticipationBeneficiaryResponse")


@_attrs_define
class AnticipationBeneficiaryResponse:
    """
    Attributes:
        beneficiary (AnticipationBeneficiary | Unset):
        correlation_id (None | str | Unset):
    """

    beneficiary: AnticipationBeneficiary | Unset = UNSET
    correlation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficiary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiary, Unset):
            beneficiary = self.beneficiary.to_dict()

        correlation_id: None | str | Unset
        if isinstance(self.correlation_id, Unset):
            correlation_id = UNSET
        else:
            correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if beneficiary is not UNSET:
            field_dict["beneficiary"] = beneficiary
        if correlation_id is not UNSET:
            field_dict["correlationID"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anticipation_beneficiary import AnticipationBeneficiary

        d = dict(src_dict)
        _beneficiary = d.pop("beneficiary", UNSET)
        beneficiary: AnticipationBeneficiary | Unset
        if isinstance(_beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = AnticipationBeneficiary.from_dict(_beneficiary)

        def _parse_correlation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        correlation_id = _parse_correlation_id(d.pop("correlationID", UNSET))

        anticipation_beneficiary_response = cls(
            beneficiary=beneficiary,
            correlation_id=correlation_id,
        )

        anticipation_beneficiary_response.additional_properties = d
        return anticipation_beneficiary_response

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
