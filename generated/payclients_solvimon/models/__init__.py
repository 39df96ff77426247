"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package, or one model, does not import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_number_and_bic import AccountNumberAndBic
    from .address import Address
    from .adyen_auto_rescue import AdyenAutoRescue
    from .adyen_direct_payment_context import AdyenDirectPaymentContext
    from .adyen_environment import AdyenEnvironment
    from .adyen_integration_details import AdyenIntegrationDetails
    from .adyen_ownership import AdyenOwnership
    from .adyen_payment_action import AdyenPaymentAction
    from .adyen_payment_gateway_integration import AdyenPaymentGatewayIntegration
    from .amount import Amount
    from .api_error import ApiError
    from .api_error_code import ApiErrorCode
    from .api_error_resource_type import ApiErrorResourceType
    from .api_error_type import ApiErrorType
    from .ar_local import ARLocal
    from .authentication_settings import AuthenticationSettings
    from .authentication_settings_api_key import AuthenticationSettingsApiKey
    from .ava_tax_calculation_integration import AvaTaxCalculationIntegration
    from .balance_platform_details import BalancePlatformDetails
    from .bank_account import BankAccount
    from .bank_account_type import BankAccountType
    from .big_query import BigQuery
    from .billing_entity import BillingEntity
    from .br_local import BRLocal
    from .charge_on_demand_payment_context import ChargeOnDemandPaymentContext
    from .charge_on_demand_pricing_item import ChargeOnDemandPricingItem
    from .charge_on_demand_pricing_items_request import ChargeOnDemandPricingItemsRequest
    from .client_credentials import ClientCredentials
    from .comparator import Comparator
    from .configured_meter_value import ConfiguredMeterValue
    from .country_code import CountryCode
    from .create_invoice_request import CreateInvoiceRequest
    from .create_payment_method_payment_context import CreatePaymentMethodPaymentContext
    from .credit_and_copy_invoice_request import CreditAndCopyInvoiceRequest
    from .credit_and_copy_invoice_response import CreditAndCopyInvoiceResponse
    from .credit_details_source import CreditDetailsSource
    from .credit_invoice_group import CreditInvoiceGroup
    from .credit_invoice_line import CreditInvoiceLine
    from .credit_invoice_period import CreditInvoicePeriod
    from .credit_invoice_request import CreditInvoiceRequest
    from .credit_type import CreditType
    from .credit_type_status import CreditTypeStatus
    from .credits_ import Credits
    from .currency import Currency
    from .custom_field_value import CustomFieldValue
    from .custom_tax_code import CustomTaxCode
    from .custom_tax_code_field import CustomTaxCodeField
    from .customer import Customer
    from .customer_role import CustomerRole
    from .customer_seller_details import CustomerSellerDetails
    from .customer_status import CustomerStatus
    from .customer_type import CustomerType
    from .data_export_integration import DataExportIntegration
    from .data_export_variant import DataExportVariant
    from .delete_invoice_group import DeleteInvoiceGroup
    from .delete_invoice_line import DeleteInvoiceLine
    from .delete_invoice_lines_request import DeleteInvoiceLinesRequest
    from .delete_invoice_period import DeleteInvoicePeriod
    from .deposit_account_type import DepositAccountType
    from .direct_auto_rescue import DirectAutoRescue
    from .direct_payment_context import DirectPaymentContext
    from .e_invoice import EInvoice
    from .e_invoice_file_format import EInvoiceFileFormat
    from .e_invoice_status import EInvoiceStatus
    from .e_invoice_supported_file_format import EInvoiceSupportedFileFormat
    from .e_invoicing_condition import EInvoicingCondition
    from .e_invoicing_condition_group import EInvoicingConditionGroup
    from .e_invoicing_integration import EInvoicingIntegration
    from .e_invoicing_mandate import EInvoicingMandate
    from .e_invoicing_mapping import EInvoicingMapping
    from .e_invoicing_processor import EInvoicingProcessor
    from .email_provider_integration import EmailProviderIntegration
    from .email_provider_variant import EmailProviderVariant
    from .enabled_pricing import EnabledPricing
    from .expiry_date import ExpiryDate
    from .export_invoice_to_erp_request import ExportInvoiceToErpRequest
    from .feature_resource_reference import FeatureResourceReference
    from .filter_field import FilterField
    from .gcs import Gcs
    from .individual import Individual
    from .ingest_data_summary import IngestDataSummary
    from .init_pricing_plan_subscription_payment_context import InitPricingPlanSubscriptionPaymentContext
    from .integration import Integration
    from .integration_details import IntegrationDetails
    from .integration_link_detail import IntegrationLinkDetail
    from .integration_linked_resource_configuration import IntegrationLinkedResourceConfiguration
    from .integration_status import IntegrationStatus
    from .integration_type import IntegrationType
    from .invoice import Invoice
    from .invoice_approval_status import InvoiceApprovalStatus
    from .invoice_billing_type import InvoiceBillingType
    from .invoice_coupon import InvoiceCoupon
    from .invoice_credit_detail import InvoiceCreditDetail
    from .invoice_dunning_action import InvoiceDunningAction
    from .invoice_dunning_action_status import InvoiceDunningActionStatus
    from .invoice_group import InvoiceGroup
    from .invoice_line import InvoiceLine
    from .invoice_line_coupon_data import InvoiceLineCouponData
    from .invoice_line_meter_value import InvoiceLineMeterValue
    from .invoice_page import InvoicePage
    from .invoice_payment_action import InvoicePaymentAction
    from .invoice_payment_action_bank_account_details import InvoicePaymentActionBankAccountDetails
    from .invoice_payment_action_custom_redirect_details import InvoicePaymentActionCustomRedirectDetails
    from .invoice_payment_action_payment_gateway_details import InvoicePaymentActionPaymentGatewayDetails
    from .invoice_payment_status import InvoicePaymentStatus
    from .invoice_period import InvoicePeriod
    from .invoice_preview import InvoicePreview
    from .invoice_preview_schedule_invoices import InvoicePreviewScheduleInvoices
    from .invoice_pricing import InvoicePricing
    from .invoice_pricing_amount_type import InvoicePricingAmountType
    from .invoice_promotion_code import InvoicePromotionCode
    from .invoice_reprocess import InvoiceReprocess
    from .invoice_search_request import InvoiceSearchRequest
    from .invoice_sub_line import InvoiceSubLine
    from .invoice_sub_line_type import InvoiceSubLineType
    from .invoice_sub_line_usage_based_conversion import InvoiceSubLineUsageBasedConversion
    from .invoice_tax_amounts import InvoiceTaxAmounts
    from .invoice_tax_category_summary import InvoiceTaxCategorySummary
    from .invoice_tax_category_summary_rate import InvoiceTaxCategorySummaryRate
    from .invoice_tax_total_summary import InvoiceTaxTotalSummary
    from .invoice_type import InvoiceType
    from .invoice_validation_result import InvoiceValidationResult
    from .legal_entity_manager_details import LegalEntityManagerDetails
    from .link_detail import LinkDetail
    from .linked_integration import LinkedIntegration
    from .linked_invoice_detail import LinkedInvoiceDetail
    from .mailgun_email_provider import MailgunEmailProvider
    from .mailgun_region import MailgunRegion
    from .meter import Meter
    from .meter_condition_expression import MeterConditionExpression
    from .meter_condition_operand import MeterConditionOperand
    from .meter_condition_operand_expression import MeterConditionOperandExpression
    from .meter_condition_operator import MeterConditionOperator
    from .meter_conditions import MeterConditions
    from .meter_meter_property import MeterMeterProperty
    from .meter_meter_value import MeterMeterValue
    from .meter_property import MeterProperty
    from .meter_property_condition import MeterPropertyCondition
    from .meter_property_split_pricing import MeterPropertySplitPricing
    from .meter_property_type import MeterPropertyType
    from .meter_value import MeterValue
    from .meter_value_calculation import MeterValueCalculation
    from .meter_value_calculation_type import MeterValueCalculationType
    from .meter_value_type import MeterValueType
    from .mx_local import MXLocal
    from .name import Name
    from .notification_channel import NotificationChannel
    from .notification_channel_type import NotificationChannelType
    from .notification_preference import NotificationPreference
    from .notification_preference_type import NotificationPreferenceType
    from .one_off_invoice_line_request import OneOffInvoiceLineRequest
    from .order_direction import OrderDirection
    from .organization import Organization
    from .original_invoice_info import OriginalInvoiceInfo
    from .other_custom_field_value import OtherCustomFieldValue
    from .page_links import PageLinks
    from .pay_invoice_payment_context import PayInvoicePaymentContext
    from .payment import Payment
    from .payment_acceptor import PaymentAcceptor
    from .payment_acceptor_custom_redirect import PaymentAcceptorCustomRedirect
    from .payment_acceptor_type import PaymentAcceptorType
    from .payment_context import PaymentContext
    from .payment_context_metadata import PaymentContextMetadata
    from .payment_context_type import PaymentContextType
    from .payment_dunning_action_details import PaymentDunningActionDetails
    from .payment_gateway_collection_type import PaymentGatewayCollectionType
    from .payment_gateway_integration import PaymentGatewayIntegration
    from .payment_gateway_payment_acceptor import PaymentGatewayPaymentAcceptor
    from .payment_gateway_payment_acceptor_adyen import PaymentGatewayPaymentAcceptorAdyen
    from .payment_gateway_payment_acceptor_link import PaymentGatewayPaymentAcceptorLink
    from .payment_gateway_variant import PaymentGatewayVariant
    from .payment_method_details import PaymentMethodDetails
    from .payment_method_details_buy_now_pay_later import PaymentMethodDetailsBuyNowPayLater
    from .payment_method_details_card import PaymentMethodDetailsCard
    from .payment_method_details_digital_wallet import PaymentMethodDetailsDigitalWallet
    from .payment_method_details_direct_debit import PaymentMethodDetailsDirectDebit
    from .payment_method_details_online_banking import PaymentMethodDetailsOnlineBanking
    from .payment_method_details_type import PaymentMethodDetailsType
    from .payment_method_details_unknown import PaymentMethodDetailsUnknown
    from .payment_page import PaymentPage
    from .payment_request_payment_context import PaymentRequestPaymentContext
    from .payment_result import PaymentResult
    from .payment_result_details import PaymentResultDetails
    from .period import Period
    from .period_type import PeriodType
    from .portal_url_link import PortalUrlLink
    from .preview_invoice_request import PreviewInvoiceRequest
    from .pricing_item_config_band import PricingItemConfigBand
    from .pricing_item_config_meter_value import PricingItemConfigMeterValue
    from .pricing_item_config_split_pricing import PricingItemConfigSplitPricing
    from .pricing_item_summary_included_volume_details import PricingItemSummaryIncludedVolumeDetails
    from .pricing_item_summary_meter_value import PricingItemSummaryMeterValue
    from .pricing_item_summary_price_details import PricingItemSummaryPriceDetails
    from .pricing_item_summary_price_details_band import PricingItemSummaryPriceDetailsBand
    from .pricing_item_summary_price_details_conversion import PricingItemSummaryPriceDetailsConversion
    from .pricing_item_summary_wallet_balance_details import PricingItemSummaryWalletBalanceDetails
    from .pricing_plan_schedule_customization import PricingPlanScheduleCustomization
    from .pricing_plan_subscription_selector import PricingPlanSubscriptionSelector
    from .pricing_plan_subscription_selector_data import PricingPlanSubscriptionSelectorData
    from .pricing_plan_subscription_selector_fallback import PricingPlanSubscriptionSelectorFallback
    from .pricing_plan_subscription_selector_field import PricingPlanSubscriptionSelectorField
    from .pricing_plan_subscription_selector_filter import PricingPlanSubscriptionSelectorFilter
    from .pricing_plan_subscription_selector_rule import PricingPlanSubscriptionSelectorRule
    from .pricing_type import PricingType
    from .product import Product
    from .product_category import ProductCategory
    from .product_item import ProductItem
    from .product_item_credits import ProductItemCredits
    from .product_item_model_type import ProductItemModelType
    from .product_item_type import ProductItemType
    from .product_item_usage_based import ProductItemUsageBased
    from .product_type import ProductType
    from .promotion_code_details import PromotionCodeDetails
    from .refresh_invoice_request import RefreshInvoiceRequest
    from .refresh_invoice_type import RefreshInvoiceType
    from .report_ingest_data_summary import ReportIngestDataSummary
    from .resource_identifier import ResourceIdentifier
    from .resource_identifier_type import ResourceIdentifierType
    from .resource_status import ResourceStatus
    from .resubmit_e_invoice_request import ResubmitEInvoiceRequest
    from .s3 import S3
    from .s3_authentication_type import S3AuthenticationType
    from .search_field import SearchField
    from .selection_rule_field import SelectionRuleField
    from .send_invoice_by_email_request import SendInvoiceByEmailRequest
    from .snowflake import Snowflake
    from .stripe_integration_details import StripeIntegrationDetails
    from .stripe_payment_action import StripePaymentAction
    from .stripe_payment_gateway_integration import StripePaymentGatewayIntegration
    from .system_ownership_details import SystemOwnershipDetails
    from .tax_calculation_integration import TaxCalculationIntegration
    from .tax_calculation_variant import TaxCalculationVariant
    from .tax_category import TaxCategory
    from .tax_id import TaxId
    from .tax_id_type import TaxIdType
    from .tax_id_validation import TaxIdValidation
    from .tax_id_validity import TaxIdValidity
    from .tax_registration import TaxRegistration
    from .tax_settings import TaxSettings
    from .uk_local import UKLocal
    from .unit_name import UnitName
    from .update_e_invoice_status_request import UpdateEInvoiceStatusRequest
    from .update_invoice_request import UpdateInvoiceRequest
    from .us_local import USLocal
    from .used_exchange_rate import UsedExchangeRate
    from .username_password import UsernamePassword
    from .volume import Volume

