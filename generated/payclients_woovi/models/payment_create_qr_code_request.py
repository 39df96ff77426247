from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_type as _e_payment_type
from ..models.payment_type import PaymentType

if TYPE_CHECKING:
    from ..models.payment_metadata import PaymentMetadata


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PaymentCreateQrCodeRequest:
    """Pays a Pix QR code; value and destination come from the code.

    Attributes:
        type_ (PaymentType):
        qr_code (str): The BR Code (copy-and-paste) string.
        correlation_id (str):
        value (int | None): Amount in cents, for codes without a fixed value.
        source_account_id (str | None):
        comment (str | None):
        metadata (PaymentMetadata | None): Caller's free-form data, echoed back in the payment and its webhooks.
        auto_approve (bool | None):
    """

    _FIELDS = (
        "type_",
        "qr_code",
        "correlation_id",
        "value",
        "source_account_id",
        "comment",
        "metadata",
        "auto_approve",
    )
    _KEYS = frozenset(
        (
            "type",
            "qrCode",
            "correlationID",
            "value",
            "sourceAccountId",
            "comment",
            "metadata",
            "autoApprove",
        )
    )

    type_: PaymentType = _attrs_field(converter=_e_payment_type.coerce)
    qr_code: str
    correlation_id: str
    value: int | None = None
    source_account_id: str | None = None
    comment: str | None = None
    metadata: PaymentMetadata | None = None
    auto_approve: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["type"] = self.type_
        _d["qrCode"] = self.qr_code
        _d["correlationID"] = self.correlation_id
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.source_account_id
        if _v is not None:
            _d["sourceAccountId"] = _v
        _v = self.comment
        if _v is not None:
            _d["comment"] = _v
        _v = self.metadata
        if _v is not None:
            _d["metadata"] = _v.to_dict()
        _v = self.auto_approve
        if _v is not None:
            _d["autoApprove"] = _v
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
            if _v is None:
                _t.missing(_d, _key)
            _obj.type_ = (
                (_e_payment_type.BY_VALUE.get(_v) or PaymentType(_v)) if type(_v) is str else _t.wrong("string", _v)
            )
            _key = "qrCode"
            _v = _d.get("qrCode")
            if _v is None:
                _t.missing(_d, _key)
            _obj.qr_code = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "sourceAccountId"
            _v = _d.get("sourceAccountId")
            _obj.source_account_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "comment"
            _v = _d.get("comment")
            _obj.comment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "metadata"
            _v = _d.get("metadata")
            _obj.metadata = None if _v is None else (_models.PaymentMetadata.from_dict(_v))
            _key = "autoApprove"
            _v = _d.get("autoApprove")
            _obj.auto_approve = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
