from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_type import PricingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.period import Period
    from ..models.pricing_item_config_band import PricingItemConfigBand


T = TypeVar("T", bound="PricingItemConfigDetails")


@_attrs_define
class PricingItemConfigDetails:
    """
    Attributes:
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        pricing_type (None | PricingType | Unset):
        pricing_period (Period | Unset): A length of time, such as 1 MONTH.
        bands (list[PricingItemConfigBand] | Unset):
    """

    billing_period: Period | Unset = UNSET
    pricing_type: None | PricingType | Unset = UNSET
    pricing_period: Period | Unset = UNSET
    bands: list[PricingItemConfigBand] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        pricing_type: None | str | Unset
        if isinstance(self.pricing_type, Unset):
            pricing_type = UNSET
        elif isinstance(self.pricing_type, PricingType):
            pricing_type = self.pricing_type.value
        else:
            pricing_type = self.pricing_type

        pricing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_period, Unset):
            pricing_period = self.pricing_period.to_dict()

        bands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bands, Unset):
            bands = []
            for bands_item_data in self.bands:
                bands_item = bands_item_data.to_dict()
                bands.append(bands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if pricing_type is not UNSET:
            field_dict["pricing_type"] = pricing_type
        if pricing_period is not UNSET:
            field_dict["pricing_period"] = pricing_period
        if bands is not UNSET:
            field_dict["bands"] = bands

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.period import Period
        from ..models.pricing_item_config_band import PricingItemConfigBand

        d = dict(src_dict)
        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        def _parse_pricing_type(data: object) -> None | PricingType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_type_type_0 = PricingType(data)

                return pricing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingType | Unset, data)

        pricing_type = _parse_pricing_type(d.pop("pricing_type", UNSET))

        _pricing_period = d.pop("pricing_period", UNSET)
        pricing_period: Period | Unset
        if isinstance(_pricing_period, Unset):
            pricing_period = UNSET
        else:
            pricing_period = Period.from_dict(_pricing_period)

        _bands = d.pop("bands", UNSET)
        bands: list[PricingItemConfigBand] | Unset = UNSET
        if _bands is not UNSET:
            bands = []
            for bands_item_data in _bands:
                bands_item = PricingItemConfigBand.from_dict(bands_item_data)

                bands.append(bands_item)

        pricing_item_config_details = cls(
            billing_period=billing_period,
            pricing_type=pricing_type,
            pricing_period=pricing_period,
            bands=bands,
        )

        pricing_item_config_details.additional_properties = d
        return pricing_item_config_details

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
