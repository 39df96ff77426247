from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import sso_variant_variant as _e_sso_variant_variant
from ..models.sso_variant_variant import SsoVariantVariant

if TYPE_CHECKING:
    from ..models.sso_authentication_provider_variant_settings import SSOAuthenticationProviderVariantSettings


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class SSOVariant:
    """SSOVariant

    Attributes:
        variant (SsoVariantVariant | None):
        allowed_domains (list[str] | None):
        okta (SSOAuthenticationProviderVariantSettings | None):
        microsoft (SSOAuthenticationProviderVariantSettings | None):
    """

    _FIELDS = (
        "variant",
        "allowed_domains",
        "okta",
        "microsoft",
    )
    _KEYS = frozenset(
        (
            "variant",
            "allowed_domains",
            "okta",
            "microsoft",
        )
    )

    variant: SsoVariantVariant | None = _attrs_field(default=None, converter=_e_sso_variant_variant.coerce_optional)
    allowed_domains: list[str] | None = None
    okta: SSOAuthenticationProviderVariantSettings | None = None
    microsoft: SSOAuthenticationProviderVariantSettings | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.variant
        if _v is not None:
            _d["variant"] = _v
        _v = self.allowed_domains
        if _v is not None:
            _d["allowed_domains"] = list(_v)
        _v = self.okta
        if _v is not None:
            _d["okta"] = _v.to_dict()
        _v = self.microsoft
        if _v is not None:
            _d["microsoft"] = _v.to_dict()
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
            _key = "variant"
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_sso_variant_variant.BY_VALUE.get(_v) or SsoVariantVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "allowed_domains"
            _v = _d.get("allowed_domains")
            _obj.allowed_domains = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "okta"
            _v = _d.get("okta")
            _obj.okta = None if _v is None else (_models.SSOAuthenticationProviderVariantSettings.from_dict(_v))
            _key = "microsoft"
            _v = _d.get("microsoft")
            _obj.microsoft = None if _v is None else (_models.SSOAuthenticationProviderVariantSettings.from_dict(_v))
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
