from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.event_trace_link import EventTraceLink
    from ..models.meter_data import MeterData


T = TypeVar("T", bound="EventTrace")


@_attrs_define
class EventTrace:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        meter_data_id (str | Unset):
        meter_data (MeterData | None | Unset):
        customer_id (str | Unset):
        customer (Customer | None | Unset):
        ingest_time (str | Unset):
        received_time (str | Unset):
        processed_time (str | Unset):
        links (list[EventTraceLink] | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    meter_data_id: str | Unset = UNSET
    meter_data: MeterData | None | Unset = UNSET
    customer_id: str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    ingest_time: str | Unset = UNSET
    received_time: str | Unset = UNSET
    processed_time: str | Unset = UNSET
    links: list[EventTraceLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer
        from ..models.meter_data import MeterData

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

        meter_data_id = self.meter_data_id

        meter_data: dict[str, Any] | None | Unset
        if isinstance(self.meter_data, Unset):
            meter_data = UNSET
        elif isinstance(self.meter_data, MeterData):
            meter_data = self.meter_data.to_dict()
        else:
            meter_data = self.meter_data

        customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        ingest_time = self.ingest_time

        received_time = self.received_time

        processed_time = self.processed_time

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if meter_data_id is not UNSET:
            field_dict["meter_data_id"] = meter_data_id
        if meter_data is not UNSET:
            field_dict["meter_data"] = meter_data
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if ingest_time is not UNSET:
            field_dict["ingest_time"] = ingest_time
        if received_time is not UNSET:
            field_dict["received_time"] = received_time
        if processed_time is not UNSET:
            field_dict["processed_time"] = processed_time
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.event_trace_link import EventTraceLink
        from ..models.meter_data import MeterData

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

        meter_data_id = d.pop("meter_data_id", UNSET)

        def _parse_meter_data(data: object) -> MeterData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_data_type_0 = MeterData.from_dict(data)

                return meter_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterData | None | Unset, data)

        meter_data = _parse_meter_data(d.pop("meter_data", UNSET))

        customer_id = d.pop("customer_id", UNSET)

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        ingest_time = d.pop("ingest_time", UNSET)

        received_time = d.pop("received_time", UNSET)

        processed_time = d.pop("processed_time", UNSET)

        _links = d.pop("links", UNSET)
        links: list[EventTraceLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = EventTraceLink.from_dict(links_item_data)

                links.append(links_item)

        event_trace = cls(
            object_type=object_type,
            id=id,
            meter_data_id=meter_data_id,
            meter_data=meter_data,
            customer_id=customer_id,
            customer=customer,
            ingest_time=ingest_time,
            received_time=received_time,
            processed_time=processed_time,
            links=links,
        )

        event_trace.additional_properties = d
        return event_trace

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
