from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_register import AccountRegister


T = TypeVar("T", bound="KycOnboardingResponse")


@_attrs_define
class KycOnboardingResponse:
    """
    Attributes:
        link_onboarding (str | Unset):
        redirect_url (None | str | Unset):
        account_register (AccountRegister | Unset):
    """

    link_onboarding: str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    account_register: AccountRegister | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_onboarding = self.link_onboarding

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        account_register: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_register, Unset):
            account_register = self.account_register.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link_onboarding is not UNSET:
            field_dict["linkOnboarding"] = link_onboarding
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if account_register is not UNSET:
            field_dict["accountRegister"] = account_register

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_register import AccountRegister

        d = dict(src_dict)
        link_onboarding = d.pop("linkOnboarding", UNSET)

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl", UNSET))

        _account_register = d.pop("accountRegister", UNSET)
        account_register: AccountRegister | Unset
        if isinstance(_account_register, Unset):
            account_register = UNSET
        else:
            account_register = AccountRegister.from_dict(_account_register)

        kyc_onboarding_response = cls(
            link_onboarding=link_onboarding,
            redirect_url=redirect_url,
            account_register=account_register,
        )

        kyc_onboarding_response.additional_properties = d
        return kyc_onboarding_response

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
