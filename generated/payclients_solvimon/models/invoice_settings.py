from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import (
    invoice_settings_invoice_date_determination_type as _e_invoice_settings_invoice_date_determination_type,
)
from ..models.invoice_settings_invoice_date_determination_type import InvoiceSettingsInvoiceDateDeterminationType

if TYPE_CHECKING:
    from ..models.document_action_settings import DocumentActionSettings
    from ..models.document_number_configuration import DocumentNumberConfiguration
    from ..models.invoice_extra_open_period import InvoiceExtraOpenPeriod
    from ..models.invoice_grace_period import InvoiceGracePeriod


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class InvoiceSettings:
    """InvoiceSettings

    Attributes:
        invoice_number_configuration (DocumentNumberConfiguration | None):
        credit_invoice_number_configuration (DocumentNumberConfiguration | None):
        self_billing_invoice_number_configuration (DocumentNumberConfiguration | None):
        self_billing_credit_invoice_number_configuration (DocumentNumberConfiguration | None):
        send_by_email (DocumentActionSettings | None):
        export_to_erp (DocumentActionSettings | None):
        invoice_date_determination_type (InvoiceSettingsInvoiceDateDeterminationType | None):
        invoice_grace_period (InvoiceGracePeriod | None):
        invoice_extra_open_period (InvoiceExtraOpenPeriod | None):
        footnote (str | None):
        add_zero_meter_value_invoice_lines (bool | None):
    """

    _FIELDS = (
        "invoice_number_configuration",
        "credit_invoice_number_configuration",
        "self_billing_invoice_number_configuration",
        "self_billing_credit_invoice_number_configuration",
        "send_by_email",
        "export_to_erp",
        "invoice_date_determination_type",
        "invoice_grace_period",
        "invoice_extra_open_period",
        "footnote",
        "add_zero_meter_value_invoice_lines",
    )
    _KEYS = frozenset(
        (
            "invoice_number_configuration",
            "credit_invoice_number_configuration",
            "self_billing_invoice_number_configuration",
            "self_billing_credit_invoice_number_configuration",
            "send_by_email",
            "export_to_erp",
            "invoice_date_determination_type",
            "invoice_grace_period",
            "invoice_extra_open_period",
            "footnote",
            "add_zero_meter_value_invoice_lines",
        )
    )

    invoice_number_configuration: DocumentNumberConfiguration | None = None
    credit_invoice_number_configuration: DocumentNumberConfiguration | None = None
    self_billing_invoice_number_configuration: DocumentNumberConfiguration | None = None
    self_billing_credit_invoice_number_configuration: DocumentNumberConfiguration | None = None
    send_by_email: DocumentActionSettings | None = None
    export_to_erp: DocumentActionSettings | None = None
    invoice_date_determination_type: InvoiceSettingsInvoiceDateDeterminationType | None = _attrs_field(
        default=None, converter=_e_invoice_settings_invoice_date_determination_type.coerce_optional
    )
    invoice_grace_period: InvoiceGracePeriod | None = None
    invoice_extra_open_period: InvoiceExtraOpenPeriod | None = None
    footnote: str | None = None
    add_zero_meter_value_invoice_lines: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.invoice_number_configuration
        if _v is not None:
            _d["invoice_number_configuration"] = _v.to_dict()
        _v = self.credit_invoice_number_configuration
        if _v is not None:
            _d["credit_invoice_number_configuration"] = _v.to_dict()
        _v = self.self_billing_invoice_number_configuration
        if _v is not None:
            _d["self_billing_invoice_number_configuration"] = _v.to_dict()
        _v = self.self_billing_credit_invoice_number_configuration
        if _v is not None:
            _d["self_billing_credit_invoice_number_configuration"] = _v.to_dict()
        _v = self.send_by_email
        if _v is not None:
            _d["send_by_email"] = _v.to_dict()
        _v = self.export_to_erp
        if _v is not None:
            _d["export_to_erp"] = _v.to_dict()
        _v = self.invoice_date_determination_type
        if _v is not None:
            _d["invoice_date_determination_type"] = None if _v is _t.NULL else _v
        _v = self.invoice_grace_period
        if _v is not None:
            _d["invoice_grace_period"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.invoice_extra_open_period
        if _v is not None:
            _d["invoice_extra_open_period"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.footnote
        if _v is not None:
            _d["footnote"] = None if _v is _t.NULL else _v
        _v = self.add_zero_meter_value_invoice_lines
        if _v is not None:
            _d["add_zero_meter_value_invoice_lines"] = None if _v is _t.NULL else _v
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
            _key = "invoice_number_configuration"
            _v = _d.get("invoice_number_configuration")
            _obj.invoice_number_configuration = (
                None if _v is None else (_models.DocumentNumberConfiguration.from_dict(_v))
            )
            _key = "credit_invoice_number_configuration"
            _v = _d.get("credit_invoice_number_configuration")
            _obj.credit_invoice_number_configuration = (
                None if _v is None else (_models.DocumentNumberConfiguration.from_dict(_v))
            )
            _key = "self_billing_invoice_number_configuration"
            _v = _d.get("self_billing_invoice_number_configuration")
            _obj.self_billing_invoice_number_configuration = (
                None if _v is None else (_models.DocumentNumberConfiguration.from_dict(_v))
            )
            _key = "self_billing_credit_invoice_number_configuration"
            _v = _d.get("self_billing_credit_invoice_number_configuration")
            _obj.self_billing_credit_invoice_number_configuration = (
                None if _v is None else (_models.DocumentNumberConfiguration.from_dict(_v))
            )
            _key = "send_by_email"
            _v = _d.get("send_by_email")
            _obj.send_by_email = None if _v is None else (_models.DocumentActionSettings.from_dict(_v))
            _key = "export_to_erp"
            _v = _d.get("export_to_erp")
            _obj.export_to_erp = None if _v is None else (_models.DocumentActionSettings.from_dict(_v))
            _key = "invoice_date_determination_type"
            _v = _d.get("invoice_date_determination_type")
            _obj.invoice_date_determination_type = (
                None
                if _v is None
                else (
                    (
                        _e_invoice_settings_invoice_date_determination_type.BY_VALUE.get(_v)
                        or InvoiceSettingsInvoiceDateDeterminationType(_v)
                    )
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "invoice_grace_period"
            _v = _d.get("invoice_grace_period")
            _obj.invoice_grace_period = None if _v is None else (_models.InvoiceGracePeriod.from_dict(_v))
            _key = "invoice_extra_open_period"
            _v = _d.get("invoice_extra_open_period")
            _obj.invoice_extra_open_period = None if _v is None else (_models.InvoiceExtraOpenPeriod.from_dict(_v))
            _key = "footnote"
            _v = _d.get("footnote")
            _obj.footnote = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "add_zero_meter_value_invoice_lines"
            _v = _d.get("add_zero_meter_value_invoice_lines")
            _obj.add_zero_meter_value_invoice_lines = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
