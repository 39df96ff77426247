from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class AccountLimit:
    """Pix limits in cents; the night window starts at nightStartAt.

    Attributes:
        pix_day_limit (int | None):
        pix_night_limit (int | None):
        pix_out_same_holder_day_limit (int | None):
        pix_out_different_holder_day_limit (int | None):
        pix_out_same_holder_night_limit (int | None):
        pix_out_different_holder_night_limit (int | None):
        pix_in_same_holder_day_limit (int | None):
        pix_in_different_holder_day_limit (int | None):
        pix_in_same_holder_night_limit (int | None):
        pix_in_different_holder_night_limit (int | None):
        day_start_at (str | None): Local time (HH:MM).
        night_start_at (str | None): Local time (HH:MM).
        boleto_emission_limit (int | None): Number of boletos that may be issued.
        boleto_maximum_value_limit (int | None):
    """

    _FIELDS = (
        "pix_day_limit",
        "pix_night_limit",
        "pix_out_same_holder_day_limit",
        "pix_out_different_holder_day_limit",
        "pix_out_same_holder_night_limit",
        "pix_out_different_holder_night_limit",
        "pix_in_same_holder_day_limit",
        "pix_in_different_holder_day_limit",
        "pix_in_same_holder_night_limit",
        "pix_in_different_holder_night_limit",
        "day_start_at",
        "night_start_at",
        "boleto_emission_limit",
        "boleto_maximum_value_limit",
    )
    _KEYS = frozenset(
        (
            "pixDayLimit",
            "pixNightLimit",
            "pixOutSameHolderDayLimit",
            "pixOutDifferentHolderDayLimit",
            "pixOutSameHolderNightLimit",
            "pixOutDifferentHolderNightLimit",
            "pixInSameHolderDayLimit",
            "pixInDifferentHolderDayLimit",
            "pixInSameHolderNightLimit",
            "pixInDifferentHolderNightLimit",
            "dayStartAt",
            "nightStartAt",
            "boletoEmissionLimit",
            "boletoMaximumValueLimit",
        )
    )

    pix_day_limit: int | None = None
    pix_night_limit: int | None = None
    pix_out_same_holder_day_limit: int | None = None
    pix_out_different_holder_day_limit: int | None = None
    pix_out_same_holder_night_limit: int | None = None
    pix_out_different_holder_night_limit: int | None = None
    pix_in_same_holder_day_limit: int | None = None
    pix_in_different_holder_day_limit: int | None = None
    pix_in_same_holder_night_limit: int | None = None
    pix_in_different_holder_night_limit: int | None = None
    day_start_at: str | None = None
    night_start_at: str | None = None
    boleto_emission_limit: int | None = None
    boleto_maximum_value_limit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.pix_day_limit
        if _v is not None:
            _d["pixDayLimit"] = _v
        _v = self.pix_night_limit
        if _v is not None:
            _d["pixNightLimit"] = _v
        _v = self.pix_out_same_holder_day_limit
        if _v is not None:
            _d["pixOutSameHolderDayLimit"] = _v
        _v = self.pix_out_different_holder_day_limit
        if _v is not None:
            _d["pixOutDifferentHolderDayLimit"] = _v
        _v = self.pix_out_same_holder_night_limit
        if _v is not None:
            _d["pixOutSameHolderNightLimit"] = _v
        _v = self.pix_out_different_holder_night_limit
        if _v is not None:
            _d["pixOutDifferentHolderNightLimit"] = _v
        _v = self.pix_in_same_holder_day_limit
        if _v is not None:
            _d["pixInSameHolderDayLimit"] = _v
        _v = self.pix_in_different_holder_day_limit
        if _v is not None:
            _d["pixInDifferentHolderDayLimit"] = _v
        _v = self.pix_in_same_holder_night_limit
        if _v is not None:
            _d["pixInSameHolderNightLimit"] = _v
        _v = self.pix_in_different_holder_night_limit
        if _v is not None:
            _d["pixInDifferentHolderNightLimit"] = _v
        _v = self.day_start_at
        if _v is not None:
            _d["dayStartAt"] = _v
        _v = self.night_start_at
        if _v is not None:
            _d["nightStartAt"] = _v
        _v = self.boleto_emission_limit
        if _v is not None:
            _d["boletoEmissionLimit"] = _v
        _v = self.boleto_maximum_value_limit
        if _v is not None:
            _d["boletoMaximumValueLimit"] = _v
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
            _key = "pixDayLimit"
            _v = _d.get("pixDayLimit")
            _obj.pix_day_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixNightLimit"
            _v = _d.get("pixNightLimit")
            _obj.pix_night_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixOutSameHolderDayLimit"
            _v = _d.get("pixOutSameHolderDayLimit")
            _obj.pix_out_same_holder_day_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixOutDifferentHolderDayLimit"
            _v = _d.get("pixOutDifferentHolderDayLimit")
            _obj.pix_out_different_holder_day_limit = (
                None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            )
            _key = "pixOutSameHolderNightLimit"
            _v = _d.get("pixOutSameHolderNightLimit")
            _obj.pix_out_same_holder_night_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixOutDifferentHolderNightLimit"
            _v = _d.get("pixOutDifferentHolderNightLimit")
            _obj.pix_out_different_holder_night_limit = (
                None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            )
            _key = "pixInSameHolderDayLimit"
            _v = _d.get("pixInSameHolderDayLimit")
            _obj.pix_in_same_holder_day_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixInDifferentHolderDayLimit"
            _v = _d.get("pixInDifferentHolderDayLimit")
            _obj.pix_in_different_holder_day_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixInSameHolderNightLimit"
            _v = _d.get("pixInSameHolderNightLimit")
            _obj.pix_in_same_holder_night_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "pixInDifferentHolderNightLimit"
            _v = _d.get("pixInDifferentHolderNightLimit")
            _obj.pix_in_different_holder_night_limit = (
                None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            )
            _key = "dayStartAt"
            _v = _d.get("dayStartAt")
            _obj.day_start_at = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "nightStartAt"
            _v = _d.get("nightStartAt")
            _obj.night_start_at = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "boletoEmissionLimit"
            _v = _d.get("boletoEmissionLimit")
            _obj.boleto_emission_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "boletoMaximumValueLimit"
            _v = _d.get("boletoMaximumValueLimit")
            _obj.boleto_maximum_value_limit = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
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
