from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_pre_registration import PartnerPreRegistration


T = TypeVar("T", bound="PartnerPreRegistrationResponse")


@_attrs_define
class PartnerPreRegistrationResponse:
    """
    Attributes:
        pre_registration (PartnerPreRegistration | Unset):
    """

    pre_registration: PartnerPreRegistration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_registration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_registration, Unset):
            pre_registration = self.pre_registration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pre_registration is not UNSET:
            field_dict["preRegistration"] = pre_registration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_pre_registration import PartnerPreRegistration

        d = dict(src_dict)
        _pre_registration = d.pop("preRegistration", UNSET)
        pre_registration: PartnerPreRegistration | Unset
        if isinstance(_pre_registration, Unset):
            pre_registration = UNSET
        else:
            pre_registration = PartnerPreRegistration.from_dict(_pre_registration)

        partner_pre_registration_response = cls(
            pre_registration=pre_registration,
        )

        partner_pre_registration_response.additional_properties = d
        return partner_pre_registration_response

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
