from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_registration_input import PreRegistrationInput
    from ..models.pre_registration_user_input import PreRegistrationUserInput


T = TypeVar("T", bound="PartnerCompanyCreateRequest")


@_attrs_define
class PartnerCompanyCreateRequest:
    """
    Attributes:
        pre_registration (PreRegistrationInput | Unset): The company to pre-register.
        user (PreRegistrationUserInput | Unset): The person who will administer the pre-registered company.
    """

    pre_registration: PreRegistrationInput | Unset = UNSET
    user: PreRegistrationUserInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_registration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_registration, Unset):
            pre_registration = self.pre_registration.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pre_registration is not UNSET:
            field_dict["preRegistration"] = pre_registration
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_registration_input import PreRegistrationInput
        from ..models.pre_registration_user_input import PreRegistrationUserInput

        d = dict(src_dict)
        _pre_registration = d.pop("preRegistration", UNSET)
        pre_registration: PreRegistrationInput | Unset
        if isinstance(_pre_registration, Unset):
            pre_registration = UNSET
        else:
            pre_registration = PreRegistrationInput.from_dict(_pre_registration)

        _user = d.pop("user", UNSET)
        user: PreRegistrationUserInput | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = PreRegistrationUserInput.from_dict(_user)

        partner_company_create_request = cls(
            pre_registration=pre_registration,
            user=user,
        )

        partner_company_create_request.additional_properties = d
        return partner_company_create_request

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
