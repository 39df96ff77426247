from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.tax_category import TaxCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branding import Branding
    from ..models.crm_integrations import CrmIntegrations
    from ..models.default_portal_url_settings import DefaultPortalUrlSettings
    from ..models.invoice_settings import InvoiceSettings
    from ..models.platform_pricing_plan_subscription_settings import PlatformPricingPlanSubscriptionSettings
    from ..models.processing_settings import ProcessingSettings
    from ..models.quote_settings import QuoteSettings
    from ..models.reprocessing_settings import ReprocessingSettings
    from ..models.rounding_setting import RoundingSetting


T = TypeVar("T", bound="Platform")


@_attrs_define
class Platform:
    """
    Attributes:
        object_type (None | str | Unset):
        created_at (None | str | Unset):
        id (None | str | Unset):
        reference (str | Unset):
        status (None | str | Unset):
        timezone (None | str | Unset):
        description (None | str | Unset):
        entity_id (None | str | Unset):
        default_billing_entity_id (None | str | Unset):
        default_product_tax_category (TaxCategory | Unset): Tax treatment of a product.
        account_group_id (str | Unset):
        default_pricing_plan_subscription_settings (PlatformPricingPlanSubscriptionSettings | Unset):
        crm_integrations (CrmIntegrations | Unset):
        branding (Branding | Unset):
        invoice_settings (InvoiceSettings | Unset):
        reporting_currency (Currency | Unset): ISO 4217 currency code.
        default_pricing_currency (Currency | Unset): ISO 4217 currency code.
        quote_settings (QuoteSettings | Unset):
        rounding_settings (list[RoundingSetting] | None | Unset):
        reprocessing_settings (ReprocessingSettings | Unset):
        processing_settings (ProcessingSettings | Unset):
        default_portal_url_settings (DefaultPortalUrlSettings | Unset):
    """

    object_type: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    reference: str | Unset = UNSET
    status: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    default_billing_entity_id: None | str | Unset = UNSET
    default_product_tax_category: TaxCategory | Unset = UNSET
    account_group_id: str | Unset = UNSET
    default_pricing_plan_subscription_settings: PlatformPricingPlanSubscriptionSettings | Unset = UNSET
    crm_integrations: CrmIntegrations | Unset = UNSET
    branding: Branding | Unset = UNSET
    invoice_settings: InvoiceSettings | Unset = UNSET
    reporting_currency: Currency | Unset = UNSET
    default_pricing_currency: Currency | Unset = UNSET
    quote_settings: QuoteSettings | Unset = UNSET
    rounding_settings: list[RoundingSetting] | None | Unset = UNSET
    reprocessing_settings: ReprocessingSettings | Unset = UNSET
    processing_settings: ProcessingSettings | Unset = UNSET
    default_portal_url_settings: DefaultPortalUrlSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reference = self.reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        default_billing_entity_id: None | str | Unset
        if isinstance(self.default_billing_entity_id, Unset):
            default_billing_entity_id = UNSET
        else:
            default_billing_entity_id = self.default_billing_entity_id

        default_product_tax_category: str | Unset = UNSET
        if not isinstance(self.default_product_tax_category, Unset):
            default_product_tax_category = self.default_product_tax_category.value

        account_group_id = self.account_group_id

        default_pricing_plan_subscription_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_pricing_plan_subscription_settings, Unset):
            default_pricing_plan_subscription_settings = self.default_pricing_plan_subscription_settings.to_dict()

        crm_integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crm_integrations, Unset):
            crm_integrations = self.crm_integrations.to_dict()

        branding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branding, Unset):
            branding = self.branding.to_dict()

        invoice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_settings, Unset):
            invoice_settings = self.invoice_settings.to_dict()

        reporting_currency: str | Unset = UNSET
        if not isinstance(self.reporting_currency, Unset):
            reporting_currency = self.reporting_currency.value

        default_pricing_currency: str | Unset = UNSET
        if not isinstance(self.default_pricing_currency, Unset):
            default_pricing_currency = self.default_pricing_currency.value

        quote_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_settings, Unset):
            quote_settings = self.quote_settings.to_dict()

        rounding_settings: list[dict[str, Any]] | None | Unset
        if isinstance(self.rounding_settings, Unset):
            rounding_settings = UNSET
        elif isinstance(self.rounding_settings, list):
            rounding_settings = []
            for rounding_settings_type_0_item_data in self.rounding_settings:
                rounding_settings_type_0_item = rounding_settings_type_0_item_data.to_dict()
                rounding_settings.append(rounding_settings_type_0_item)

        else:
            rounding_settings = self.rounding_settings

        reprocessing_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reprocessing_settings, Unset):
            reprocessing_settings = self.reprocessing_settings.to_dict()

        processing_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_settings, Unset):
            processing_settings = self.processing_settings.to_dict()

        default_portal_url_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_portal_url_settings, Unset):
            default_portal_url_settings = self.default_portal_url_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if description is not UNSET:
            field_dict["description"] = description
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if default_billing_entity_id is not UNSET:
            field_dict["default_billing_entity_id"] = default_billing_entity_id
        if default_product_tax_category is not UNSET:
            field_dict["default_product_tax_category"] = default_product_tax_category
        if account_group_id is not UNSET:
            field_dict["account_group_id"] = account_group_id
        if default_pricing_plan_subscription_settings is not UNSET:
            field_dict["default_pricing_plan_subscription_settings"] = default_pricing_plan_subscription_settings
        if crm_integrations is not UNSET:
            field_dict["crm_integrations"] = crm_integrations
        if branding is not UNSET:
            field_dict["branding"] = branding
        if invoice_settings is not UNSET:
            field_dict["invoice_settings"] = invoice_settings
        if reporting_currency is not UNSET:
            field_dict["reporting_currency"] = reporting_currency
        if default_pricing_currency is not UNSET:
            field_dict["default_pricing_currency"] = default_pricing_currency
        if quote_settings is not UNSET:
            field_dict["quote_settings"] = quote_settings
        if rounding_settings is not UNSET:
            field_dict["rounding_settings"] = rounding_settings
        if reprocessing_settings is not UNSET:
            field_dict["reprocessing_settings"] = reprocessing_settings
        if processing_settings is not UNSET:
            field_dict["processing_settings"] = processing_settings
        if default_portal_url_settings is not UNSET:
            field_dict["default_portal_url_settings"] = default_portal_url_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.branding import Branding
        from ..models.crm_integrations import CrmIntegrations
        from ..models.default_portal_url_settings import DefaultPortalUrlSettings
        from ..models.invoice_settings import InvoiceSettings
        from ..models.platform_pricing_plan_subscription_settings import PlatformPricingPlanSubscriptionSettings
        from ..models.processing_settings import ProcessingSettings
        from ..models.quote_settings import QuoteSettings
        from ..models.reprocessing_settings import ReprocessingSettings
        from ..models.rounding_setting import RoundingSetting

        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

        def _parse_default_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_billing_entity_id = _parse_default_billing_entity_id(d.pop("default_billing_entity_id", UNSET))

        _default_product_tax_category = d.pop("default_product_tax_category", UNSET)
        default_product_tax_category: TaxCategory | Unset
        if isinstance(_default_product_tax_category, Unset):
            default_product_tax_category = UNSET
        else:
            default_product_tax_category = TaxCategory(_default_product_tax_category)

        account_group_id = d.pop("account_group_id", UNSET)

        _default_pricing_plan_subscription_settings = d.pop("default_pricing_plan_subscription_settings", UNSET)
        default_pricing_plan_subscription_settings: PlatformPricingPlanSubscriptionSettings | Unset
        if isinstance(_default_pricing_plan_subscription_settings, Unset):
            default_pricing_plan_subscription_settings = UNSET
        else:
            default_pricing_plan_subscription_settings = PlatformPricingPlanSubscriptionSettings.from_dict(
                _default_pricing_plan_subscription_settings
            )

        _crm_integrations = d.pop("crm_integrations", UNSET)
        crm_integrations: CrmIntegrations | Unset
        if isinstance(_crm_integrations, Unset):
            crm_integrations = UNSET
        else:
            crm_integrations = CrmIntegrations.from_dict(_crm_integrations)

        _branding = d.pop("branding", UNSET)
        branding: Branding | Unset
        if isinstance(_branding, Unset):
            branding = UNSET
        else:
            branding = Branding.from_dict(_branding)

        _invoice_settings = d.pop("invoice_settings", UNSET)
        invoice_settings: InvoiceSettings | Unset
        if isinstance(_invoice_settings, Unset):
            invoice_settings = UNSET
        else:
            invoice_settings = InvoiceSettings.from_dict(_invoice_settings)

        _reporting_currency = d.pop("reporting_currency", UNSET)
        reporting_currency: Currency | Unset
        if isinstance(_reporting_currency, Unset):
            reporting_currency = UNSET
        else:
            reporting_currency = Currency(_reporting_currency)

        _default_pricing_currency = d.pop("default_pricing_currency", UNSET)
        default_pricing_currency: Currency | Unset
        if isinstance(_default_pricing_currency, Unset):
            default_pricing_currency = UNSET
        else:
            default_pricing_currency = Currency(_default_pricing_currency)

        _quote_settings = d.pop("quote_settings", UNSET)
        quote_settings: QuoteSettings | Unset
        if isinstance(_quote_settings, Unset):
            quote_settings = UNSET
        else:
            quote_settings = QuoteSettings.from_dict(_quote_settings)

        def _parse_rounding_settings(data: object) -> list[RoundingSetting] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rounding_settings_type_0 = []
                _rounding_settings_type_0 = data
                for rounding_settings_type_0_item_data in _rounding_settings_type_0:
                    rounding_settings_type_0_item = RoundingSetting.from_dict(rounding_settings_type_0_item_data)

                    rounding_settings_type_0.append(rounding_settings_type_0_item)

                return rounding_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoundingSetting] | None | Unset, data)

        rounding_settings = _parse_rounding_settings(d.pop("rounding_settings", UNSET))

        _reprocessing_settings = d.pop("reprocessing_settings", UNSET)
        reprocessing_settings: ReprocessingSettings | Unset
        if isinstance(_reprocessing_settings, Unset):
            reprocessing_settings = UNSET
        else:
            reprocessing_settings = ReprocessingSettings.from_dict(_reprocessing_settings)

        _processing_settings = d.pop("processing_settings", UNSET)
        processing_settings: ProcessingSettings | Unset
        if isinstance(_processing_settings, Unset):
            processing_settings = UNSET
        else:
            processing_settings = ProcessingSettings.from_dict(_processing_settings)

        _default_portal_url_settings = d.pop("default_portal_url_settings", UNSET)
        default_portal_url_settings: DefaultPortalUrlSettings | Unset
        if isinstance(_default_portal_url_settings, Unset):
            default_portal_url_settings = UNSET
        else:
            default_portal_url_settings = DefaultPortalUrlSettings.from_dict(_default_portal_url_settings)

        platform = cls(
            object_type=object_type,
            created_at=created_at,
            id=id,
            reference=reference,
            status=status,
            timezone=timezone,
            description=description,
            entity_id=entity_id,
            default_billing_entity_id=default_billing_entity_id,
            default_product_tax_category=default_product_tax_category,
            account_group_id=account_group_id,
            default_pricing_plan_subscription_settings=default_pricing_plan_subscription_settings,
            crm_integrations=crm_integrations,
            branding=branding,
            invoice_settings=invoice_settings,
            reporting_currency=reporting_currency,
            default_pricing_currency=default_pricing_currency,
            quote_settings=quote_settings,
            rounding_settings=rounding_settings,
            reprocessing_settings=reprocessing_settings,
            processing_settings=processing_settings,
            default_portal_url_settings=default_portal_url_settings,
        )

        platform.additional_properties = d
        return platform

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
