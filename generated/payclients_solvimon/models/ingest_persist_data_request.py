from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_data_period import ChargeDataPeriod
    from ..models.meter_data_meter_value import MeterDataMeterValue
    from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector


T = TypeVar("T", bound="IngestPersistDataRequest")


@_attrs_define
class IngestPersistDataRequest:
    """
    Attributes:
        customer_id (None | str):
        pricing_id (str):
        pricing_item_id (str):
        pricing_item_config_id (str):
        pricing_plan_subscription_id (None | str):
        object_type (None | str | Unset):
        id (None | str | Unset):
        customer_reference (None | str | Unset):
        pricing_plan_subscription_reference (None | str | Unset):
        pricing_plan_subscription_selector (PricingPlanSubscriptionSelector | Unset): Rules that pick the pricing plan
            subscription for a customer.
        reference (None | str | Unset):
        period (ChargeDataPeriod | Unset):
        persist_usage (None | str | Unset):
        persist_included_volume (None | str | Unset):
        persist_charged_volume (bool | None | Unset):
        persist_rollover_volume (bool | None | Unset):
        set_rollover_volume (bool | None | Unset):
        included_volume (MeterDataMeterValue | Unset):
        timestamp (datetime.datetime | None | Unset):
        reprocess_id (str | Unset):
        is_last_reprocess_item (bool | Unset):
    """

    customer_id: None | str
    pricing_id: str
    pricing_item_id: str
    pricing_item_config_id: str
    pricing_plan_subscription_id: None | str
    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    pricing_plan_subscription_reference: None | str | Unset = UNSET
    pricing_plan_subscription_selector: PricingPlanSubscriptionSelector | Unset = UNSET
    reference: None | str | Unset = UNSET
    period: ChargeDataPeriod | Unset = UNSET
    persist_usage: None | str | Unset = UNSET
    persist_included_volume: None | str | Unset = UNSET
    persist_charged_volume: bool | None | Unset = UNSET
    persist_rollover_volume: bool | None | Unset = UNSET
    set_rollover_volume: bool | None | Unset = UNSET
    included_volume: MeterDataMeterValue | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    reprocess_id: str | Unset = UNSET
    is_last_reprocess_item: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        pricing_id = self.pricing_id

        pricing_item_id = self.pricing_item_id

        pricing_item_config_id = self.pricing_item_config_id

        pricing_plan_subscription_id: None | str
        pricing_plan_subscription_id = self.pricing_plan_subscription_id

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

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        pricing_plan_subscription_reference: None | str | Unset
        if isinstance(self.pricing_plan_subscription_reference, Unset):
            pricing_plan_subscription_reference = UNSET
        else:
            pricing_plan_subscription_reference = self.pricing_plan_subscription_reference

        pricing_plan_subscription_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_plan_subscription_selector, Unset):
            pricing_plan_subscription_selector = self.pricing_plan_subscription_selector.to_dict()

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        persist_usage: None | str | Unset
        if isinstance(self.persist_usage, Unset):
            persist_usage = UNSET
        else:
            persist_usage = self.persist_usage

        persist_included_volume: None | str | Unset
        if isinstance(self.persist_included_volume, Unset):
            persist_included_volume = UNSET
        else:
            persist_included_volume = self.persist_included_volume

        persist_charged_volume: bool | None | Unset
        if isinstance(self.persist_charged_volume, Unset):
            persist_charged_volume = UNSET
        else:
            persist_charged_volume = self.persist_charged_volume

        persist_rollover_volume: bool | None | Unset
        if isinstance(self.persist_rollover_volume, Unset):
            persist_rollover_volume = UNSET
        else:
            persist_rollover_volume = self.persist_rollover_volume

        set_rollover_volume: bool | None | Unset
        if isinstance(self.set_rollover_volume, Unset):
            set_rollover_volume = UNSET
        else:
            set_rollover_volume = self.set_rollover_volume

        included_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included_volume, Unset):
            included_volume = self.included_volume.to_dict()

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        reprocess_id = self.reprocess_id

        is_last_reprocess_item = self.is_last_reprocess_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "pricing_id": pricing_id,
                "pricing_item_id": pricing_item_id,
                "pricing_item_config_id": pricing_item_config_id,
                "pricing_plan_subscription_id": pricing_plan_subscription_id,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if pricing_plan_subscription_reference is not UNSET:
            field_dict["pricing_plan_subscription_reference"] = pricing_plan_subscription_reference
        if pricing_plan_subscription_selector is not UNSET:
            field_dict["pricing_plan_subscription_selector"] = pricing_plan_subscription_selector
        if reference is not UNSET:
            field_dict["reference"] = reference
        if period is not UNSET:
            field_dict["period"] = period
        if persist_usage is not UNSET:
            field_dict["persist_usage"] = persist_usage
        if persist_included_volume is not UNSET:
            field_dict["persist_included_volume"] = persist_included_volume
        if persist_charged_volume is not UNSET:
            field_dict["persist_charged_volume"] = persist_charged_volume
        if persist_rollover_volume is not UNSET:
            field_dict["persist_rollover_volume"] = persist_rollover_volume
        if set_rollover_volume is not UNSET:
            field_dict["set_rollover_volume"] = set_rollover_volume
        if included_volume is not UNSET:
            field_dict["included_volume"] = included_volume
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reprocess_id is not UNSET:
            field_dict["reprocess_id"] = reprocess_id
        if is_last_reprocess_item is not UNSET:
            field_dict["is_last_reprocess_item"] = is_last_reprocess_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_data_period import ChargeDataPeriod
        from ..models.meter_data_meter_value import MeterDataMeterValue
        from ..models.pricing_plan_subscription_selector import PricingPlanSubscriptionSelector

        d = dict(src_dict)

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        pricing_id = d.pop("pricing_id")

        pricing_item_id = d.pop("pricing_item_id")

        pricing_item_config_id = d.pop("pricing_item_config_id")

        def _parse_pricing_plan_subscription_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id"))

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

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(d.pop("customer_reference", UNSET))

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        _period = d.pop("period", UNSET)
        period: ChargeDataPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = ChargeDataPeriod.from_dict(_period)

        def _parse_persist_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persist_usage = _parse_persist_usage(d.pop("persist_usage", UNSET))

        def _parse_persist_included_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persist_included_volume = _parse_persist_included_volume(d.pop("persist_included_volume", UNSET))

        def _parse_persist_charged_volume(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        persist_charged_volume = _parse_persist_charged_volume(d.pop("persist_charged_volume", UNSET))

        def _parse_persist_rollover_volume(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        persist_rollover_volume = _parse_persist_rollover_volume(d.pop("persist_rollover_volume", UNSET))

        def _parse_set_rollover_volume(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        set_rollover_volume = _parse_set_rollover_volume(d.pop("set_rollover_volume", UNSET))

        _included_volume = d.pop("included_volume", UNSET)
        included_volume: MeterDataMeterValue | Unset
        if isinstance(_included_volume, Unset):
            included_volume = UNSET
        else:
            included_volume = MeterDataMeterValue.from_dict(_included_volume)

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

        reprocess_id = d.pop("reprocess_id", UNSET)

        is_last_reprocess_item = d.pop("is_last_reprocess_item", UNSET)

        ingest_persist_data_request = cls(
            customer_id=customer_id,
            pricing_id=pricing_id,
            pricing_item_id=pricing_item_id,
            pricing_item_config_id=pricing_item_config_id,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
            object_type=object_type,
            id=id,
            customer_reference=customer_reference,
            pricing_plan_subscription_reference=pricing_plan_subscription_reference,
            pricing_plan_subscription_selector=pricing_plan_subscription_selector,
            reference=reference,
            period=period,
            persist_usage=persist_usage,
            persist_included_volume=persist_included_volume,
            persist_charged_volume=persist_charged_volume,
            persist_rollover_volume=persist_rollover_volume,
            set_rollover_volume=set_rollover_volume,
            included_volume=included_volume,
            timestamp=timestamp,
            reprocess_id=reprocess_id,
            is_last_reprocess_item=is_last_reprocess_item,
        )

        ingest_persist_data_request.additional_properties = d
        return ingest_persist_data_request

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
