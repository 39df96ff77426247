from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import resource_status as _e_resource_status
from ..models.resource_status import ResourceStatus

if TYPE_CHECKING:
    from ..models.billing_period_settings import BillingPeriodSettings
    from ..models.credit_type import CreditType
    from ..models.pricing_category import PricingCategory
    from ..models.pricing_currency_settings import PricingCurrencySettings
    from ..models.pricing_plan import PricingPlan
    from ..models.rate_card import RateCard


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingPlanVersion:
    """PricingPlanVersion

    Attributes:
        object_type (str | None):
        id (str | None):
        pricing_plan_id (str | None):
        pricing_plan (PricingPlan | None):
        version (int | None):
        status (ResourceStatus | None):
        pricing_currency_settings (PricingCurrencySettings | None):
        billing_period_settings (BillingPeriodSettings | None):
        copied_from_pricing_plan_version_id (str | None):
        pricing_categories (list[PricingCategory] | None):
        credit_types (list[CreditType] | None):
        rate_card (RateCard | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "pricing_plan_id",
        "pricing_plan",
        "version",
        "status",
        "pricing_currency_settings",
        "billing_period_settings",
        "copied_from_pricing_plan_version_id",
        "pricing_categories",
        "credit_types",
        "rate_card",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "pricing_plan_id",
            "pricing_plan",
            "version",
            "status",
            "pricing_currency_settings",
            "billing_period_settings",
            "copied_from_pricing_plan_version_id",
            "pricing_categories",
            "credit_types",
            "rate_card",
        )
    )

    object_type: str | None = None
    id: str | None = None
    pricing_plan_id: str | None = None
    pricing_plan: PricingPlan | None = None
    version: int | None = None
    status: ResourceStatus | None = _attrs_field(default=None, converter=_e_resource_status.coerce_optional)
    pricing_currency_settings: PricingCurrencySettings | None = None
    billing_period_settings: BillingPeriodSettings | None = None
    copied_from_pricing_plan_version_id: str | None = None
    pricing_categories: list[PricingCategory] | None = None
    credit_types: list[CreditType] | None = None
    rate_card: RateCard | None = None
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
        _v = self.pricing_plan_id
        if _v is not None:
            _d["pricing_plan_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_plan
        if _v is not None:
            _d["pricing_plan"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.version
        if _v is not None:
            _d["version"] = None if _v is _t.NULL else _v
        _v = self.status
        if _v is not None:
            _d["status"] = None if _v is _t.NULL else _v
        _v = self.pricing_currency_settings
        if _v is not None:
            _d["pricing_currency_settings"] = _v.to_dict()
        _v = self.billing_period_settings
        if _v is not None:
            _d["billing_period_settings"] = _v.to_dict()
        _v = self.copied_from_pricing_plan_version_id
        if _v is not None:
            _d["copied_from_pricing_plan_version_id"] = None if _v is _t.NULL else _v
        _v = self.pricing_categories
        if _v is not None:
            _d["pricing_categories"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.credit_types
        if _v is not None:
            _d["credit_types"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.rate_card
        if _v is not None:
            _d["rate_card"] = _v.to_dict()
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
            _key = "object_type"
            _v = _d.get("object_type")
            _obj.object_type = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "id"
            _v = _d.get("id")
            _obj.id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_plan_id"
            _v = _d.get("pricing_plan_id")
            _obj.pricing_plan_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_plan"
            _v = _d.get("pricing_plan")
            _obj.pricing_plan = None if _v is None else (_models.PricingPlan.from_dict(_v))
            _key = "version"
            _v = _d.get("version")
            _obj.version = None if _v is None else (_v if type(_v) is int else _t.integer(_v))
            _key = "status"
            _v = _d.get("status")
            _obj.status = (
                None
                if _v is None
                else (
                    (_e_resource_status.BY_VALUE.get(_v) or ResourceStatus(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "pricing_currency_settings"
            _v = _d.get("pricing_currency_settings")
            _obj.pricing_currency_settings = None if _v is None else (_models.PricingCurrencySettings.from_dict(_v))
            _key = "billing_period_settings"
            _v = _d.get("billing_period_settings")
            _obj.billing_period_settings = None if _v is None else (_models.BillingPeriodSettings.from_dict(_v))
            _key = "copied_from_pricing_plan_version_id"
            _v = _d.get("copied_from_pricing_plan_version_id")
            _obj.copied_from_pricing_plan_version_id = (
                None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "pricing_categories"
            _v = _d.get("pricing_categories")
            _obj.pricing_categories = None if _v is None else (_t.list_of(_v, _models.PricingCategory.from_dict))
            _key = "credit_types"
            _v = _d.get("credit_types")
            _obj.credit_types = None if _v is None else (_t.list_of(_v, _models.CreditType.from_dict))
            _key = "rate_card"
            _v = _d.get("rate_card")
            _obj.rate_card = None if _v is None else (_models.RateCard.from_dict(_v))
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
