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

from ..models import customer_status as _e_customer_status
from ..models import customer_type as _e_customer_type
from ..models.customer_role import CustomerRole
from ..models.customer_status import CustomerStatus
from ..models.customer_type import CustomerType

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.customer_seller_details import CustomerSellerDetails
    from ..models.individual import Individual
    from ..models.linked_integration import LinkedIntegration
    from ..models.notification_preference import NotificationPreference
    from ..models.organization import Organization
    from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class EmbeddedCustomerRequest:
    """EmbeddedCustomerRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        created_at (datetime.datetime | None):
        parent_customer_id (str | None):
        parent_customer_ids (list[str] | None):
        reference (str | None):
        status (CustomerStatus | None):
        timezone (str | None):
        type_ (CustomerType | None): Whether a customer is an organisation or a person.
        email (str | None):
        notification_preferences (list[NotificationPreference] | None):
        locale (str | None):
        individual (Individual | None): Details of a customer who is a person.
        organization (Organization | None): Details of a customer that is an organisation.
        custom_fields (list[CustomFieldValue] | None):
        processing_only (bool | None):
        pricing_plan_subscription_selector (PricingPlanSubscriptionSelector | None): Rules that pick the pricing plan subscription for a customer.
        linked_integrations (list[LinkedIntegration] | None):
        roles (list[CustomerRole] | None):
        seller_details (CustomerSellerDetails | None): Settings for a customer that also sells.
    """

    _FIELDS = (
        "object_type",
        "id",
        "created_at",
        "parent_customer_id",
        "parent_customer_ids",
        "reference",
        "status",
        "timezone",
        "type_",
        "email",
        "notification_preferences",
        "locale",
        "individual",
        "organization",
        "custom_fields",
        "processing_only",
        "pricing_plan_subscription_selector",
        "linked_integrations",
        "roles",
        "seller_details",
    )
    _KEYS_IN_ORDER = (
        "object_type",
        "id",
        "created_at",
        "parent_customer_id",
        "parent_customer_ids",
        "reference",
        "status",
        "timezone",
        "type",
        "email",
        "notification_preferences",
        "locale",
        "individual",
        "organization",
        "custom_fields",
        "processing_only",
        "pricing_plan_subscription_selector",
        "linked_integrations",
        "roles",
        "seller_details",
    )
    _KEYS = frozenset(_KEYS_IN_ORDER)

    object_type: str | None = None
    id: str | None = None
    created_at: datetime.datetime | None = _attrs_field(default=None, converter=_t.to_datetime_or_none)
    parent_customer_id: str | None = None
    parent_customer_ids: list[str] | None = None
    reference: str | None = None
    status: CustomerStatus | None = _attrs_field(default=None, converter=_e_customer_status.coerce_optional)
    timezone: str | None = None
    type_: CustomerType | None = _attrs_field(default=None, converter=_e_customer_type.coerce_optional)
    email: str | None = None
    notification_preferences: list[NotificationPreference] | None = None
    locale: str | None = None
    individual: Individual | None = None
    organization: Organization | None = None
    custom_fields: list[CustomFieldValue] | None = None
    processing_only: bool | None = None
    pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | None = None
    linked_integrations: list[LinkedIntegration] | None = None
    roles: list[CustomerRole] | None = None
    seller_details: CustomerSellerDetails | None = None
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
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = None if _v is _t.NULL else _t.iso(_v)
        _v = self.parent_customer_id
        if _v is not None:
            _d["parent_customer_id"] = None if _v is _t.NULL else _v
        _v = self.parent_customer_ids
        if _v is not None:
            _d["parent_customer_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.timezone
        if _v is not None:
            _d["timezone"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.notification_preferences
        if _v is not None:
            _d["notification_preferences"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.locale
        if _v is not None:
            _d["locale"] = None if _v is _t.NULL else _v
        _v = self.individual
        if _v is not None:
            _d["individual"] = _v.to_dict()
        _v = self.organization
        if _v is not None:
            _d["organization"] = _v.to_dict()
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.processing_only
        if _v is not None:
            _d["processing_only"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan_subscription_selector
        if _v is not None:
            _d["pricing_plan_subscription_selector"] = _v.to_dict()
        _v = self.linked_integrations
        if _v is not None:
            _d["linked_integrations"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.roles
        if _v is not None:
            _d["roles"] = None if _v is _t.NULL else _t.dump(_v)
        _v = self.seller_details
        if _v is not None:
            _d["seller_details"] = _v.to_dict()
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
            _v = _d.get("created_at")
            _obj.created_at = None if _v is None else (_t.date_time(_v))
            _v = _d.get("parent_customer_id")
            _obj.parent_customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("parent_customer_ids")
            _obj.parent_customer_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_customer_status.BY_VALUE.get(_v) or CustomerStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("timezone")
            _obj.timezone = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_customer_type.BY_VALUE.get(_v) or CustomerType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _v = _d.get("email")
            _obj.email = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("notification_preferences")
            _obj.notification_preferences = (
                None if _v is None else (_t.list_of(_v, _models.NotificationPreference.from_dict))
            )
            _v = _d.get("locale")
            _obj.locale = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _v = _d.get("individual")
            _obj.individual = None if _v is None else (_models.Individual.from_dict(_v))
            _v = _d.get("organization")
            _obj.organization = None if _v is None else (_models.Organization.from_dict(_v))
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
            _v = _d.get("processing_only")
            _obj.processing_only = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _v = _d.get("pricing_plan_subscription_selector")
            _obj.pricing_plan_subscription_selector = (
                None if _v is None else (_models.PricingPlanSubscriptionSelector.from_dict(_v))
            )
            _v = _d.get("linked_integrations")
            _obj.linked_integrations = None if _v is None else (_t.list_of(_v, _models.LinkedIntegration.from_dict))
            _v = _d.get("roles")
            _obj.roles = None if _v is None else (_t.list_of(_v, _t.enum_parser(CustomerRole, str)))
            _v = _d.get("seller_details")
            _obj.seller_details = None if _v is None else (_models.CustomerSellerDetails.from_dict(_v))
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
