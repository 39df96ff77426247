from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.ingest_data_summary import IngestDataSummary
    from ..models.pricing_item_config_split_pricing import PricingItemConfigSplitPricing
    from ..models.pricing_item_summary_included_volume_details import PricingItemSummaryIncludedVolumeDetails
    from ..models.pricing_item_summary_meter_value import PricingItemSummaryMeterValue
    from ..models.pricing_item_summary_price_details_band import PricingItemSummaryPriceDetailsBand
    from ..models.pricing_item_summary_price_details_conversion import PricingItemSummaryPriceDetailsConversion
    from ..models.pricing_item_summary_wallet_balance_details import PricingItemSummaryWalletBalanceDetails
    from ..models.report_ingest_data_summary import ReportIngestDataSummary
    from ..models.used_exchange_rate import UsedExchangeRate


T = TypeVar("T", bound="PricingItemSummaryPriceDetails")


@_attrs_define
class PricingItemSummaryPriceDetails:
    """How the price of a line was worked out.

    Attributes:
        amount (Amount | Unset): Money: a decimal quantity in a currency.
        pricing_currency (None | str | Unset):
        pricing_amount (Amount | Unset): Money: a decimal quantity in a currency.
        conversion (PricingItemSummaryPriceDetailsConversion | Unset): Conversion of usage into credits.
        band (PricingItemSummaryPriceDetailsBand | Unset): Price band (tier) that applied.
        meter_value (PricingItemSummaryMeterValue | Unset): A meter value used in a price calculation.
        tiering_meter_value (PricingItemSummaryMeterValue | Unset): A meter value used in a price calculation.
        price_bound (None | str | Unset):
        meter_values (list[IngestDataSummary] | Unset):
        report_meter_values (list[ReportIngestDataSummary] | Unset):
        description (None | str | Unset):
        used_exchange_rates (list[UsedExchangeRate] | None | Unset):
        included_volume_details (PricingItemSummaryIncludedVolumeDetails | Unset): Included volume and how much of it
            was used.
        wallet_balance_details (PricingItemSummaryWalletBalanceDetails | Unset): Wallet credits used and left.
        split_pricing (None | PricingItemConfigSplitPricing | Unset):
        meter_value_share_of_total (None | str | Unset):
        meter_value_share_of_processing_only_customer_total (None | str | Unset):
    """

    amount: Amount | Unset = UNSET
    pricing_currency: None | str | Unset = UNSET
    pricing_amount: Amount | Unset = UNSET
    conversion: PricingItemSummaryPriceDetailsConversion | Unset = UNSET
    band: PricingItemSummaryPriceDetailsBand | Unset = UNSET
    meter_value: PricingItemSummaryMeterValue | Unset = UNSET
    tiering_meter_value: PricingItemSummaryMeterValue | Unset = UNSET
    price_bound: None | str | Unset = UNSET
    meter_values: list[IngestDataSummary] | Unset = UNSET
    report_meter_values: list[ReportIngestDataSummary] | Unset = UNSET
    description: None | str | Unset = UNSET
    used_exchange_rates: list[UsedExchangeRate] | None | Unset = UNSET
    included_volume_details: PricingItemSummaryIncludedVolumeDetails | Unset = UNSET
    wallet_balance_details: PricingItemSummaryWalletBalanceDetails | Unset = UNSET
    split_pricing: None | PricingItemConfigSplitPricing | Unset = UNSET
    meter_value_share_of_total: None | str | Unset = UNSET
    meter_value_share_of_processing_only_customer_total: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_item_config_split_pricing import PricingItemConfigSplitPricing

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        pricing_currency: None | str | Unset
        if isinstance(self.pricing_currency, Unset):
            pricing_currency = UNSET
        else:
            pricing_currency = self.pricing_currency

        pricing_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_amount, Unset):
            pricing_amount = self.pricing_amount.to_dict()

        conversion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion, Unset):
            conversion = self.conversion.to_dict()

        band: dict[str, Any] | Unset = UNSET
        if not isinstance(self.band, Unset):
            band = self.band.to_dict()

        meter_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meter_value, Unset):
            meter_value = self.meter_value.to_dict()

        tiering_meter_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiering_meter_value, Unset):
            tiering_meter_value = self.tiering_meter_value.to_dict()

        price_bound: None | str | Unset
        if isinstance(self.price_bound, Unset):
            price_bound = UNSET
        else:
            price_bound = self.price_bound

        meter_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meter_values, Unset):
            meter_values = []
            for meter_values_item_data in self.meter_values:
                meter_values_item = meter_values_item_data.to_dict()
                meter_values.append(meter_values_item)

        report_meter_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report_meter_values, Unset):
            report_meter_values = []
            for report_meter_values_item_data in self.report_meter_values:
                report_meter_values_item = report_meter_values_item_data.to_dict()
                report_meter_values.append(report_meter_values_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        used_exchange_rates: list[dict[str, Any]] | None | Unset
        if isinstance(self.used_exchange_rates, Unset):
            used_exchange_rates = UNSET
        elif isinstance(self.used_exchange_rates, list):
            used_exchange_rates = []
            for used_exchange_rates_type_0_item_data in self.used_exchange_rates:
                used_exchange_rates_type_0_item = used_exchange_rates_type_0_item_data.to_dict()
                used_exchange_rates.append(used_exchange_rates_type_0_item)

        else:
            used_exchange_rates = self.used_exchange_rates

        included_volume_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.included_volume_details, Unset):
            included_volume_details = self.included_volume_details.to_dict()

        wallet_balance_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet_balance_details, Unset):
            wallet_balance_details = self.wallet_balance_details.to_dict()

        split_pricing: dict[str, Any] | None | Unset
        if isinstance(self.split_pricing, Unset):
            split_pricing = UNSET
        elif isinstance(self.split_pricing, PricingItemConfigSplitPricing):
            split_pricing = self.split_pricing.to_dict()
        else:
            split_pricing = self.split_pricing

        meter_value_share_of_total: None | str | Unset
        if isinstance(self.meter_value_share_of_total, Unset):
            meter_value_share_of_total = UNSET
        else:
            meter_value_share_of_total = self.meter_value_share_of_total

        meter_value_share_of_processing_only_customer_total: None | str | Unset
        if isinstance(self.meter_value_share_of_processing_only_customer_total, Unset):
            meter_value_share_of_processing_only_customer_total = UNSET
        else:
            meter_value_share_of_processing_only_customer_total = (
                self.meter_value_share_of_processing_only_customer_total
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if pricing_currency is not UNSET:
            field_dict["pricing_currency"] = pricing_currency
        if pricing_amount is not UNSET:
            field_dict["pricing_amount"] = pricing_amount
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if band is not UNSET:
            field_dict["band"] = band
        if meter_value is not UNSET:
            field_dict["meter_value"] = meter_value
        if tiering_meter_value is not UNSET:
            field_dict["tiering_meter_value"] = tiering_meter_value
        if price_bound is not UNSET:
            field_dict["price_bound"] = price_bound
        if meter_values is not UNSET:
            field_dict["meter_values"] = meter_values
        if report_meter_values is not UNSET:
            field_dict["report_meter_values"] = report_meter_values
        if description is not UNSET:
            field_dict["description"] = description
        if used_exchange_rates is not UNSET:
            field_dict["used_exchange_rates"] = used_exchange_rates
        if included_volume_details is not UNSET:
            field_dict["included_volume_details"] = included_volume_details
        if wallet_balance_details is not UNSET:
            field_dict["wallet_balance_details"] = wallet_balance_details
        if split_pricing is not UNSET:
            field_dict["split_pricing"] = split_pricing
        if meter_value_share_of_total is not UNSET:
            field_dict["meter_value_share_of_total"] = meter_value_share_of_total
        if meter_value_share_of_processing_only_customer_total is not UNSET:
            field_dict["meter_value_share_of_processing_only_customer_total"] = (
                meter_value_share_of_processing_only_customer_total
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount import Amount
        from ..models.ingest_data_summary import IngestDataSummary
        from ..models.pricing_item_config_split_pricing import PricingItemConfigSplitPricing
        from ..models.pricing_item_summary_included_volume_details import PricingItemSummaryIncludedVolumeDetails
        from ..models.pricing_item_summary_meter_value import PricingItemSummaryMeterValue
        from ..models.pricing_item_summary_price_details_band import PricingItemSummaryPriceDetailsBand
        from ..models.pricing_item_summary_price_details_conversion import PricingItemSummaryPriceDetailsConversion
        from ..models.pricing_item_summary_wallet_balance_details import PricingItemSummaryWalletBalanceDetails
        from ..models.report_ingest_data_summary import ReportIngestDataSummary
        from ..models.used_exchange_rate import UsedExchangeRate

        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_pricing_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_currency = _parse_pricing_currency(d.pop("pricing_currency", UNSET))

        _pricing_amount = d.pop("pricing_amount", UNSET)
        pricing_amount: Amount | Unset
        if isinstance(_pricing_amount, Unset):
            pricing_amount = UNSET
        else:
            pricing_amount = Amount.from_dict(_pricing_amount)

        _conversion = d.pop("conversion", UNSET)
        conversion: PricingItemSummaryPriceDetailsConversion | Unset
        if isinstance(_conversion, Unset):
            conversion = UNSET
        else:
            conversion = PricingItemSummaryPriceDetailsConversion.from_dict(_conversion)

        _band = d.pop("band", UNSET)
        band: PricingItemSummaryPriceDetailsBand | Unset
        if isinstance(_band, Unset):
            band = UNSET
        else:
            band = PricingItemSummaryPriceDetailsBand.from_dict(_band)

        _meter_value = d.pop("meter_value", UNSET)
        meter_value: PricingItemSummaryMeterValue | Unset
        if isinstance(_meter_value, Unset):
            meter_value = UNSET
        else:
            meter_value = PricingItemSummaryMeterValue.from_dict(_meter_value)

        _tiering_meter_value = d.pop("tiering_meter_value", UNSET)
        tiering_meter_value: PricingItemSummaryMeterValue | Unset
        if isinstance(_tiering_meter_value, Unset):
            tiering_meter_value = UNSET
        else:
            tiering_meter_value = PricingItemSummaryMeterValue.from_dict(_tiering_meter_value)

        def _parse_price_bound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_bound = _parse_price_bound(d.pop("price_bound", UNSET))

        _meter_values = d.pop("meter_values", UNSET)
        meter_values: list[IngestDataSummary] | Unset = UNSET
        if _meter_values is not UNSET:
            meter_values = []
            for meter_values_item_data in _meter_values:
                meter_values_item = IngestDataSummary.from_dict(meter_values_item_data)

                meter_values.append(meter_values_item)

        _report_meter_values = d.pop("report_meter_values", UNSET)
        report_meter_values: list[ReportIngestDataSummary] | Unset = UNSET
        if _report_meter_values is not UNSET:
            report_meter_values = []
            for report_meter_values_item_data in _report_meter_values:
                report_meter_values_item = ReportIngestDataSummary.from_dict(report_meter_values_item_data)

                report_meter_values.append(report_meter_values_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_used_exchange_rates(data: object) -> list[UsedExchangeRate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                used_exchange_rates_type_0 = []
                _used_exchange_rates_type_0 = data
                for used_exchange_rates_type_0_item_data in _used_exchange_rates_type_0:
                    used_exchange_rates_type_0_item = UsedExchangeRate.from_dict(used_exchange_rates_type_0_item_data)

                    used_exchange_rates_type_0.append(used_exchange_rates_type_0_item)

                return used_exchange_rates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsedExchangeRate] | None | Unset, data)

        used_exchange_rates = _parse_used_exchange_rates(d.pop("used_exchange_rates", UNSET))

        _included_volume_details = d.pop("included_volume_details", UNSET)
        included_volume_details: PricingItemSummaryIncludedVolumeDetails | Unset
        if isinstance(_included_volume_details, Unset):
            included_volume_details = UNSET
        else:
            included_volume_details = PricingItemSummaryIncludedVolumeDetails.from_dict(_included_volume_details)

        _wallet_balance_details = d.pop("wallet_balance_details", UNSET)
        wallet_balance_details: PricingItemSummaryWalletBalanceDetails | Unset
        if isinstance(_wallet_balance_details, Unset):
            wallet_balance_details = UNSET
        else:
            wallet_balance_details = PricingItemSummaryWalletBalanceDetails.from_dict(_wallet_balance_details)

        def _parse_split_pricing(data: object) -> None | PricingItemConfigSplitPricing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                split_pricing_type_0 = PricingItemConfigSplitPricing.from_dict(data)

                return split_pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingItemConfigSplitPricing | Unset, data)

        split_pricing = _parse_split_pricing(d.pop("split_pricing", UNSET))

        def _parse_meter_value_share_of_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_share_of_total = _parse_meter_value_share_of_total(d.pop("meter_value_share_of_total", UNSET))

        def _parse_meter_value_share_of_processing_only_customer_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meter_value_share_of_processing_only_customer_total = (
            _parse_meter_value_share_of_processing_only_customer_total(
                d.pop("meter_value_share_of_processing_only_customer_total", UNSET)
            )
        )

        pricing_item_summary_price_details = cls(
            amount=amount,
            pricing_currency=pricing_currency,
            pricing_amount=pricing_amount,
            conversion=conversion,
            band=band,
            meter_value=meter_value,
            tiering_meter_value=tiering_meter_value,
            price_bound=price_bound,
            meter_values=meter_values,
            report_meter_values=report_meter_values,
            description=description,
            used_exchange_rates=used_exchange_rates,
            included_volume_details=included_volume_details,
            wallet_balance_details=wallet_balance_details,
            split_pricing=split_pricing,
            meter_value_share_of_total=meter_value_share_of_total,
            meter_value_share_of_processing_only_customer_total=meter_value_share_of_processing_only_customer_total,
        )

        pricing_item_summary_price_details.additional_properties = d
        return pricing_item_summary_price_details

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
