from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import adyen_environment as _e_adyen_environment
from ..models import adyen_ownership as _e_adyen_ownership
from ..models.adyen_environment import AdyenEnvironment
from ..models.adyen_ownership import AdyenOwnership

if TYPE_CHECKING:
    from ..models.balance_platform_details import BalancePlatformDetails
    from ..models.legal_entity_manager_details import LegalEntityManagerDetails
    from ..models.system_ownership_details import SystemOwnershipDetails


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AdyenPaymentGatewayIntegration:
    """Adyen account settings of a payment gateway integration.

    Attributes:
        company_account (str | None):
        environment (AdyenEnvironment | None): Adyen environment.
        live_prefix (str | None):
        merchant_accounts (list[str] | None):
        public_key (str | None):
        signing_secret (str | None):
        ownership (AdyenOwnership | None): Who owns the Adyen account.
        system_ownership_details (SystemOwnershipDetails | None): Adyen account holder data, used with SYSTEM ownership.
        balance_platform_details (BalancePlatformDetails | None): Adyen balance platform account.
        legal_entity_manager_details (LegalEntityManagerDetails | None): Credentials for Adyen legal entity management.
        enabled_payment_methods (list[str] | None):
    """

    _FIELDS = (
        "company_account",
        "environment",
        "live_prefix",
        "merchant_accounts",
        "public_key",
        "signing_secret",
        "ownership",
        "system_ownership_details",
        "balance_platform_details",
        "legal_entity_manager_details",
        "enabled_payment_methods",
    )
    _KEYS = frozenset(
        (
            "company_account",
            "environment",
            "live_prefix",
            "merchant_accounts",
            "public_key",
            "signing_secret",
            "ownership",
            "system_ownership_details",
            "balance_platform_details",
            "legal_entity_manager_details",
            "enabled_payment_methods",
        )
    )

    company_account: str | None = None
    environment: AdyenEnvironment | None = _attrs_field(default=None, converter=_e_adyen_environment.coerce_optional)
    live_prefix: str | None = None
    merchant_accounts: list[str] | None = None
    public_key: str | None = None
    signing_secret: str | None = None
    ownership: AdyenOwnership | None = _attrs_field(default=None, converter=_e_adyen_ownership.coerce_optional)
    system_ownership_details: SystemOwnershipDetails | None = None
    balance_platform_details: BalancePlatformDetails | None = None
    legal_entity_manager_details: LegalEntityManagerDetails | None = None
    enabled_payment_methods: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.company_account
        if _v is not None:
            _d["company_account"] = _v
        _v = self.environment
        if _v is not None:
            _d["environment"] = _v
        _v = self.live_prefix
        if _v is not None:
            _d["live_prefix"] = _v
        _v = self.merchant_accounts
        if _v is not None:
            _d["merchant_accounts"] = list(_v)
        _v = self.public_key
        if _v is not None:
            _d["public_key"] = _v
        _v = self.signing_secret
        if _v is not None:
            _d["signing_secret"] = _v
        _v = self.ownership
        if _v is not None:
            _d["ownership"] = _v
        _v = self.system_ownership_details
        if _v is not None:
            _d["system_ownership_details"] = _v.to_dict()
        _v = self.balance_platform_details
        if _v is not None:
            _d["balance_platform_details"] = _v.to_dict()
        _v = self.legal_entity_manager_details
        if _v is not None:
            _d["legal_entity_manager_details"] = _v.to_dict()
        _v = self.enabled_payment_methods
        if _v is not None:
            _d["enabled_payment_methods"] = None if _v is _t.NULL else list(_v)
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "company_account"
            _v = _d.get("company_account")
            _obj.company_account = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "environment"
            _v = _d.get("environment")
            _obj.environment = (
                None
                if _v is None
                else (
                    (_e_adyen_environment.BY_VALUE.get(_v) or AdyenEnvironment(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "live_prefix"
            _v = _d.get("live_prefix")
            _obj.live_prefix = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "merchant_accounts"
            _v = _d.get("merchant_accounts")
            _obj.merchant_accounts = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "public_key"
            _v = _d.get("public_key")
            _obj.public_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "signing_secret"
            _v = _d.get("signing_secret")
            _obj.signing_secret = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "ownership"
            _v = _d.get("ownership")
            _obj.ownership = (
                None
                if _v is None
                else (
                    (_e_adyen_ownership.BY_VALUE.get(_v) or AdyenOwnership(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "system_ownership_details"
            _v = _d.get("system_ownership_details")
            _obj.system_ownership_details = None if _v is None else (_models.SystemOwnershipDetails.from_dict(_v))
            _key = "balance_platform_details"
            _v = _d.get("balance_platform_details")
            _obj.balance_platform_details = None if _v is None else (_models.BalancePlatformDetails.from_dict(_v))
            _key = "legal_entity_manager_details"
            _v = _d.get("legal_entity_manager_details")
            _obj.legal_entity_manager_details = (
                None if _v is None else (_models.LegalEntityManagerDetails.from_dict(_v))
            )
            _key = "enabled_payment_methods"
            _v = _d.get("enabled_payment_methods")
            _obj.enabled_payment_methods = None if _v is None else (_t.list_of(_v, _t.string))
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
