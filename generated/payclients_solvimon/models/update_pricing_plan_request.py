from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t
from ..models import invoice_pricing_amount_type as _e_invoice_pricing_amount_type
from ..models import pricing_plan_type as _e_pricing_plan_type
from ..models import pricing_plan_variant as _e_pricing_plan_variant
from ..models.currency import Currency
from ..models.invoice_pricing_amount_type import InvoicePricingAmountType
from ..models.pricing_plan_type import PricingPlanType
from ..models.pricing_plan_variant import PricingPlanVariant

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.pricing_plan_version_info import PricingPlanVersionInfo
    from ..models.selection_rule import SelectionRule


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class UpdatePricingPlanRequest:
    """UpdatePricingPlanRequest

    Attributes:
        object_type (str | None):
        id (str | None):
        reference (str | None):
        name (str | None):
        description (str | None):
        customer_id (str | None):
        type_ (PricingPlanType | None):
        amount_type (InvoicePricingAmountType | None): Whether the prices on an invoice exclude or include tax.
        pricing_plan_version_infos (list[PricingPlanVersionInfo] | None):
        pricing_plan_selection_rules (list[SelectionRule] | None):
        pricing_currencies (list[Currency] | None):
        variant (PricingPlanVariant | None):
        custom_fields (list[CustomFieldValue] | None):
    """

    _FIELDS = (
        "object_type",
        "id",
        "reference",
        "name",
        "description",
        "customer_id",
        "type_",
        "amount_type",
        "pricing_plan_version_infos",
        "pricing_plan_selection_rules",
        "pricing_currencies",
        "variant",
        "custom_fields",
    )
    _KEYS = frozenset(
        (
            "object_type",
            "id",
            "reference",
            "name",
            "description",
            "customer_id",
            "type",
            "amount_type",
            "pricing_plan_version_infos",
            "pricing_plan_selection_rules",
            "pricing_currencies",
            "variant",
            "custom_fields",
        )
    )

    object_type: str | None = None
    id: str | None = None
    reference: str | None = None
    name: str | None = None
    description: str | None = None
    customer_id: str | None = None
    type_: PricingPlanType | None = _attrs_field(default=None, converter=_e_pricing_plan_type.coerce_optional)
    amount_type: InvoicePricingAmountType | None = _attrs_field(
        default=None, converter=_e_invoice_pricing_amount_type.coerce_optional
    )
    pricing_plan_version_infos: list[PricingPlanVersionInfo] | None = None
    pricing_plan_selection_rules: list[SelectionRule] | None = None
    pricing_currencies: list[Currency] | None = None
    variant: PricingPlanVariant | None = _attrs_field(default=None, converter=_e_pricing_plan_variant.coerce_optional)
    custom_fields: list[CustomFieldValue] | None = None
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
        _v = self.reference
        if _v is not None:
            _d["reference"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = None if _v is _t.NULL else _v
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.customer_id
        if _v is not None:
            _d["customer_id"] = None if _v is _t.NULL else _v
        _v = self.type_
        if _v is not None:
            _d["type"] = None if _v is _t.NULL else _v
        _v = self.amount_type
        if _v is not None:
            _d["amount_type"] = _v
        _v = self.pricing_plan_version_infos
        if _v is not None:
            _d["pricing_plan_version_infos"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_plan_selection_rules
        if _v is not None:
            _d["pricing_plan_selection_rules"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.pricing_currencies
        if _v is not None:
            _d["pricing_currencies"] = None if _v is _t.NULL else _t.dump(_v)
        _v = self.variant
        if _v is not None:
            _d["variant"] = None if _v is _t.NULL else _v
        _v = self.custom_fields
        if _v is not None:
            _d["custom_fields"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
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
            _key = "reference"
            _v = _d.get("reference")
            _obj.reference = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "name"
            _v = _d.get("name")
            _obj.name = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "customer_id"
            _v = _d.get("customer_id")
            _obj.customer_id = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "type"
            _v = _d.get("type")
            _obj.type_ = (
                None
                if _v is None
                else (
                    (_e_pricing_plan_type.BY_VALUE.get(_v) or PricingPlanType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "amount_type"
            _v = _d.get("amount_type")
            _obj.amount_type = (
                None
                if _v is None
                else (
                    (_e_invoice_pricing_amount_type.BY_VALUE.get(_v) or InvoicePricingAmountType(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "pricing_plan_version_infos"
            _v = _d.get("pricing_plan_version_infos")
            _obj.pricing_plan_version_infos = (
                None if _v is None else (_t.list_of(_v, _models.PricingPlanVersionInfo.from_dict))
            )
            _key = "pricing_plan_selection_rules"
            _v = _d.get("pricing_plan_selection_rules")
            _obj.pricing_plan_selection_rules = (
                None if _v is None else (_t.list_of(_v, _models.SelectionRule.from_dict))
            )
            _key = "pricing_currencies"
            _v = _d.get("pricing_currencies")
            _obj.pricing_currencies = None if _v is None else (_t.list_of(_v, _t.enum_parser(Currency, str)))
            _key = "variant"
            _v = _d.get("variant")
            _obj.variant = (
                None
                if _v is None
                else (
                    (_e_pricing_plan_variant.BY_VALUE.get(_v) or PricingPlanVariant(_v))
                    if type(_v) is str
                    else _t.wrong("string", _v)
                )
            )
            _key = "custom_fields"
            _v = _d.get("custom_fields")
            _obj.custom_fields = None if _v is None else (_t.list_of(_v, _models.CustomFieldValue.from_dict))
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
