from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_sub_line_type import InvoiceSubLineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_sub_line_usage_based_conversion import InvoiceSubLineUsageBasedConversion
    from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails


T = TypeVar("T", bound="InvoiceSubLine")


@_attrs_define
class InvoiceSubLine:
    """A breakdown entry under an invoice line.

    Attributes:
        sub_line_order (int | Unset):
        details (PricingItemSummaryPriceDetails | Unset): How the price of a line was worked out.
        description (None | str | Unset):
        processing_only_customer_resource_id (None | str | Unset):
        processing_only_customer_id (None | str | Unset):
        type_ (InvoiceSubLineType | None | Unset):
        usage_based_conversion (InvoiceSubLineUsageBasedConversion | Unset): Conditions of a usage-based conversion sub-
            line.
    """

    sub_line_order: int | Unset = UNSET
    details: PricingItemSummaryPriceDetails | Unset = UNSET
    description: None | str | Unset = UNSET
    processing_only_customer_resource_id: None | str | Unset = UNSET
    processing_only_customer_id: None | str | Unset = UNSET
    type_: InvoiceSubLineType | None | Unset = UNSET
    usage_based_conversion: InvoiceSubLineUsageBasedConversion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_line_order = self.sub_line_order

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        processing_only_customer_resource_id: None | str | Unset
        if isinstance(self.processing_only_customer_resource_id, Unset):
            processing_only_customer_resource_id = UNSET
        else:
            processing_only_customer_resource_id = self.processing_only_customer_resource_id

        processing_only_customer_id: None | str | Unset
        if isinstance(self.processing_only_customer_id, Unset):
            processing_only_customer_id = UNSET
        else:
            processing_only_customer_id = self.processing_only_customer_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InvoiceSubLineType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        usage_based_conversion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_based_conversion, Unset):
            usage_based_conversion = self.usage_based_conversion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_line_order is not UNSET:
            field_dict["sub_line_order"] = sub_line_order
        if details is not UNSET:
            field_dict["details"] = details
        if description is not UNSET:
            field_dict["description"] = description
        if processing_only_customer_resource_id is not UNSET:
            field_dict["processing_only_customer_resource_id"] = processing_only_customer_resource_id
        if processing_only_customer_id is not UNSET:
            field_dict["processing_only_customer_id"] = processing_only_customer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage_based_conversion is not UNSET:
            field_dict["usage_based_conversion"] = usage_based_conversion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_sub_line_usage_based_conversion import InvoiceSubLineUsageBasedConversion
        from ..models.pricing_item_summary_price_details import PricingItemSummaryPriceDetails

        d = dict(src_dict)
        sub_line_order = d.pop("sub_line_order", UNSET)

        _details = d.pop("details", UNSET)
        details: PricingItemSummaryPriceDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = PricingItemSummaryPriceDetails.from_dict(_details)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_processing_only_customer_resource_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processing_only_customer_resource_id = _parse_processing_only_customer_resource_id(
            d.pop("processing_only_customer_resource_id", UNSET)
        )

        def _parse_processing_only_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processing_only_customer_id = _parse_processing_only_customer_id(d.pop("processing_only_customer_id", UNSET))

        def _parse_type_(data: object) -> InvoiceSubLineType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InvoiceSubLineType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSubLineType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _usage_based_conversion = d.pop("usage_based_conversion", UNSET)
        usage_based_conversion: InvoiceSubLineUsageBasedConversion | Unset
        if isinstance(_usage_based_conversion, Unset):
            usage_based_conversion = UNSET
        else:
            usage_based_conversion = InvoiceSubLineUsageBasedConversion.from_dict(_usage_based_conversion)

        invoice_sub_line = cls(
            sub_line_order=sub_line_order,
            details=details,
            description=description,
            processing_only_customer_resource_id=processing_only_customer_resource_id,
            processing_only_customer_id=processing_only_customer_id,
            type_=type_,
            usage_based_conversion=usage_based_conversion,
        )

        invoice_sub_line.additional_properties = d
        return invoice_sub_line

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
