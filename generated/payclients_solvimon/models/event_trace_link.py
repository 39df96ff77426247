from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.meter_value_calculation import MeterValueCalculation
    from ..models.pricing_plan_subscription import PricingPlanSubscription
    from ..models.product_item import ProductItem


T = TypeVar("T", bound="EventTraceLink")


@_attrs_define
class EventTraceLink:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        meter_value_calculation_ids (list[str] | Unset):
        meter_value_calculations (list[MeterValueCalculation] | None | Unset):
        product_item_ids (list[str] | Unset):
        product_items (list[ProductItem] | None | Unset):
        pricing_plan_subscription_id (str | Unset):
        pricing_plan_subscription (None | PricingPlanSubscription | Unset):
        pricing_item_config_id (None | str | Unset):
        invoice_id (str | Unset):
        invoice (Invoice | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    meter_value_calculation_ids: list[str] | Unset = UNSET
    meter_value_calculations: list[MeterValueCalculation] | None | Unset = UNSET
    product_item_ids: list[str] | Unset = UNSET
    product_items: list[ProductItem] | None | Unset = UNSET
    pricing_plan_subscription_id: str | Unset = UNSET
    pricing_plan_subscription: None | PricingPlanSubscription | Unset = UNSET
    pricing_item_config_id: None | str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice: Invoice | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice import Invoice
        from ..models.pricing_plan_subscription import PricingPlanSubscription

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        meter_value_calculation_ids: list[str] | Unset = UNSET
        if not isinstance(self.meter_value_calculation_ids, Unset):
            meter_value_calculation_ids = self.meter_value_calculation_ids

        meter_value_calculations: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_value_calculations, Unset):
            meter_value_calculations = UNSET
        elif isinstance(self.meter_value_calculations, list):
            meter_value_calculations = []
            for meter_value_calculations_type_0_item_data in self.meter_value_calculations:
                meter_value_calculations_type_0_item = meter_value_calculations_type_0_item_data.to_dict()
                meter_value_calculations.append(meter_value_calculations_type_0_item)

        else:
            meter_value_calculations = self.meter_value_calculations

        product_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_item_ids, Unset):
            product_item_ids = self.product_item_ids

        product_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_items, Unset):
            product_items = UNSET
        elif isinstance(self.product_items, list):
            product_items = []
            for product_items_type_0_item_data in self.product_items:
                product_items_type_0_item = product_items_type_0_item_data.to_dict()
                product_items.append(product_items_type_0_item)

        else:
            product_items = self.product_items

        pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_subscription: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan_subscription, Unset):
            pricing_plan_subscription = UNSET
        elif isinstance(self.pricing_plan_subscription, PricingPlanSubscription):
            pricing_plan_subscription = self.pricing_plan_subscription.to_dict()
        else:
            pricing_plan_subscription = self.pricing_plan_subscription

        pricing_item_config_id: None | str | Unset
        if isinstance(self.pricing_item_config_id, Unset):
            pricing_item_config_id = UNSET
        else:
            pricing_item_config_id = self.pricing_item_config_id

        invoice_id = self.invoice_id

        invoice: dict[str, Any] | None | Unset
        if isinstance(self.invoice, Unset):
            invoice = UNSET
        elif isinstance(self.invoice, Invoice):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if meter_value_calculation_ids is not UNSET:
            field_dict["meter_value_calculation_ids"] = meter_value_calculation_ids
        if meter_value_calculations is not UNSET:
            field_dict["meter_value_calculations"] = meter_value_calculations
        if product_item_ids is not UNSET:
            field_dict["product_item_ids"] = product_item_ids
        if product_items is not UNSET:
            field_dict["product_items"] = product_items
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_subscription is not UNSET:
            field_dict["pricing_plan_subscription"] = pricing_plan_subscription
        if pricing_item_config_id is not UNSET:
            field_dict["pricing_item_config_id"] = pricing_item_config_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice import Invoice
        from ..models.meter_value_calculation import MeterValueCalculation
        from ..models.pricing_plan_subscription import PricingPlanSubscription
        from ..models.product_item import ProductItem

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        meter_value_calculation_ids = cast(list[str], d.pop("meter_value_calculation_ids", UNSET))

        def _parse_meter_value_calculations(data: object) -> list[MeterValueCalculation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_value_calculations_type_0 = []
                _meter_value_calculations_type_0 = data
                for meter_value_calculations_type_0_item_data in _meter_value_calculations_type_0:
                    meter_value_calculations_type_0_item = MeterValueCalculation.from_dict(
                        meter_value_calculations_type_0_item_data
                    )

                    meter_value_calculations_type_0.append(meter_value_calculations_type_0_item)

                return meter_value_calculations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterValueCalculation] | None | Unset, data)

        meter_value_calculations = _parse_meter_value_calculations(d.pop("meter_value_calculations", UNSET))

        product_item_ids = cast(list[str], d.pop("product_item_ids", UNSET))

        def _parse_product_items(data: object) -> list[ProductItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_items_type_0 = []
                _product_items_type_0 = data
                for product_items_type_0_item_data in _product_items_type_0:
                    product_items_type_0_item = ProductItem.from_dict(product_items_type_0_item_data)

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductItem] | None | Unset, data)

        product_items = _parse_product_items(d.pop("product_items", UNSET))

        pricing_plan_subscription_id = d.pop("pricing_plan_subscription_id", UNSET)

        def _parse_pricing_plan_subscription(data: object) -> None | PricingPlanSubscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_subscription_type_0 = PricingPlanSubscription.from_dict(data)

                return pricing_plan_subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscription | Unset, data)

        pricing_plan_subscription = _parse_pricing_plan_subscription(d.pop("pricing_plan_subscription", UNSET))

        def _parse_pricing_item_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_item_config_id = _parse_pricing_item_config_id(d.pop("pricing_item_config_id", UNSET))

        invoice_id = d.pop("invoice_id", UNSET)

        def _parse_invoice(data: object) -> Invoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_0 = Invoice.from_dict(data)

                return invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Invoice | None | Unset, data)

        invoice = _parse_invoice(d.pop("invoice", UNSET))

        event_trace_link = cls(
            object_type=object_type,
            id=id,
            meter_value_calculation_ids=meter_value_calculation_ids,
            meter_value_calculations=meter_value_calculations,
            product_item_ids=product_item_ids,
            product_items=product_items,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_subscription=pricing_plan_subscription,
            pricing_item_config_id=pricing_item_config_id,
            invoice_id=invoice_id,
            invoice=invoice,
        )

        event_trace_link.additional_properties = d
        return event_trace_link

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
