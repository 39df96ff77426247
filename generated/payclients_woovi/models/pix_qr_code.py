from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PixQrCode:
    """PixQrCode

    Attributes:
        name (str | None):
        value (int | None):
        comment (str | None):
        br_code (str | None):
        correlation_id (str | None):
        identifier (str | None):
        payment_link_id (str | None):
        payment_link_url (str | None):
        pix_key (str | None):
        qr_code_image (str | None):
        global_id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    _FIELDS = (
        "name",
        "value",
        "comment",
        "br_code",
        "correlation_id",
        "identifier",
        "payment_link_id",
        "payment_link_url",
        "pix_key",
        "qr_code_image",
        "global_id",
        "created_at",
        "updated_at",
    )
    _KEYS = frozenset(
        (
            "name",
            "value",
            "comment",
            "brCode",
            "correlationID",
            "identifier",
            "paymentLinkID",
            "paymentLinkUrl",
            "pixKey",
            "qrCodeImage",
            "globalID",
            "createdAt",
            "updatedAt",
        )
    )

    name: str | None = None
    value: int | None = None
    comment: str | None = None
    br_code: str | None = None
    correlation_id: str | None = None
    identifier: str | None = None
    payment_link_id: str | None = None
    payment_link_url: str | None = None
    pix_key: str | None = None
    qr_code_image: str | None = None
    global_id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
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
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.comment
        if _v is not None:
            _d["comment"] = _v
        _v = self.br_code
        if _v is not None:
            _d["brCode"] = _v
        _v = self.correlation_id
        if _v is not None:
            _d["correlationID"] = _v
        _v = self.identifier
        if _v is not None:
            _d["identifier"] = _v
        _v = self.payment_link_id
        if _v is not None:
            _d["paymentLinkID"] = _v
        _v = self.payment_link_url
        if _v is not None:
            _d["paymentLinkUrl"] = _v
        _v = self.pix_key
        if _v is not None:
            _d["pixKey"] = _v
        _v = self.qr_code_image
        if _v is not None:
            _d["qrCodeImage"] = _v
        _v = self.global_id
        if _v is not None:
            _d["globalID"] = _v
        _v = self.created_at
        if _v is not None:
            _d["createdAt"] = _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updatedAt"] = _t.iso(_v)
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
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "comment"
            _v = _d.get("comment")
            _obj.comment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "brCode"
            _v = _d.get("brCode")
            _obj.br_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "correlationID"
            _v = _d.get("correlationID")
            _obj.correlation_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "identifier"
            _v = _d.get("identifier")
            _obj.identifier = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "paymentLinkID"
            _v = _d.get("paymentLinkID")
            _obj.payment_link_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "paymentLinkUrl"
            _v = _d.get("paymentLinkUrl")
            _obj.payment_link_url = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pixKey"
            _v = _d.get("pixKey")
            _obj.pix_key = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "qrCodeImage"
            _v = _d.get("qrCodeImage")
            _obj.qr_code_image = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "globalID"
            _v = _d.get("globalID")
            _obj.global_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "createdAt"
            _v = _d.get("createdAt")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _key = "updatedAt"
            _v = _d.get("updatedAt")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
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
