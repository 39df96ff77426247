from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.additional_info import AdditionalInfo


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class ChargePixPaymentMethod:
    """ChargePixPaymentMethod

    Attributes:
        method (str | None):
        transaction_id (str | None):
        identifier (str | None):
        additional_info (list[AdditionalInfo] | None):
        fee (int | None):
        value (int | None):
        status (str | None):
        tx_id (str | None):
        br_code (str | None):
        qr_code_image (str | None):
    """

    _FIELDS = (
        "method",
        "transaction_id",
        "identifier",
        "additional_info",
        "fee",
        "value",
        "status",
        "tx_id",
        "br_code",
        "qr_code_image",
    )
    _KEYS = frozenset(
        (
            "method",
            "transactionID",
            "identifier",
            "additionalInfo",
            "fee",
            "value",
            "status",
            "txId",
            "brCode",
            "qrCodeImage",
        )
    )

    method: str | None = None
    transaction_id: str | None = None
    identifier: str | None = None
    additional_info: list[AdditionalInfo] | None = None
    fee: int | None = None
    value: int | None = None
    status: str | None = None
    tx_id: str | None = None
    br_code: str | None = None
    qr_code_image: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.method
        if _v is not None:
            _d["method"] = _v
        _v = self.transaction_id
        if _v is not None:
            _d["transactionID"] = _v
        _v = self.identifier
        if _v is not None:
            _d["identifier"] = _v
        _v = self.additional_info
        if _v is not None:
            _d["additionalInfo"] = [_x.to_dict() for _x in _v]
        _v = self.fee
        if _v is not None:
            _d["fee"] = _v
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.tx_id
        if _v is not None:
            _d["txId"] = _v
        _v = self.br_code
        if _v is not None:
            _d["brCode"] = _v
        _v = self.qr_code_image
        if _v is not None:
            _d["qrCodeImage"] = _v
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
            _key = "method"
            _v = _d.get("method")
            _obj.method = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "transactionID"
            _v = _d.get("transactionID")
            _obj.transaction_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "identifier"
            _v = _d.get("identifier")
            _obj.identifier = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "additionalInfo"
            _v = _d.get("additionalInfo")
            _obj.additional_info = None if _v is None else (_t.list_of(_v, _models.AdditionalInfo.from_dict))
            _key = "fee"
            _v = _d.get("fee")
            _obj.fee = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "txId"
            _v = _d.get("txId")
            _obj.tx_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "brCode"
            _v = _d.get("brCode")
            _obj.br_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "qrCodeImage"
            _v = _d.get("qrCodeImage")
            _obj.qr_code_image = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
