from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_type as _e_payment_type
from ..models import pix_key_type as _e_pix_key_type
from ..models.payment_type import PaymentType
from ..models.pix_key_type import PixKeyType

if TYPE_CHECKING:
    from ..models.payment_metadata import PaymentMetadata


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PaymentCreatePixKeyRequest:
    """Pays a Pix key.

    Attributes:
        type_ (PaymentType):
        value (int):
        destination_alias (str): The Pix key to pay.
        destination_alias_type (PixKeyType): Kind of Pix key. Random keys are EVP in key management and RANDOM in payments and transfers.
        correlation_id (str):
        pix_key_end_to_end_id (str | None): End-to-end id of a previous key look-up, to reuse its DICT result.
        comment (str | None):
        metadata (PaymentMetadata | None): Caller's free-form data, echoed back in the payment and its webhooks.
        auto_approve (bool | None): Execute at once, without approvePayment.
    """

    _FIELDS = (
        "type_",
        "value",
        "destination_alias",
        "destination_alias_type",
        "correlation_id",
        "pix_key_end_to_end_id",
        "comment",
        "metadata",
        "auto_approve",
    )
    _KEYS = frozenset(
        (
            "type",
            "value",
            "destinationAlias",
            "destinationAliasType",
            "correlationID",
            "pixKeyEndToEndId",
            "comment",
            "metadata",
            "autoApprove",
        )
    )

    type_: PaymentType = _attrs_field(converter=_e_payment_type.coerce)
    value: int
    destination_alias: str
    destination_alias_type: PixKeyType = _attrs_field(converter=_e_pix_key_type.coerce)
    correlation_id: str
    pix_key_end_to_end_id: str | None = None
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
        _d["value"] = self.value
        _d["destinationAlias"] = self.destination_alias
        _d["destinationAliasType"] = self.destination_alias_type
        _d["correlationID"] = self.correlation_id
        _v = self.pix_key_end_to_end_id
        if _v is not None:
            _d["pixKeyEndToEndId"] = _v
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
            _key = "value"
            _v = _d.get("value")
            if _v is None:
                _t.missing(_d, _key)
            _obj.value = _v if type(_v) is int else _t.integer(_v)
            _key = "destinationAlias"
            _v = _d.get("destinationAlias")
            if _v is None:
                _t.missing(_d, _key)
            _obj.destination_alias = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "destinationAliasType"
            _v = _d.get("destinationAliasType")
            if _v is None:
                _t.missing(_d, _key)
            _obj.destination_alias_type = (
                (_e_pix_key_type.BY_VALUE.get(_v) or PixKeyType(_v)) if type(_v) is str else _t.wrong("string", _v)
            )
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "pixKeyEndToEndId"
            _v = _d.get("pixKeyEndToEndId")
            _obj.pix_key_end_to_end_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
