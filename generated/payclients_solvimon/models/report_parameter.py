from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_parameter_name import ReportParameterName
from ..models.report_parameter_type import ReportParameterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportParameter")


@_attrs_define
class ReportParameter:
    """
    Attributes:
        name (ReportParameterName | Unset):
        type_ (ReportParameterType | Unset):
        required (bool | Unset):
    """

    name: ReportParameterName | Unset = UNSET
    type_: ReportParameterType | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: ReportParameterName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ReportParameterName(_name)

        _type_ = d.pop("type", UNSET)
        type_: ReportParameterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReportParameterType(_type_)

        required = d.pop("required", UNSET)

        report_parameter = cls(
            name=name,
            type_=type_,
            required=required,
        )

        report_parameter.additional_properties = d
        return report_parameter

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
