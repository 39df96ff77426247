from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_commitment import InvoiceCommitment
    from ..models.pricing_commitment import PricingCommitment
    from ..models.pricing_item_commitment import PricingItemCommitment
    from ..models.pricing_item_config_commitment import PricingItemConfigCommitment


T = TypeVar("T", bound="Commitment")


@_attrs_define
class Commitment:
    """
    Attributes:
        pricing_item_configs (list[PricingItemConfigCommitment] | None | Unset):
        pricing_items (list[PricingItemCommitment] | None | Unset):
        pricings (list[PricingCommitment] | None | Unset):
        totals (list[InvoiceCommitment] | None | Unset):
    """

    pricing_item_configs: list[PricingItemConfigCommitment] | None | Unset = UNSET
    pricing_items: list[PricingItemCommitment] | None | Unset = UNSET
    pricings: list[PricingCommitment] | None | Unset = UNSET
    totals: list[InvoiceCommitment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing_item_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_item_configs, Unset):
            pricing_item_configs = UNSET
        elif isinstance(self.pricing_item_configs, list):
            pricing_item_configs = []
            for pricing_item_configs_type_0_item_data in self.pricing_item_configs:
                pricing_item_configs_type_0_item = pricing_item_configs_type_0_item_data.to_dict()
                pricing_item_configs.append(pricing_item_configs_type_0_item)

        else:
            pricing_item_configs = self.pricing_item_configs

        pricing_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_items, Unset):
            pricing_items = UNSET
        elif isinstance(self.pricing_items, list):
            pricing_items = []
            for pricing_items_type_0_item_data in self.pricing_items:
                pricing_items_type_0_item = pricing_items_type_0_item_data.to_dict()
                pricing_items.append(pricing_items_type_0_item)

        else:
            pricing_items = self.pricing_items

        pricings: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricings, Unset):
            pricings = UNSET
        elif isinstance(self.pricings, list):
            pricings = []
            for pricings_type_0_item_data in self.pricings:
                pricings_type_0_item = pricings_type_0_item_data.to_dict()
                pricings.append(pricings_type_0_item)

        else:
            pricings = self.pricings

        totals: list[dict[str, Any]] | None | Unset
        if isinstance(self.totals, Unset):
            totals = UNSET
        elif isinstance(self.totals, list):
            totals = []
            for totals_type_0_item_data in self.totals:
                totals_type_0_item = totals_type_0_item_data.to_dict()
                totals.append(totals_type_0_item)

        else:
            totals = self.totals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_item_configs is not UNSET:
            field_dict["pricing_item_configs"] = pricing_item_configs
        if pricing_items is not UNSET:
            field_dict["pricing_items"] = pricing_items
        if pricings is not UNSET:
            field_dict["pricings"] = pricings
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_commitment import InvoiceCommitment
        from ..models.pricing_commitment import PricingCommitment
        from ..models.pricing_item_commitment import PricingItemCommitment
        from ..models.pricing_item_config_commitment import PricingItemConfigCommitment

        d = dict(src_dict)

        def _parse_pricing_item_configs(data: object) -> list[PricingItemConfigCommitment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_item_configs_type_0 = []
                _pricing_item_configs_type_0 = data
                for pricing_item_configs_type_0_item_data in _pricing_item_configs_type_0:
                    pricing_item_configs_type_0_item = PricingItemConfigCommitment.from_dict(
                        pricing_item_configs_type_0_item_data
                    )

                    pricing_item_configs_type_0.append(pricing_item_configs_type_0_item)

                return pricing_item_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemConfigCommitment] | None | Unset, data)

        pricing_item_configs = _parse_pricing_item_configs(d.pop("pricing_item_configs", UNSET))

        def _parse_pricing_items(data: object) -> list[PricingItemCommitment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_items_type_0 = []
                _pricing_items_type_0 = data
                for pricing_items_type_0_item_data in _pricing_items_type_0:
                    pricing_items_type_0_item = PricingItemCommitment.from_dict(pricing_items_type_0_item_data)

                    pricing_items_type_0.append(pricing_items_type_0_item)

                return pricing_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingItemCommitment] | None | Unset, data)

        pricing_items = _parse_pricing_items(d.pop("pricing_items", UNSET))

        def _parse_pricings(data: object) -> list[PricingCommitment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricings_type_0 = []
                _pricings_type_0 = data
                for pricings_type_0_item_data in _pricings_type_0:
                    pricings_type_0_item = PricingCommitment.from_dict(pricings_type_0_item_data)

                    pricings_type_0.append(pricings_type_0_item)

                return pricings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingCommitment] | None | Unset, data)

        pricings = _parse_pricings(d.pop("pricings", UNSET))

        def _parse_totals(data: object) -> list[InvoiceCommitment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                totals_type_0 = []
                _totals_type_0 = data
                for totals_type_0_item_data in _totals_type_0:
                    totals_type_0_item = InvoiceCommitment.from_dict(totals_type_0_item_data)

                    totals_type_0.append(totals_type_0_item)

                return totals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceCommitment] | None | Unset, data)

        totals = _parse_totals(d.pop("totals", UNSET))

        commitment = cls(
            pricing_item_configs=pricing_item_configs,
            pricing_items=pricing_items,
            pricings=pricings,
            totals=totals,
        )

        commitment.additional_properties = d
        return commitment

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
