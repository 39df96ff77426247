from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.adyen_environment import AdyenEnvironment
from ..models.adyen_ownership import AdyenOwnership
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_platform_details import BalancePlatformDetails
    from ..models.legal_entity_manager_details import LegalEntityManagerDetails
    from ..models.system_ownership_details import SystemOwnershipDetails


T = TypeVar("T", bound="AdyenPaymentGatewayIntegration")


@_attrs_define
class AdyenPaymentGatewayIntegration:
    """Adyen account settings of a payment gateway integration.

    Attributes:
        company_account (str | Unset):
        environment (AdyenEnvironment | Unset): Adyen environment.
        live_prefix (str | Unset):
        merchant_accounts (list[str] | Unset):
        public_key (str | Unset):
        signing_secret (str | Unset):
        ownership (AdyenOwnership | Unset): Who owns the Adyen account.
        system_ownership_details (SystemOwnershipDetails | Unset): Adyen account holder data, used with SYSTEM
            ownership.
        balance_platform_details (BalancePlatformDetails | Unset): Adyen balance platform account.
        legal_entity_manager_details (LegalEntityManagerDetails | Unset): Credentials for Adyen legal entity management.
        enabled_payment_methods (list[str] | None | Unset):
    """

    company_account: str | Unset = UNSET
    environment: AdyenEnvironment | Unset = UNSET
    live_prefix: str | Unset = UNSET
    merchant_accounts: list[str] | Unset = UNSET
    public_key: str | Unset = UNSET
    signing_secret: str | Unset = UNSET
    ownership: AdyenOwnership | Unset = UNSET
    system_ownership_details: SystemOwnershipDetails | Unset = UNSET
    balance_platform_details: BalancePlatformDetails | Unset = UNSET
    legal_entity_manager_details: LegalEntityManagerDetails | Unset = UNSET
    enabled_payment_methods: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_account = self.company_account

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        live_prefix = self.live_prefix

        merchant_accounts: list[str] | Unset = UNSET
        if not isinstance(self.merchant_accounts, Unset):
            merchant_accounts = self.merchant_accounts

        public_key = self.public_key

        signing_secret = self.signing_secret

        ownership: str | Unset = UNSET
        if not isinstance(self.ownership, Unset):
            ownership = self.ownership.value

        system_ownership_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_ownership_details, Unset):
            system_ownership_details = self.system_ownership_details.to_dict()

        balance_platform_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_platform_details, Unset):
            balance_platform_details = self.balance_platform_details.to_dict()

        legal_entity_manager_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_entity_manager_details, Unset):
            legal_entity_manager_details = self.legal_entity_manager_details.to_dict()

        enabled_payment_methods: list[str] | None | Unset
        if isinstance(self.enabled_payment_methods, Unset):
            enabled_payment_methods = UNSET
        elif isinstance(self.enabled_payment_methods, list):
            enabled_payment_methods = self.enabled_payment_methods

        else:
            enabled_payment_methods = self.enabled_payment_methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_account is not UNSET:
            field_dict["company_account"] = company_account
        if environment is not UNSET:
            field_dict["environment"] = environment
        if live_prefix is not UNSET:
            field_dict["live_prefix"] = live_prefix
        if merchant_accounts is not UNSET:
            field_dict["merchant_accounts"] = merchant_accounts
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if signing_secret is not UNSET:
            field_dict["signing_secret"] = signing_secret
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if system_ownership_details is not UNSET:
            field_dict["system_ownership_details"] = system_ownership_details
        if balance_platform_details is not UNSET:
            field_dict["balance_platform_details"] = balance_platform_details
        if legal_entity_manager_details is not UNSET:
            field_dict["legal_entity_manager_details"] = legal_entity_manager_details
        if enabled_payment_methods is not UNSET:
            field_dict["enabled_payment_methods"] = enabled_payment_methods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_platform_details import BalancePlatformDetails
        from ..models.legal_entity_manager_details import LegalEntityManagerDetails
        from ..models.system_ownership_details import SystemOwnershipDetails

        d = dict(src_dict)
        company_account = d.pop("company_account", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: AdyenEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = AdyenEnvironment(_environment)

        live_prefix = d.pop("live_prefix", UNSET)

        merchant_accounts = cast(list[str], d.pop("merchant_accounts", UNSET))

        public_key = d.pop("public_key", UNSET)

        signing_secret = d.pop("signing_secret", UNSET)

        _ownership = d.pop("ownership", UNSET)
        ownership: AdyenOwnership | Unset
        if isinstance(_ownership, Unset):
            ownership = UNSET
        else:
            ownership = AdyenOwnership(_ownership)

        _system_ownership_details = d.pop("system_ownership_details", UNSET)
        system_ownership_details: SystemOwnershipDetails | Unset
        if isinstance(_system_ownership_details, Unset):
            system_ownership_details = UNSET
        else:
            system_ownership_details = SystemOwnershipDetails.from_dict(_system_ownership_details)

        _balance_platform_details = d.pop("balance_platform_details", UNSET)
        balance_platform_details: BalancePlatformDetails | Unset
        if isinstance(_balance_platform_details, Unset):
            balance_platform_details = UNSET
        else:
            balance_platform_details = BalancePlatformDetails.from_dict(_balance_platform_details)

        _legal_entity_manager_details = d.pop("legal_entity_manager_details", UNSET)
        legal_entity_manager_details: LegalEntityManagerDetails | Unset
        if isinstance(_legal_entity_manager_details, Unset):
            legal_entity_manager_details = UNSET
        else:
            legal_entity_manager_details = LegalEntityManagerDetails.from_dict(_legal_entity_manager_details)

        def _parse_enabled_payment_methods(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_payment_methods_type_0 = cast(list[str], data)

                return enabled_payment_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enabled_payment_methods = _parse_enabled_payment_methods(d.pop("enabled_payment_methods", UNSET))

        adyen_payment_gateway_integration = cls(
            company_account=company_account,
            environment=environment,
            live_prefix=live_prefix,
            merchant_accounts=merchant_accounts,
            public_key=public_key,
            signing_secret=signing_secret,
            ownership=ownership,
            system_ownership_details=system_ownership_details,
            balance_platform_details=balance_platform_details,
            legal_entity_manager_details=legal_entity_manager_details,
            enabled_payment_methods=enabled_payment_methods,
        )

        adyen_payment_gateway_integration.additional_properties = d
        return adyen_payment_gateway_integration

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
