from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.pricing_plan_subscription_billing_time import PricingPlanSubscriptionBillingTime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.due_date import DueDate
    from ..models.period import Period


T = TypeVar("T", bound="PlatformPricingPlanSubscriptionSettings")


@_attrs_define
class PlatformPricingPlanSubscriptionSettings:
    """
    Attributes:
        billing_entity_id (None | str | Unset):
        due_date_configuration (DueDate | Unset):
        billing_period (Period | Unset): A length of time, such as 1 MONTH.
        billing_currency (Currency | Unset): ISO 4217 currency code.
        billing_time (None | PricingPlanSubscriptionBillingTime | Unset):
        combine (bool | None | Unset):
        init_invoice_on_hold (bool | Unset):
        payment_acceptor_ids (list[str] | None | Unset):
        display_invoice_sub_lines_per_processing_only_customer (bool | None | Unset):
        replicate_meter_data_ingest_to_parent (bool | None | Unset):
        initial_term (Period | Unset): A length of time, such as 1 MONTH.
        renewal_term (Period | Unset): A length of time, such as 1 MONTH.
        auto_renewal (bool | None | Unset):
    """

    billing_entity_id: None | str | Unset = UNSET
    due_date_configuration: DueDate | Unset = UNSET
    billing_period: Period | Unset = UNSET
    billing_currency: Currency | Unset = UNSET
    billing_time: None | PricingPlanSubscriptionBillingTime | Unset = UNSET
    combine: bool | None | Unset = UNSET
    init_invoice_on_hold: bool | Unset = UNSET
    payment_acceptor_ids: list[str] | None | Unset = UNSET
    display_invoice_sub_lines_per_processing_only_customer: bool | None | Unset = UNSET
    replicate_meter_data_ingest_to_parent: bool | None | Unset = UNSET
    initial_term: Period | Unset = UNSET
    renewal_term: Period | Unset = UNSET
    auto_renewal: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

        due_date_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.due_date_configuration, Unset):
            due_date_configuration = self.due_date_configuration.to_dict()

        billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period.to_dict()

        billing_currency: str | Unset = UNSET
        if not isinstance(self.billing_currency, Unset):
            billing_currency = self.billing_currency.value

        billing_time: None | str | Unset
        if isinstance(self.billing_time, Unset):
            billing_time = UNSET
        elif isinstance(self.billing_time, PricingPlanSubscriptionBillingTime):
            billing_time = self.billing_time.value
        else:
            billing_time = self.billing_time

        combine: bool | None | Unset
        if isinstance(self.combine, Unset):
            combine = UNSET
        else:
            combine = self.combine

        init_invoice_on_hold = self.init_invoice_on_hold

        payment_acceptor_ids: list[str] | None | Unset
        if isinstance(self.payment_acceptor_ids, Unset):
            payment_acceptor_ids = UNSET
        elif isinstance(self.payment_acceptor_ids, list):
            payment_acceptor_ids = self.payment_acceptor_ids

        else:
            payment_acceptor_ids = self.payment_acceptor_ids

        display_invoice_sub_lines_per_processing_only_customer: bool | None | Unset
        if isinstance(self.display_invoice_sub_lines_per_processing_only_customer, Unset):
            display_invoice_sub_lines_per_processing_only_customer = UNSET
        else:
            display_invoice_sub_lines_per_processing_only_customer = (
                self.display_invoice_sub_lines_per_processing_only_customer
            )

        replicate_meter_data_ingest_to_parent: bool | None | Unset
        if isinstance(self.replicate_meter_data_ingest_to_parent, Unset):
            replicate_meter_data_ingest_to_parent = UNSET
        else:
            replicate_meter_data_ingest_to_parent = self.replicate_meter_data_ingest_to_parent

        initial_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_term, Unset):
            initial_term = self.initial_term.to_dict()

        renewal_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_term, Unset):
            renewal_term = self.renewal_term.to_dict()

        auto_renewal: bool | None | Unset
        if isinstance(self.auto_renewal, Unset):
            auto_renewal = UNSET
        else:
            auto_renewal = self.auto_renewal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if due_date_configuration is not UNSET:
            field_dict["due_date_configuration"] = due_date_configuration
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if billing_currency is not UNSET:
            field_dict["billing_currency"] = billing_currency
        if billing_time is not UNSET:
            field_dict["billing_time"] = billing_time
        if combine is not UNSET:
            field_dict["combine"] = combine
        if init_invoice_on_hold is not UNSET:
            field_dict["init_invoice_on_hold"] = init_invoice_on_hold
        if payment_acceptor_ids is not UNSET:
            field_dict["payment_acceptor_ids"] = payment_acceptor_ids
        if display_invoice_sub_lines_per_processing_only_customer is not UNSET:
            field_dict["display_invoice_sub_lines_per_processing_only_customer"] = (
                display_invoice_sub_lines_per_processing_only_customer
            )
        if replicate_meter_data_ingest_to_parent is not UNSET:
            field_dict["replicate_meter_data_ingest_to_parent"] = replicate_meter_data_ingest_to_parent
        if initial_term is not UNSET:
            field_dict["initial_term"] = initial_term
        if renewal_term is not UNSET:
            field_dict["renewal_term"] = renewal_term
        if auto_renewal is not UNSET:
            field_dict["auto_renewal"] = auto_renewal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.due_date import DueDate
        from ..models.period import Period

        d = dict(src_dict)

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        _due_date_configuration = d.pop("due_date_configuration", UNSET)
        due_date_configuration: DueDate | Unset
        if isinstance(_due_date_configuration, Unset):
            due_date_configuration = UNSET
        else:
            due_date_configuration = DueDate.from_dict(_due_date_configuration)

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: Period | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = Period.from_dict(_billing_period)

        _billing_currency = d.pop("billing_currency", UNSET)
        billing_currency: Currency | Unset
        if isinstance(_billing_currency, Unset):
            billing_currency = UNSET
        else:
            billing_currency = Currency(_billing_currency)

        def _parse_billing_time(data: object) -> None | PricingPlanSubscriptionBillingTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_time_type_0 = PricingPlanSubscriptionBillingTime(data)

                return billing_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlanSubscriptionBillingTime | Unset, data)

        billing_time = _parse_billing_time(d.pop("billing_time", UNSET))

        def _parse_combine(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        combine = _parse_combine(d.pop("combine", UNSET))

        init_invoice_on_hold = d.pop("init_invoice_on_hold", UNSET)

        def _parse_payment_acceptor_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_acceptor_ids_type_0 = cast(list[str], data)

                return payment_acceptor_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        payment_acceptor_ids = _parse_payment_acceptor_ids(d.pop("payment_acceptor_ids", UNSET))

        def _parse_display_invoice_sub_lines_per_processing_only_customer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        display_invoice_sub_lines_per_processing_only_customer = (
            _parse_display_invoice_sub_lines_per_processing_only_customer(
                d.pop("display_invoice_sub_lines_per_processing_only_customer", UNSET)
            )
        )

        def _parse_replicate_meter_data_ingest_to_parent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        replicate_meter_data_ingest_to_parent = _parse_replicate_meter_data_ingest_to_parent(
            d.pop("replicate_meter_data_ingest_to_parent", UNSET)
        )

        _initial_term = d.pop("initial_term", UNSET)
        initial_term: Period | Unset
        if isinstance(_initial_term, Unset):
            initial_term = UNSET
        else:
            initial_term = Period.from_dict(_initial_term)

        _renewal_term = d.pop("renewal_term", UNSET)
        renewal_term: Period | Unset
        if isinstance(_renewal_term, Unset):
            renewal_term = UNSET
        else:
            renewal_term = Period.from_dict(_renewal_term)

        def _parse_auto_renewal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renewal = _parse_auto_renewal(d.pop("auto_renewal", UNSET))

        platform_pricing_plan_subscription_settings = cls(
            billing_entity_id=billing_entity_id,
            due_date_configuration=due_date_configuration,
            billing_period=billing_period,
            billing_currency=billing_currency,
            billing_time=billing_time,
            combine=combine,
            init_invoice_on_hold=init_invoice_on_hold,
            payment_acceptor_ids=payment_acceptor_ids,
            display_invoice_sub_lines_per_processing_only_customer=display_invoice_sub_lines_per_processing_only_customer,
            replicate_meter_data_ingest_to_parent=replicate_meter_data_ingest_to_parent,
            initial_term=initial_term,
            renewal_term=renewal_term,
            auto_renewal=auto_renewal,
        )

        platform_pricing_plan_subscription_settings.additional_properties = d
        return platform_pricing_plan_subscription_settings

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
