from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import credit_details_source as _e_credit_details_source
from ..models.credit_details_source import CreditDetailsSource

if TYPE_CHECKING:
    from ..models.original_invoice_info import OriginalInvoiceInfo


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoiceCreditDetail:
    """Set on a credit invoice: which invoice it credits.

    Attributes:
        original_invoice_id (str | None):
        original_invoice_info (OriginalInvoiceInfo | None): ID and number of the credited invoice.
        note (str | None):
        credit_details_source (CreditDetailsSource | None):
    """

    _FIELDS = (
        "original_invoice_id",
        "original_invoice_info",
        "note",
        "credit_details_source",
    )
    _KEYS = frozenset(
        (
            "original_invoice_id",
            "original_invoice_info",
            "note",
            "credit_details_source",
        )
    )

    original_invoice_id: str | None = None
    original_invoice_info: OriginalInvoiceInfo | None = None
    note: str | None = None
    credit_details_source: CreditDetailsSource | None = _attrs_field(
        default=None, converter=_e_credit_details_source.coerce_optional
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.original_invoice_id
        if _v is not None:
            _d["original_invoice_id"] = _v
        _v = self.original_invoice_info
        if _v is not None:
            _d["original_invoice_info"] = _v.to_dict()
        _v = self.note
        if _v is not None:
            _d["note"] = _v
        _v = self.credit_details_source
        if _v is not None:
            _d["credit_details_source"] = None if _v is _t.NULL else _v
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
            _key = "original_invoice_id"
            _v = _d.get("original_invoice_id")
            _obj.original_invoice_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "original_invoice_info"
            _v = _d.get("original_invoice_info")
            _obj.original_invoice_info = None if _v is None else (_models.OriginalInvoiceInfo.from_dict(_v))
            _key = "note"
            _v = _d.get("note")
            _obj.note = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "credit_details_source"
            _v = _d.get("credit_details_source")
            _obj.credit_details_source = (
                None
                if _v is None
                else (
                    (_e_credit_details_source.BY_VALUE.get(_v) or CreditDetailsSource(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
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
