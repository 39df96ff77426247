from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.e_invoice_supported_file_format import EInvoiceSupportedFileFormat
    from ..models.e_invoicing_condition_group import EInvoicingConditionGroup
    from ..models.e_invoicing_mapping import EInvoicingMapping


T = TypeVar("T", bound="EInvoicingMandate")


@_attrs_define
class EInvoicingMandate:
    """An e-invoicing mandate and when it applies.

    Attributes:
        name (str | Unset):
        country (None | str | Unset):
        mappings (list[EInvoicingMapping] | None | Unset):
        condition_groups (list[EInvoicingConditionGroup] | None | Unset):
        include_pdf_in_einvoice (bool | None | Unset):
        supported_file_formats (list[EInvoiceSupportedFileFormat] | None | Unset):
    """

    name: str | Unset = UNSET
    country: None | str | Unset = UNSET
    mappings: list[EInvoicingMapping] | None | Unset = UNSET
    condition_groups: list[EInvoicingConditionGroup] | None | Unset = UNSET
    include_pdf_in_einvoice: bool | None | Unset = UNSET
    supported_file_formats: list[EInvoiceSupportedFileFormat] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.mappings, Unset):
            mappings = UNSET
        elif isinstance(self.mappings, list):
            mappings = []
            for mappings_type_0_item_data in self.mappings:
                mappings_type_0_item = mappings_type_0_item_data.to_dict()
                mappings.append(mappings_type_0_item)

        else:
            mappings = self.mappings

        condition_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.condition_groups, Unset):
            condition_groups = UNSET
        elif isinstance(self.condition_groups, list):
            condition_groups = []
            for condition_groups_type_0_item_data in self.condition_groups:
                condition_groups_type_0_item = condition_groups_type_0_item_data.to_dict()
                condition_groups.append(condition_groups_type_0_item)

        else:
            condition_groups = self.condition_groups

        include_pdf_in_einvoice: bool | None | Unset
        if isinstance(self.include_pdf_in_einvoice, Unset):
            include_pdf_in_einvoice = UNSET
        else:
            include_pdf_in_einvoice = self.include_pdf_in_einvoice

        supported_file_formats: list[dict[str, Any]] | None | Unset
        if isinstance(self.supported_file_formats, Unset):
            supported_file_formats = UNSET
        elif isinstance(self.supported_file_formats, list):
            supported_file_formats = []
            for supported_file_formats_type_0_item_data in self.supported_file_formats:
                supported_file_formats_type_0_item = supported_file_formats_type_0_item_data.to_dict()
                supported_file_formats.append(supported_file_formats_type_0_item)

        else:
            supported_file_formats = self.supported_file_formats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if condition_groups is not UNSET:
            field_dict["condition_groups"] = condition_groups
        if include_pdf_in_einvoice is not UNSET:
            field_dict["include_pdf_in_einvoice"] = include_pdf_in_einvoice
        if supported_file_formats is not UNSET:
            field_dict["supported_file_formats"] = supported_file_formats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.e_invoice_supported_file_format import EInvoiceSupportedFileFormat
        from ..models.e_invoicing_condition_group import EInvoicingConditionGroup
        from ..models.e_invoicing_mapping import EInvoicingMapping

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_mappings(data: object) -> list[EInvoicingMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mappings_type_0 = []
                _mappings_type_0 = data
                for mappings_type_0_item_data in _mappings_type_0:
                    mappings_type_0_item = EInvoicingMapping.from_dict(mappings_type_0_item_data)

                    mappings_type_0.append(mappings_type_0_item)

                return mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EInvoicingMapping] | None | Unset, data)

        mappings = _parse_mappings(d.pop("mappings", UNSET))

        def _parse_condition_groups(data: object) -> list[EInvoicingConditionGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                condition_groups_type_0 = []
                _condition_groups_type_0 = data
                for condition_groups_type_0_item_data in _condition_groups_type_0:
                    condition_groups_type_0_item = EInvoicingConditionGroup.from_dict(condition_groups_type_0_item_data)

                    condition_groups_type_0.append(condition_groups_type_0_item)

                return condition_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EInvoicingConditionGroup] | None | Unset, data)

        condition_groups = _parse_condition_groups(d.pop("condition_groups", UNSET))

        def _parse_include_pdf_in_einvoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_pdf_in_einvoice = _parse_include_pdf_in_einvoice(d.pop("include_pdf_in_einvoice", UNSET))

        def _parse_supported_file_formats(data: object) -> list[EInvoiceSupportedFileFormat] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_file_formats_type_0 = []
                _supported_file_formats_type_0 = data
                for supported_file_formats_type_0_item_data in _supported_file_formats_type_0:
                    supported_file_formats_type_0_item = EInvoiceSupportedFileFormat.from_dict(
                        supported_file_formats_type_0_item_data
                    )

                    supported_file_formats_type_0.append(supported_file_formats_type_0_item)

                return supported_file_formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EInvoiceSupportedFileFormat] | None | Unset, data)

        supported_file_formats = _parse_supported_file_formats(d.pop("supported_file_formats", UNSET))

        e_invoicing_mandate = cls(
            name=name,
            country=country,
            mappings=mappings,
            condition_groups=condition_groups,
            include_pdf_in_einvoice=include_pdf_in_einvoice,
            supported_file_formats=supported_file_formats,
        )

        e_invoicing_mandate.additional_properties = d
        return e_invoicing_mandate

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
