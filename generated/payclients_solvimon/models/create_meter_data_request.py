from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meter_data_type import MeterDataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_prediction import CostPrediction
    from ..models.embedded_customer_request import EmbeddedCustomerRequest
    from ..models.meter_data_meter_property import MeterDataMeterProperty
    from ..models.meter_data_meter_value import MeterDataMeterValue
    from ..models.meter_data_processed_details import MeterDataProcessedDetails
    from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector


T = TypeVar("T", bound="CreateMeterDataRequest")


@_attrs_define
class CreateMeterDataRequest:
    """
    Attributes:
        reference (None | str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        type_ (MeterDataType | None | Unset):
        customer_id (None | str | Unset):
        customer_reference (None | str | Unset):
        customer (EmbeddedCustomerRequest | None | Unset):
        meter_id (None | str | Unset):
        meter_reference (None | str | Unset):
        pricing_plan_subscription_id (None | str | Unset):
        pricing_plan_subscription_reference (None | str | Unset):
        pricing_plan_subscription_selector (PricingPlanSubscriptionSelector | Unset): Rules that pick the pricing plan
            subscription for a customer.
        timestamp (datetime.datetime | None | Unset):
        created_at (None | str | Unset):
        meter_properties (list[MeterDataMeterProperty] | None | Unset):
        meter_values (list[MeterDataMeterValue] | None | Unset):
        cost_prediction (CostPrediction | None | Unset):
        processed_details (MeterDataProcessedDetails | None | Unset):
        deleted (bool | None | Unset):
    """

    reference: None | str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    type_: MeterDataType | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    customer: EmbeddedCustomerRequest | None | Unset = UNSET
    meter_id: None | str | Unset = UNSET
    meter_reference: None | str | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    pricing_plan_subscription_reference: None | str | Unset = UNSET
    pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    meter_properties: list[MeterDataMeterProperty] | None | Unset = UNSET
    meter_values: list[MeterDataMeterValue] | None | Unset = UNSET
    cost_prediction: CostPrediction | None | Unset = UNSET
    processed_details: MeterDataProcessedDetails | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_prediction import CostPrediction
        from ..models.embedded_customer_request import EmbeddedCustomerRequest
        from ..models.meter_data_processed_details import MeterDataProcessedDetails

        reference: None | str
        reference = self.reference

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MeterDataType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, EmbeddedCustomerRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        meter_id: None | str | Unset
        if isinstance(self.meter_id, Unset):
            meter_id = UNSET
        else:
            meter_id = self.meter_id

        meter_reference: None | str | Unset
        if isinstance(self.meter_reference, Unset):
            meter_reference = UNSET
        else:
            meter_reference = self.meter_reference

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        pricing_plan_subscription_reference: None | str | Unset
        if isinstance(self.pricing_plan_subscription_reference, Unset):
            pricing_plan_subscription_reference = UNSET
        else:
            pricing_plan_subscription_reference = self.pricing_plan_subscription_reference

        pricing_plan_subscription_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription_selector, Unset):
            pricing_plan_subscription_selector = self.pricing_plan_subscription_selector.to_dict()

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        meter_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_properties, Unset):
            meter_properties = UNSET
        elif isinstance(self.meter_properties, list):
            meter_properties = []
            for meter_properties_type_0_item_data in self.meter_properties:
                meter_properties_type_0_item = meter_properties_type_0_item_data.to_dict()
                meter_properties.append(meter_properties_type_0_item)

        else:
            meter_properties = self.meter_properties

        meter_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.meter_values, Unset):
            meter_values = UNSET
        elif isinstance(self.meter_values, list):
            meter_values = []
            for meter_values_type_0_item_data in self.meter_values:
                meter_values_type_0_item = meter_values_type_0_item_data.to_dict()
                meter_values.append(meter_values_type_0_item)

        else:
            meter_values = self.meter_values

        cost_prediction: dict[str, Any] | None | Unset
        if isinstance(self.cost_prediction, Unset):
            cost_prediction = UNSET
        elif isinstance(self.cost_prediction, CostPrediction):
            cost_prediction = self.cost_prediction.to_dict()
        else:
            cost_prediction = self.cost_prediction

        processed_details: dict[str, Any] | None | Unset
        if isinstance(self.processed_details, Unset):
            processed_details = UNSET
        elif isinstance(self.processed_details, MeterDataProcessedDetails):
            processed_details = self.processed_details.to_dict()
        else:
            processed_details = self.processed_details

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if customer is not UNSET:
            field_dict["customer"] = customer
        if meter_id is not UNSET:
            field_dict["meter_id"] = meter_id
        if meter_reference is not UNSET:
            field_dict["meter_reference"] = meter_reference
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id
        if pricing_plan_subscription_reference is not UNSET:
            field_dict["pricing_plan_subscription_reference"] = pricing_plan_subscription_reference
        if pricing_plan_subscription_selector is not UNSET:
            field_dict["pricing_plan_subscription_selector"] = pricing_plan_subscription_selector
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if meter_properties is not UNSET:
            field_dict["meter_properties"] = meter_properties
        if meter_values is not UNSET:
            field_dict["meter_values"] = meter_values
        if cost_prediction is not UNSET:
            field_dict["cost_prediction"] = cost_prediction
        if processed_details is not UNSET:
            field_dict["processed_details"] = processed_details
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_prediction import CostPrediction
        from ..models.embedded_customer_request import EmbeddedCustomerRequest
        from ..models.meter_data_meter_property import MeterDataMeterProperty
        from ..models.meter_data_meter_value import MeterDataMeterValue
        from ..models.meter_data_processed_details import MeterDataProcessedDetails
        from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector

        d = dict(src_dict)

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

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

        def _parse_type_(data: object) -> MeterDataType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = MeterDataType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterDataType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(d.pop("customer_reference", UNSET))

        def _parse_customer(data: object) -> EmbeddedCustomerRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = EmbeddedCustomerRequest.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddedCustomerRequest | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_meter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_id = _parse_meter_id(d.pop("meter_id", UNSET))

        def _parse_meter_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_reference = _parse_meter_reference(d.pop("meter_reference", UNSET))

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        def _parse_pricing_plan_subscription_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_reference = _parse_pricing_plan_subscription_reference(
            d.pop("pricing_plan_subscription_reference", UNSET)
        )

        _pricing_plan_subscription_selector = d.pop("pricing_plan_subscription_selector", UNSET)
        pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | Unset
        if isinstance(_pricing_plan_subscription_selector, Unset):
            pricing_plan_subscription_selector = UNSET
        else:
            pricing_plan_subscription_selector = PricingPlanSubscriptionSelector.from_dict(
                _pricing_plan_subscription_selector
            )

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_meter_properties(data: object) -> list[MeterDataMeterProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_properties_type_0 = []
                _meter_properties_type_0 = data
                for meter_properties_type_0_item_data in _meter_properties_type_0:
                    meter_properties_type_0_item = MeterDataMeterProperty.from_dict(meter_properties_type_0_item_data)

                    meter_properties_type_0.append(meter_properties_type_0_item)

                return meter_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterDataMeterProperty] | None | Unset, data)

        meter_properties = _parse_meter_properties(d.pop("meter_properties", UNSET))

        def _parse_meter_values(data: object) -> list[MeterDataMeterValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meter_values_type_0 = []
                _meter_values_type_0 = data
                for meter_values_type_0_item_data in _meter_values_type_0:
                    meter_values_type_0_item = MeterDataMeterValue.from_dict(meter_values_type_0_item_data)

                    meter_values_type_0.append(meter_values_type_0_item)

                return meter_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeterDataMeterValue] | None | Unset, data)

        meter_values = _parse_meter_values(d.pop("meter_values", UNSET))

        def _parse_cost_prediction(data: object) -> CostPrediction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_prediction_type_0 = CostPrediction.from_dict(data)

                return cost_prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CostPrediction | None | Unset, data)

        cost_prediction = _parse_cost_prediction(d.pop("cost_prediction", UNSET))

        def _parse_processed_details(data: object) -> MeterDataProcessedDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                processed_details_type_0 = MeterDataProcessedDetails.from_dict(data)

                return processed_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterDataProcessedDetails | None | Unset, data)

        processed_details = _parse_processed_details(d.pop("processed_details", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        create_meter_data_request = cls(
            reference=reference,
            object_type=object_type,
            id=id,
            type_=type_,
            customer_id=customer_id,
            customer_reference=customer_reference,
            customer=customer,
            meter_id=meter_id,
            meter_reference=meter_reference,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            pricing_plan_subscription_reference=pricing_plan_subscription_reference,
            pricing_plan_subscription_selector=pricing_plan_subscription_selector,
            timestamp=timestamp,
            created_at=created_at,
            meter_properties=meter_properties,
            meter_values=meter_values,
            cost_prediction=cost_prediction,
            processed_details=processed_details,
            deleted=deleted,
        )

        create_meter_data_request.additional_properties = d
        return create_meter_data_request

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
