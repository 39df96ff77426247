from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.address import Address


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoicePaymentActionBankAccountDetails:
    """Bank details for paying by transfer.

    Attributes:
        legal_name (str | None):
        country_code (str | None):
        iban (str | None):
        bic (str | None):
        bank_name (str | None):
        account_number (str | None):
        bank_code (str | None):
        sort_code (str | None):
        reference (str | None):
        routing_number (str | None):
        account_type (str | None):
        type_ (str | None):
        bank_address (Address | None): A postal address.
        branch (str | None):
        cbu (str | None):
        clabe (str | None):
    """

    _FIELDS = (
        "legal_name",
        "country_code",
        "iban",
        "bic",
        "bank_name",
        "account_number",
        "bank_code",
        "sort_code",
        "reference",
        "routing_number",
        "account_type",
        "type_",
        "bank_address",
        "branch",
        "cbu",
        "clabe",
    )
    _KEYS = frozenset(
        (
            "legal_name",
            "country_code",
            "iban",
            "bic",
            "bank_name",
            "account_number",
            "bank_code",
            "sort_code",
            "reference",
            "routing_number",
            "account_type",
            "type",
            "bank_address",
            "branch",
            "cbu",
            "clabe",
        )
    )

    legal_name: str | None = None
    country_code: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    account_number: str | None = None
    bank_code: str | None = None
    sort_code: str | None = None
    reference: str | None = None
    routing_number: str | None = None
    account_type: str | None = None
    type_: str | None = None
    bank_address: Address | None = None
    branch: str | None = None
    cbu: str | None = None
    clabe: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.legal_name
        if _v is not None:
            _d["legal_name"] = _v
        _v = self.country_code
        if _v is not None:
            _d["country_code"] = _v
        _v = self.iban
        if _v is not None:
            _d["iban"] = _v
        _v = self.bic
        if _v is not None:
            _d["bic"] = _v
        _v = self.bank_name
        if _v is not None:
            _d["bank_name"] = _v
        _v = self.account_number
        if _v is not None:
            _d["account_number"] = None if _v is _t.NULL else _v
        _v = self.bank_code
        if _v is not None:
            _d["bank_code"] = None if _v is _t.NULL else _v
        _v = self.sort_code
        if _v is not None:
            _d["sort_code"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.routing_number
        if _v is not None:
            _d["routing_number"] = _v
        _v = self.account_type
        if _v is not None:
            _d["account_type"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.bank_address
        if _v is not None:
            _d["bank_address"] = _v.to_dict()
        _v = self.branch
        if _v is not None:
            _d["branch"] = _v
        _v = self.cbu
        if _v is not None:
            _d["cbu"] = _v
        _v = self.clabe
        if _v is not None:
            _d["clabe"] = _v
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
            _key = "legal_name"
            _v = _d.get("legal_name")
            _obj.legal_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "country_code"
            _v = _d.get("country_code")
            _obj.country_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "iban"
            _v = _d.get("iban")
            _obj.iban = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bic"
            _v = _d.get("bic")
            _obj.bic = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_name"
            _v = _d.get("bank_name")
            _obj.bank_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account_number"
            _v = _d.get("account_number")
            _obj.account_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_code"
            _v = _d.get("bank_code")
            _obj.bank_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "sort_code"
            _v = _d.get("sort_code")
            _obj.sort_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "routing_number"
            _v = _d.get("routing_number")
            _obj.routing_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account_type"
            _v = _d.get("account_type")
            _obj.account_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_address"
            _v = _d.get("bank_address")
            _obj.bank_address = None if _v is None else (_models.Address.from_dict(_v))
            _key = "branch"
            _v = _d.get("branch")
            _obj.branch = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "cbu"
            _v = _d.get("cbu")
            _obj.cbu = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "clabe"
            _v = _d.get("clabe")
            _obj.clabe = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
