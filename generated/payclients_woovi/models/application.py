from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import application_type as _e_application_type
from ..models.application_type import ApplicationType


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Application:
    """Application

    Attributes:
        name (str | None):
        is_active (bool | None):
        type_ (ApplicationType | None):
        client_id (str | None):
        client_secret (str | None):
        app_id (str | None): Value to send in the Authorization header.
        company_bank_account (str | None):
        scopes (list[str] | None):
    """

    _FIELDS = (
        "name",
        "is_active",
        "type_",
        "client_id",
        "client_secret",
        "app_id",
        "company_bank_account",
        "scopes",
    )
    _KEYS = frozenset(
        (
            "name",
            "isActive",
            "type",
            "clientId",
            "clientSecret",
            "appID",
            "companyBankAccount",
            "scopes",
        )
    )

    name: str | None = None
    is_active: bool | None = None
    type_: ApplicationType | None = _attrs_field(default=None, converter=_e_application_type.coerce_optional)
    client_id: str | None = None
    client_secret: str | None = None
    app_id: str | None = None
    company_bank_account: str | None = None
    scopes: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.is_active
        if _v is not None:
            _d["isActive"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.client_id
        if _v is not None:
            _d["clientId"] = _v
        _v = self.client_secret
        if _v is not None:
            _d["clientSecret"] = _v
        _v = self.app_id
        if _v is not None:
            _d["appID"] = _v
        _v = self.company_bank_account
        if _v is not None:
            _d["companyBankAccount"] = _v
        _v = self.scopes
        if _v is not None:
            _d["scopes"] = list(_v)
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
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "isActive"
            _v = _d.get("isActive")
            _obj.is_active = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_application_type.BY_VALUE.get(_v) or ApplicationType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "clientId"
            _v = _d.get("clientId")
            _obj.client_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "clientSecret"
            _v = _d.get("clientSecret")
            _obj.client_secret = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "appID"
            _v = _d.get("appID")
            _obj.app_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "companyBankAccount"
            _v = _d.get("companyBankAccount")
            _obj.company_bank_account = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "scopes"
            _v = _d.get("scopes")
            _obj.scopes = None if _v is None else (_t.list_of(_v, _t.string))
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
