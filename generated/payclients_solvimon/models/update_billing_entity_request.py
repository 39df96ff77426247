from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models.country_code import CountryCode
from ..models.currency import Currency

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.custom_field_value import CustomFieldValue
    from ..models.linked_integration import LinkedIntegration
    from ..models.tax_id import TaxId
    from ..models.tax_registration import TaxRegistration
    from ..models.tax_settings import TaxSettings


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdateBillingEntityRequest:
    """UpdateBillingEntityRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        reference (str | None):
        status (str | None):
        timezone (str | None):
        legal_name (str | None):
        tax_id (str | None):
        tax_ids (list[TaxId] | None):
        registration_number (str | None):
        registered_address (Address | None): A postal address.
        email (str | None):
        tax_settings (TaxSettings | None): Tax settings of a billing entity.
        tax_registrations (list[TaxRegistration] | None):
        custom_fields (list[CustomFieldValue] | None):
        default_customer_country_selector (list[CountryCode] | None):
        default_billing_currency_selector (list[Currency] | None):
        linked_integrations (list[LinkedIntegration] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "created_at",
        "reference",
        "status",
        "timezone",
        "legal_name",
        "tax_id",
        "tax_ids",
        "registration_number",
        "registered_address",
        "email",
        "tax_settings",
        "tax_registrations",
        "custom_fields",
        "default_customer_country_selector",
        "default_billing_currency_selector",
        "linked_integrations",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "created_at",
        "reference",
        "status",
        "timezone",
        "legal_name",
        "tax_id",
        "tax_ids",
        "registration_number",
        "registered_address",
        "email",
        "tax_settings",
        "tax_registrations",
        "custom_fields",
        "default_customer_country_selector",
        "default_billing_currency_selector",
        "linked_integrations",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    reference: str | None = None
    status: str | None = None
    timezone: str | None = None
    legal_name: str | None = None
    tax_id: str | None = None
    tax_ids: list[TaxId] | None = None
    registration_number: str | None = None
    registered_address: Address | None = None
    email: str | None = None
    tax_settings: TaxSettings | None = None
    tax_registrations: list[TaxRegistration] | None = None
    custom_fields: list[CustomFieldValue] | None = None
    default_customer_country_selector: list[CountryCode] | None = None
    default_billing_currency_selector: list[Currency] | None = None
    linked_integrations: list[LinkedIntegration] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.timezone
        if _v is not None:
            _d["timezone"] = None if _v is _t.NULL else _v
        _v = self.legal_name
        if _v is not None:
            _d["legal_name"] = None if _v is _t.NULL else _v
        _v = self.tax_id
        if _v is not None:
            _d["tax_id"] = None if _v is _t.NULL else _v
        _v = self.tax_ids
        if _v is not None:
            _d["tax_ids"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.registration_number
        if _v is not None:
            _d["registration_number"] = None if _v is _t.NULL else _v
        _v = self.registered_address
        if _v is not None:
            _d["registered_address"] = _v.to_dict()
        _v = self.email
        if _v is not None:
            _d["email"] = None if _v is _t.NULL else _v
        _v = self.tax_settings
        if _v is not None:
            _d["tax_settings"] = _v.to_dict()
        _v = self.tax_registrations
        if _v is not None:
            _d["tax_registrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.default_customer_country_selector
        if _v is not None:
            _d["default_customer_country_selector"] = None if _v is _t.NULL else _t.dump(_v)
        _v = self.default_billing_currency_selector
        if _v is not None:
            _d["default_billing_currency_selector"] = None if _v is _t.NULL else _t.dump(_v)
        _v = self.linked_integrations
        if _v is not None:
            _d["linked_integrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
        _obj = _new(_cls)
        try:
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("timezone")
            _obj.timezone = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("legal_name")
            _obj.legal_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("tax_id")
            _obj.tax_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("tax_ids")
            _obj.tax_ids = None if _v is None else (_t.list_of(_v, _models.TaxId.from_dict))
            _v = _d.get("registration_number")
            _obj.registration_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("registered_address")
            _obj.registered_address = None if _v is None else (_models.Address.from_dict(_v))
            _v = _d.get("email")
            _obj.email = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("tax_settings")
            _obj.tax_settings = None if _v is None else (_models.TaxSettings.from_dict(_v))
            _v = _d.get("tax_registrations")
            _obj.tax_registrations = None if _v is None else (_t.list_of(_v, _models.TaxRegistration.from_dict))
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
            _v = _d.get("default_customer_country_selector")
            _obj.default_customer_country_selector = (
                None if _v is None else (_t.list_of(_v, _t.enum_parser(CountryCode, str)))
            )
            _v = _d.get("default_billing_currency_selector")
            _obj.default_billing_currency_selector = (
                None if _v is None else (_t.list_of(_v, _t.enum_parser(Currency, str)))
            )
            _v = _d.get("linked_integrations")
            _obj.linked_integrations = None if _v is None else (_t.list_of(_v, _models.LinkedIntegration.from_dict))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
