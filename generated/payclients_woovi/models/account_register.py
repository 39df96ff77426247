from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import account_register_status as _e_account_register_status
from ..models.account_register_status import AccountRegisterStatus

if TYPE_CHECKING:
    from ..models.account_register_representative import AccountRegisterRepresentative
    from ..models.tax_id import TaxId


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AccountRegister:
    """AccountRegister

    Attributes:
        official_name (str | None):
        trade_name (str | None):
        type_ (str | None):
        tax_id (TaxId | None): A Brazilian tax id as returned by the API.
        status (AccountRegisterStatus | None):
        correlation_id (str | None):
        annual_revenue (float | None):
        rejected_reason (str | None):
        request_reason (str | None): Why more information was asked for; null in the docs' example.
        representatives (list[AccountRegisterRepresentative] | None):
    """

    _FIELDS = (
        "official_name",
        "trade_name",
        "type_",
        "tax_id",
        "status",
        "correlation_id",
        "annual_revenue",
        "rejected_reason",
        "request_reason",
        "representatives",
    )
    _KEYS = frozenset(
        (
            "officialName",
            "tradeName",
            "type",
            "taxID",
            "status",
            "correlationID",
            "annualRevenue",
            "rejectedReason",
            "requestReason",
            "representatives",
        )
    )

    official_name: str | None = None
    trade_name: str | None = None
    type_: str | None = None
    tax_id: TaxId | None = None
    status: AccountRegisterStatus | None = _attrs_field(
        default=None, converter=_e_account_register_status.coerce_optional
    )
    correlation_id: str | None = None
    annual_revenue: float | None = None
    rejected_reason: str | None = None
    request_reason: str | None = None
    representatives: list[AccountRegisterRepresentative] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.official_name
        if _v is not None:
            _d["officialName"] = _v
        _v = self.trade_name
        if _v is not None:
            _d["tradeName"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.tax_id
        if _v is not None:
            _d["taxID"] = _v.to_dict()
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.correlation_id
        if _v is not None:
            _d["correlationID"] = _v
        _v = self.annual_revenue
        if _v is not None:
            _d["annualRevenue"] = _v
        _v = self.rejected_reason
        if _v is not None:
            _d["rejectedReason"] = _v
        _v = self.request_reason
        if _v is not None:
            _d["requestReason"] = None if _v is _t.NULL else _v
        _v = self.representatives
        if _v is not None:
            _d["representatives"] = [_x.to_dict() for _x in _v]
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
            _key = "officialName"
            _v = _d.get("officialName")
            _obj.official_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "tradeName"
            _v = _d.get("tradeName")
            _obj.trade_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "taxID"
            _v = _d.get("taxID")
            _obj.tax_id = None if _v is None else (_models.TaxId.from_dict(_v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_account_register_status.BY_VALUE.get(_v) or AccountRegisterStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "correlationID"
            _v = _d.get("correlationID")
            _obj.correlation_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "annualRevenue"
            _v = _d.get("annualRevenue")
            _obj.annual_revenue = None if _v is None else (_t.number(_v))
            _key = "rejectedReason"
            _v = _d.get("rejectedReason")
            _obj.rejected_reason = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "requestReason"
            _v = _d.get("requestReason")
            _obj.request_reason = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "representatives"
            _v = _d.get("representatives")
            _obj.representatives = (
                None if _v is None else (_t.list_of(_v, _models.AccountRegisterRepresentative.from_dict))
            )
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
