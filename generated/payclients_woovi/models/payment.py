from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import payment_status as _e_payment_status
from ..models import payment_type as _e_payment_type
from ..models import pix_key_type as _e_pix_key_type
from ..models.payment_status import PaymentStatus
from ..models.payment_type import PaymentType
from ..models.pix_key_type import PixKeyType

if TYPE_CHECKING:
    from ..models.boleto_info import BoletoInfo
    from ..models.party_psp import PartyPsp
    from ..models.payment_bank_account import PaymentBankAccount
    from ..models.payment_holder import PaymentHolder
    from ..models.payment_metadata import PaymentMetadata


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Payment:
    """Payment

    Attributes:
        correlation_id (str):
        type_ (PaymentType | None):
        value (int | None):
        status (PaymentStatus | None):
        destination_alias (str | None):
        destination_alias_type (PixKeyType | None): Kind of Pix key. Random keys are EVP in key management and RANDOM in payments and transfers.
        qr_code (str | None):
        comment (str | None):
        source_account_id (str | None):
        holder (PaymentHolder | None):
        account (PaymentBankAccount | None):
        psp (PartyPsp | None):
        boleto (BoletoInfo | None): A boleto as read from its barcode; also the `boleto` of a boleto payment, where Woovi does not
            promise any field.
        metadata (PaymentMetadata | None): Caller's free-form data, echoed back in the payment and its webhooks.
    """

    _FIELDS = (
        "correlation_id",
        "type_",
        "value",
        "status",
        "destination_alias",
        "destination_alias_type",
        "qr_code",
        "comment",
        "source_account_id",
        "holder",
        "account",
        "psp",
        "boleto",
        "metadata",
    )
    _KEYS = frozenset(
        (
            "correlationID",
            "type",
            "value",
            "status",
            "destinationAlias",
            "destinationAliasType",
            "qrCode",
            "comment",
            "sourceAccountId",
            "holder",
            "account",
            "psp",
            "boleto",
            "metadata",
        )
    )

    correlation_id: str
    type_: PaymentType | None = _attrs_field(default=None, converter=_e_payment_type.coerce_optional)
    value: int | None = None
    status: PaymentStatus | None = _attrs_field(default=None, converter=_e_payment_status.coerce_optional)
    destination_alias: str | None = None
    destination_alias_type: PixKeyType | None = _attrs_field(default=None, converter=_e_pix_key_type.coerce_optional)
    qr_code: str | None = None
    comment: str | None = None
    source_account_id: str | None = None
    holder: PaymentHolder | None = None
    account: PaymentBankAccount | None = None
    psp: PartyPsp | None = None
    boleto: BoletoInfo | None = None
    metadata: PaymentMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["correlationID"] = self.correlation_id
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.value
        if _v is not None:
            _d["value"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.destination_alias
        if _v is not None:
            _d["destinationAlias"] = _v
        _v = self.destination_alias_type
        if _v is not None:
            _d["destinationAliasType"] = _v
        _v = self.qr_code
        if _v is not None:
            _d["qrCode"] = _v
        _v = self.comment
        if _v is not None:
            _d["comment"] = _v
        _v = self.source_account_id
        if _v is not None:
            _d["sourceAccountId"] = _v
        _v = self.holder
        if _v is not None:
            _d["holder"] = _v.to_dict()
        _v = self.account
        if _v is not None:
            _d["account"] = _v.to_dict()
        _v = self.psp
        if _v is not None:
            _d["psp"] = _v.to_dict()
        _v = self.boleto
        if _v is not None:
            _d["boleto"] = _v.to_dict()
        _v = self.metadata
        if _v is not None:
            _d["metadata"] = _v.to_dict()
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
            _key = "correlationID"
            _v = _d.get("correlationID")
            if _v is None:
                _t.missing(_d, _key)
            _obj.correlation_id = _v if type(_v) is str else _t.wrong("string", _v)
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_payment_type.BY_VALUE.get(_v) or PaymentType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "value"
            _v = _d.get("value")
            _obj.value = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_payment_status.BY_VALUE.get(_v) or PaymentStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "destinationAlias"
            _v = _d.get("destinationAlias")
            _obj.destination_alias = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "destinationAliasType"
            _v = _d.get("destinationAliasType")
            _obj.destination_alias_type = (
                None
                if _v is None
                else (
                    (_e_pix_key_type.BY_VALUE.get(_v) or PixKeyType(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _key = "qrCode"
            _v = _d.get("qrCode")
            _obj.qr_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "comment"
            _v = _d.get("comment")
            _obj.comment = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "sourceAccountId"
            _v = _d.get("sourceAccountId")
            _obj.source_account_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "holder"
            _v = _d.get("holder")
            _obj.holder = None if _v is None else (_models.PaymentHolder.from_dict(_v))
            _key = "account"
            _v = _d.get("account")
            _obj.account = None if _v is None else (_models.PaymentBankAccount.from_dict(_v))
            _key = "psp"
            _v = _d.get("psp")
            _obj.psp = None if _v is None else (_models.PartyPsp.from_dict(_v))
            _key = "boleto"
            _v = _d.get("boleto")
            _obj.boleto = None if _v is None else (_models.BoletoInfo.from_dict(_v))
            _key = "metadata"
            _v = _d.get("metadata")
            _obj.metadata = None if _v is None else (_models.PaymentMetadata.from_dict(_v))
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
