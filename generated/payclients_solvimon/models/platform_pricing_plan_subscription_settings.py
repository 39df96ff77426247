from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import currency as _e_currency
from ..models import pricing_plan_subscription_billing_time as _e_pricing_plan_subscription_billing_time
from ..models.currency import Currency
from ..models.pricing_plan_subscription_billing_time import PricingPlanSubscriptionBillingTime

if TYPE_CHECKING:
    from ..models.due_date import DueDate
    from ..models.period import Period


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PlatformPricingPlanSubscriptionSettings:
    """PlatformPricingPlanSubscriptionSettings

    Attributes:
        billing_entity_id (str | None):
        due_date_configuration (DueDate | None):
        billing_period (Period | None): A length of time, such as 1 MONTH.
        billing_currency (Currency | None): ISO 4217 currency code.
        billing_time (PricingPlanSubscriptionBillingTime | None):
        combine (bool | None):
        init_invoice_on_hold (bool | None):
        payment_acceptor_ids (list[str] | None):
        display_invoice_sub_lines_per_processing_only_customer (bool | None):
        replicate_meter_data_ingest_to_parent (bool | None):
        initial_term (Period | None): A length of time, such as 1 MONTH.
        renewal_term (Period | None): A length of time, such as 1 MONTH.
        auto_renewal (bool | None):
    """

    _FIELDS = (
        "billing_entity_id",
        "due_date_configuration",
        "billing_period",
        "billing_currency",
        "billing_time",
        "combine",
        "init_invoice_on_hold",
        "payment_acceptor_ids",
        "display_invoice_sub_lines_per_processing_only_customer",
        "replicate_meter_data_ingest_to_parent",
        "initial_term",
        "renewal_term",
        "auto_renewal",
    )
    _KEYS = frozenset(
        (
            "billing_entity_id",
            "due_date_configuration",
            "billing_period",
            "billing_currency",
            "billing_time",
            "combine",
            "init_invoice_on_hold",
            "payment_acceptor_ids",
            "display_invoice_sub_lines_per_processing_only_customer",
            "replicate_meter_data_ingest_to_parent",
            "initial_term",
            "renewal_term",
            "auto_renewal",
        )
    )

    billing_entity_id: str | None = None
    due_date_configuration: DueDate | None = None
    billing_period: Period | None = None
    billing_currency: Currency | None = _attrs_field(default=None, converter=_e_currency.coerce_optional)
    billing_time: PricingPlanSubscriptionBillingTime | None = _attrs_field(
        default=None, converter=_e_pricing_plan_subscription_billing_time.coerce_optional
    )
    combine: bool | None = None
    init_invoice_on_hold: bool | None = None
    payment_acceptor_ids: list[str] | None = None
    display_invoice_sub_lines_per_processing_only_customer: bool | None = None
    replicate_meter_data_ingest_to_parent: bool | None = None
    initial_term: Period | None = None
    renewal_term: Period | None = None
    auto_renewal: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.billing_entity_id
        if _v is not None:
            _d["billing_entity_id"] = None if _v is _t.NULL else _v
        _v = self.due_date_configuration
        if _v is not None:
            _d["due_date_configuration"] = _v.to_dict()
        _v = self.billing_period
        if _v is not None:
            _d["billing_period"] = _v.to_dict()
        _v = self.billing_currency
        if _v is not None:
            _d["billing_currency"] = _v
        _v = self.billing_time
        if _v is not None:
            _d["billing_time"] = None if _v is _t.NULL else _v
        _v = self.combine
        if _v is not None:
            _d["combine"] = None if _v is _t.NULL else _v
        _v = self.init_invoice_on_hold
        if _v is not None:
            _d["init_invoice_on_hold"] = _v
        _v = self.payment_acceptor_ids
        if _v is not None:
            _d["payment_acceptor_ids"] = None if _v is _t.NULL else list(_v)
        _v = self.display_invoice_sub_lines_per_processing_only_customer
        if _v is not None:
            _d["display_invoice_sub_lines_per_processing_only_customer"] = None if _v is _t.NULL else _v
        _v = self.replicate_meter_data_ingest_to_parent
        if _v is not None:
            _d["replicate_meter_data_ingest_to_parent"] = None if _v is _t.NULL else _v
        _v = self.initial_term
        if _v is not None:
            _d["initial_term"] = _v.to_dict()
        _v = self.renewal_term
        if _v is not None:
            _d["renewal_term"] = _v.to_dict()
        _v = self.auto_renewal
        if _v is not None:
            _d["auto_renewal"] = None if _v is _t.NULL else _v
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
            _key = "billing_entity_id"
            _v = _d.get("billing_entity_id")
            _obj.billing_entity_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "due_date_configuration"
            _v = _d.get("due_date_configuration")
            _obj.due_date_configuration = None if _v is None else (_models.DueDate.from_dict(_v))
            _key = "billing_period"
            _v = _d.get("billing_period")
            _obj.billing_period = None if _v is None else (_models.Period.from_dict(_v))
            _key = "billing_currency"
            _v = _d.get("billing_currency")
            _obj.billing_currency = (
                None
                if _v is None
                else ((_e_currency.BY_VALUE.get(_v) or Currency(_v)) if type(_v) is str else _t.wrong("string", _v))
            )
            _key = "billing_time"
            _v = _d.get("billing_time")
            _obj.billing_time = (
                None
                if _v is None
                else (
                    (
                        _e_pricing_plan_subscription_billing_time.BY_VALUE.get(_v)
                        or PricingPlanSubscriptionBillingTime(_v)
                    )
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "combine"
            _v = _d.get("combine")
            _obj.combine = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "init_invoice_on_hold"
            _v = _d.get("init_invoice_on_hold")
            _obj.init_invoice_on_hold = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            _key = "payment_acceptor_ids"
            _v = _d.get("payment_acceptor_ids")
            _obj.payment_acceptor_ids = None if _v is None else (_t.list_of(_v, _t.string))
            _key = "display_invoice_sub_lines_per_processing_only_customer"
            _v = _d.get("display_invoice_sub_lines_per_processing_only_customer")
            _obj.display_invoice_sub_lines_per_processing_only_customer = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _key = "replicate_meter_data_ingest_to_parent"
            _v = _d.get("replicate_meter_data_ingest_to_parent")
            _obj.replicate_meter_data_ingest_to_parent = (
                None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
            )
            _key = "initial_term"
            _v = _d.get("initial_term")
            _obj.initial_term = None if _v is None else (_models.Period.from_dict(_v))
            _key = "renewal_term"
            _v = _d.get("renewal_term")
            _obj.renewal_term = None if _v is None else (_models.Period.from_dict(_v))
            _key = "auto_renewal"
            _v = _d.get("auto_renewal")
            _obj.auto_renewal = None if _v is None else (_v if type(_v) is bool else _t.wrong("boolean", _v))
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
