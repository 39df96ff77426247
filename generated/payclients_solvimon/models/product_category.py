from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import tax_category as _e_tax_category
from ..models.tax_category import TaxCategory


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ProductCategory:
    """A category of products.

    Attributes:
        object_type (str | None):
        id (str | None):
        name (str | None):
        reference (str | None):
        description (str | None):
        tax_category (TaxCategory | None):
        display_order (int | None):
        customer_id (str | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "name",
        "reference",
        "description",
        "tax_category",
        "display_order",
        "customer_id",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "name",
            "reference",
            "description",
            "tax_category",
            "display_order",
            "customer_id",
        )
    )

    object_type: str | None = None
    id: str | None = None
    name: str | None = None
    reference: str | None = None
    description: str | None = None
    tax_category: TaxCategory | None = _attrs_field(default=None, converter=_e_tax_category.coerce_optional)
    display_order: int | None = None
    customer_id: str | None = None
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
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.tax_category
        if _v is not None:
            _d["tax_category"] = None if _v is _t.NULL else _v
        _v = self.display_order
        if _v is not None:
            _d["display_order"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
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
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "tax_category"
            _v = _d.get("tax_category")
            _obj.tax_category = (
                None
                if _v is None
                else (
                    (_e_tax_category.BY_VALUE.get(_v) or TaxCategory(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "display_order"
            _v = _d.get("display_order")
            _obj.display_order = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
