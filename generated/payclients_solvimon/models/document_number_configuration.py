from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_number_configuration_reset_period import DocumentNumberConfigurationResetPeriod


T = TypeVar("T", bound="DocumentNumberConfiguration")


@_attrs_define
class DocumentNumberConfiguration:
    """
    Attributes:
        prefix (str | Unset):
        dynamic_prefix (list[str] | Unset):
        separator (str | Unset):
        increment_by (int | Unset):
        first_number (int | Unset):
        minimum_number_of_digits (int | Unset):
        reset_period (DocumentNumberConfigurationResetPeriod | Unset):
    """

    prefix: str | Unset = UNSET
    dynamic_prefix: list[str] | Unset = UNSET
    separator: str | Unset = UNSET
    increment_by: int | Unset = UNSET
    first_number: int | Unset = UNSET
    minimum_number_of_digits: int | Unset = UNSET
    reset_period: DocumentNumberConfigurationResetPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        dynamic_prefix: list[str] | Unset = UNSET
        if not isinstance(self.dynamic_prefix, Unset):
            dynamic_prefix = self.dynamic_prefix

        separator = self.separator

        increment_by = self.increment_by

        first_number = self.first_number

        minimum_number_of_digits = self.minimum_number_of_digits

        reset_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reset_period, Unset):
            reset_period = self.reset_period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if dynamic_prefix is not UNSET:
            field_dict["dynamic_prefix"] = dynamic_prefix
        if separator is not UNSET:
            field_dict["separator"] = separator
        if increment_by is not UNSET:
            field_dict["increment_by"] = increment_by
        if first_number is not UNSET:
            field_dict["first_number"] = first_number
        if minimum_number_of_digits is not UNSET:
            field_dict["minimum_number_of_digits"] = minimum_number_of_digits
        if reset_period is not UNSET:
            field_dict["reset_period"] = reset_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_number_configuration_reset_period import DocumentNumberConfigurationResetPeriod

        d = dict(src_dict)
        prefix = d.pop("prefix", UNSET)

        dynamic_prefix = cast(list[str], d.pop("dynamic_prefix", UNSET))

        separator = d.pop("separator", UNSET)

        increment_by = d.pop("increment_by", UNSET)

        first_number = d.pop("first_number", UNSET)

        minimum_number_of_digits = d.pop("minimum_number_of_digits", UNSET)

        _reset_period = d.pop("reset_period", UNSET)
        reset_period: DocumentNumberConfigurationResetPeriod | Unset
        if isinstance(_reset_period, Unset):
            reset_period = UNSET
        else:
            reset_period = DocumentNumberConfigurationResetPeriod.from_dict(_reset_period)

        document_number_configuration = cls(
            prefix=prefix,
            dynamic_prefix=dynamic_prefix,
            separator=separator,
            increment_by=increment_by,
            first_number=first_number,
            minimum_number_of_digits=minimum_number_of_digits,
            reset_period=reset_period,
        )

        document_number_configuration.additional_properties = d
        return document_number_configuration

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
