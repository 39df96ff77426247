from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_indexing_target_request import CreateIndexingTargetRequest
    from ..models.indexing_settings import IndexingSettings


T = TypeVar("T", bound="CopyPricingPlanScheduleRequest")


@_attrs_define
class CopyPricingPlanScheduleRequest:
    """
    Attributes:
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | None | Unset):
        indexing_settings (IndexingSettings | Unset):
        pricings (list[CreateIndexingTargetRequest] | None | Unset):
        pricing_items (list[CreateIndexingTargetRequest] | None | Unset):
        pricing_item_configs (list[CreateIndexingTargetRequest] | None | Unset):
        realign_invoice_date_to_pricing_plan_schedule_start_at (bool | None | Unset):
    """

    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    indexing_settings: IndexingSettings | Unset = UNSET
    pricings: list[CreateIndexingTargetRequest] | None | Unset = UNSET
    pricing_items: list[CreateIndexingTargetRequest] | None | Unset = UNSET
    pricing_item_configs: list[CreateIndexingTargetRequest] | None | Unset = UNSET
    realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        indexing_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexing_settings, Unset):
            indexing_settings = self.indexing_settings.to_dict()

        pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricings, Unset):
            pricings = UNSET
        elif isinstance(self.pricings, list):
            pricings = []
            for pricings_type_0_item_data in self.pricings:
                pricings_type_0_item = pricings_type_0_item_data.to_dict()
                pricings.append(pricings_type_0_item)

        else:
            pricings = self.pricings

        pricing_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_items, Unset):
            pricing_items = UNSET
        elif isinstance(self.pricing_items, list):
            pricing_items = []
            for pricing_items_type_0_item_data in self.pricing_items:
                pricing_items_type_0_item = pricing_items_type_0_item_data.to_dict()
                pricing_items.append(pricing_items_type_0_item)

        else:
            pricing_items = self.pricing_items

        pricing_item_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_item_configs, Unset):
            pricing_item_configs = UNSET
        elif isinstance(self.pricing_item_configs, list):
            pricing_item_configs = []
            for pricing_item_configs_type_0_item_data in self.pricing_item_configs:
                pricing_item_configs_type_0_item = pricing_item_configs_type_0_item_data.to_dict()
                pricing_item_configs.append(pricing_item_configs_type_0_item)

        else:
            pricing_item_configs = self.pricing_item_configs

        realign_invoice_date_to_pricing_plan_schedule_start_at: bool | None | Unset
        if isinstance(self.realign_invoice_date_to_pricing_plan_schedule_start_at, Unset):
            realign_invoice_date_to_pricing_plan_schedule_start_at = UNSET
        else:
            realign_invoice_date_to_pricing_plan_schedule_start_at = (
                self.realign_invoice_date_to_pricing_plan_schedule_start_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if indexing_settings is not UNSET:
            field_dict["indexing_settings"] = indexing_settings
        if pricings is not UNSET:
            field_dict["pricings"] = pricings
        if pricing_items is not UNSET:
            field_dict["pricing_items"] = pricing_items
        if pricing_item_configs is not UNSET:
            field_dict["pricing_item_configs"] = pricing_item_configs
        if realign_invoice_date_to_pricing_plan_schedule_start_at is not UNSET:
            field_dict["realign_invoice_date_to_pricing_plan_schedule_start_at"] = (
                realign_invoice_date_to_pricing_plan_schedule_start_at
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_indexing_target_request import CreateIndexingTargetRequest
        from ..models.indexing_settings import IndexingSettings

        d = dict(src_dict)
        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_at = _parse_end_at(d.pop("end_at", UNSET))

        _indexing_settings = d.pop("indexing_settings", UNSET)
        indexing_settings: IndexingSettings | Unset
        if isinstance(_indexing_settings, Unset):
            indexing_settings = UNSET
        else:
            indexing_settings = IndexingSettings.from_dict(_indexing_settings)

        def _parse_pricings(data: object) -> list[CreateIndexingTargetRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricings_type_0 = []
                _pricings_type_0 = data
                for pricings_type_0_item_data in _pricings_type_0:
                    pricings_type_0_item = CreateIndexingTargetRequest.from_dict(pricings_type_0_item_data)

                    pricings_type_0.append(pricings_type_0_item)

                return pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateIndexingTargetRequest] | None | Unset, data)

        pricings = _parse_pricings(d.pop("pricings", UNSET))

        def _parse_pricing_items(data: object) -> list[CreateIndexingTargetRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_items_type_0 = []
                _pricing_items_type_0 = data
                for pricing_items_type_0_item_data in _pricing_items_type_0:
                    pricing_items_type_0_item = CreateIndexingTargetRequest.from_dict(pricing_items_type_0_item_data)

                    pricing_items_type_0.append(pricing_items_type_0_item)

                return pricing_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateIndexingTargetRequest] | None | Unset, data)

        pricing_items = _parse_pricing_items(d.pop("pricing_items", UNSET))

        def _parse_pricing_item_configs(data: object) -> list[CreateIndexingTargetRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_item_configs_type_0 = []
                _pricing_item_configs_type_0 = data
                for pricing_item_configs_type_0_item_data in _pricing_item_configs_type_0:
                    pricing_item_configs_type_0_item = CreateIndexingTargetRequest.from_dict(
                        pricing_item_configs_type_0_item_data
                    )

                    pricing_item_configs_type_0.append(pricing_item_configs_type_0_item)

                return pricing_item_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateIndexingTargetRequest] | None | Unset, data)

        pricing_item_configs = _parse_pricing_item_configs(d.pop("pricing_item_configs", UNSET))

        def _parse_realign_invoice_date_to_pricing_plan_schedule_start_at(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        realign_invoice_date_to_pricing_plan_schedule_start_at = (
            _parse_realign_invoice_date_to_pricing_plan_schedule_start_at(
                d.pop("realign_invoice_date_to_pricing_plan_schedule_start_at", UNSET)
            )
        )

        copy_pricing_plan_schedule_request = cls(
            start_at=start_at,
            end_at=end_at,
            indexing_settings=indexing_settings,
            pricings=pricings,
            pricing_items=pricing_items,
            pricing_item_configs=pricing_item_configs,
            realign_invoice_date_to_pricing_plan_schedule_start_at=realign_invoice_date_to_pricing_plan_schedule_start_at,
        )

        copy_pricing_plan_schedule_request.additional_properties = d
        return copy_pricing_plan_schedule_request

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
