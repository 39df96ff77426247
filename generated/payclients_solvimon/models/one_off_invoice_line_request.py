from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_type import PricingType
from ..models.product_item_type import ProductItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_item_config_band import PricingItemConfigBand
    from ..models.volume import Volume


T = TypeVar("T", bound="OneOffInvoiceLineRequest")


@_attrs_define
class OneOffInvoiceLineRequest:
    """A one-off line to add to an invoice, or to put in place of an existing line.

    Attributes:
        pricing_type (PricingType): Pricing model of a line.
        product_item_id (None | str | Unset):
        product_item_type (None | ProductItemType | Unset):
        pricing_name (None | str | Unset):
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        pricing_band (PricingItemConfigBand | Unset): Price settings of a one-off line.
        volume (Volume | Unset): Quantity of a one-off line.
        pricing_plan_subscription_id (None | str | Unset):
    """

    pricing_type: PricingType
    product_item_id: None | str | Unset = UNSET
    product_item_type: None | ProductItemType | Unset = UNSET
    pricing_name: None | str | Unset = UNSET
    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | Unset = UNSET
    pricing_band: PricingItemConfigBand | Unset = UNSET
    volume: Volume | Unset = UNSET
    pricing_plan_subscription_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_type = self.pricing_type.value

        product_item_id: None | str | Unset
        if isinstance(self.product_item_id, Unset):
            product_item_id = UNSET
        else:
            product_item_id = self.product_item_id

        product_item_type: None | str | Unset
        if isinstance(self.product_item_type, Unset):
            product_item_type = UNSET
        elif isinstance(self.product_item_type, ProductItemType):
            product_item_type = self.product_item_type.value
        else:
            product_item_type = self.product_item_type

        pricing_name: None | str | Unset
        if isinstance(self.pricing_name, Unset):
            pricing_name = UNSET
        else:
            pricing_name = self.pricing_name

        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            end_at = self.end_at.isoformat()

        pricing_band: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_band, Unset):
            pricing_band = self.pricing_band.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        pricing_plan_subscription_id: None | str | Unset
        if isinstance(self.pricing_plan_subscription_id, Unset):
            pricing_plan_subscription_id = UNSET
        else:
            pricing_plan_subscription_id = self.pricing_plan_subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pricing_type": pricing_type,
            }
        )
        if product_item_id is not UNSET:
            field_dict["product_item_id"] = product_item_id
        if product_item_type is not UNSET:
            field_dict["product_item_type"] = product_item_type
        if pricing_name is not UNSET:
            field_dict["pricing_name"] = pricing_name
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if pricing_band is not UNSET:
            field_dict["pricing_band"] = pricing_band
        if volume is not UNSET:
            field_dict["volume"] = volume
        if pricing_plan_subscription_id is not UNSET:
            field_dict["pricing_plan_subscription_id"] = pricing_plan_subscription_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pricing_item_config_band import PricingItemConfigBand
        from ..models.volume import Volume

        d = dict(src_dict)
        pricing_type = PricingType(d.pop("pricing_type"))

        def _parse_product_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_item_id = _parse_product_item_id(d.pop("product_item_id", UNSET))

        def _parse_product_item_type(data: object) -> None | ProductItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_item_type_type_0 = ProductItemType(data)

                return product_item_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductItemType | Unset, data)

        product_item_type = _parse_product_item_type(d.pop("product_item_type", UNSET))

        def _parse_pricing_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_name = _parse_pricing_name(d.pop("pricing_name", UNSET))

        _start_at = d.pop("start_at", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        _end_at = d.pop("end_at", UNSET)
        end_at: datetime.datetime | Unset
        if isinstance(_end_at, Unset):
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

        _pricing_band = d.pop("pricing_band", UNSET)
        pricing_band: PricingItemConfigBand | Unset
        if isinstance(_pricing_band, Unset):
            pricing_band = UNSET
        else:
            pricing_band = PricingItemConfigBand.from_dict(_pricing_band)

        _volume = d.pop("volume", UNSET)
        volume: Volume | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = Volume.from_dict(_volume)

        def _parse_pricing_plan_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_subscription_id = _parse_pricing_plan_subscription_id(d.pop("pricing_plan_subscription_id", UNSET))

        one_off_invoice_line_request = cls(
            pricing_type=pricing_type,
            product_item_id=product_item_id,
            product_item_type=product_item_type,
            pricing_name=pricing_name,
            start_at=start_at,
            end_at=end_at,
            pricing_band=pricing_band,
            volume=volume,
            pricing_plan_subscription_id=pricing_plan_subscription_id,
        )

        one_off_invoice_line_request.additional_properties = d
        return one_off_invoice_line_request

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
