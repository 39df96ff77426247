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
    from ..models.tax_id import TaxId


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class TaxRegistration:
    """A tax registration of a customer or billing entity.

    Attributes:
        id (str | None):
        description (str | None):
        tax_id (str | None):
        tax_ids (list[TaxId] | None):
        registration_number (str | None):
        registered_address (Address | None): A postal address.
    """

    _FIELDS = (
        "id",
        "description",
        "tax_id",
        "tax_ids",
        "registration_number",
        "registered_address",
    )
    _KEYS = frozenset(
        (
            "id",
            "description",
            "tax_id",
            "tax_ids",
            "registration_number",
            "registered_address",
        )
    )

    id: str | None = None
    description: str | None = None
    tax_id: str | None = None
    tax_ids: list[TaxId] | None = None
    registration_number: str | None = None
    registered_address: Address | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
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
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "tax_id"
            _v = _d.get("tax_id")
            _obj.tax_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "tax_ids"
            _v = _d.get("tax_ids")
            _obj.tax_ids = None if _v is None else (_t.list_of(_v, _models.TaxId.from_dict))
            _key = "registration_number"
            _v = _d.get("registration_number")
            _obj.registration_number = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "registered_address"
            _v = _d.get("registered_address")
            _obj.registered_address = None if _v is None else (_models.Address.from_dict(_v))
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
