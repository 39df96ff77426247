from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_conditions import MeterConditions
    from ..models.meter_value_calculation import MeterValueCalculation


T = TypeVar("T", bound="ProductItemUsageBased")


@_attrs_define
class ProductItemUsageBased:
    """Metering settings of a usage-based product item.

    Attributes:
        meter_value_calculation_id (None | str | Unset):
        meter_value_calculation (MeterValueCalculation | None | Unset):
        tiering_meter_value_calculation_id (None | str | Unset):
        tiering_meter_value_calculation (MeterValueCalculation | None | Unset):
        report_meter_value_calculation_ids (list[str] | None | Unset):
        conditions (MeterConditions | Unset): Conditions on meter properties.
    """

    meter_value_calculation_id: None | str | Unset = UNSET
    meter_value_calculation: MeterValueCalculation | None | Unset = UNSET
    tiering_meter_value_calculation_id: None | str | Unset = UNSET
    tiering_meter_value_calculation: MeterValueCalculation | None | Unset = UNSET
    report_meter_value_calculation_ids: list[str] | None | Unset = UNSET
    conditions: MeterConditions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meter_value_calculation import MeterValueCalculation

        meter_value_calculation_id: None | str | Unset
        if isinstance(self.meter_value_calculation_id, Unset):
            meter_value_calculation_id = UNSET
        else:
            meter_value_calculation_id = self.meter_value_calculation_id

        meter_value_calculation: dict[str, Any] | None | Unset
        if isinstance(self.meter_value_calculation, Unset):
            meter_value_calculation = UNSET
        elif isinstance(self.meter_value_calculation, MeterValueCalculation):
            meter_value_calculation = self.meter_value_calculation.to_dict()
        else:
            meter_value_calculation = self.meter_value_calculation

        tiering_meter_value_calculation_id: None | str | Unset
        if isinstance(self.tiering_meter_value_calculation_id, Unset):
            tiering_meter_value_calculation_id = UNSET
        else:
            tiering_meter_value_calculation_id = self.tiering_meter_value_calculation_id

        tiering_meter_value_calculation: dict[str, Any] | None | Unset
        if isinstance(self.tiering_meter_value_calculation, Unset):
            tiering_meter_value_calculation = UNSET
        elif isinstance(self.tiering_meter_value_calculation, MeterValueCalculation):
            tiering_meter_value_calculation = self.tiering_meter_value_calculation.to_dict()
        else:
            tiering_meter_value_calculation = self.tiering_meter_value_calculation

        report_meter_value_calculation_ids: list[str] | None | Unset
        if isinstance(self.report_meter_value_calculation_ids, Unset):
            report_meter_value_calculation_ids = UNSET
        elif isinstance(self.report_meter_value_calculation_ids, list):
            report_meter_value_calculation_ids = self.report_meter_value_calculation_ids

        else:
            report_meter_value_calculation_ids = self.report_meter_value_calculation_ids

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meter_value_calculation_id is not UNSET:
            field_dict["meter_value_calculation_id"] = meter_value_calculation_id
        if meter_value_calculation is not UNSET:
            field_dict["meter_value_calculation"] = meter_value_calculation
        if tiering_meter_value_calculation_id is not UNSET:
            field_dict["tiering_meter_value_calculation_id"] = tiering_meter_value_calculation_id
        if tiering_meter_value_calculation is not UNSET:
            field_dict["tiering_meter_value_calculation"] = tiering_meter_value_calculation
        if report_meter_value_calculation_ids is not UNSET:
            field_dict["report_meter_value_calculation_ids"] = report_meter_value_calculation_ids
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_conditions import MeterConditions
        from ..models.meter_value_calculation import MeterValueCalculation

        d = dict(src_dict)

        def _parse_meter_value_calculation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_calculation_id = _parse_meter_value_calculation_id(d.pop("meter_value_calculation_id", UNSET))

        def _parse_meter_value_calculation(data: object) -> MeterValueCalculation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meter_value_calculation_type_0 = MeterValueCalculation.from_dict(data)

                return meter_value_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterValueCalculation | None | Unset, data)

        meter_value_calculation = _parse_meter_value_calculation(d.pop("meter_value_calculation", UNSET))

        def _parse_tiering_meter_value_calculation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tiering_meter_value_calculation_id = _parse_tiering_meter_value_calculation_id(
            d.pop("tiering_meter_value_calculation_id", UNSET)
        )

        def _parse_tiering_meter_value_calculation(data: object) -> MeterValueCalculation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tiering_meter_value_calculation_type_0 = MeterValueCalculation.from_dict(data)

                return tiering_meter_value_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeterValueCalculation | None | Unset, data)

        tiering_meter_value_calculation = _parse_tiering_meter_value_calculation(
            d.pop("tiering_meter_value_calculation", UNSET)
        )

        def _parse_report_meter_value_calculation_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                report_meter_value_calculation_ids_type_0 = cast(list[str], data)

                return report_meter_value_calculation_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        report_meter_value_calculation_ids = _parse_report_meter_value_calculation_ids(
            d.pop("report_meter_value_calculation_ids", UNSET)
        )

        _conditions = d.pop("conditions", UNSET)
        conditions: MeterConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = MeterConditions.from_dict(_conditions)

        product_item_usage_based = cls(
            meter_value_calculation_id=meter_value_calculation_id,
            meter_value_calculation=meter_value_calculation,
            tiering_meter_value_calculation_id=tiering_meter_value_calculation_id,
            tiering_meter_value_calculation=tiering_meter_value_calculation,
            report_meter_value_calculation_ids=report_meter_value_calculation_ids,
            conditions=conditions,
        )

        product_item_usage_based.additional_properties = d
        return product_item_usage_based

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
