from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

_new = object.__new__

from ..models import currency as _e_currency
from ..models import tax_category as _e_tax_category
from ..models.currency import Currency
from ..models.tax_category import TaxCategory

if TYPE_CHECKING:
    from ..models.branding import Branding
    from ..models.crm_integrations import CrmIntegrations
    from ..models.default_portal_url_settings import DefaultPortalUrlSettings
    from ..models.invoice_settings import InvoiceSettings
    from ..models.platform_pricing_plan_subscription_settings import PlatformPricingPlanSubscriptionSettings
    from ..models.processing_settings import ProcessingSettings
    from ..models.quote_settings import QuoteSettings
    from ..models.reprocessing_settings import ReprocessingSettings
    from ..models.rounding_setting import RoundingSetting


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class Platform:
    """Platform

    Attributes:
        object_type (str | None):
        created_at (datetime.datetime | None):
        id (str | None):
        reference (str | None):
        status (str | None):
        timezone (str | None):
        description (str | None):
        entity_id (str | None):
        default_billing_entity_id (str | None):
        default_product_tax_category (TaxCategory | None): Tax treatment of a product.
        account_group_id (str | None):
        default_pricing_plan_subscription_settings (PlatformPricingPlanSubscriptionSettings | None):
        crm_integrations (CrmIntegrations | None):
        branding (Branding | None):
        invoice_settings (InvoiceSettings | None):
        reporting_currency (Currency | None): ISO 4217 currency code.
        default_pricing_currency (Currency | None): ISO 4217 currency code.
        quote_settings (QuoteSettings | None):
        rounding_settings (list[RoundingSetting] | None):
        reprocessing_settings (ReprocessingSettings | None):
        processing_settings (ProcessingSettings | None):
        default_portal_url_settings (DefaultPortalUrlSettings | None):
    """

    _FIELDS = (
        "object_type",
        "created_at",
        "id",
        "reference",
        "status",
        "timezone",
        "description",
        "entity_id",
        "default_billing_entity_id",
        "default_product_tax_category",
        "account_group_id",
        "default_pricing_plan_subscription_settings",
        "crm_integrations",
        "branding",
        "invoice_settings",
        "reporting_currency",
        "default_pricing_currency",
        "quote_settings",
        "rounding_settings",
        "reprocessing_settings",
        "processing_settings",
        "default_portal_url_settings",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "created_at",
        "id",
        "reference",
        "status",
        "timezone",
        "description",
        "entity_id",
        "default_billing_entity_id",
        "default_product_tax_category",
        "account_group_id",
        "default_pricing_plan_subscription_settings",
        "crm_integrations",
        "branding",
        "invoice_settings",
        "reporting_currency",
        "default_pricing_currency",
        "quote_settings",
        "rounding_settings",
        "reprocessing_settings",
        "processing_settings",
        "default_portal_url_settings",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    id: str | None = None
    reference: str | None = None
    status: str | None = None
    timezone: str | None = None
    description: str | None = None
    entity_id: str | None = None
    default_billing_entity_id: str | None = None
    default_product_tax_category: TaxCategory | None = _attrs_field(
        default=None, converter=_e_tax_category.coerce_optional
    )
    account_group_id: str | None = None
    default_pricing_plan_subscription_settings: PlatformPricingPlanSubscriptionSettings | None = None
    crm_integrations: CrmIntegrations | None = None
    branding: Branding | None = None
    invoice_settings: InvoiceSettings | None = None
    reporting_currency: Currency | None = _attrs_field(default=None, converter=_e_currency.coerce_optional)
    default_pricing_currency: Currency | None = _attrs_field(default=None, converter=_e_currency.coerce_optional)
    quote_settings: QuoteSettings | None = None
    rounding_settings: list[RoundingSetting] | None = None
    reprocessing_settings: ReprocessingSettings | None = None
    processing_settings: ProcessingSettings | None = None
    default_portal_url_settings: DefaultPortalUrlSettings | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.timezone
        if _v is not None:
            _d["timezone"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.entity_id
        if _v is not None:
            _d["entity_id"] = None if _v is _t.NULL else _v
        _v = self.default_billing_entity_id
        if _v is not None:
            _d["default_billing_entity_id"] = None if _v is _t.NULL else _v
        _v = self.default_product_tax_category
        if _v is not None:
            _d["default_product_tax_category"] = _v
        _v = self.account_group_id
        if _v is not None:
            _d["account_group_id"] = _v
        _v = self.default_pricing_plan_subscription_settings
        if _v is not None:
            _d["default_pricing_plan_subscription_settings"] = _v.to_dict()
        _v = self.crm_integrations
        if _v is not None:
            _d["crm_integrations"] = _v.to_dict()
        _v = self.branding
        if _v is not None:
            _d["branding"] = _v.to_dict()
        _v = self.invoice_settings
        if _v is not None:
            _d["invoice_settings"] = _v.to_dict()
        _v = self.reporting_currency
        if _v is not None:
            _d["reporting_currency"] = _v
        _v = self.default_pricing_currency
        if _v is not None:
            _d["default_pricing_currency"] = _v
        _v = self.quote_settings
        if _v is not None:
            _d["quote_settings"] = _v.to_dict()
        _v = self.rounding_settings
        if _v is not None:
            _d["rounding_settings"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.reprocessing_settings
        if _v is not None:
            _d["reprocessing_settings"] = _v.to_dict()
        _v = self.processing_settings
        if _v is not None:
            _d["processing_settings"] = _v.to_dict()
        _v = self.default_portal_url_settings
        if _v is not None:
            _d["default_portal_url_settings"] = _v.to_dict()
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
        _obj = _new(_cls)
        try:
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("timezone")
            _obj.timezone = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("entity_id")
            _obj.entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("default_billing_entity_id")
            _obj.default_billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("default_product_tax_category")
            _obj.default_product_tax_category = (
                None
                if _v is None
                else (
                    (_e_tax_category.BY_VALUE.get(_v) or TaxCategory(_v)) if type(_v) is str else _t.wrong("string", _v)
                )
            )
            _v = _d.get("account_group_id")
            _obj.account_group_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("default_pricing_plan_subscription_settings")
            _obj.default_pricing_plan_subscription_settings = (
                None if _v is None else (_models.PlatformPricingPlanSubscriptionSettings.from_dict(_v))
            )
            _v = _d.get("crm_integrations")
            _obj.crm_integrations = None if _v is None else (_models.CrmIntegrations.from_dict(_v))
            _v = _d.get("branding")
            _obj.branding = None if _v is None else (_models.Branding.from_dict(_v))
            _v = _d.get("invoice_settings")
            _obj.invoice_settings = None if _v is None else (_models.InvoiceSettings.from_dict(_v))
            _v = _d.get("reporting_currency")
            _obj.reporting_currency = (
                None
                if _v is None
                else ((_e_currency.BY_VALUE.get(_v) or Currency(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("default_pricing_currency")
            _obj.default_pricing_currency = (
                None
                if _v is None
                else ((_e_currency.BY_VALUE.get(_v) or Currency(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _v = _d.get("quote_settings")
            _obj.quote_settings = None if _v is None else (_models.QuoteSettings.from_dict(_v))
            _v = _d.get("rounding_settings")
            _obj.rounding_settings = None if _v is None else (_t.list_of(_v, _models.RoundingSetting.from_dict))
            _v = _d.get("reprocessing_settings")
            _obj.reprocessing_settings = None if _v is None else (_models.ReprocessingSettings.from_dict(_v))
            _v = _d.get("processing_settings")
            _obj.processing_settings = None if _v is None else (_models.ProcessingSettings.from_dict(_v))
            _v = _d.get("default_portal_url_settings")
            _obj.default_portal_url_settings = None if _v is None else (_models.DefaultPortalUrlSettings.from_dict(_v))
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            # The fields are read in order: the first one not yet set on _obj is the one that failed.
            _key = _t.failed_key(_obj, _cls._FIELDS, _cls._KEYS_IN_ORDER)
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
