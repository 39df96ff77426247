from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_type import PricingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meter_conditions import MeterConditions
    from ..models.period import Period
    from ..models.pricing_item_config_band import PricingItemConfigBand
    from ..models.pricing_item_config_conditions import PricingItemConfigConditions
    from ..models.pricing_item_config_details import PricingItemConfigDetails
    from ..models.pricing_item_config_meter_value import PricingItemConfigMeterValue
    from ..models.pricing_item_config_meter_value_included_volume import PricingItemConfigMeterValueIncludedVolume
    from ..models.pricing_item_config_original_pricing_item_config import PricingItemConfigOriginalPricingItemConfig
    from ..models.pricing_item_config_split_pricing import PricingItemConfigSplitPricing
    from ..models.pricing_item_config_top_up import PricingItemConfigTopUp
    from ..models.pricing_item_config_wallet_grant import PricingItemConfigWalletGrant


T = TypeVar("T", bound="PricingItemConfig")


@_attrs_define
class PricingItemConfig:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        original_pricing_item_config_id (None | str | Unset):
        original_pricing_item_config (None | PricingItemConfigOriginalPricingItemConfig | Unset):
        details (PricingItemConfigDetails | Unset):
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        type_ (None | PricingType | Unset):
        pricing_type (None | PricingType | Unset):
        pricing_period (Period | Unset): A length of time, such as 1 MONTH.
        default_included_volume (PricingItemConfigMeterValueIncludedVolume | Unset):
        default_seats_value (PricingItemConfigMeterValue | Unset): A meter value in a price configuration.
        conditions (PricingItemConfigConditions | Unset):
        tiering_conditions (MeterConditions | Unset): Conditions on meter properties.
        bands (list[PricingItemConfigBand] | Unset):
        order (int | None | Unset):
        billing_in_advance (bool | None | Unset):
        volume_group_reference (None | str | Unset):
        top_up (PricingItemConfigTopUp | Unset):
        split_pricing (PricingItemConfigSplitPricing | Unset): Meter properties prices are split on.
        on_demand (bool | None | Unset):
        wallet_grants (list[PricingItemConfigWalletGrant] | None | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    original_pricing_item_config_id: None | str | Unset = UNSET
    original_pricing_item_config: None | PricingItemConfigOriginalPricingItemConfig | Unset = UNSET
    details: PricingItemConfigDetails | Unset = UNSET
    billing_period: Period | Unset = UNSET
    type_: None | PricingType | Unset = UNSET
    pricing_type: None | PricingType | Unset = UNSET
    pricing_period: Period | Unset = UNSET
    default_included_volume: PricingItemConfigMeterValueIncludedVolume | Unset = UNSET
    default_seats_value: PricingItemConfigMeterValue | Unset = UNSET
    conditions: PricingItemConfigConditions | Unset = UNSET
    tiering_conditions: MeterConditions | Unset = UNSET
    bands: list[PricingItemConfigBand] | Unset = UNSET
    order: int | None | Unset = UNSET
    billing_in_advance: bool | None | Unset = UNSET
    volume_group_reference: None | str | Unset = UNSET
    top_up: PricingItemConfigTopUp | Unset = UNSET
    split_pricing: PricingItemConfigSplitPricing | Unset = UNSET
    on_demand: bool | None | Unset = UNSET
    wallet_grants: list[PricingItemConfigWalletGrant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_item_config_original_pricing_item_config import PricingItemConfigOriginalPricingItemConfig

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        original_pricing_item_config_id: None | str | Unset
        if isinstance(self.original_pricing_item_config_id, Unset):
            original_pricing_item_config_id = UNSET
        else:
            original_pricing_item_config_id = self.original_pricing_item_config_id

        original_pricing_item_config: dict[str, Any] | None | Unset
        if isinstance(self.original_pricing_item_config, Unset):
            original_pricing_item_config = UNSET
        elif isinstance(self.original_pricing_item_config, PricingItemConfigOriginalPricingItemConfig):
            original_pricing_item_config = self.original_pricing_item_config.to_dict()
        else:
            original_pricing_item_config = self.original_pricing_item_config

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PricingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        default_included_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_included_volume, Unset):
            default_included_volume = self.default_included_volume.to_dict()

        default_seats_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_seats_value, Unset):
            default_seats_value = self.default_seats_value.to_dict()

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        tiering_conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiering_conditions, Unset):
            tiering_conditions = self.tiering_conditions.to_dict()

        bands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bands, Unset):
            bands = []
            for bands_item_data in self.bands:
                bands_item = bands_item_data.to_dict()
                bands.append(bands_item)

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        billing_in_advance: bool | None | Unset
        if isinstance(self.billing_in_advance, Unset):
            billing_in_advance = UNSET
        else:
            billing_in_advance = self.billing_in_advance

        volume_group_reference: None | str | Unset
        if isinstance(self.volume_group_reference, Unset):
            volume_group_reference = UNSET
        else:
            volume_group_reference = self.volume_group_reference

        top_up: dict[str, Any] | Unset = UNSET
        if not isinstance(self.top_up, Unset):
            top_up = self.top_up.to_dict()

        split_pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_pricing, Unset):
            split_pricing = self.split_pricing.to_dict()

        on_demand: bool | None | Unset
        if isinstance(self.on_demand, Unset):
            on_demand = UNSET
        else:
            on_demand = self.on_demand

        wallet_grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.wallet_grants, Unset):
            wallet_grants = UNSET
        elif isinstance(self.wallet_grants, list):
            wallet_grants = []
            for wallet_grants_type_0_item_data in self.wallet_grants:
                wallet_grants_type_0_item = wallet_grants_type_0_item_data.to_dict()
                wallet_grants.append(wallet_grants_type_0_item)

        else:
            wallet_grants = self.wallet_grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if original_pricing_item_config_id is not UNSET:
            field_dict["original_pricing_item_config_id"] = original_pricing_item_config_id
        if original_pricing_item_config is not UNSET:
            field_dict["original_pricing_item_config"] = original_pricing_item_config
        if details is not UNSET:
            field_dict["details"] = details
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pricing_type is not UNSET:
            field_dict["pricing_type"] = pricing_type
        if pricing_period is not UNSET:
            field_dict["pricing_period"] = pricing_period
        if default_included_volume is not UNSET:
            field_dict["default_included_volume"] = default_included_volume
        if default_seats_value is not UNSET:
            field_dict["default_seats_value"] = default_seats_value
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if tiering_conditions is not UNSET:
            field_dict["tiering_conditions"] = tiering_conditions
        if bands is not UNSET:
            field_dict["bands"] = bands
        if order is not UNSET:
            field_dict["order"] = order
        if billing_in_advance is not UNSET:
            field_dict["billing_in_advance"] = billing_in_advance
        if volume_group_reference is not UNSET:
            field_dict["volume_group_reference"] = volume_group_reference
        if top_up is not UNSET:
            field_dict["top_up"] = top_up
        if split_pricing is not UNSET:
            field_dict["split_pricing"] = split_pricing
        if on_demand is not UNSET:
            field_dict["on_demand"] = on_demand
        if wallet_grants is not UNSET:
            field_dict["wallet_grants"] = wallet_grants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meter_conditions import MeterConditions
        from ..models.period import Period
        from ..models.pricing_item_config_band import PricingItemConfigBand
        from ..models.pricing_item_config_conditions import PricingItemConfigConditions
        from ..models.pricing_item_config_details import PricingItemConfigDetails
        from ..models.pricing_item_config_meter_value import PricingItemConfigMeterValue
        from ..models.pricing_item_config_meter_value_included_volume import PricingItemConfigMeterValueIncludedVolume
        from ..models.pricing_item_config_original_pricing_item_config import PricingItemConfigOriginalPricingItemConfig
        from ..models.pricing_item_config_split_pricing import PricingItemConfigSplitPricing
        from ..models.pricing_item_config_top_up import PricingItemConfigTopUp
        from ..models.pricing_item_config_wallet_grant import PricingItemConfigWalletGrant

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_original_pricing_item_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_pricing_item_config_id = _parse_original_pricing_item_config_id(
            d.pop("original_pricing_item_config_id", UNSET)
        )

        def _parse_original_pricing_item_config(
            data: object,
        ) -> None | PricingItemConfigOriginalPricingItemConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_pricing_item_config_type_0 = PricingItemConfigOriginalPricingItemConfig.from_dict(data)

                return original_pricing_item_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingItemConfigOriginalPricingItemConfig | Unset, data)

        original_pricing_item_config = _parse_original_pricing_item_config(d.pop("original_pricing_item_config", UNSET))

        _details = d.pop("details", UNSET)
        details: PricingItemConfigDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = PricingItemConfigDetails.from_dict(_details)

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        def _parse_type_(data: object) -> None | PricingType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PricingType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        _default_included_volume = d.pop("default_included_volume", UNSET)
        default_included_volume: PricingItemConfigMeterValueIncludedVolume | Unset
        if isinstance(_default_included_volume, Unset):
            default_included_volume = UNSET
        else:
            default_included_volume = PricingItemConfigMeterValueIncludedVolume.from_dict(_default_included_volume)

        _default_seats_value = d.pop("default_seats_value", UNSET)
        default_seats_value: PricingItemConfigMeterValue | Unset
        if isinstance(_default_seats_value, Unset):
            default_seats_value = UNSET
        else:
            default_seats_value = PricingItemConfigMeterValue.from_dict(_default_seats_value)

        _conditions = d.pop("conditions", UNSET)
        conditions: PricingItemConfigConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = PricingItemConfigConditions.from_dict(_conditions)

        _tiering_conditions = d.pop("tiering_conditions", UNSET)
        tiering_conditions: MeterConditions | Unset
        if isinstance(_tiering_conditions, Unset):
            tiering_conditions = UNSET
        else:
            tiering_conditions = MeterConditions.from_dict(_tiering_conditions)

        _bands = d.pop("bands", UNSET)
        bands: list[PricingItemConfigBand] | Unset = UNSET
        if _bands is not UNSET:
            bands = []
            for bands_item_data in _bands:
                bands_item = PricingItemConfigBand.from_dict(bands_item_data)

                bands.append(bands_item)

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_billing_in_advance(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        billing_in_advance = _parse_billing_in_advance(d.pop("billing_in_advance", UNSET))

        def _parse_volume_group_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_group_reference = _parse_volume_group_reference(d.pop("volume_group_reference", UNSET))

        _top_up = d.pop("top_up", UNSET)
        top_up: PricingItemConfigTopUp | Unset
        if isinstance(_top_up, Unset):
            top_up = UNSET
        else:
            top_up = PricingItemConfigTopUp.from_dict(_top_up)

        _split_pricing = d.pop("split_pricing", UNSET)
        split_pricing: PricingItemConfigSplitPricing | Unset
        if isinstance(_split_pricing, Unset):
            split_pricing = UNSET
        else:
            split_pricing = PricingItemConfigSplitPricing.from_dict(_split_pricing)

        def _parse_on_demand(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        on_demand = _parse_on_demand(d.pop("on_demand", UNSET))

        def _parse_wallet_grants(data: object) -> list[PricingItemConfigWalletGrant] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                wallet_grants_type_0 = []
                _wallet_grants_type_0 = data
                for wallet_grants_type_0_item_data in _wallet_grants_type_0:
                    wallet_grants_type_0_item = PricingItemConfigWalletGrant.from_dict(wallet_grants_type_0_item_data)

                    wallet_grants_type_0.append(wallet_grants_type_0_item)

                return wallet_grants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemConfigWalletGrant] | None | Unset, data)

        wallet_grants = _parse_wallet_grants(d.pop("wallet_grants", UNSET))

        pricing_item_config = cls(
            object_type=object_type,
            id=id,
            original_pricing_item_config_id=original_pricing_item_config_id,
            original_pricing_item_config=original_pricing_item_config,
            details=details,
            billing_period=billing_period,
            type_=type_,
            pricing_type=pricing_type,
            pricing_period=pricing_period,
            default_included_volume=default_included_volume,
            default_seats_value=default_seats_value,
            conditions=conditions,
            tiering_conditions=tiering_conditions,
            bands=bands,
            order=order,
            billing_in_advance=billing_in_advance,
            volume_group_reference=volume_group_reference,
            top_up=top_up,
            split_pricing=split_pricing,
            on_demand=on_demand,
            wallet_grants=wallet_grants,
        )

        pricing_item_config.additional_properties = d
        return pricing_item_config

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
