from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_variant_variant import SsoVariantVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_authentication_provider_variant_settings import SSOAuthenticationProviderVariantSettings


T = TypeVar("T", bound="SSOVariant")


@_attrs_define
class SSOVariant:
    """
    Attributes:
        variant (SsoVariantVariant | Unset):
        allowed_domains (list[str] | Unset):
        okta (SSOAuthenticationProviderVariantSettings | Unset):
        microsoft (SSOAuthenticationProviderVariantSettings | Unset):
    """

    variant: SsoVariantVariant | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    okta: SSOAuthenticationProviderVariantSettings | Unset = UNSET
    microsoft: SSOAuthenticationProviderVariantSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant.value

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        okta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.okta, Unset):
            okta = self.okta.to_dict()

        microsoft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.microsoft, Unset):
            microsoft = self.microsoft.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variant is not UNSET:
            field_dict["variant"] = variant
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if okta is not UNSET:
            field_dict["okta"] = okta
        if microsoft is not UNSET:
            field_dict["microsoft"] = microsoft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sso_authentication_provider_variant_settings import SSOAuthenticationProviderVariantSettings

        d = dict(src_dict)
        _variant = d.pop("variant", UNSET)
        variant: SsoVariantVariant | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = SsoVariantVariant(_variant)

        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        _okta = d.pop("okta", UNSET)
        okta: SSOAuthenticationProviderVariantSettings | Unset
        if isinstance(_okta, Unset):
            okta = UNSET
        else:
            okta = SSOAuthenticationProviderVariantSettings.from_dict(_okta)

        _microsoft = d.pop("microsoft", UNSET)
        microsoft: SSOAuthenticationProviderVariantSettings | Unset
        if isinstance(_microsoft, Unset):
            microsoft = UNSET
        else:
            microsoft = SSOAuthenticationProviderVariantSettings.from_dict(_microsoft)

        sso_variant = cls(
            variant=variant,
            allowed_domains=allowed_domains,
            okta=okta,
            microsoft=microsoft,
        )

        sso_variant.additional_properties = d
        return sso_variant

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
