from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import types as _t
from ..models import mindz_pay_invoice_status as _e_mindz_pay_invoice_status
from ..models.mindz_pay_invoice_status import MindzPayInvoiceStatus
from ..types import File, RequestFiles


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PatchedMindzPayInvoiceRequest:
    """Multipart form for changing an invoice; send only what changes (leaving `status` out is the node's "Não
    Alterar"). Fields inferred from the n8n node's MindzPay Invoice Create/Update inputs (NFe ID, Status, Payment
    ID, Client ID, Amount, one binary file); the snake_case wire names are proposed.

    Attributes:
        file (File | None): The invoice document (PDF or XML). The node accepts exactly one file.
        nfe_id (str | None): Id of the NF-e at the issuing provider.
        status (MindzPayInvoiceStatus | None): Status of a MindzPay invoice (NF-e) as an integer. Values and Portuguese labels are facts from the
            n8n node's Create page; the English names are our translation. The node's extra "Não Alterar" (don't
            change) option on Update is not a value: it means leave `status` out of the request.

            * `0` PENDING: Pendente
            * `1` ISSUING: Em processo de emissão
            * `2` ISSUED: Emitida
            * `3` ISSUE_FAILED: Falha ao emitir
            * `4` CANCELING: Em processo de cancelamento
            * `5` CANCELED: Cancelada
            * `6` CANCEL_FAILED: Falha ao cancelar
            * `7` DO_NOT_ISSUE: Não emitir
            * `8` SENT_BY_EMAIL: Enviado por email
            * `9` NOT_ISSUED: Não emitida
        payment (int | None): Id of the MindzPay payment.
        client (int | None): Id of the client (payer).
        amount (Decimal | None): Amount with two decimal places, e.g. `"150.00"`.
    """

    _FIELDS = (
        "file",
        "nfe_id",
        "status",
        "payment",
        "client",
        "amount",
    )
    _KEYS = frozenset(
        (
            "file",
            "nfe_id",
            "status",
            "payment",
            "client",
            "amount",
        )
    )

    file: File | None = None
    nfe_id: str | None = None
    status: MindzPayInvoiceStatus | None = _attrs_field(
        default=None, converter=_e_mindz_pay_invoice_status.coerce_optional
    )
    payment: int | None = None
    client: int | None = None
    amount: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.file
        if _v is not None:
            _d["file"] = _t.dump(_v)
        _v = self.nfe_id
        if _v is not None:
            _d["nfe_id"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.payment
        if _v is not None:
            _d["payment"] = _v
        _v = self.client
        if _v is not None:
            _d["client"] = _v
        _v = self.amount
        if _v is not None:
            _d["amount"] = _t.decimal_text(_v)
        return _d

    def to_multipart(self) -> RequestFiles:
        """The model as multipart/form-data parts: files as uploaded, other fields as text or JSON."""
        files: RequestFiles = []
        _v: Any
        _v = self.file
        if _v is not None:
            files.append(("file", _v.to_tuple()))
        _v = self.nfe_id
        if _v is not None:
            files.append(("nfe_id", _t.form_part(_v)))
        _v = self.status
        if _v is not None:
            files.append(("status", _t.form_part(_v)))
        _v = self.payment
        if _v is not None:
            files.append(("payment", _t.form_part(_v)))
        _v = self.client
        if _v is not None:
            files.append(("client", _t.form_part(_v)))
        _v = self.amount
        if _v is not None:
            files.append(("amount", _t.form_part(_v)))
        for _k, _x in self.additional_properties.items():
            files.append((_k, _t.form_part(_x)))
        return files

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
            _key = "file"
            _v = _d.get("file")
            _obj.file = None if _v is None else (_t.file(_v))
            _key = "nfe_id"
            _v = _d.get("nfe_id")
            _obj.nfe_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_mindz_pay_invoice_status.BY_VALUE.get(_v) or MindzPayInvoiceStatus(_v))
                    if type(_v) is int
                    else _t.wrong("integer", _v)
                )
            )
            _key = "payment"
            _v = _d.get("payment")
            _obj.payment = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "client"
            _v = _d.get("client")
            _obj.client = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "amount"
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_t.decimal(_v))
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
