from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_meter_data_request import CreateMeterDataRequest


T = TypeVar("T", bound="MeterDataListRequest")


@_attrs_define
class MeterDataListRequest:
    """
    Attributes:
        meter_datas (list[CreateMeterDataRequest]):
    """

    meter_datas: list[CreateMeterDataRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter_datas = []
        for meter_datas_item_data in self.meter_datas:
            meter_datas_item = meter_datas_item_data.to_dict()
            meter_datas.append(meter_datas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meter_datas": meter_datas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_meter_data_request import CreateMeterDataRequest

        d = dict(src_dict)
        meter_datas = []
        _meter_datas = d.pop("meter_datas")
        for meter_datas_item_data in _meter_datas:
            meter_datas_item = CreateMeterDataRequest.from_dict(meter_datas_item_data)

            meter_datas.append(meter_datas_item)

        meter_data_list_request = cls(
            meter_datas=meter_datas,
        )

        meter_data_list_request.additional_properties = d
        return meter_data_list_request

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