_MODULES: dict[str, str] = {
    "AccountNumberAndBic": "account_number_and_bic",
    "Address": "address",
    "AdyenAutoRescue": "adyen_auto_rescue",
    "AdyenDirectPaymentContext": "adyen_direct_payment_context",
    "AdyenEnvironment": "adyen_environment",
    "AdyenIntegrationDetails": "adyen_integration_details",
    "AdyenOwnership": "adyen_ownership",
    "AdyenPaymentAction": "adyen_payment_action",
    "AdyenPaymentGatewayIntegration": "adyen_payment_gateway_integration",
    "Amount": "amount",
    "ApiError": "api_error",
    "ApiErrorCode": "api_error_code",
    "ApiErrorResourceType": "api_error_resource_type",
    "ApiErrorType": "api_error_type",
    "ARLocal": "ar_local",
    "AuthenticationSettings": "authentication_settings",
    "AuthenticationSettingsApiKey": "authentication_settings_api_key",
    "AvaTaxCalculationIntegration": "ava_tax_calculation_integration",
    "BalancePlatformDetails": "balance_platform_details",
    "BankAccount": "bank_account",
    "BankAccountType": "bank_account_type",
    "BigQuery": "big_query",
    "BillingEntity": "billing_entity",
    "BRLocal": "br_local",
    "ChargeOnDemandPaymentContext": "charge_on_demand_payment_context",
    "ChargeOnDemandPricingItem": "charge_on_demand_pricing_item",
    "ChargeOnDemandPricingItemsRequest": "charge_on_demand_pricing_items_request",
    "ClientCredentials": "client_credentials",
    "Comparator": "comparator",
    "ConfiguredMeterValue": "configured_meter_value",
    "CountryCode": "country_code",
    "CreateInvoiceRequest": "create_invoice_request",
    "CreatePaymentMethodPaymentContext": "create_payment_method_payment_context",
    "CreditAndCopyInvoiceRequest": "credit_and_copy_invoice_request",
    "CreditAndCopyInvoiceResponse": "credit_and_copy_invoice_response",
    "CreditDetailsSource": "credit_details_source",
    "CreditInvoiceGroup": "credit_invoice_group",
    "CreditInvoiceLine": "credit_invoice_line",
    "CreditInvoicePeriod": "credit_invoice_period",
    "CreditInvoiceRequest": "credit_invoice_request",
    "CreditType": "credit_type",
    "CreditTypeStatus": "credit_type_status",
    "Credits": "credits_",
    "Currency": "currency",
    "CustomFieldValue": "custom_field_value",
    "CustomTaxCode": "custom_tax_code",
    "CustomTaxCodeField": "custom_tax_code_field",
    "Customer": "customer",
    "CustomerRole": "customer_role",
    "CustomerSellerDetails": "customer_seller_details",
    "CustomerStatus": "customer_status",
    "CustomerType": "customer_type",
    "DataExportIntegration": "data_export_integration",
    "DataExportVariant": "data_export_variant",
    "DeleteInvoiceGroup": "delete_invoice_group",
    "DeleteInvoiceLine": "delete_invoice_line",
    "DeleteInvoiceLinesRequest": "delete_invoice_lines_request",
    "DeleteInvoicePeriod": "delete_invoice_period",
    "DepositAccountType": "deposit_account_type",
    "DirectAutoRescue": "direct_auto_rescue",
    "DirectPaymentContext": "direct_payment_context",
    "EInvoice": "e_invoice",
    "EInvoiceFileFormat": "e_invoice_file_format",
    "EInvoiceStatus": "e_invoice_status",
    "EInvoiceSupportedFileFormat": "e_invoice_supported_file_format",
    "EInvoicingCondition": "e_invoicing_condition",
    "EInvoicingConditionGroup": "e_invoicing_condition_group",
    "EInvoicingIntegration": "e_invoicing_integration",
    "EInvoicingMandate": "e_invoicing_mandate",
    "EInvoicingMapping": "e_invoicing_mapping",
    "EInvoicingProcessor": "e_invoicing_processor",
    "EmailProviderIntegration": "email_provider_integration",
    "EmailProviderVariant": "email_provider_variant",
    "EnabledPricing": "enabled_pricing",
    "ExpiryDate": "expiry_date",
    "ExportInvoiceToErpRequest": "export_invoice_to_erp_request",
    "FeatureResourceReference": "feature_resource_reference",
    "FilterField": "filter_field",
    "Gcs": "gcs",
    "Individual": "individual",
    "IngestDataSummary": "ingest_data_summary",
    "InitPricingPlanSubscriptionPaymentContext": "init_pricing_plan_subscription_payment_context",
    "Integration": "integration",
    "IntegrationDetails": "integration_details",
    "IntegrationLinkDetail": "integration_link_detail",
    "IntegrationLinkedResourceConfiguration": "integration_linked_resource_configuration",
    "IntegrationStatus": "integration_status",
    "IntegrationType": "integration_type",
    "Invoice": "invoice",
    "InvoiceApprovalStatus": "invoice_approval_status",
    "InvoiceBillingType": "invoice_billing_type",
    "InvoiceCoupon": "invoice_coupon",
    "InvoiceCreditDetail": "invoice_credit_detail",
    "InvoiceDunningAction": "invoice_dunning_action",
    "InvoiceDunningActionStatus": "invoice_dunning_action_status",
    "InvoiceGroup": "invoice_group",
    "InvoiceLine": "invoice_line",
    "InvoiceLineCouponData": "invoice_line_coupon_data",
    "InvoiceLineMeterValue": "invoice_line_meter_value",
    "InvoicePage": "invoice_page",
    "InvoicePaymentAction": "invoice_payment_action",
    "InvoicePaymentActionBankAccountDetails": "invoice_payment_action_bank_account_details",
    "InvoicePaymentActionCustomRedirectDetails": "invoice_payment_action_custom_redirect_details",
    "InvoicePaymentActionPaymentGatewayDetails": "invoice_payment_action_payment_gateway_details",
    "InvoicePaymentStatus": "invoice_payment_status",
    "InvoicePeriod": "invoice_period",
    "InvoicePreview": "invoice_preview",
    "InvoicePreviewScheduleInvoices": "invoice_preview_schedule_invoices",
    "InvoicePricing": "invoice_pricing",
    "InvoicePricingAmountType": "invoice_pricing_amount_type",
    "InvoicePromotionCode": "invoice_promotion_code",
    "InvoiceReprocess": "invoice_reprocess",
    "InvoiceSearchRequest": "invoice_search_request",
    "InvoiceSubLine": "invoice_sub_line",
    "InvoiceSubLineType": "invoice_sub_line_type",
    "InvoiceSubLineUsageBasedConversion": "invoice_sub_line_usage_based_conversion",
    "InvoiceTaxAmounts": "invoice_tax_amounts",
    "InvoiceTaxCategorySummary": "invoice_tax_category_summary",
    "InvoiceTaxCategorySummaryRate": "invoice_tax_category_summary_rate",
    "InvoiceTaxTotalSummary": "invoice_tax_total_summary",
    "InvoiceType": "invoice_type",
    "InvoiceValidationResult": "invoice_validation_result",
    "LegalEntityManagerDetails": "legal_entity_manager_details",
    "LinkDetail": "link_detail",
    "LinkedIntegration": "linked_integration",
    "LinkedInvoiceDetail": "linked_invoice_detail",
    "MailgunEmailProvider": "mailgun_email_provider",
    "MailgunRegion": "mailgun_region",
    "Meter": "meter",
    "MeterConditionExpression": "meter_condition_expression",
    "MeterConditionOperand": "meter_condition_operand",
    "MeterConditionOperandExpression": "meter_condition_operand_expression",
    "MeterConditionOperator": "meter_condition_operator",
    "MeterConditions": "meter_conditions",
    "MeterMeterProperty": "meter_meter_property",
    "MeterMeterValue": "meter_meter_value",
    "MeterProperty": "meter_property",
    "MeterPropertyCondition": "meter_property_condition",
    "MeterPropertySplitPricing": "meter_property_split_pricing",
    "MeterPropertyType": "meter_property_type",
    "MeterValue": "meter_value",
    "MeterValueCalculation": "meter_value_calculation",
    "MeterValueCalculationType": "meter_value_calculation_type",
    "MeterValueType": "meter_value_type",
    "MXLocal": "mx_local",
    "Name": "name",
    "NotificationChannel": "notification_channel",
    "NotificationChannelType": "notification_channel_type",
    "NotificationPreference": "notification_preference",
    "NotificationPreferenceType": "notification_preference_type",
    "OneOffInvoiceLineRequest": "one_off_invoice_line_request",
    "OrderDirection": "order_direction",
    "Organization": "organization",
    "OriginalInvoiceInfo": "original_invoice_info",
    "OtherCustomFieldValue": "other_custom_field_value",
    "PageLinks": "page_links",
    "PayInvoicePaymentContext": "pay_invoice_payment_context",
    "Payment": "payment",
    "PaymentAcceptor": "payment_acceptor",
    "PaymentAcceptorCustomRedirect": "payment_acceptor_custom_redirect",
    "PaymentAcceptorType": "payment_acceptor_type",
    "PaymentContext": "payment_context",
    "PaymentContextMetadata": "payment_context_metadata",
    "PaymentContextType": "payment_context_type",
    "PaymentDunningActionDetails": "payment_dunning_action_details",
    "PaymentGatewayCollectionType": "payment_gateway_collection_type",
    "PaymentGatewayIntegration": "payment_gateway_integration",
    "PaymentGatewayPaymentAcceptor": "payment_gateway_payment_acceptor",
    "PaymentGatewayPaymentAcceptorAdyen": "payment_gateway_payment_acceptor_adyen",
    "PaymentGatewayPaymentAcceptorLink": "payment_gateway_payment_acceptor_link",
    "PaymentGatewayVariant": "payment_gateway_variant",
    "PaymentMethodDetails": "payment_method_details",
    "PaymentMethodDetailsBuyNowPayLater": "payment_method_details_buy_now_pay_later",
    "PaymentMethodDetailsCard": "payment_method_details_card",
    "PaymentMethodDetailsDigitalWallet": "payment_method_details_digital_wallet",
    "PaymentMethodDetailsDirectDebit": "payment_method_details_direct_debit",
    "PaymentMethodDetailsOnlineBanking": "payment_method_details_online_banking",
    "PaymentMethodDetailsType": "payment_method_details_type",
    "PaymentMethodDetailsUnknown": "payment_method_details_unknown",
    "PaymentPage": "payment_page",
    "PaymentRequestPaymentContext": "payment_request_payment_context",
    "PaymentResult": "payment_result",
    "PaymentResultDetails": "payment_result_details",
    "Period": "period",
    "PeriodType": "period_type",
    "PortalUrlLink": "portal_url_link",
    "PreviewInvoiceRequest": "preview_invoice_request",
    "PricingItemConfigBand": "pricing_item_config_band",
    "PricingItemConfigMeterValue": "pricing_item_config_meter_value",
    "PricingItemConfigSplitPricing": "pricing_item_config_split_pricing",
    "PricingItemSummaryIncludedVolumeDetails": "pricing_item_summary_included_volume_details",
    "PricingItemSummaryMeterValue": "pricing_item_summary_meter_value",
    "PricingItemSummaryPriceDetails": "pricing_item_summary_price_details",
    "PricingItemSummaryPriceDetailsBand": "pricing_item_summary_price_details_band",
    "PricingItemSummaryPriceDetailsConversion": "pricing_item_summary_price_details_conversion",
    "PricingItemSummaryWalletBalanceDetails": "pricing_item_summary_wallet_balance_details",
    "PricingPlanScheduleCustomization": "pricing_plan_schedule_customization",
    "PricingPlanSubscriptionSelector": "pricing_plan_subscription_selector",
    "PricingPlanSubscriptionSelectorData": "pricing_plan_subscription_selector_data",
    "PricingPlanSubscriptionSelectorFallback": "pricing_plan_subscription_selector_fallback",
    "PricingPlanSubscriptionSelectorField": "pricing_plan_subscription_selector_field",
    "PricingPlanSubscriptionSelectorFilter": "pricing_plan_subscription_selector_filter",
    "PricingPlanSubscriptionSelectorRule": "pricing_plan_subscription_selector_rule",
    "PricingType": "pricing_type",
    "Product": "product",
    "ProductCategory": "product_category",
    "ProductItem": "product_item",
    "ProductItemCredits": "product_item_credits",
    "ProductItemModelType": "product_item_model_type",
    "ProductItemType": "product_item_type",
    "ProductItemUsageBased": "product_item_usage_based",
    "ProductType": "product_type",
    "PromotionCodeDetails": "promotion_code_details",
    "RefreshInvoiceRequest": "refresh_invoice_request",
    "RefreshInvoiceType": "refresh_invoice_type",
    "ReportIngestDataSummary": "report_ingest_data_summary",
    "ResourceIdentifier": "resource_identifier",
    "ResourceIdentifierType": "resource_identifier_type",
    "ResourceStatus": "resource_status",
    "ResubmitEInvoiceRequest": "resubmit_e_invoice_request",
    "S3": "s3",
    "S3AuthenticationType": "s3_authentication_type",
    "SearchField": "search_field",
    "SelectionRuleField": "selection_rule_field",
    "SendInvoiceByEmailRequest": "send_invoice_by_email_request",
    "Snowflake": "snowflake",
    "StripeIntegrationDetails": "stripe_integration_details",
    "StripePaymentAction": "stripe_payment_action",
    "StripePaymentGatewayIntegration": "stripe_payment_gateway_integration",
    "SystemOwnershipDetails": "system_ownership_details",
    "TaxCalculationIntegration": "tax_calculation_integration",
    "TaxCalculationVariant": "tax_calculation_variant",
    "TaxCategory": "tax_category",
    "TaxId": "tax_id",
    "TaxIdType": "tax_id_type",
    "TaxIdValidation": "tax_id_validation",
    "TaxIdValidity": "tax_id_validity",
    "TaxRegistration": "tax_registration",
    "TaxSettings": "tax_settings",
    "UKLocal": "uk_local",
    "UnitName": "unit_name",
    "UpdateEInvoiceStatusRequest": "update_e_invoice_status_request",
    "UpdateInvoiceRequest": "update_invoice_request",
    "USLocal": "us_local",
    "UsedExchangeRate": "used_exchange_rate",
    "UsernamePassword": "username_password",
    "Volume": "volume",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "S3",
    "ARLocal",
    "AccountNumberAndBic",
    "Address",
    "AdyenAutoRescue",
    "AdyenDirectPaymentContext",
    "AdyenEnvironment",
    "AdyenIntegrationDetails",
    "AdyenOwnership",
    "AdyenPaymentAction",
    "AdyenPaymentGatewayIntegration",
    "Amount",
    "ApiError",
    "ApiErrorCode",
    "ApiErrorResourceType",
    "ApiErrorType",
    "AuthenticationSettings",
    "AuthenticationSettingsApiKey",
    "AvaTaxCalculationIntegration",
    "BRLocal",
    "BalancePlatformDetails",
    "BankAccount",
    "BankAccountType",
    "BigQuery",
    "BillingEntity",
    "ChargeOnDemandPaymentContext",
    "ChargeOnDemandPricingItem",
    "ChargeOnDemandPricingItemsRequest",
    "ClientCredentials",
    "Comparator",
    "ConfiguredMeterValue",
    "CountryCode",
    "CreateInvoiceRequest",
    "CreatePaymentMethodPaymentContext",
    "CreditAndCopyInvoiceRequest",
    "CreditAndCopyInvoiceResponse",
    "CreditDetailsSource",
    "CreditInvoiceGroup",
    "CreditInvoiceLine",
    "CreditInvoicePeriod",
    "CreditInvoiceRequest",
    "CreditType",
    "CreditTypeStatus",
    "Credits",
    "Currency",
    "CustomFieldValue",
    "CustomTaxCode",
    "CustomTaxCodeField",
    "Customer",
    "CustomerRole",
    "CustomerSellerDetails",
    "CustomerStatus",
    "CustomerType",
    "DataExportIntegration",
    "DataExportVariant",
    "DeleteInvoiceGroup",
    "DeleteInvoiceLine",
    "DeleteInvoiceLinesRequest",
    "DeleteInvoicePeriod",
    "DepositAccountType",
    "DirectAutoRescue",
    "DirectPaymentContext",
    "EInvoice",
    "EInvoiceFileFormat",
    "EInvoiceStatus",
    "EInvoiceSupportedFileFormat",
    "EInvoicingCondition",
    "EInvoicingConditionGroup",
    "EInvoicingIntegration",
    "EInvoicingMandate",
    "EInvoicingMapping",
    "EInvoicingProcessor",
    "EmailProviderIntegration",
    "EmailProviderVariant",
    "EnabledPricing",
    "ExpiryDate",
    "ExportInvoiceToErpRequest",
    "FeatureResourceReference",
    "FilterField",
    "Gcs",
    "Individual",
    "IngestDataSummary",
    "InitPricingPlanSubscriptionPaymentContext",
    "Integration",
    "IntegrationDetails",
    "IntegrationLinkDetail",
    "IntegrationLinkedResourceConfiguration",
    "IntegrationStatus",
    "IntegrationType",
    "Invoice",
    "InvoiceApprovalStatus",
    "InvoiceBillingType",
    "InvoiceCoupon",
    "InvoiceCreditDetail",
    "InvoiceDunningAction",
    "InvoiceDunningActionStatus",
    "InvoiceGroup",
    "InvoiceLine",
    "InvoiceLineCouponData",
    "InvoiceLineMeterValue",
    "InvoicePage",
    "InvoicePaymentAction",
    "InvoicePaymentActionBankAccountDetails",
    "InvoicePaymentActionCustomRedirectDetails",
    "InvoicePaymentActionPaymentGatewayDetails",
    "InvoicePaymentStatus",
    "InvoicePeriod",
    "InvoicePreview",
    "InvoicePreviewScheduleInvoices",
    "InvoicePricing",
    "InvoicePricingAmountType",
    "InvoicePromotionCode",
    "InvoiceReprocess",
    "InvoiceSearchRequest",
    "InvoiceSubLine",
    "InvoiceSubLineType",
    "InvoiceSubLineUsageBasedConversion",
    "InvoiceTaxAmounts",
    "InvoiceTaxCategorySummary",
    "InvoiceTaxCategorySummaryRate",
    "InvoiceTaxTotalSummary",
    "InvoiceType",
    "InvoiceValidationResult",
    "LegalEntityManagerDetails",
    "LinkDetail",
    "LinkedIntegration",
    "LinkedInvoiceDetail",
    "MXLocal",
    "MailgunEmailProvider",
    "MailgunRegion",
    "Meter",
    "MeterConditionExpression",
    "MeterConditionOperand",
    "MeterConditionOperandExpression",
    "MeterConditionOperator",
    "MeterConditions",
    "MeterMeterProperty",
    "MeterMeterValue",
    "MeterProperty",
    "MeterPropertyCondition",
    "MeterPropertySplitPricing",
    "MeterPropertyType",
    "MeterValue",
    "MeterValueCalculation",
    "MeterValueCalculationType",
    "MeterValueType",
    "Name",
    "NotificationChannel",
    "NotificationChannelType",
    "NotificationPreference",
    "NotificationPreferenceType",
    "OneOffInvoiceLineRequest",
    "OrderDirection",
    "Organization",
    "OriginalInvoiceInfo",
    "OtherCustomFieldValue",
    "PageLinks",
    "PayInvoicePaymentContext",
    "Payment",
    "PaymentAcceptor",
    "PaymentAcceptorCustomRedirect",
    "PaymentAcceptorType",
    "PaymentContext",
    "PaymentContextMetadata",
    "PaymentContextType",
    "PaymentDunningActionDetails",
    "PaymentGatewayCollectionType",
    "PaymentGatewayIntegration",
    "PaymentGatewayPaymentAcceptor",
    "PaymentGatewayPaymentAcceptorAdyen",
    "PaymentGatewayPaymentAcceptorLink",
    "PaymentGatewayVariant",
    "PaymentMethodDetails",
    "PaymentMethodDetailsBuyNowPayLater",
    "PaymentMethodDetailsCard",
    "PaymentMethodDetailsDigitalWallet",
    "PaymentMethodDetailsDirectDebit",
    "PaymentMethodDetailsOnlineBanking",
    "PaymentMethodDetailsType",
    "PaymentMethodDetailsUnknown",
    "PaymentPage",
    "PaymentRequestPaymentContext",
    "PaymentResult",
    "PaymentResultDetails",
    "Period",
    "PeriodType",
    "PortalUrlLink",
    "PreviewInvoiceRequest",
    "PricingItemConfigBand",
    "PricingItemConfigMeterValue",
    "PricingItemConfigSplitPricing",
    "PricingItemSummaryIncludedVolumeDetails",
    "PricingItemSummaryMeterValue",
    "PricingItemSummaryPriceDetails",
    "PricingItemSummaryPriceDetailsBand",
    "PricingItemSummaryPriceDetailsConversion",
    "PricingItemSummaryWalletBalanceDetails",
    "PricingPlanScheduleCustomization",
    "PricingPlanSubscriptionSelector",
    "PricingPlanSubscriptionSelectorData",
    "PricingPlanSubscriptionSelectorFallback",
    "PricingPlanSubscriptionSelectorField",
    "PricingPlanSubscriptionSelectorFilter",
    "PricingPlanSubscriptionSelectorRule",
    "PricingType",
    "Product",
    "ProductCategory",
    "ProductItem",
    "ProductItemCredits",
    "ProductItemModelType",
    "ProductItemType",
    "ProductItemUsageBased",
    "ProductType",
    "PromotionCodeDetails",
    "RefreshInvoiceRequest",
    "RefreshInvoiceType",
    "ReportIngestDataSummary",
    "ResourceIdentifier",
    "ResourceIdentifierType",
    "ResourceStatus",
    "ResubmitEInvoiceRequest",
    "S3AuthenticationType",
    "SearchField",
    "SelectionRuleField",
    "SendInvoiceByEmailRequest",
    "Snowflake",
    "StripeIntegrationDetails",
    "StripePaymentAction",
    "StripePaymentGatewayIntegration",
    "SystemOwnershipDetails",
    "TaxCalculationIntegration",
    "TaxCalculationVariant",
    "TaxCategory",
    "TaxId",
    "TaxIdType",
    "TaxIdValidation",
    "TaxIdValidity",
    "TaxRegistration",
    "TaxSettings",
    "UKLocal",
    "USLocal",
    "UnitName",
    "UpdateEInvoiceStatusRequest",
    "UpdateInvoiceRequest",
    "UsedExchangeRate",
    "UsernamePassword",
    "Volume",
)
