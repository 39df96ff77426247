from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_number_configuration_reset_period_month import DocumentNumberConfigurationResetPeriodMonth
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentNumberConfigurationResetPeriod")


@_attrs_define
class DocumentNumberConfigurationResetPeriod:
    """
    Attributes:
        type_ (str | Unset):
        month (DocumentNumberConfigurationResetPeriodMonth | None | Unset):
    """

    type_: str | Unset = UNSET
    month: DocumentNumberConfigurationResetPeriodMonth | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        elif isinstance(self.month, DocumentNumberConfigurationResetPeriodMonth):
            month = self.month.value
        else:
            month = self.month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if month is not UNSET:
            field_dict["month"] = month

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_month(data: object) -> DocumentNumberConfigurationResetPeriodMonth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                month_type_0 = DocumentNumberConfigurationResetPeriodMonth(data)

                return month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentNumberConfigurationResetPeriodMonth | None | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        document_number_configuration_reset_period = cls(
            type_=type_,
            month=month,
        )

        document_number_configuration_reset_period.additional_properties = d
        return document_number_configuration_reset_period

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
