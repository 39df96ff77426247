from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoiceIntegrationCreateRequest:
    """InvoiceIntegrationCreateRequest

    Attributes:
        city_service_code (str | None):
        municipal_subscription (str | None):
        rps_number (str | None):
        special_tax (str | None):
        tax_regime (str | None):
        federal_tax_determination (str | None):
        municipal_tax_determination (str | None):
        is_portal_nacional (bool | None):
        is_active (bool | None):
    """

    _FIELDS = (
        "city_service_code",
        "municipal_subscription",
        "rps_number",
        "special_tax",
        "tax_regime",
        "federal_tax_determination",
        "municipal_tax_determination",
        "is_portal_nacional",
        "is_active",
    )
    _KEYS = frozenset(
        (
            "cityServiceCode",
            "municipalSubscription",
            "rpsNumber",
            "specialTax",
            "taxRegime",
            "federalTaxDetermination",
            "municipalTaxDetermination",
            "isPortalNacional",
            "isActive",
        )
    )

    city_service_code: str | None = None
    municipal_subscription: str | None = None
    rps_number: str | None = None
    special_tax: str | None = None
    tax_regime: str | None = None
    federal_tax_determination: str | None = None
    municipal_tax_determination: str | None = None
    is_portal_nacional: bool | None = None
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.city_service_code
        if _v is not None:
            _d["cityServiceCode"] = _v
        _v = self.municipal_subscription
        if _v is not None:
            _d["municipalSubscription"] = _v
        _v = self.rps_number
        if _v is not None:
            _d["rpsNumber"] = _v
        _v = self.special_tax
        if _v is not None:
            _d["specialTax"] = _v
        _v = self.tax_regime
        if _v is not None:
            _d["taxRegime"] = _v
        _v = self.federal_tax_determination
        if _v is not None:
            _d["federalTaxDetermination"] = _v
        _v = self.municipal_tax_determination
        if _v is not None:
            _d["municipalTaxDetermination"] = _v
        _v = self.is_portal_nacional
        if _v is not None:
            _d["isPortalNacional"] = _v
        _v = self.is_active
        if _v is not None:
            _d["isActive"] = _v
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
            _key = "cityServiceCode"
            _v = _d.get("cityServiceCode")
            _obj.city_service_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "municipalSubscription"
            _v = _d.get("municipalSubscription")
            _obj.municipal_subscription = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "rpsNumber"
            _v = _d.get("rpsNumber")
            _obj.rps_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "specialTax"
            _v = _d.get("specialTax")
            _obj.special_tax = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "taxRegime"
            _v = _d.get("taxRegime")
            _obj.tax_regime = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "federalTaxDetermination"
            _v = _d.get("federalTaxDetermination")
            _obj.federal_tax_determination = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "municipalTaxDetermination"
            _v = _d.get("municipalTaxDetermination")
            _obj.municipal_tax_determination = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "isPortalNacional"
            _v = _d.get("isPortalNacional")
            _obj.is_portal_nacional = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "isActive"
            _v = _d.get("isActive")
            _obj.is_active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
