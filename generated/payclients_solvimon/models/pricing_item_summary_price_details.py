from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _setters

from .. import models as _models
from .. import types as _t

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


@_attrs_define(repr=False, on_setattr=_setters.NO_OP)
class PricingItemSummaryPriceDetails:
    """How the price of a line was worked out.

    Attributes:
        amount (Amount | None): Money: a decimal quantity in a currency.
        pricing_currency (str | None):
        pricing_amount (Amount | None): Money: a decimal quantity in a currency.
        conversion (PricingItemSummaryPriceDetailsConversion | None): Conversion of usage into credits.
        band (PricingItemSummaryPriceDetailsBand | None): Price band (tier) that applied.
        meter_value (PricingItemSummaryMeterValue | None): A meter value used in a price calculation.
        tiering_meter_value (PricingItemSummaryMeterValue | None): A meter value used in a price calculation.
        price_bound (Decimal | None):
        meter_values (list[IngestDataSummary] | None):
        report_meter_values (list[ReportIngestDataSummary] | None):
        description (str | None):
        used_exchange_rates (list[UsedExchangeRate] | None):
        included_volume_details (PricingItemSummaryIncludedVolumeDetails | None): Included volume and how much of it was used.
        wallet_balance_details (PricingItemSummaryWalletBalanceDetails | None): Wallet credits used and left.
        split_pricing (PricingItemConfigSplitPricing | None):
        meter_value_share_of_total (Decimal | None):
        meter_value_share_of_processing_only_customer_total (Decimal | None):
    """

    _FIELDS = (
        "amount",
        "pricing_currency",
        "pricing_amount",
        "conversion",
        "band",
        "meter_value",
        "tiering_meter_value",
        "price_bound",
        "meter_values",
        "report_meter_values",
        "description",
        "used_exchange_rates",
        "included_volume_details",
        "wallet_balance_details",
        "split_pricing",
        "meter_value_share_of_total",
        "meter_value_share_of_processing_only_customer_total",
    )
    _KEYS = frozenset(
        (
            "amount",
            "pricing_currency",
            "pricing_amount",
            "conversion",
            "band",
            "meter_value",
            "tiering_meter_value",
            "price_bound",
            "meter_values",
            "report_meter_values",
            "description",
            "used_exchange_rates",
            "included_volume_details",
            "wallet_balance_details",
            "split_pricing",
            "meter_value_share_of_total",
            "meter_value_share_of_processing_only_customer_total",
        )
    )

    amount: Amount | None = None
    pricing_currency: str | None = None
    pricing_amount: Amount | None = None
    conversion: PricingItemSummaryPriceDetailsConversion | None = None
    band: PricingItemSummaryPriceDetailsBand | None = None
    meter_value: PricingItemSummaryMeterValue | None = None
    tiering_meter_value: PricingItemSummaryMeterValue | None = None
    price_bound: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    meter_values: list[IngestDataSummary] | None = None
    report_meter_values: list[ReportIngestDataSummary] | None = None
    description: str | None = None
    used_exchange_rates: list[UsedExchangeRate] | None = None
    included_volume_details: PricingItemSummaryIncludedVolumeDetails | None = None
    wallet_balance_details: PricingItemSummaryWalletBalanceDetails | None = None
    split_pricing: PricingItemConfigSplitPricing | None = None
    meter_value_share_of_total: Decimal | None = _attrs_field(default=None, converter=_t.to_decimal_or_none)
    meter_value_share_of_processing_only_customer_total: Decimal | None = _attrs_field(
        default=None, converter=_t.to_decimal_or_none
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (what `json.dumps` accepts): Decimal as exact strings, dates in ISO 8601."""
        _d: dict[str, Any] = (
            {_k: _t.dump(_x) for _k, _x in self.additional_properties.items()} if self.additional_properties else {}
        )
        _v: Any
        _v = self.amount
        if _v is not None:
            _d["amount"] = _v.to_dict()
        _v = self.pricing_currency
        if _v is not None:
            _d["pricing_currency"] = None if _v is _t.NULL else _v
        _v = self.pricing_amount
        if _v is not None:
            _d["pricing_amount"] = _v.to_dict()
        _v = self.conversion
        if _v is not None:
            _d["conversion"] = _v.to_dict()
        _v = self.band
        if _v is not None:
            _d["band"] = _v.to_dict()
        _v = self.meter_value
        if _v is not None:
            _d["meter_value"] = _v.to_dict()
        _v = self.tiering_meter_value
        if _v is not None:
            _d["tiering_meter_value"] = _v.to_dict()
        _v = self.price_bound
        if _v is not None:
            _d["price_bound"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.meter_values
        if _v is not None:
            _d["meter_values"] = [_x.to_dict() for _x in _v]
        _v = self.report_meter_values
        if _v is not None:
            _d["report_meter_values"] = [_x.to_dict() for _x in _v]
        _v = self.description
        if _v is not None:
            _d["description"] = None if _v is _t.NULL else _v
        _v = self.used_exchange_rates
        if _v is not None:
            _d["used_exchange_rates"] = None if _v is _t.NULL else [_x.to_dict() for _x in _v]
        _v = self.included_volume_details
        if _v is not None:
            _d["included_volume_details"] = _v.to_dict()
        _v = self.wallet_balance_details
        if _v is not None:
            _d["wallet_balance_details"] = _v.to_dict()
        _v = self.split_pricing
        if _v is not None:
            _d["split_pricing"] = None if _v is _t.NULL else _v.to_dict()
        _v = self.meter_value_share_of_total
        if _v is not None:
            _d["meter_value_share_of_total"] = None if _v is _t.NULL else _t.decimal_text(_v)
        _v = self.meter_value_share_of_processing_only_customer_total
        if _v is not None:
            _d["meter_value_share_of_processing_only_customer_total"] = None if _v is _t.NULL else _t.decimal_text(_v)
        return _d

    @classmethod
    def from_dict(_cls, src_dict: Mapping[str, Any]) -> Self:
        """Read and check JSON data; a mismatch raises `types.ResponseValueError` with its JSON path.

        Unknown fields go to `additional_properties` and unknown enum values are kept, so a provider that
        adds either breaks nothing.
        """
        _d = src_dict if type(src_dict) is dict else _t.object_of(src_dict)
        # Built without __init__: the values are checked and typed here, so the converters that let a
        # user pass plain values have nothing left to do.
        _obj = object.__new__(_cls)
        _key = ""
        try:
            _key = "amount"
            _v = _d.get("amount")
            _obj.amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "pricing_currency"
            _v = _d.get("pricing_currency")
            _obj.pricing_currency = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "pricing_amount"
            _v = _d.get("pricing_amount")
            _obj.pricing_amount = None if _v is None else (_models.Amount.from_dict(_v))
            _key = "conversion"
            _v = _d.get("conversion")
            _obj.conversion = None if _v is None else (_models.PricingItemSummaryPriceDetailsConversion.from_dict(_v))
            _key = "band"
            _v = _d.get("band")
            _obj.band = None if _v is None else (_models.PricingItemSummaryPriceDetailsBand.from_dict(_v))
            _key = "meter_value"
            _v = _d.get("meter_value")
            _obj.meter_value = None if _v is None else (_models.PricingItemSummaryMeterValue.from_dict(_v))
            _key = "tiering_meter_value"
            _v = _d.get("tiering_meter_value")
            _obj.tiering_meter_value = None if _v is None else (_models.PricingItemSummaryMeterValue.from_dict(_v))
            _key = "price_bound"
            _v = _d.get("price_bound")
            _obj.price_bound = None if _v is None else (_t.decimal(_v))
            _key = "meter_values"
            _v = _d.get("meter_values")
            _obj.meter_values = None if _v is None else (_t.list_of(_v, _models.IngestDataSummary.from_dict))
            _key = "report_meter_values"
            _v = _d.get("report_meter_values")
            _obj.report_meter_values = (
                None if _v is None else (_t.list_of(_v, _models.ReportIngestDataSummary.from_dict))
            )
            _key = "description"
            _v = _d.get("description")
            _obj.description = None if _v is None else (_v if type(_v) is str else _t.wrong("string", _v))
            _key = "used_exchange_rates"
            _v = _d.get("used_exchange_rates")
            _obj.used_exchange_rates = None if _v is None else (_t.list_of(_v, _models.UsedExchangeRate.from_dict))
            _key = "included_volume_details"
            _v = _d.get("included_volume_details")
            _obj.included_volume_details = (
                None if _v is None else (_models.PricingItemSummaryIncludedVolumeDetails.from_dict(_v))
            )
            _key = "wallet_balance_details"
            _v = _d.get("wallet_balance_details")
            _obj.wallet_balance_details = (
                None if _v is None else (_models.PricingItemSummaryWalletBalanceDetails.from_dict(_v))
            )
            _key = "split_pricing"
            _v = _d.get("split_pricing")
            _obj.split_pricing = None if _v is None else (_models.PricingItemConfigSplitPricing.from_dict(_v))
            _key = "meter_value_share_of_total"
            _v = _d.get("meter_value_share_of_total")
            _obj.meter_value_share_of_total = None if _v is None else (_t.decimal(_v))
            _key = "meter_value_share_of_processing_only_customer_total"
            _v = _d.get("meter_value_share_of_processing_only_customer_total")
            _obj.meter_value_share_of_processing_only_customer_total = None if _v is None else (_t.decimal(_v))
            _key = ""
            if _cls._KEYS.issuperset(_d):
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {_k: _x for _k, _x in _d.items() if _k not in _cls._KEYS}
        except _t.ResponseValueError as exc:
            raise (exc.within(_key) if _key else exc) from None
        return _obj

    def __repr__(self) -> str:
        return _t.model_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}(...)" if cycle else _t.model_repr(self))

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
