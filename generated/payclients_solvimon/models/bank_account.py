from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import bank_account_type as _e_bank_account_type
from ..models import deposit_account_type as _e_deposit_account_type
from ..models.bank_account_type import BankAccountType
from ..models.deposit_account_type import DepositAccountType

if TYPE_CHECKING:
    from ..models.account_number_and_bic import AccountNumberAndBic
    from ..models.address import Address
    from ..models.ar_local import ARLocal
    from ..models.br_local import BRLocal
    from ..models.mx_local import MXLocal
    from ..models.uk_local import UKLocal
    from ..models.us_local import USLocal


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class BankAccount:
    """Bank account details of a payment acceptor.

    Attributes:
        type_ (BankAccountType | None):
        iban (str | None):
        country (str | None):
        bic (str | None):
        bank_name (str | None):
        bank_address (Address | None): A postal address.
        account_number (str | None):
        bank_code (str | None):
        routing_number (str | None):
        account_type (DepositAccountType | None):
        account_number_and_bic (AccountNumberAndBic | None): Account number with BIC, for accounts without IBAN.
        uk_local (UKLocal | None): UK bank account details.
        us_local (USLocal | None): US bank account details.
        br_local (BRLocal | None): Brazilian bank account details.
        ar_local (ARLocal | None): Argentine bank account details.
        mx_local (MXLocal | None): Mexican bank account details.
    """

    _FIELDS = (
        "type_",
        "iban",
        "country",
        "bic",
        "bank_name",
        "bank_address",
        "account_number",
        "bank_code",
        "routing_number",
        "account_type",
        "account_number_and_bic",
        "uk_local",
        "us_local",
        "br_local",
        "ar_local",
        "mx_local",
    )
    _KEYS = frozenset(
        (
            "type",
            "iban",
            "country",
            "bic",
            "bank_name",
            "bank_address",
            "account_number",
            "bank_code",
            "routing_number",
            "account_type",
            "account_number_and_bic",
            "uk_local",
            "us_local",
            "br_local",
            "ar_local",
            "mx_local",
        )
    )

    type_: BankAccountType | None = _attrs_field(default=None, converter=_e_bank_account_type.coerce_optional)
    iban: str | None = None
    country: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    bank_address: Address | None = None
    account_number: str | None = None
    bank_code: str | None = None
    routing_number: str | None = None
    account_type: DepositAccountType | None = _attrs_field(
        default=None, converter=_e_deposit_account_type.coerce_optional
    )
    account_number_and_bic: AccountNumberAndBic | None = None
    uk_local: UKLocal | None = None
    us_local: USLocal | None = None
    br_local: BRLocal | None = None
    ar_local: ARLocal | None = None
    mx_local: MXLocal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.iban
        if _v is not None:
            _d["iban"] = None if _v is _t.NULL else _v
        _v = self.country
        if _v is not None:
            _d["country"] = None if _v is _t.NULL else _v
        _v = self.bic
        if _v is not None:
            _d["bic"] = None if _v is _t.NULL else _v
        _v = self.bank_name
        if _v is not None:
            _d["bank_name"] = None if _v is _t.NULL else _v
        _v = self.bank_address
        if _v is not None:
            _d["bank_address"] = _v.to_dict()
        _v = self.account_number
        if _v is not None:
            _d["account_number"] = None if _v is _t.NULL else _v
        _v = self.bank_code
        if _v is not None:
            _d["bank_code"] = None if _v is _t.NULL else _v
        _v = self.routing_number
        if _v is not None:
            _d["routing_number"] = None if _v is _t.NULL else _v
        _v = self.account_type
        if _v is not None:
            _d["account_type"] = None if _v is _t.NULL else _v
        _v = self.account_number_and_bic
        if _v is not None:
            _d["account_number_and_bic"] = _v.to_dict()
        _v = self.uk_local
        if _v is not None:
            _d["uk_local"] = _v.to_dict()
        _v = self.us_local
        if _v is not None:
            _d["us_local"] = _v.to_dict()
        _v = self.br_local
        if _v is not None:
            _d["br_local"] = _v.to_dict()
        _v = self.ar_local
        if _v is not None:
            _d["ar_local"] = _v.to_dict()
        _v = self.mx_local
        if _v is not None:
            _d["mx_local"] = _v.to_dict()
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
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_bank_account_type.BY_VALUE.get(_v) or BankAccountType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "iban"
            _v = _d.get("iban")
            _obj.iban = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "country"
            _v = _d.get("country")
            _obj.country = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bic"
            _v = _d.get("bic")
            _obj.bic = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_name"
            _v = _d.get("bank_name")
            _obj.bank_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_address"
            _v = _d.get("bank_address")
            _obj.bank_address = None if _v is None else (_models.Address.from_dict(_v))
            _key = "account_number"
            _v = _d.get("account_number")
            _obj.account_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "bank_code"
            _v = _d.get("bank_code")
            _obj.bank_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "routing_number"
            _v = _d.get("routing_number")
            _obj.routing_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "account_type"
            _v = _d.get("account_type")
            _obj.account_type = (
                None
                if _v is None
                else (
                    (_e_deposit_account_type.BY_VALUE.get(_v) or DepositAccountType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "account_number_and_bic"
            _v = _d.get("account_number_and_bic")
            _obj.account_number_and_bic = None if _v is None else (_models.AccountNumberAndBic.from_dict(_v))
            _key = "uk_local"
            _v = _d.get("uk_local")
            _obj.uk_local = None if _v is None else (_models.UKLocal.from_dict(_v))
            _key = "us_local"
            _v = _d.get("us_local")
            _obj.us_local = None if _v is None else (_models.USLocal.from_dict(_v))
            _key = "br_local"
            _v = _d.get("br_local")
            _obj.br_local = None if _v is None else (_models.BRLocal.from_dict(_v))
            _key = "ar_local"
            _v = _d.get("ar_local")
            _obj.ar_local = None if _v is None else (_models.ARLocal.from_dict(_v))
            _key = "mx_local"
            _v = _d.get("mx_local")
            _obj.mx_local = None if _v is None else (_models.MXLocal.from_dict(_v))
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
