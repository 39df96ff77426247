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

from ..models import portal_url_status as _e_portal_url_status
from ..models import portal_url_type as _e_portal_url_type
from ..models.portal_url_status import PortalUrlStatus
from ..models.portal_url_type import PortalUrlType

if TYPE_CHECKING:
    from ..models.customer_portal_url import CustomerPortalUrl
    from ..models.init_pricing_plan_subscription_portal_url import InitPricingPlanSubscriptionPortalUrl
    from ..models.invoice_portal_url import InvoicePortalUrl
    from ..models.period import Period
    from ..models.portal_url_widgets import PortalUrlWidgets
    from ..models.quote_version_portal_url import QuoteVersionPortalUrl


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdatePortalUrlRequest:
    """UpdatePortalUrlRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        type_ (PortalUrlType | None):
        customer_id (str | None):
        status (PortalUrlStatus | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        expiry_period (Period | None): A length of time, such as 1 MONTH.
        expires_at (datetime.datetime | None):
        embedded (bool | None):
        template_id (str | None):
        token (str | None):
        url (str | None):
        widgets (PortalUrlWidgets | None):
        invoice (InvoicePortalUrl | None):
        customer (CustomerPortalUrl | None):
        quote_version (QuoteVersionPortalUrl | None):
        init_pricing_plan_subscription (InitPricingPlanSubscriptionPortalUrl | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "type_",
        "customer_id",
        "status",
        "created_at",
        "updated_at",
        "expiry_period",
        "expires_at",
        "embedded",
        "template_id",
        "token",
        "url",
        "widgets",
        "invoice",
        "customer",
        "quote_version",
        "init_pricing_plan_subscription",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "type",
        "customer_id",
        "status",
        "created_at",
        "updated_at",
        "expiry_period",
        "expires_at",
        "embedded",
        "template_id",
        "token",
        "url",
        "widgets",
        "invoice",
        "customer",
        "quote_version",
        "init_pricing_plan_subscription",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    type_: PortalUrlType | None = _attrs_field(default=None, converter=_e_portal_url_type.coerce_optional)
    customer_id: str | None = None
    status: PortalUrlStatus | None = _attrs_field(default=None, converter=_e_portal_url_status.coerce_optional)
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    expiry_period: Period | None = None
    expires_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    embedded: bool | None = None
    template_id: str | None = None
    token: str | None = None
    url: str | None = None
    widgets: PortalUrlWidgets | None = None
    invoice: InvoicePortalUrl | None = None
    customer: CustomerPortalUrl | None = None
    quote_version: QuoteVersionPortalUrl | None = None
    init_pricing_plan_subscription: InitPricingPlanSubscriptionPortalUrl | None = None
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
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.expiry_period
        if _v is not None:
            _d["expiry_period"] = _v.to_dict()
        _v = self.expires_at
        if _v is not None:
            _d["expires_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.embedded
        if _v is not None:
            _d["embedded"] = None if _v is _t.NULL else _v
        _v = self.template_id
        if _v is not None:
            _d["template_id"] = None if _v is _t.NULL else _v
        _v = self.token
        if _v is not None:
            _d["token"] = None if _v is _t.NULL else _v
        _v = self.url
        if _v is not None:
            _d["url"] = None if _v is _t.NULL else _v
        _v = self.widgets
        if _v is not None:
            _d["widgets"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.invoice
        if _v is not None:
            _d["invoice"] = _v.to_dict()
        _v = self.customer
        if _v is not None:
            _d["customer"] = _v.to_dict()
        _v = self.quote_version
        if _v is not None:
            _d["quote_version"] = _v.to_dict()
        _v = self.init_pricing_plan_subscription
        if _v is not None:
            _d["init_pricing_plan_subscription"] = _v.to_dict()
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
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_portal_url_type.BY_VALUE.get(_v) or PortalUrlType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_portal_url_status.BY_VALUE.get(_v) or PortalUrlStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("expiry_period")
            _obj.expiry_period = None if _v is None else (_models.Period.from_dict(_v))
            _v = _d.get("expires_at")
            _obj.expires_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("embedded")
            _obj.embedded = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("template_id")
            _obj.template_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("token")
            _obj.token = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("url")
            _obj.url = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("widgets")
            _obj.widgets = None if _v is None else (_models.PortalUrlWidgets.from_dict(_v))
            _v = _d.get("invoice")
            _obj.invoice = None if _v is None else (_models.InvoicePortalUrl.from_dict(_v))
            _v = _d.get("customer")
            _obj.customer = None if _v is None else (_models.CustomerPortalUrl.from_dict(_v))
            _v = _d.get("quote_version")
            _obj.quote_version = None if _v is None else (_models.QuoteVersionPortalUrl.from_dict(_v))
            _v = _d.get("init_pricing_plan_subscription")
            _obj.init_pricing_plan_subscription = (
                None if _v is None else (_models.InitPricingPlanSubscriptionPortalUrl.from_dict(_v))
            )
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
