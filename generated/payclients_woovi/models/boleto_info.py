from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.boleto_final_beneficiary import BoletoFinalBeneficiary
    from ..models.boleto_issuing_entity import BoletoIssuingEntity


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class BoletoInfo:
    """A boleto as read from its barcode; also the `boleto` of a boleto payment, where Woovi does not promise any
    field.

    Attributes:
        barcode (str | None):
        digitable (str | None):
        expires_date (datetime.datetime | None):
        total_value (int | None):
        issuing_entity (BoletoIssuingEntity | None):
        final_beneficiary (BoletoFinalBeneficiary | None):
    """

    _FIELDS = (
        "barcode",
        "digitable",
        "expires_date",
        "total_value",
        "issuing_entity",
        "final_beneficiary",
    )
    _KEYS = frozenset(
        (
            "barcode",
            "digitable",
            "expiresDate",
            "totalValue",
            "issuingEntity",
            "finalBeneficiary",
        )
    )

    barcode: str | None = None
    digitable: str | None = None
    expires_date: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    total_value: int | None = None
    issuing_entity: BoletoIssuingEntity | None = None
    final_beneficiary: BoletoFinalBeneficiary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.barcode
        if _v is not None:
            _d["barcode"] = _v
        _v = self.digitable
        if _v is not None:
            _d["digitable"] = _v
        _v = self.expires_date
        if _v is not None:
            _d["expiresDate"] = _t.iso(_v)
        _v = self.total_value
        if _v is not None:
            _d["totalValue"] = _v
        _v = self.issuing_entity
        if _v is not None:
            _d["issuingEntity"] = _v.to_dict()
        _v = self.final_beneficiary
        if _v is not None:
            _d["finalBeneficiary"] = _v.to_dict()
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
            _key = "barcode"
            _v = _d.get("barcode")
            _obj.barcode = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "digitable"
            _v = _d.get("digitable")
            _obj.digitable = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "expiresDate"
            _v = _d.get("expiresDate")
            _obj.expires_date = None if _v is None else (_t.date_time(_v))
            _key = "totalValue"
            _v = _d.get("totalValue")
            _obj.total_value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "issuingEntity"
            _v = _d.get("issuingEntity")
            _obj.issuing_entity = None if _v is None else (_models.BoletoIssuingEntity.from_dict(_v))
            _key = "finalBeneficiary"
            _v = _d.get("finalBeneficiary")
            _obj.final_beneficiary = None if _v is None else (_models.BoletoFinalBeneficiary.from_dict(_v))
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
