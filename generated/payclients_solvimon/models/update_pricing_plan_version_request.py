from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_period_settings import BillingPeriodSettings
    from ..models.pricing_category import PricingCategory
    from ..models.pricing_currency_settings import PricingCurrencySettings
    from ..models.rate_card import RateCard
    from ..models.update_credit_type_request import UpdateCreditTypeRequest
    from ..models.update_pricing_plan_request import UpdatePricingPlanRequest


T = TypeVar("T", bound="UpdatePricingPlanVersionRequest")


@_attrs_define
class UpdatePricingPlanVersionRequest:
    """
    Attributes:
        object_type (None | str | Unset):
        id (None | str | Unset):
        pricing_plan_id (None | str | Unset):
        pricing_plan (None | Unset | UpdatePricingPlanRequest):
        version (int | None | Unset):
        status (None | ResourceStatus | Unset):
        pricing_currency_settings (PricingCurrencySettings | Unset):
        billing_period_settings (BillingPeriodSettings | Unset):
        copied_from_pricing_plan_version_id (None | str | Unset):
        pricing_categories (list[PricingCategory] | None | Unset):
        credit_types (list[UpdateCreditTypeRequest] | None | Unset):
        rate_card (RateCard | Unset):
    """

    object_type: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    pricing_plan_id: None | str | Unset = UNSET
    pricing_plan: None | Unset | UpdatePricingPlanRequest = UNSET
    version: int | None | Unset = UNSET
    status: None | ResourceStatus | Unset = UNSET
    pricing_currency_settings: PricingCurrencySettings | Unset = UNSET
    billing_period_settings: BillingPeriodSettings | Unset = UNSET
    copied_from_pricing_plan_version_id: None | str | Unset = UNSET
    pricing_categories: list[PricingCategory] | None | Unset = UNSET
    credit_types: list[UpdateCreditTypeRequest] | None | Unset = UNSET
    rate_card: RateCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_pricing_plan_request import UpdatePricingPlanRequest

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

        pricing_plan_id: None | str | Unset
        if isinstance(self.pricing_plan_id, Unset):
            pricing_plan_id = UNSET
        else:
            pricing_plan_id = self.pricing_plan_id

        pricing_plan: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan, Unset):
            pricing_plan = UNSET
        elif isinstance(self.pricing_plan, UpdatePricingPlanRequest):
            pricing_plan = self.pricing_plan.to_dict()
        else:
            pricing_plan = self.pricing_plan

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResourceStatus):
            status = self.status.value
        else:
            status = self.status

        pricing_currency_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_currency_settings, Unset):
            pricing_currency_settings = self.pricing_currency_settings.to_dict()

        billing_period_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_period_settings, Unset):
            billing_period_settings = self.billing_period_settings.to_dict()

        copied_from_pricing_plan_version_id: None | str | Unset
        if isinstance(self.copied_from_pricing_plan_version_id, Unset):
            copied_from_pricing_plan_version_id = UNSET
        else:
            copied_from_pricing_plan_version_id = self.copied_from_pricing_plan_version_id

        pricing_categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_categories, Unset):
            pricing_categories = UNSET
        elif isinstance(self.pricing_categories, list):
            pricing_categories = []
            for pricing_categories_type_0_item_data in self.pricing_categories:
                pricing_categories_type_0_item = pricing_categories_type_0_item_data.to_dict()
                pricing_categories.append(pricing_categories_type_0_item)

        else:
            pricing_categories = self.pricing_categories

        credit_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_types, Unset):
            credit_types = UNSET
        elif isinstance(self.credit_types, list):
            credit_types = []
            for credit_types_type_0_item_data in self.credit_types:
                credit_types_type_0_item = credit_types_type_0_item_data.to_dict()
                credit_types.append(credit_types_type_0_item)

        else:
            credit_types = self.credit_types

        rate_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_card, Unset):
            rate_card = self.rate_card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if id is not UNSET:
            field_dict["id"] = id
        if pricing_plan_id is not UNSET:
            field_dict["pricing_plan_id"] = pricing_plan_id
        if pricing_plan is not UNSET:
            field_dict["pricing_plan"] = pricing_plan
        if version is not UNSET:
            field_dict["version"] = version
        if status is not UNSET:
            field_dict["status"] = status
        if pricing_currency_settings is not UNSET:
            field_dict["pricing_currency_settings"] = pricing_currency_settings
        if billing_period_settings is not UNSET:
            field_dict["billing_period_settings"] = billing_period_settings
        if copied_from_pricing_plan_version_id is not UNSET:
            field_dict["copied_from_pricing_plan_version_id"] = copied_from_pricing_plan_version_id
        if pricing_categories is not UNSET:
            field_dict["pricing_categories"] = pricing_categories
        if credit_types is not UNSET:
            field_dict["credit_types"] = credit_types
        if rate_card is not UNSET:
            field_dict["rate_card"] = rate_card

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_period_settings import BillingPeriodSettings
        from ..models.pricing_category import PricingCategory
        from ..models.pricing_currency_settings import PricingCurrencySettings
        from ..models.rate_card import RateCard
        from ..models.update_credit_type_request import UpdateCreditTypeRequest
        from ..models.update_pricing_plan_request import UpdatePricingPlanRequest

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

        def _parse_pricing_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_plan_id = _parse_pricing_plan_id(d.pop("pricing_plan_id", UNSET))

        def _parse_pricing_plan(data: object) -> None | Unset | UpdatePricingPlanRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_type_0 = UpdatePricingPlanRequest.from_dict(data)

                return pricing_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdatePricingPlanRequest, data)

        pricing_plan = _parse_pricing_plan(d.pop("pricing_plan", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_status(data: object) -> None | ResourceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _pricing_currency_settings = d.pop("pricing_currency_settings", UNSET)
        pricing_currency_settings: PricingCurrencySettings | Unset
        if isinstance(_pricing_currency_settings, Unset):
            pricing_currency_settings = UNSET
        else:
            pricing_currency_settings = PricingCurrencySettings.from_dict(_pricing_currency_settings)

        _billing_period_settings = d.pop("billing_period_settings", UNSET)
        billing_period_settings: BillingPeriodSettings | Unset
        if isinstance(_billing_period_settings, Unset):
            billing_period_settings = UNSET
        else:
            billing_period_settings = BillingPeriodSettings.from_dict(_billing_period_settings)

        def _parse_copied_from_pricing_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copied_from_pricing_plan_version_id = _parse_copied_from_pricing_plan_version_id(
            d.pop("copied_from_pricing_plan_version_id", UNSET)
        )

        def _parse_pricing_categories(data: object) -> list[PricingCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pricing_categories_type_0 = []
                _pricing_categories_type_0 = data
                for pricing_categories_type_0_item_data in _pricing_categories_type_0:
                    pricing_categories_type_0_item = PricingCategory.from_dict(pricing_categories_type_0_item_data)

                    pricing_categories_type_0.append(pricing_categories_type_0_item)

                return pricing_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricingCategory] | None | Unset, data)

        pricing_categories = _parse_pricing_categories(d.pop("pricing_categories", UNSET))

        def _parse_credit_types(data: object) -> list[UpdateCreditTypeRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credit_types_type_0 = []
                _credit_types_type_0 = data
                for credit_types_type_0_item_data in _credit_types_type_0:
                    credit_types_type_0_item = UpdateCreditTypeRequest.from_dict(credit_types_type_0_item_data)

                    credit_types_type_0.append(credit_types_type_0_item)

                return credit_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateCreditTypeRequest] | None | Unset, data)

        credit_types = _parse_credit_types(d.pop("credit_types", UNSET))

        _rate_card = d.pop("rate_card", UNSET)
        rate_card: RateCard | Unset
        if isinstance(_rate_card, Unset):
            rate_card = UNSET
        else:
            rate_card = RateCard.from_dict(_rate_card)

        update_pricing_plan_version_request = cls(
            object_type=object_type,
            id=id,
            pricing_plan_id=pricing_plan_id,
            pricing_plan=pricing_plan,
            version=version,
            status=status,
            pricing_currency_settings=pricing_currency_settings,
            billing_period_settings=billing_period_settings,
            copied_from_pricing_plan_version_id=copied_from_pricing_plan_version_id,
            pricing_categories=pricing_categories,
            credit_types=credit_types,
            rate_card=rate_card,
        )

        update_pricing_plan_version_request.additional_properties = d
        return update_pricing_plan_version_request

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
