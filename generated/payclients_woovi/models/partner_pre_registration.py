from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_account import PartnerAccount
    from ..models.partner_company import PartnerCompany
    from ..models.pre_registration import PreRegistration
    from ..models.pre_registration_user import PreRegistrationUser


T = TypeVar("T", bound="PartnerPreRegistration")


@_attrs_define
class PartnerPreRegistration:
    """
    Attributes:
        pre_registration (PreRegistration | Unset):
        user (PreRegistrationUser | Unset):
        company (PartnerCompany | Unset):
        account (PartnerAccount | Unset):
    """

    pre_registration: PreRegistration | Unset = UNSET
    user: PreRegistrationUser | Unset = UNSET
    company: PartnerCompany | Unset = UNSET
    account: PartnerAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_registration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_registration, Unset):
            pre_registration = self.pre_registration.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pre_registration is not UNSET:
            field_dict["preRegistration"] = pre_registration
        if user is not UNSET:
            field_dict["user"] = user
        if company is not UNSET:
            field_dict["company"] = company
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_account import PartnerAccount
        from ..models.partner_company import PartnerCompany
        from ..models.pre_registration import PreRegistration
        from ..models.pre_registration_user import PreRegistrationUser

        d = dict(src_dict)
        _pre_registration = d.pop("preRegistration", UNSET)
        pre_registration: PreRegistration | Unset
        if isinstance(_pre_registration, Unset):
            pre_registration = UNSET
        else:
            pre_registration = PreRegistration.from_dict(_pre_registration)

        _user = d.pop("user", UNSET)
        user: PreRegistrationUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = PreRegistrationUser.from_dict(_user)

        _company = d.pop("company", UNSET)
        company: PartnerCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = PartnerCompany.from_dict(_company)

        _account = d.pop("account", UNSET)
        account: PartnerAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = PartnerAccount.from_dict(_account)

        partner_pre_registration = cls(
            pre_registration=pre_registration,
            user=user,
            company=company,
            account=account,
        )

        partner_pre_registration.additional_properties = d
        return partner_pre_registration

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
