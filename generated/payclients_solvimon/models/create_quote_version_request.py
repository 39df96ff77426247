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

from ..models import quote_version_status as _e_quote_version_status
from ..models.quote_version_status import QuoteVersionStatus

if TYPE_CHECKING:
    from ..models.portal_url_link import PortalUrlLink
    from ..models.pricing_plan_subscription_info import PricingPlanSubscriptionInfo
    from ..models.quote_version_action import QuoteVersionAction
    from ..models.quote_version_content import QuoteVersionContent
    from ..models.quote_version_invoices_info import QuoteVersionInvoicesInfo
    from ..models.quote_version_recipient_data import QuoteVersionRecipientData


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class CreateQuoteVersionRequest:
    """CreateQuoteVersionRequest

    Attributes:
        quote_id (str):
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        expires_at (datetime.datetime | None):
        version (int | None):
        pricing_plan_subscription_info (PricingPlanSubscriptionInfo | None):
        content (QuoteVersionContent | None):
        status (QuoteVersionStatus | None):
        actions (list[QuoteVersionAction] | None):
        link (PortalUrlLink | None):
        internal_notes (list[str] | None):
        notes (list[str] | None):
        approval_request_id (str | None):
        recipients (list[QuoteVersionRecipientData] | None):
        invoices_info (QuoteVersionInvoicesInfo | None):
    """

    _FIELDS = (
        "quote_id",
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "expires_at",
        "version",
        "pricing_plan_subscription_info",
        "content",
        "status",
        "actions",
        "link",
        "internal_notes",
        "notes",
        "approval_request_id",
        "recipients",
        "invoices_info",
    )
    _KEYS_IN_ORDER = (
        "quote_id",
        "object_type",
        "id",
        "created_at",
        "updated_at",
        "expires_at",
        "version",
        "pricing_plan_subscription_info",
        "content",
        "status",
        "actions",
        "link",
        "internal_notes",
        "notes",
        "approval_request_id",
        "recipients",
        "invoices_info",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    quote_id: str
    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    updated_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    expires_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    version: int | None = None
    pricing_plan_subscription_info: PricingPlanSubscriptionInfo | None = None
    content: QuoteVersionContent | None = None
    status: QuoteVersionStatus | None = _attrs_field(default=None, converter=_e_quote_version_status.coerce_optional)
    actions: list[QuoteVersionAction] | None = None
    link: PortalUrlLink | None = None
    internal_notes: list[str] | None = None
    notes: list[str] | None = None
    approval_request_id: str | None = None
    recipients: list[QuoteVersionRecipientData] | None = None
    invoices_info: QuoteVersionInvoicesInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _d["quote_id"] = self.quote_id
        _v = self.object_type
        if _v is not None:
            _d["object_type"] = None if _v is _t.NULL else _v
        _v = self.id
        if _v is not None:
            _d["id"] = None if _v is _t.NULL else _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.expires_at
        if _v is not None:
            _d["expires_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.version
        if _v is not None:
            _d["version"] = _v
        _v = self.pricing_plan_subscription_info
        if _v is not None:
            _d["pricing_plan_subscription_info"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.content
        if _v is not None:
            _d["content"] = _v.to_dict()
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.actions
        if _v is not None:
            _d["actions"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.link
        if _v is not None:
            _d["link"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.internal_notes
        if _v is not None:
            _d["internal_notes"] = None if _v is _t.NULL else list(_v)
        _v = self.notes
        if _v is not None:
            _d["notes"] = None if _v is _t.NULL else list(_v)
        _v = self.approval_request_id
        if _v is not None:
            _d["approval_request_id"] = None if _v is _t.NULL else _v
        _v = self.recipients
        if _v is not None:
            _d["recipients"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.invoices_info
        if _v is not None:
            _d["invoices_info"] = None if _v is _t.NULL else _v.to_dict()
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
            _v = _d.get("quote_id")
            if _v is None:
                _t.missing(_d, "quote_id")
            _obj.quote_id = _v if type(_v) is str else _t.wrong("string", _v)
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("updated_at")
            _obj.updated_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("expires_at")
            _obj.expires_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("version")
            _obj.version = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _v = _d.get("pricing_plan_subscription_info")
            _obj.pricing_plan_subscription_info = (
                None if _v is None else (_models.PricingPlanSubscriptionInfo.from_dict(_v))
            )
            _v = _d.get("content")
            _obj.content = None if _v is None else (_models.QuoteVersionContent.from_dict(_v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_quote_version_status.BY_VALUE.get(_v) or QuoteVersionStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("actions")
            _obj.actions = None if _v is None else (_t.list_of(_v, _models.QuoteVersionAction.from_dict))
            _v = _d.get("link")
            _obj.link = None if _v is None else (_models.PortalUrlLink.from_dict(_v))
            _v = _d.get("internal_notes")
            _obj.internal_notes = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("notes")
            _obj.notes = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("approval_request_id")
            _obj.approval_request_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("recipients")
            _obj.recipients = None if _v is None else (_t.list_of(_v, _models.QuoteVersionRecipientData.from_dict))
            _v = _d.get("invoices_info")
            _obj.invoices_info = None if _v is None else (_models.QuoteVersionInvoicesInfo.from_dict(_v))
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
