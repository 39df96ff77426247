from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

if TYPE_CHECKING:
    from ..models.emv_additional_data_field import EmvAdditionalDataField
    from ..models.emv_merchant_account_information import EmvMerchantAccountInformation
    from ..models.emv_unreserved_template import EmvUnreservedTemplate


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EmvData:
    """EmvData

    Attributes:
        payload_format_indicator (str | None):
        point_of_initiation_method (str | None):
        merchant_account_information_pix (EmvMerchantAccountInformation | None):
        merchant_category_code (str | None):
        transaction_currency (str | None):
        transaction_amount (Decimal | None): Amount in reais as written in the code.
        country_code (str | None):
        merchant_name (str | None):
        merchant_city (str | None):
        additional_data_field_template (EmvAdditionalDataField | None):
        unreserved_templates (EmvUnreservedTemplate | None):
        crc (str | None):
    """

    _FIELDS = (
        "payload_format_indicator",
        "point_of_initiation_method",
        "merchant_account_information_pix",
        "merchant_category_code",
        "transaction_currency",
        "transaction_amount",
        "country_code",
        "merchant_name",
        "merchant_city",
        "additional_data_field_template",
        "unreserved_templates",
        "crc",
    )
    _KEYS = frozenset(
        (
            "payloadFormatIndicator",
            "pointOfInitiationMethod",
            "merchantAccountInformationPix",
            "merchantCategoryCode",
            "transactionCurrency",
            "transactionAmount",
            "countryCode",
            "merchantName",
            "merchantCity",
            "additionalDataFieldTemplate",
            "unreservedTemplates",
            "crc",
        )
    )

    payload_format_indicator: str | None = None
    point_of_initiation_method: str | None = None
    merchant_account_information_pix: EmvMerchantAccountInformation | None = None
    merchant_category_code: str | None = None
    transaction_currency: str | None = None
    transaction_amount: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    country_code: str | None = None
    merchant_name: str | None = None
    merchant_city: str | None = None
    additional_data_field_template: EmvAdditionalDataField | None = None
    unreserved_templates: EmvUnreservedTemplate | None = None
    crc: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.payload_format_indicator
        if _v is not None:
            _d["payloadFormatIndicator"] = _v
        _v = self.point_of_initiation_method
        if _v is not None:
            _d["pointOfInitiationMethod"] = _v
        _v = self.merchant_account_information_pix
        if _v is not None:
            _d["merchantAccountInformationPix"] = _v.to_dict()
        _v = self.merchant_category_code
        if _v is not None:
            _d["merchantCategoryCode"] = _v
        _v = self.transaction_currency
        if _v is not None:
            _d["transactionCurrency"] = _v
        _v = self.transaction_amount
        if _v is not None:
            _d["transactionAmount"] = _t.decimal_text(_v)
        _v = self.country_code
        if _v is not None:
            _d["countryCode"] = _v
        _v = self.merchant_name
        if _v is not None:
            _d["merchantName"] = _v
        _v = self.merchant_city
        if _v is not None:
            _d["merchantCity"] = _v
        _v = self.additional_data_field_template
        if _v is not None:
            _d["additionalDataFieldTemplate"] = _v.to_dict()
        _v = self.unreserved_templates
        if _v is not None:
            _d["unreservedTemplates"] = _v.to_dict()
        _v = self.crc
        if _v is not None:
            _d["crc"] = _v
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
            _key = "payloadFormatIndicator"
            _v = _d.get("payloadFormatIndicator")
            _obj.payload_format_indicator = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pointOfInitiationMethod"
            _v = _d.get("pointOfInitiationMethod")
            _obj.point_of_initiation_method = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "merchantAccountInformationPix"
            _v = _d.get("merchantAccountInformationPix")
            _obj.merchant_account_information_pix = (
                None if _v is None else (_models.EmvMerchantAccountInformation.from_dict(_v))
            )
            _key = "merchantCategoryCode"
            _v = _d.get("merchantCategoryCode")
            _obj.merchant_category_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "transactionCurrency"
            _v = _d.get("transactionCurrency")
            _obj.transaction_currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "transactionAmount"
            _v = _d.get("transactionAmount")
            _obj.transaction_amount = None if _v is None else (_t.decimal(_v))
            _key = "countryCode"
            _v = _d.get("countryCode")
            _obj.country_code = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "merchantName"
            _v = _d.get("merchantName")
            _obj.merchant_name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "merchantCity"
            _v = _d.get("merchantCity")
            _obj.merchant_city = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "additionalDataFieldTemplate"
            _v = _d.get("additionalDataFieldTemplate")
            _obj.additional_data_field_template = None if _v is None else (_models.EmvAdditionalDataField.from_dict(_v))
            _key = "unreservedTemplates"
            _v = _d.get("unreservedTemplates")
            _obj.unreserved_templates = None if _v is None else (_models.EmvUnreservedTemplate.from_dict(_v))
            _key = "crc"
            _v = _d.get("crc")
            _obj.crc = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
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
