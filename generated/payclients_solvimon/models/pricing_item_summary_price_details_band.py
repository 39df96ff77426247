from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.credits_ import Credits
    from ..models.pricing_item_config_meter_value import PricingItemConfigMeterValue


T = TypeVar("T", bound="PricingItemSummaryPriceDetailsBand")


@_attrs_define
class PricingItemSummaryPriceDetailsBand:
    """Price band (tier) that applied.

    Attributes:
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        percentage (None | str | Unset):
        credits_ (Credits | Unset): A quantity of credits of one credit type.
        maximum_amount (Amount | Unset): Money: a decimal quantity in a currency.
        minimum_amount (Amount | Unset): Money: a decimal quantity in a currency.
        maximum_number (None | str | Unset):
        minimum_number (None | str | Unset):
        block_size (PricingItemConfigMeterValue | Unset): A meter value in a price configuration.
        tier_lower_bound (PricingItemConfigMeterValue | Unset): A meter value in a price configuration.
        tier_top_bound (PricingItemConfigMeterValue | Unset): A meter value in a price configuration.
        volume_share (None | str | Unset):
        included_volume (PricingItemConfigMeterValue | Unset): A meter value in a price configuration.
    """

    amount: Amount | Unset = UNSET
    percentage: None | str | Unset = UNSET
    credits_: Credits | Unset = UNSET
    maximum_amount: Amount | Unset = UNSET
    minimum_amount: Amount | Unset = UNSET
    maximum_number: None | str | Unset = UNSET
    minimum_number: None | str | Unset = UNSET
    block_size: PricingItemConfigMeterValue | Unset = UNSET
    tier_lower_bound: PricingItemConfigMeterValue | Unset = UNSET
    tier_top_bound: PricingItemConfigMeterValue | Unset = UNSET
    volume_share: None | str | Unset = UNSET
    included_volume: PricingItemConfigMeterValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        percentage: None | str | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        maximum_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maximum_amount, Unset):
            maximum_amount = self.maximum_amount.to_dict()

        minimum_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minimum_amount, Unset):
            minimum_amount = self.minimum_amount.to_dict()

        maximum_number: None | str | Unset
        if isinstance(self.maximum_number, Unset):
            maximum_number = UNSET
        else:
            maximum_number = self.maximum_number

        minimum_number: None | str | Unset
        if isinstance(self.minimum_number, Unset):
            minimum_number = UNSET
        else:
            minimum_number = self.minimum_number

        block_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_size, Unset):
            block_size = self.block_size.to_dict()

        tier_lower_bound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_lower_bound, Unset):
            tier_lower_bound = self.tier_lower_bound.to_dict()

        tier_top_bound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_top_bound, Unset):
            tier_top_bound = self.tier_top_bound.to_dict()

        volume_share: None | str | Unset
        if isinstance(self.volume_share, Unset):
            volume_share = UNSET
        else:
            volume_share = self.volume_share

        included_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included_volume, Unset):
            included_volume = self.included_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if maximum_amount is not UNSET:
            field_dict["maximum_amount"] = maximum_amount
        if minimum_amount is not UNSET:
            field_dict["minimum_amount"] = minimum_amount
        if maximum_number is not UNSET:
            field_dict["maximum_number"] = maximum_number
        if minimum_number is not UNSET:
            field_dict["minimum_number"] = minimum_number
        if block_size is not UNSET:
            field_dict["block_size"] = block_size
        if tier_lower_bound is not UNSET:
            field_dict["tier_lower_bound"] = tier_lower_bound
        if tier_top_bound is not UNSET:
            field_dict["tier_top_bound"] = tier_top_bound
        if volume_share is not UNSET:
            field_dict["volume_share"] = volume_share
        if included_volume is not UNSET:
            field_dict["included_volume"] = included_volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.credits_ import Credits
        from ..models.pricing_item_config_meter_value import PricingItemConfigMeterValue

        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

        _credits_ = d.pop("credits", UNSET)
        credits_: Credits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = Credits.from_dict(_credits_)

        _maximum_amount = d.pop("maximum_amount", UNSET)
        maximum_amount: Amount | Unset
        if isinstance(_maximum_amount, Unset):
            maximum_amount = UNSET
        else:
            maximum_amount = Amount.from_dict(_maximum_amount)

        _minimum_amount = d.pop("minimum_amount", UNSET)
        minimum_amount: Amount | Unset
        if isinstance(_minimum_amount, Unset):
            minimum_amount = UNSET
        else:
            minimum_amount = Amount.from_dict(_minimum_amount)

        def _parse_maximum_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maximum_number = _parse_maximum_number(d.pop("maximum_number", UNSET))

        def _parse_minimum_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minimum_number = _parse_minimum_number(d.pop("minimum_number", UNSET))

        _block_size = d.pop("block_size", UNSET)
        block_size: PricingItemConfigMeterValue | Unset
        if isinstance(_block_size, Unset):
            block_size = UNSET
        else:
            block_size = PricingItemConfigMeterValue.from_dict(_block_size)

        _tier_lower_bound = d.pop("tier_lower_bound", UNSET)
        tier_lower_bound: PricingItemConfigMeterValue | Unset
        if isinstance(_tier_lower_bound, Unset):
            tier_lower_bound = UNSET
        else:
            tier_lower_bound = PricingItemConfigMeterValue.from_dict(_tier_lower_bound)

        _tier_top_bound = d.pop("tier_top_bound", UNSET)
        tier_top_bound: PricingItemConfigMeterValue | Unset
        if isinstance(_tier_top_bound, Unset):
            tier_top_bound = UNSET
        else:
            tier_top_bound = PricingItemConfigMeterValue.from_dict(_tier_top_bound)

        def _parse_volume_share(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_share = _parse_volume_share(d.pop("volume_share", UNSET))

        _included_volume = d.pop("included_volume", UNSET)
        included_volume: PricingItemConfigMeterValue | Unset
        if isinstance(_included_volume, Unset):
            included_volume = UNSET
        else:
            included_volume = PricingItemConfigMeterValue.from_dict(_included_volume)

        pricing_item_summary_price_details_band = cls(
            amount=amount,
            percentage=percentage,
            credits_=credits_,
            maximum_amount=maximum_amount,
            minimum_amount=minimum_amount,
            maximum_number=maximum_number,
            minimum_number=minimum_number,
            block_size=block_size,
            tier_lower_bound=tier_lower_bound,
            tier_top_bound=tier_top_bound,
            volume_share=volume_share,
            included_volume=included_volume,
        )

        pricing_item_summary_price_details_band.additional_properties = d
        return pricing_item_summary_price_details_band

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
