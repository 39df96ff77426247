"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package, or one model, does not import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_membership_representation import AccountMembershipRepresentation
    from .account_membership_representation_type import AccountMembershipRepresentationType
    from .account_number_and_bic import AccountNumberAndBic
    from .account_representation import AccountRepresentation
    from .address import Address
    from .adyen_auto_rescue import AdyenAutoRescue
    from .adyen_direct_payment_context import AdyenDirectPaymentContext
    from .adyen_environment import AdyenEnvironment
    from .adyen_integration_details import AdyenIntegrationDetails
    from .adyen_ownership import AdyenOwnership
    from .adyen_payment_action import AdyenPaymentAction
    from .adyen_payment_gateway_integration import AdyenPaymentGatewayIntegration
    from .adyen_required_action import AdyenRequiredAction
    from .adyen_required_action_sdk_data_type_0 import AdyenRequiredActionSdkDataType0
    from .alert import Alert
    from .alert_data import AlertData
    from .alert_data_entitlement import AlertDataEntitlement
    from .alert_data_invoice import AlertDataInvoice
    from .alert_data_invoice_overdue import AlertDataInvoiceOverdue
    from .alert_data_value import AlertDataValue
    from .alert_page import AlertPage
    from .alert_rule import AlertRule
    from .alert_rule_entitlement import AlertRuleEntitlement
    from .alert_rule_invoice import AlertRuleInvoice
    from .alert_rule_invoice_overdue import AlertRuleInvoiceOverdue
    from .alert_rule_invoice_variant import AlertRuleInvoiceVariant
    from .alert_rule_trigger_type import AlertRuleTriggerType
    from .alert_type import AlertType
    from .amount import Amount
    from .api_error import ApiError
    from .api_error_code import ApiErrorCode
    from .api_error_resource_type import ApiErrorResourceType
    from .api_error_type import ApiErrorType
    from .api_key import ApiKey
    from .api_key_paginated_page import ApiKeyPaginatedPage
    from .api_key_role_type import ApiKeyRoleType
    from .applied_coupon import AppliedCoupon
    from .ar_local import ARLocal
    from .audit_record import AuditRecord
    from .audit_record_page import AuditRecordPage
    from .authentication_provider import AuthenticationProvider
    from .authentication_provider_page import AuthenticationProviderPage
    from .authentication_provider_status import AuthenticationProviderStatus
    from .authentication_provider_type import AuthenticationProviderType
    from .authentication_settings import AuthenticationSettings
    from .authentication_settings_api_key import AuthenticationSettingsApiKey
    from .ava_tax_calculation_integration import AvaTaxCalculationIntegration
    from .balance_platform_details import BalancePlatformDetails
    from .bank_account import BankAccount
    from .bank_account_type import BankAccountType
    from .big_query import BigQuery
    from .billing_entity import BillingEntity
    from .billing_period_option import BillingPeriodOption
    from .billing_period_settings import BillingPeriodSettings
    from .br_local import BRLocal
    from .charge_data_period import ChargeDataPeriod
    from .charge_on_demand_payment_context import ChargeOnDemandPaymentContext
    from .charge_on_demand_pricing_item import ChargeOnDemandPricingItem
    from .charge_on_demand_pricing_items_request import ChargeOnDemandPricingItemsRequest
    from .client_credentials import ClientCredentials
    from .commitment import Commitment
    from .comparator import Comparator
    from .configured_meter_value import ConfiguredMeterValue
    from .configured_meter_value_included_volume import ConfiguredMeterValueIncludedVolume
    from .cost_prediction import CostPrediction
    from .cost_prediction_details import CostPredictionDetails
    from .cost_prediction_response import CostPredictionResponse
    from .country_code import CountryCode
    from .create_adyen_tokenization_request_request import CreateAdyenTokenizationRequestRequest
    from .create_adyen_tokenization_request_request_browser_info import CreateAdyenTokenizationRequestRequestBrowserInfo
    from .create_adyen_tokenization_request_request_payment_method import (
        CreateAdyenTokenizationRequestRequestPaymentMethod,
    )
    from .create_adyen_tokenization_request_request_risk_data import CreateAdyenTokenizationRequestRequestRiskData
    from .create_adyen_verify_details_request import CreateAdyenVerifyDetailsRequest
    from .create_adyen_verify_details_request_details_type_0 import CreateAdyenVerifyDetailsRequestDetailsType0
    from .create_alert_request import CreateAlertRequest
    from .create_authentication_provider_request import CreateAuthenticationProviderRequest
    from .create_authentication_provider_request_request import CreateAuthenticationProviderRequestRequest
    from .create_authorize_payment_request_request import CreateAuthorizePaymentRequestRequest
    from .create_captcha_request_request import CreateCaptchaRequestRequest
    from .create_customer_request import CreateCustomerRequest
    from .create_file_request import CreateFileRequest
    from .create_invoice_request import CreateInvoiceRequest
    from .create_meter_data_request import CreateMeterDataRequest
    from .create_meter_datas_request import CreateMeterDatasRequest
    from .create_o_auth_callback_request import CreateOAuthCallbackRequest
    from .create_o_auth_credential_request_request import CreateOAuthCredentialRequestRequest
    from .create_password_reset_request_request import CreatePasswordResetRequestRequest
    from .create_payment_method_payment_context import CreatePaymentMethodPaymentContext
    from .create_payment_request import CreatePaymentRequest
    from .create_payment_verify_detail_request import CreatePaymentVerifyDetailRequest
    from .create_persist_data_request import CreatePersistDataRequest
    from .create_pricing_plan_subscription_cancel_request import CreatePricingPlanSubscriptionCancelRequest
    from .create_pricing_plan_subscription_change_plan_request import CreatePricingPlanSubscriptionChangePlanRequest
    from .create_pricing_plan_subscription_copy_request import CreatePricingPlanSubscriptionCopyRequest
    from .create_pricing_plan_subscription_init_request import CreatePricingPlanSubscriptionInitRequest
    from .create_refund_payment_request_request import CreateRefundPaymentRequestRequest
    from .create_reprocess_request import CreateReprocessRequest
    from .create_reset_password_request import CreateResetPasswordRequest
    from .create_role_request import CreateRoleRequest
    from .create_stripe_tokenization_request_request import CreateStripeTokenizationRequestRequest
    from .create_user_search_filter_request import CreateUserSearchFilterRequest
    from .create_wallet_balance_status_request_request import CreateWalletBalanceStatusRequestRequest
    from .create_webhook_request import CreateWebhookRequest
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
    from .customer_page import CustomerPage
    from .customer_role import CustomerRole
    from .customer_seller_details import CustomerSellerDetails
    from .customer_status import CustomerStatus
    from .customer_type import CustomerType
    from .customer_wallet_balance_status import CustomerWalletBalanceStatus
    from .customer_wallet_balances_status import CustomerWalletBalancesStatus
    from .data_export_integration import DataExportIntegration
    from .data_export_variant import DataExportVariant
    from .delete_invoice_group import DeleteInvoiceGroup
    from .delete_invoice_line import DeleteInvoiceLine
    from .delete_invoice_lines_request import DeleteInvoiceLinesRequest
    from .delete_invoice_period import DeleteInvoicePeriod
    from .deposit_account_type import DepositAccountType
    from .direct_auto_rescue import DirectAutoRescue
    from .direct_payment_context import DirectPaymentContext
    from .discount import Discount
    from .discount_condition import DiscountCondition
    from .discount_condition_value import DiscountConditionValue
    from .due_date import DueDate
    from .due_date_type import DueDateType
    from .duplicate import Duplicate
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
    from .entitlement import Entitlement
    from .entitlement_summary import EntitlementSummary
    from .entitlement_summary_item import EntitlementSummaryItem
    from .entitlements import Entitlements
    from .event_trace import EventTrace
    from .event_trace_link import EventTraceLink
    from .expiry_date import ExpiryDate
    from .export_invoice_to_erp_request import ExportInvoiceToErpRequest
    from .feature import Feature
    from .feature_resource_reference import FeatureResourceReference
    from .feature_type import FeatureType
    from .file import File
    from .file_download_settings import FileDownloadSettings
    from .file_line import FileLine
    from .file_line_page import FileLinePage
    from .file_line_status import FileLineStatus
    from .file_meter_data import FileMeterData
    from .file_page import FilePage
    from .file_processing_type import FileProcessingType
    from .file_status import FileStatus
    from .file_type import FileType
    from .filter_field import FilterField
    from .gcs import Gcs
    from .inactive_period import InactivePeriod
    from .inactive_period_type import InactivePeriodType
    from .individual import Individual
    from .ingest_data_page import IngestDataPage
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
    from .invoice_commitment import InvoiceCommitment
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
    from .jwt_token import JwtToken
    from .legal_entity_manager_details import LegalEntityManagerDetails
    from .link_detail import LinkDetail
    from .linked_integration import LinkedIntegration
    from .linked_invoice_detail import LinkedInvoiceDetail
    from .logout_result import LogoutResult
    from .mailgun_email_provider import MailgunEmailProvider
    from .mailgun_region import MailgunRegion
    from .markup import Markup
    from .meter import Meter
    from .meter_condition_expression import MeterConditionExpression
    from .meter_condition_operand import MeterConditionOperand
    from .meter_condition_operand_expression import MeterConditionOperandExpression
    from .meter_condition_operator import MeterConditionOperator
    from .meter_conditions import MeterConditions
    from .meter_data import MeterData
    from .meter_data_meter_property import MeterDataMeterProperty
    from .meter_data_meter_value import MeterDataMeterValue
    from .meter_data_processed_details import MeterDataProcessedDetails
    from .meter_data_processed_details_type import MeterDataProcessedDetailsType
    from .meter_data_type import MeterDataType
    from .meter_datas import MeterDatas
    from .meter_meter_property import MeterMeterProperty
    from .meter_meter_value import MeterMeterValue
    from .meter_property import MeterProperty
    from .meter_property_condition import MeterPropertyCondition
    from .meter_property_dynamic_validation_settings import MeterPropertyDynamicValidationSettings
    from .meter_property_split_pricing import MeterPropertySplitPricing
    from .meter_property_type import MeterPropertyType
    from .meter_value import MeterValue
    from .meter_value_calculation import MeterValueCalculation
    from .meter_value_calculation_commitment import MeterValueCalculationCommitment
    from .meter_value_calculation_type import MeterValueCalculationType
    from .meter_value_dynamic_validation_settings import MeterValueDynamicValidationSettings
    from .meter_value_type import MeterValueType
    from .mx_local import MXLocal
    from .name import Name
    from .next_action import NextAction
    from .next_action_redirect_to_url import NextActionRedirectToUrl
    from .next_invoice import NextInvoice
    from .not_matched import NotMatched
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
    from .password_reset_request_result import PasswordResetRequestResult
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
    from .payment_method import PaymentMethod
    from .payment_method_buy_now_pay_later import PaymentMethodBuyNowPayLater
    from .payment_method_card import PaymentMethodCard
    from .payment_method_card_brand import PaymentMethodCardBrand
    from .payment_method_details import PaymentMethodDetails
    from .payment_method_details_buy_now_pay_later import PaymentMethodDetailsBuyNowPayLater
    from .payment_method_details_card import PaymentMethodDetailsCard
    from .payment_method_details_digital_wallet import PaymentMethodDetailsDigitalWallet
    from .payment_method_details_direct_debit import PaymentMethodDetailsDirectDebit
    from .payment_method_details_online_banking import PaymentMethodDetailsOnlineBanking
    from .payment_method_details_type import PaymentMethodDetailsType
    from .payment_method_details_unknown import PaymentMethodDetailsUnknown
    from .payment_method_digital_wallet import PaymentMethodDigitalWallet
    from .payment_method_direct_debit import PaymentMethodDirectDebit
    from .payment_method_online_banking import PaymentMethodOnlineBanking
    from .payment_method_payment_response import PaymentMethodPaymentResponse
    from .payment_method_status import PaymentMethodStatus
    from .payment_modification_response import PaymentModificationResponse
    from .payment_modification_response_status import PaymentModificationResponseStatus
    from .payment_page import PaymentPage
    from .payment_request import PaymentRequest
    from .payment_request_page import PaymentRequestPage
    from .payment_request_payment_context import PaymentRequestPaymentContext
    from .payment_request_status import PaymentRequestStatus
    from .payment_result import PaymentResult
    from .payment_result_details import PaymentResultDetails
    from .payment_verify_detail_response import PaymentVerifyDetailResponse
    from .penalty_box_data import PenaltyBoxData
    from .period import Period
    from .period_type import PeriodType
    from .persist_data import PersistData
    from .portal_url_link import PortalUrlLink
    from .preview_invoice_request import PreviewInvoiceRequest
    from .pricing import Pricing
    from .pricing_category import PricingCategory
    from .pricing_commitment import PricingCommitment
    from .pricing_currency_settings import PricingCurrencySettings
    from .pricing_discount import PricingDiscount
    from .pricing_group import PricingGroup
    from .pricing_group_selection_constraint import PricingGroupSelectionConstraint
    from .pricing_item import PricingItem
    from .pricing_item_billing_period_config import PricingItemBillingPeriodConfig
    from .pricing_item_commitment import PricingItemCommitment
    from .pricing_item_config import PricingItemConfig
    from .pricing_item_config_band import PricingItemConfigBand
    from .pricing_item_config_commitment import PricingItemConfigCommitment
    from .pricing_item_config_conditions import PricingItemConfigConditions
    from .pricing_item_config_conditions_config import PricingItemConfigConditionsConfig
    from .pricing_item_config_details import PricingItemConfigDetails
    from .pricing_item_config_discount import PricingItemConfigDiscount
    from .pricing_item_config_markup import PricingItemConfigMarkup
    from .pricing_item_config_meter_value import PricingItemConfigMeterValue
    from .pricing_item_config_meter_value_included_volume import PricingItemConfigMeterValueIncludedVolume
    from .pricing_item_config_original_pricing_item_config import PricingItemConfigOriginalPricingItemConfig
    from .pricing_item_config_split_pricing import PricingItemConfigSplitPricing
    from .pricing_item_config_top_up import PricingItemConfigTopUp
    from .pricing_item_config_wallet_grant import PricingItemConfigWalletGrant
    from .pricing_item_config_wallet_grant_amount_grant import PricingItemConfigWalletGrantAmountGrant
    from .pricing_item_config_wallet_grant_credits_grant import PricingItemConfigWalletGrantCreditsGrant
    from .pricing_item_config_wallet_grant_expiry_policy import PricingItemConfigWalletGrantExpiryPolicy
    from .pricing_item_discount import PricingItemDiscount
    from .pricing_item_original_pricing_item import PricingItemOriginalPricingItem
    from .pricing_item_pricing_currency_config import PricingItemPricingCurrencyConfig
    from .pricing_item_summary_included_volume_details import PricingItemSummaryIncludedVolumeDetails
    from .pricing_item_summary_meter_value import PricingItemSummaryMeterValue
    from .pricing_item_summary_price_details import PricingItemSummaryPriceDetails
    from .pricing_item_summary_price_details_band import PricingItemSummaryPriceDetailsBand
    from .pricing_item_summary_price_details_conversion import PricingItemSummaryPriceDetailsConversion
    from .pricing_item_summary_wallet_balance_details import PricingItemSummaryWalletBalanceDetails
    from .pricing_original_pricing import PricingOriginalPricing
    from .pricing_override import PricingOverride
    from .pricing_plan import PricingPlan
    from .pricing_plan_schedule import PricingPlanSchedule
    from .pricing_plan_schedule_customization import PricingPlanScheduleCustomization
    from .pricing_plan_schedule_info import PricingPlanScheduleInfo
    from .pricing_plan_schedule_type import PricingPlanScheduleType
    from .pricing_plan_subscription import PricingPlanSubscription
    from .pricing_plan_subscription_billing_time import PricingPlanSubscriptionBillingTime
    from .pricing_plan_subscription_cancel_type import PricingPlanSubscriptionCancelType
    from .pricing_plan_subscription_group import PricingPlanSubscriptionGroup
    from .pricing_plan_subscription_init import PricingPlanSubscriptionInit
    from .pricing_plan_subscription_page import PricingPlanSubscriptionPage
    from .pricing_plan_subscription_selector import PricingPlanSubscriptionSelector
    from .pricing_plan_subscription_selector_data import PricingPlanSubscriptionSelectorData
    from .pricing_plan_subscription_selector_fallback import PricingPlanSubscriptionSelectorFallback
    from .pricing_plan_subscription_selector_field import PricingPlanSubscriptionSelectorField
    from .pricing_plan_subscription_selector_filter import PricingPlanSubscriptionSelectorFilter
    from .pricing_plan_subscription_selector_rule import PricingPlanSubscriptionSelectorRule
    from .pricing_plan_subscription_status import PricingPlanSubscriptionStatus
    from .pricing_plan_subscription_type import PricingPlanSubscriptionType
    from .pricing_plan_subscription_variant import PricingPlanSubscriptionVariant
    from .pricing_plan_type import PricingPlanType
    from .pricing_plan_variant import PricingPlanVariant
    from .pricing_plan_version import PricingPlanVersion
    from .pricing_plan_version_info import PricingPlanVersionInfo
    from .pricing_plan_version_selector import PricingPlanVersionSelector
    from .pricing_plan_version_selector_type import PricingPlanVersionSelectorType
    from .pricing_type import PricingType
    from .product import Product
    from .product_category import ProductCategory
    from .product_category_discount import ProductCategoryDiscount
    from .product_discount import ProductDiscount
    from .product_item import ProductItem
    from .product_item_credits import ProductItemCredits
    from .product_item_discount import ProductItemDiscount
    from .product_item_model_type import ProductItemModelType
    from .product_item_type import ProductItemType
    from .product_item_usage_based import ProductItemUsageBased
    from .product_type import ProductType
    from .promotion_code_details import PromotionCodeDetails
    from .rate_card import RateCard
    from .refresh_invoice_request import RefreshInvoiceRequest
    from .refresh_invoice_type import RefreshInvoiceType
    from .report_ingest_data_summary import ReportIngestDataSummary
    from .reprocess import Reprocess
    from .reprocess_customer import ReprocessCustomer
    from .reprocess_invoice import ReprocessInvoice
    from .reprocess_not_matched import ReprocessNotMatched
    from .reprocess_page import ReprocessPage
    from .reprocess_type import ReprocessType
    from .required_action import RequiredAction
    from .required_action_data_type_0 import RequiredActionDataType0
    from .resource_identifier import ResourceIdentifier
    from .resource_identifier_type import ResourceIdentifierType
    from .resource_status import ResourceStatus
    from .resubmit_e_invoice_request import ResubmitEInvoiceRequest
    from .role import Role
    from .role_child_role import RoleChildRole
    from .role_paginated_page import RolePaginatedPage
    from .s3 import S3
    from .s3_authentication_type import S3AuthenticationType
    from .search_field import SearchField
    from .selection_rule import SelectionRule
    from .selection_rule_field import SelectionRuleField
    from .selection_rule_resource import SelectionRuleResource
    from .selection_rule_resource_field import SelectionRuleResourceField
    from .selection_rule_type import SelectionRuleType
    from .seller_details import SellerDetails
    from .send_invoice_by_email_request import SendInvoiceByEmailRequest
    from .snowflake import Snowflake
    from .sso_authentication_provider_variant_settings import SSOAuthenticationProviderVariantSettings
    from .sso_variant import SSOVariant
    from .sso_variant_variant import SsoVariantVariant
    from .stripe_integration_details import StripeIntegrationDetails
    from .stripe_payment_action import StripePaymentAction
    from .stripe_payment_gateway_integration import StripePaymentGatewayIntegration
    from .stripe_required_action import StripeRequiredAction
    from .system_ownership_details import SystemOwnershipDetails
    from .tax_calculation_integration import TaxCalculationIntegration
    from .tax_calculation_variant import TaxCalculationVariant
    from .tax_category import TaxCategory
    from .tax_id import TaxId
    from .tax_id_type import TaxIdType
    from .tax_id_validation import TaxIdValidation
    from .tax_id_validation_wrapper import TaxIdValidationWrapper
    from .tax_id_validity import TaxIdValidity
    from .tax_registration import TaxRegistration
    from .tax_settings import TaxSettings
    from .team_member_paginated_page import TeamMemberPaginatedPage
    from .team_member_representation import TeamMemberRepresentation
    from .team_representation import TeamRepresentation
    from .template_pricing_plan_subscription import TemplatePricingPlanSubscription
    from .template_pricing_plan_subscription_allow_promotion_codes import (
        TemplatePricingPlanSubscriptionAllowPromotionCodes,
    )
    from .threshold import Threshold
    from .total_discount import TotalDiscount
    from .uk_local import UKLocal
    from .unit_name import UnitName
    from .update_e_invoice_status_request import UpdateEInvoiceStatusRequest
    from .update_invoice_request import UpdateInvoiceRequest
    from .update_pricing_plan_subscription_payment_method_request import (
        UpdatePricingPlanSubscriptionPaymentMethodRequest,
    )
    from .upsert_customer_field_actions import UpsertCustomerFieldActions
    from .upsert_pricing_plan_subscription_field_actions import UpsertPricingPlanSubscriptionFieldActions
    from .us_local import USLocal
    from .used_exchange_rate import UsedExchangeRate
    from .user import User
    from .user_invite import UserInvite
    from .user_paginated_page import UserPaginatedPage
    from .user_status import UserStatus
    from .username_password import UsernamePassword
    from .volume import Volume
    from .wallet_balance_status import WalletBalanceStatus
    from .wallet_balance_value import WalletBalanceValue
    from .wallet_type import WalletType
    from .wallet_type_balance import WalletTypeBalance
    from .wallet_type_credit import WalletTypeCredit
    from .wallet_type_credit_amount_grant import WalletTypeCreditAmountGrant
    from .wallet_type_credit_credits_grant import WalletTypeCreditCreditsGrant
    from .wallet_type_credit_grant_type import WalletTypeCreditGrantType
    from .wallet_type_type import WalletTypeType
    from .webhook import Webhook
    from .webhook_action import WebhookAction
    from .webhook_action_page import WebhookActionPage
    from .webhook_authentication_type import WebhookAuthenticationType
    from .webhook_connection_response import WebhookConnectionResponse
    from .webhook_event import WebhookEvent
    from .webhook_event_failure_data import WebhookEventFailureData
    from .webhook_event_page import WebhookEventPage
    from .webhook_page import WebhookPage

_MODULES: dict[str, str] = {
    "AccountMembershipRepresentation": "account_membership_representation",
    "AccountMembershipRepresentationType": "account_membership_representation_type",
    "AccountNumberAndBic": "account_number_and_bic",
    "AccountRepresentation": "account_representation",
    "Address": "address",
    "AdyenAutoRescue": "adyen_auto_rescue",
    "AdyenDirectPaymentContext": "adyen_direct_payment_context",
    "AdyenEnvironment": "adyen_environment",
    "AdyenIntegrationDetails": "adyen_integration_details",
    "AdyenOwnership": "adyen_ownership",
    "AdyenPaymentAction": "adyen_payment_action",
    "AdyenPaymentGatewayIntegration": "adyen_payment_gateway_integration",
    "AdyenRequiredAction": "adyen_required_action",
    "AdyenRequiredActionSdkDataType0": "adyen_required_action_sdk_data_type_0",
    "Alert": "alert",
    "AlertData": "alert_data",
    "AlertDataEntitlement": "alert_data_entitlement",
    "AlertDataInvoice": "alert_data_invoice",
    "AlertDataInvoiceOverdue": "alert_data_invoice_overdue",
    "AlertDataValue": "alert_data_value",
    "AlertPage": "alert_page",
    "AlertRule": "alert_rule",
    "AlertRuleEntitlement": "alert_rule_entitlement",
    "AlertRuleInvoice": "alert_rule_invoice",
    "AlertRuleInvoiceOverdue": "alert_rule_invoice_overdue",
    "AlertRuleInvoiceVariant": "alert_rule_invoice_variant",
    "AlertRuleTriggerType": "alert_rule_trigger_type",
    "AlertType": "alert_type",
    "Amount": "amount",
    "ApiError": "api_error",
    "ApiErrorCode": "api_error_code",
    "ApiErrorResourceType": "api_error_resource_type",
    "ApiErrorType": "api_error_type",
    "ApiKey": "api_key",
    "ApiKeyPaginatedPage": "api_key_paginated_page",
    "ApiKeyRoleType": "api_key_role_type",
    "AppliedCoupon": "applied_coupon",
    "ARLocal": "ar_local",
    "AuditRecord": "audit_record",
    "AuditRecordPage": "audit_record_page",
    "AuthenticationProvider": "authentication_provider",
    "AuthenticationProviderPage": "authentication_provider_page",
    "AuthenticationProviderStatus": "authentication_provider_status",
    "AuthenticationProviderType": "authentication_provider_type",
    "AuthenticationSettings": "authentication_settings",
    "AuthenticationSettingsApiKey": "authentication_settings_api_key",
    "AvaTaxCalculationIntegration": "ava_tax_calculation_integration",
    "BalancePlatformDetails": "balance_platform_details",
    "BankAccount": "bank_account",
    "BankAccountType": "bank_account_type",
    "BigQuery": "big_query",
    "BillingEntity": "billing_entity",
    "BillingPeriodOption": "billing_period_option",
    "BillingPeriodSettings": "billing_period_settings",
    "BRLocal": "br_local",
    "ChargeDataPeriod": "charge_data_period",
    "ChargeOnDemandPaymentContext": "charge_on_demand_payment_context",
    "ChargeOnDemandPricingItem": "charge_on_demand_pricing_item",
    "ChargeOnDemandPricingItemsRequest": "charge_on_demand_pricing_items_request",
    "ClientCredentials": "client_credentials",
    "Commitment": "commitment",
    "Comparator": "comparator",
    "ConfiguredMeterValue": "configured_meter_value",
    "ConfiguredMeterValueIncludedVolume": "configured_meter_value_included_volume",
    "CostPrediction": "cost_prediction",
    "CostPredictionDetails": "cost_prediction_details",
    "CostPredictionResponse": "cost_prediction_response",
    "CountryCode": "country_code",
    "CreateAdyenTokenizationRequestRequest": "create_adyen_tokenization_request_request",
    "CreateAdyenTokenizationRequestRequestBrowserInfo": "create_adyen_tokenization_request_request_browser_info",
    "CreateAdyenTokenizationRequestRequestPaymentMethod": "create_adyen_tokenization_request_request_payment_method",
    "CreateAdyenTokenizationRequestRequestRiskData": "create_adyen_tokenization_request_request_risk_data",
    "CreateAdyenVerifyDetailsRequest": "create_adyen_verify_details_request",
    "CreateAdyenVerifyDetailsRequestDetailsType0": "create_adyen_verify_details_request_details_type_0",
    "CreateAlertRequest": "create_alert_request",
    "CreateAuthenticationProviderRequest": "create_authentication_provider_request",
    "CreateAuthenticationProviderRequestRequest": "create_authentication_provider_request_request",
    "CreateAuthorizePaymentRequestRequest": "create_authorize_payment_request_request",
    "CreateCaptchaRequestRequest": "create_captcha_request_request",
    "CreateCustomerRequest": "create_customer_request",
    "CreateFileRequest": "create_file_request",
    "CreateInvoiceRequest": "create_invoice_request",
    "CreateMeterDataRequest": "create_meter_data_request",
    "CreateMeterDatasRequest": "create_meter_datas_request",
    "CreateOAuthCallbackRequest": "create_o_auth_callback_request",
    "CreateOAuthCredentialRequestRequest": "create_o_auth_credential_request_request",
    "CreatePasswordResetRequestRequest": "create_password_reset_request_request",
    "CreatePaymentMethodPaymentContext": "create_payment_method_payment_context",
    "CreatePaymentRequest": "create_payment_request",
    "CreatePaymentVerifyDetailRequest": "create_payment_verify_detail_request",
    "CreatePersistDataRequest": "create_persist_data_request",
    "CreatePricingPlanSubscriptionCancelRequest": "create_pricing_plan_subscription_cancel_request",
    "CreatePricingPlanSubscriptionChangePlanRequest": "create_pricing_plan_subscription_change_plan_request",
    "CreatePricingPlanSubscriptionCopyRequest": "create_pricing_plan_subscription_copy_request",
    "CreatePricingPlanSubscriptionInitRequest": "create_pricing_plan_subscription_init_request",
    "CreateRefundPaymentRequestRequest": "create_refund_payment_request_request",
    "CreateReprocessRequest": "create_reprocess_request",
    "CreateResetPasswordRequest": "create_reset_password_request",
    "CreateRoleRequest": "create_role_request",
    "CreateStripeTokenizationRequestRequest": "create_stripe_tokenization_request_request",
    "CreateUserSearchFilterRequest": "create_user_search_filter_request",
    "CreateWalletBalanceStatusRequestRequest": "create_wallet_balance_status_request_request",
    "CreateWebhookRequest": "create_webhook_request",
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
    "CustomerPage": "customer_page",
    "CustomerRole": "customer_role",
    "CustomerSellerDetails": "customer_seller_details",
    "CustomerStatus": "customer_status",
    "CustomerType": "customer_type",
    "CustomerWalletBalanceStatus": "customer_wallet_balance_status",
    "CustomerWalletBalancesStatus": "customer_wallet_balances_status",
    "DataExportIntegration": "data_export_integration",
    "DataExportVariant": "data_export_variant",
    "DeleteInvoiceGroup": "delete_invoice_group",
    "DeleteInvoiceLine": "delete_invoice_line",
    "DeleteInvoiceLinesRequest": "delete_invoice_lines_request",
    "DeleteInvoicePeriod": "delete_invoice_period",
    "DepositAccountType": "deposit_account_type",
    "DirectAutoRescue": "direct_auto_rescue",
    "DirectPaymentContext": "direct_payment_context",
    "Discount": "discount",
    "DiscountCondition": "discount_condition",
    "DiscountConditionValue": "discount_condition_value",
    "DueDate": "due_date",
    "DueDateType": "due_date_type",
    "Duplicate": "duplicate",
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
    "Entitlement": "entitlement",
    "EntitlementSummary": "entitlement_summary",
    "EntitlementSummaryItem": "entitlement_summary_item",
    "Entitlements": "entitlements",
    "EventTrace": "event_trace",
    "EventTraceLink": "event_trace_link",
    "ExpiryDate": "expiry_date",
    "ExportInvoiceToErpRequest": "export_invoice_to_erp_request",
    "Feature": "feature",
    "FeatureResourceReference": "feature_resource_reference",
    "FeatureType": "feature_type",
    "File": "file",
    "FileDownloadSettings": "file_download_settings",
    "FileLine": "file_line",
    "FileLinePage": "file_line_page",
    "FileLineStatus": "file_line_status",
    "FileMeterData": "file_meter_data",
    "FilePage": "file_page",
    "FileProcessingType": "file_processing_type",
    "FileStatus": "file_status",
    "FileType": "file_type",
    "FilterField": "filter_field",
    "Gcs": "gcs",
    "InactivePeriod": "inactive_period",
    "InactivePeriodType": "inactive_period_type",
    "Individual": "individual",
    "IngestDataPage": "ingest_data_page",
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
    "InvoiceCommitment": "invoice_commitment",
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
    "JwtToken": "jwt_token",
    "LegalEntityManagerDetails": "legal_entity_manager_details",
    "LinkDetail": "link_detail",
    "LinkedIntegration": "linked_integration",
    "LinkedInvoiceDetail": "linked_invoice_detail",
    "LogoutResult": "logout_result",
    "MailgunEmailProvider": "mailgun_email_provider",
    "MailgunRegion": "mailgun_region",
    "Markup": "markup",
    "Meter": "meter",
    "MeterConditionExpression": "meter_condition_expression",
    "MeterConditionOperand": "meter_condition_operand",
    "MeterConditionOperandExpression": "meter_condition_operand_expression",
    "MeterConditionOperator": "meter_condition_operator",
    "MeterConditions": "meter_conditions",
    "MeterData": "meter_data",
    "MeterDataMeterProperty": "meter_data_meter_property",
    "MeterDataMeterValue": "meter_data_meter_value",
    "MeterDataProcessedDetails": "meter_data_processed_details",
    "MeterDataProcessedDetailsType": "meter_data_processed_details_type",
    "MeterDataType": "meter_data_type",
    "MeterDatas": "meter_datas",
    "MeterMeterProperty": "meter_meter_property",
    "MeterMeterValue": "meter_meter_value",
    "MeterProperty": "meter_property",
    "MeterPropertyCondition": "meter_property_condition",
    "MeterPropertyDynamicValidationSettings": "meter_property_dynamic_validation_settings",
    "MeterPropertySplitPricing": "meter_property_split_pricing",
    "MeterPropertyType": "meter_property_type",
    "MeterValue": "meter_value",
    "MeterValueCalculation": "meter_value_calculation",
    "MeterValueCalculationCommitment": "meter_value_calculation_commitment",
    "MeterValueCalculationType": "meter_value_calculation_type",
    "MeterValueDynamicValidationSettings": "meter_value_dynamic_validation_settings",
    "MeterValueType": "meter_value_type",
    "MXLocal": "mx_local",
    "Name": "name",
    "NextAction": "next_action",
    "NextActionRedirectToUrl": "next_action_redirect_to_url",
    "NextInvoice": "next_invoice",
    "NotMatched": "not_matched",
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
    "PasswordResetRequestResult": "password_reset_request_result",
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
    "PaymentMethod": "payment_method",
    "PaymentMethodBuyNowPayLater": "payment_method_buy_now_pay_later",
    "PaymentMethodCard": "payment_method_card",
    "PaymentMethodCardBrand": "payment_method_card_brand",
    "PaymentMethodDetails": "payment_method_details",
    "PaymentMethodDetailsBuyNowPayLater": "payment_method_details_buy_now_pay_later",
    "PaymentMethodDetailsCard": "payment_method_details_card",
    "PaymentMethodDetailsDigitalWallet": "payment_method_details_digital_wallet",
    "PaymentMethodDetailsDirectDebit": "payment_method_details_direct_debit",
    "PaymentMethodDetailsOnlineBanking": "payment_method_details_online_banking",
    "PaymentMethodDetailsType": "payment_method_details_type",
    "PaymentMethodDetailsUnknown": "payment_method_details_unknown",
    "PaymentMethodDigitalWallet": "payment_method_digital_wallet",
    "PaymentMethodDirectDebit": "payment_method_direct_debit",
    "PaymentMethodOnlineBanking": "payment_method_online_banking",
    "PaymentMethodPaymentResponse": "payment_method_payment_response",
    "PaymentMethodStatus": "payment_method_status",
    "PaymentModificationResponse": "payment_modification_response",
    "PaymentModificationResponseStatus": "payment_modification_response_status",
    "PaymentPage": "payment_page",
    "PaymentRequest": "payment_request",
    "PaymentRequestPage": "payment_request_page",
    "PaymentRequestPaymentContext": "payment_request_payment_context",
    "PaymentRequestStatus": "payment_request_status",
    "PaymentResult": "payment_result",
    "PaymentResultDetails": "payment_result_details",
    "PaymentVerifyDetailResponse": "payment_verify_detail_response",
    "PenaltyBoxData": "penalty_box_data",
    "Period": "period",
    "PeriodType": "period_type",
    "PersistData": "persist_data",
    "PortalUrlLink": "portal_url_link",
    "PreviewInvoiceRequest": "preview_invoice_request",
    "Pricing": "pricing",
    "PricingCategory": "pricing_category",
    "PricingCommitment": "pricing_commitment",
    "PricingCurrencySettings": "pricing_currency_settings",
    "PricingDiscount": "pricing_discount",
    "PricingGroup": "pricing_group",
    "PricingGroupSelectionConstraint": "pricing_group_selection_constraint",
    "PricingItem": "pricing_item",
    "PricingItemBillingPeriodConfig": "pricing_item_billing_period_config",
    "PricingItemCommitment": "pricing_item_commitment",
    "PricingItemConfig": "pricing_item_config",
    "PricingItemConfigBand": "pricing_item_config_band",
    "PricingItemConfigCommitment": "pricing_item_config_commitment",
    "PricingItemConfigConditions": "pricing_item_config_conditions",
    "PricingItemConfigConditionsConfig": "pricing_item_config_conditions_config",
    "PricingItemConfigDetails": "pricing_item_config_details",
    "PricingItemConfigDiscount": "pricing_item_config_discount",
    "PricingItemConfigMarkup": "pricing_item_config_markup",
    "PricingItemConfigMeterValue": "pricing_item_config_meter_value",
    "PricingItemConfigMeterValueIncludedVolume": "pricing_item_config_meter_value_included_volume",
    "PricingItemConfigOriginalPricingItemConfig": "pricing_item_config_original_pricing_item_config",
    "PricingItemConfigSplitPricing": "pricing_item_config_split_pricing",
    "PricingItemConfigTopUp": "pricing_item_config_top_up",
    "PricingItemConfigWalletGrant": "pricing_item_config_wallet_grant",
    "PricingItemConfigWalletGrantAmountGrant": "pricing_item_config_wallet_grant_amount_grant",
    "PricingItemConfigWalletGrantCreditsGrant": "pricing_item_config_wallet_grant_credits_grant",
    "PricingItemConfigWalletGrantExpiryPolicy": "pricing_item_config_wallet_grant_expiry_policy",
    "PricingItemDiscount": "pricing_item_discount",
    "PricingItemOriginalPricingItem": "pricing_item_original_pricing_item",
    "PricingItemPricingCurrencyConfig": "pricing_item_pricing_currency_config",
    "PricingItemSummaryIncludedVolumeDetails": "pricing_item_summary_included_volume_details",
    "PricingItemSummaryMeterValue": "pricing_item_summary_meter_value",
    "PricingItemSummaryPriceDetails": "pricing_item_summary_price_details",
    "PricingItemSummaryPriceDetailsBand": "pricing_item_summary_price_details_band",
    "PricingItemSummaryPriceDetailsConversion": "pricing_item_summary_price_details_conversion",
    "PricingItemSummaryWalletBalanceDetails": "pricing_item_summary_wallet_balance_details",
    "PricingOriginalPricing": "pricing_original_pricing",
    "PricingOverride": "pricing_override",
    "PricingPlan": "pricing_plan",
    "PricingPlanSchedule": "pricing_plan_schedule",
    "PricingPlanScheduleCustomization": "pricing_plan_schedule_customization",
    "PricingPlanScheduleInfo": "pricing_plan_schedule_info",
    "PricingPlanScheduleType": "pricing_plan_schedule_type",
    "PricingPlanSubscription": "pricing_plan_subscription",
    "PricingPlanSubscriptionBillingTime": "pricing_plan_subscription_billing_time",
    "PricingPlanSubscriptionCancelType": "pricing_plan_subscription_cancel_type",
    "PricingPlanSubscriptionGroup": "pricing_plan_subscription_group",
    "PricingPlanSubscriptionInit": "pricing_plan_subscription_init",
    "PricingPlanSubscriptionPage": "pricing_plan_subscription_page",
    "PricingPlanSubscriptionSelector": "pricing_plan_subscription_selector",
    "PricingPlanSubscriptionSelectorData": "pricing_plan_subscription_selector_data",
    "PricingPlanSubscriptionSelectorFallback": "pricing_plan_subscription_selector_fallback",
    "PricingPlanSubscriptionSelectorField": "pricing_plan_subscription_selector_field",
    "PricingPlanSubscriptionSelectorFilter": "pricing_plan_subscription_selector_filter",
    "PricingPlanSubscriptionSelectorRule": "pricing_plan_subscription_selector_rule",
    "PricingPlanSubscriptionStatus": "pricing_plan_subscription_status",
    "PricingPlanSubscriptionType": "pricing_plan_subscription_type",
    "PricingPlanSubscriptionVariant": "pricing_plan_subscription_variant",
    "PricingPlanType": "pricing_plan_type",
    "PricingPlanVariant": "pricing_plan_variant",
    "PricingPlanVersion": "pricing_plan_version",
    "PricingPlanVersionInfo": "pricing_plan_version_info",
    "PricingPlanVersionSelector": "pricing_plan_version_selector",
    "PricingPlanVersionSelectorType": "pricing_plan_version_selector_type",
    "PricingType": "pricing_type",
    "Product": "product",
    "ProductCategory": "product_category",
    "ProductCategoryDiscount": "product_category_discount",
    "ProductDiscount": "product_discount",
    "ProductItem": "product_item",
    "ProductItemCredits": "product_item_credits",
    "ProductItemDiscount": "product_item_discount",
    "ProductItemModelType": "product_item_model_type",
    "ProductItemType": "product_item_type",
    "ProductItemUsageBased": "product_item_usage_based",
    "ProductType": "product_type",
    "PromotionCodeDetails": "promotion_code_details",
    "RateCard": "rate_card",
    "RefreshInvoiceRequest": "refresh_invoice_request",
    "RefreshInvoiceType": "refresh_invoice_type",
    "ReportIngestDataSummary": "report_ingest_data_summary",
    "Reprocess": "reprocess",
    "ReprocessCustomer": "reprocess_customer",
    "ReprocessInvoice": "reprocess_invoice",
    "ReprocessNotMatched": "reprocess_not_matched",
    "ReprocessPage": "reprocess_page",
    "ReprocessType": "reprocess_type",
    "RequiredAction": "required_action",
    "RequiredActionDataType0": "required_action_data_type_0",
    "ResourceIdentifier": "resource_identifier",
    "ResourceIdentifierType": "resource_identifier_type",
    "ResourceStatus": "resource_status",
    "ResubmitEInvoiceRequest": "resubmit_e_invoice_request",
    "Role": "role",
    "RoleChildRole": "role_child_role",
    "RolePaginatedPage": "role_paginated_page",
    "S3": "s3",
    "S3AuthenticationType": "s3_authentication_type",
    "SearchField": "search_field",
    "SelectionRule": "selection_rule",
    "SelectionRuleField": "selection_rule_field",
    "SelectionRuleResource": "selection_rule_resource",
    "SelectionRuleResourceField": "selection_rule_resource_field",
    "SelectionRuleType": "selection_rule_type",
    "SellerDetails": "seller_details",
    "SendInvoiceByEmailRequest": "send_invoice_by_email_request",
    "Snowflake": "snowflake",
    "SSOAuthenticationProviderVariantSettings": "sso_authentication_provider_variant_settings",
    "SSOVariant": "sso_variant",
    "SsoVariantVariant": "sso_variant_variant",
    "StripeIntegrationDetails": "stripe_integration_details",
    "StripePaymentAction": "stripe_payment_action",
    "StripePaymentGatewayIntegration": "stripe_payment_gateway_integration",
    "StripeRequiredAction": "stripe_required_action",
    "SystemOwnershipDetails": "system_ownership_details",
    "TaxCalculationIntegration": "tax_calculation_integration",
    "TaxCalculationVariant": "tax_calculation_variant",
    "TaxCategory": "tax_category",
    "TaxId": "tax_id",
    "TaxIdType": "tax_id_type",
    "TaxIdValidation": "tax_id_validation",
    "TaxIdValidationWrapper": "tax_id_validation_wrapper",
    "TaxIdValidity": "tax_id_validity",
    "TaxRegistration": "tax_registration",
    "TaxSettings": "tax_settings",
    "TeamMemberPaginatedPage": "team_member_paginated_page",
    "TeamMemberRepresentation": "team_member_representation",
    "TeamRepresentation": "team_representation",
    "TemplatePricingPlanSubscription": "template_pricing_plan_subscription",
    "TemplatePricingPlanSubscriptionAllowPromotionCodes": "template_pricing_plan_subscription_allow_promotion_codes",
    "Threshold": "threshold",
    "TotalDiscount": "total_discount",
    "UKLocal": "uk_local",
    "UnitName": "unit_name",
    "UpdateEInvoiceStatusRequest": "update_e_invoice_status_request",
    "UpdateInvoiceRequest": "update_invoice_request",
    "UpdatePricingPlanSubscriptionPaymentMethodRequest": "update_pricing_plan_subscription_payment_method_request",
    "UpsertCustomerFieldActions": "upsert_customer_field_actions",
    "UpsertPricingPlanSubscriptionFieldActions": "upsert_pricing_plan_subscription_field_actions",
    "USLocal": "us_local",
    "UsedExchangeRate": "used_exchange_rate",
    "User": "user",
    "UserInvite": "user_invite",
    "UserPaginatedPage": "user_paginated_page",
    "UserStatus": "user_status",
    "UsernamePassword": "username_password",
    "Volume": "volume",
    "WalletBalanceStatus": "wallet_balance_status",
    "WalletBalanceValue": "wallet_balance_value",
    "WalletType": "wallet_type",
    "WalletTypeBalance": "wallet_type_balance",
    "WalletTypeCredit": "wallet_type_credit",
    "WalletTypeCreditAmountGrant": "wallet_type_credit_amount_grant",
    "WalletTypeCreditCreditsGrant": "wallet_type_credit_credits_grant",
    "WalletTypeCreditGrantType": "wallet_type_credit_grant_type",
    "WalletTypeType": "wallet_type_type",
    "Webhook": "webhook",
    "WebhookAction": "webhook_action",
    "WebhookActionPage": "webhook_action_page",
    "WebhookAuthenticationType": "webhook_authentication_type",
    "WebhookConnectionResponse": "webhook_connection_response",
    "WebhookEvent": "webhook_event",
    "WebhookEventFailureData": "webhook_event_failure_data",
    "WebhookEventPage": "webhook_event_page",
    "WebhookPage": "webhook_page",
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
    "AccountMembershipRepresentation",
    "AccountMembershipRepresentationType",
    "AccountNumberAndBic",
    "AccountRepresentation",
    "Address",
    "AdyenAutoRescue",
    "AdyenDirectPaymentContext",
    "AdyenEnvironment",
    "AdyenIntegrationDetails",
    "AdyenOwnership",
    "AdyenPaymentAction",
    "AdyenPaymentGatewayIntegration",
    "AdyenRequiredAction",
    "AdyenRequiredActionSdkDataType0",
    "Alert",
    "AlertData",
    "AlertDataEntitlement",
    "AlertDataInvoice",
    "AlertDataInvoiceOverdue",
    "AlertDataValue",
    "AlertPage",
    "AlertRule",
    "AlertRuleEntitlement",
    "AlertRuleInvoice",
    "AlertRuleInvoiceOverdue",
    "AlertRuleInvoiceVariant",
    "AlertRuleTriggerType",
    "AlertType",
    "Amount",
    "ApiError",
    "ApiErrorCode",
    "ApiErrorResourceType",
    "ApiErrorType",
    "ApiKey",
    "ApiKeyPaginatedPage",
    "ApiKeyRoleType",
    "AppliedCoupon",
    "AuditRecord",
    "AuditRecordPage",
    "AuthenticationProvider",
    "AuthenticationProviderPage",
    "AuthenticationProviderStatus",
    "AuthenticationProviderType",
    "AuthenticationSettings",
    "AuthenticationSettingsApiKey",
    "AvaTaxCalculationIntegration",
    "BRLocal",
    "BalancePlatformDetails",
    "BankAccount",
    "BankAccountType",
    "BigQuery",
    "BillingEntity",
    "BillingPeriodOption",
    "BillingPeriodSettings",
    "ChargeDataPeriod",
    "ChargeOnDemandPaymentContext",
    "ChargeOnDemandPricingItem",
    "ChargeOnDemandPricingItemsRequest",
    "ClientCredentials",
    "Commitment",
    "Comparator",
    "ConfiguredMeterValue",
    "ConfiguredMeterValueIncludedVolume",
    "CostPrediction",
    "CostPredictionDetails",
    "CostPredictionResponse",
    "CountryCode",
    "CreateAdyenTokenizationRequestRequest",
    "CreateAdyenTokenizationRequestRequestBrowserInfo",
    "CreateAdyenTokenizationRequestRequestPaymentMethod",
    "CreateAdyenTokenizationRequestRequestRiskData",
    "CreateAdyenVerifyDetailsRequest",
    "CreateAdyenVerifyDetailsRequestDetailsType0",
    "CreateAlertRequest",
    "CreateAuthenticationProviderRequest",
    "CreateAuthenticationProviderRequestRequest",
    "CreateAuthorizePaymentRequestRequest",
    "CreateCaptchaRequestRequest",
    "CreateCustomerRequest",
    "CreateFileRequest",
    "CreateInvoiceRequest",
    "CreateMeterDataRequest",
    "CreateMeterDatasRequest",
    "CreateOAuthCallbackRequest",
    "CreateOAuthCredentialRequestRequest",
    "CreatePasswordResetRequestRequest",
    "CreatePaymentMethodPaymentContext",
    "CreatePaymentRequest",
    "CreatePaymentVerifyDetailRequest",
    "CreatePersistDataRequest",
    "CreatePricingPlanSubscriptionCancelRequest",
    "CreatePricingPlanSubscriptionChangePlanRequest",
    "CreatePricingPlanSubscriptionCopyRequest",
    "CreatePricingPlanSubscriptionInitRequest",
    "CreateRefundPaymentRequestRequest",
    "CreateReprocessRequest",
    "CreateResetPasswordRequest",
    "CreateRoleRequest",
    "CreateStripeTokenizationRequestRequest",
    "CreateUserSearchFilterRequest",
    "CreateWalletBalanceStatusRequestRequest",
    "CreateWebhookRequest",
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
    "CustomerPage",
    "CustomerRole",
    "CustomerSellerDetails",
    "CustomerStatus",
    "CustomerType",
    "CustomerWalletBalanceStatus",
    "CustomerWalletBalancesStatus",
    "DataExportIntegration",
    "DataExportVariant",
    "DeleteInvoiceGroup",
    "DeleteInvoiceLine",
    "DeleteInvoiceLinesRequest",
    "DeleteInvoicePeriod",
    "DepositAccountType",
    "DirectAutoRescue",
    "DirectPaymentContext",
    "Discount",
    "DiscountCondition",
    "DiscountConditionValue",
    "DueDate",
    "DueDateType",
    "Duplicate",
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
    "Entitlement",
    "EntitlementSummary",
    "EntitlementSummaryItem",
    "Entitlements",
    "EventTrace",
    "EventTraceLink",
    "ExpiryDate",
    "ExportInvoiceToErpRequest",
    "Feature",
    "FeatureResourceReference",
    "FeatureType",
    "File",
    "FileDownloadSettings",
    "FileLine",
    "FileLinePage",
    "FileLineStatus",
    "FileMeterData",
    "FilePage",
    "FileProcessingType",
    "FileStatus",
    "FileType",
    "FilterField",
    "Gcs",
    "InactivePeriod",
    "InactivePeriodType",
    "Individual",
    "IngestDataPage",
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
    "InvoiceCommitment",
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
    "JwtToken",
    "LegalEntityManagerDetails",
    "LinkDetail",
    "LinkedIntegration",
    "LinkedInvoiceDetail",
    "LogoutResult",
    "MXLocal",
    "MailgunEmailProvider",
    "MailgunRegion",
    "Markup",
    "Meter",
    "MeterConditionExpression",
    "MeterConditionOperand",
    "MeterConditionOperandExpression",
    "MeterConditionOperator",
    "MeterConditions",
    "MeterData",
    "MeterDataMeterProperty",
    "MeterDataMeterValue",
    "MeterDataProcessedDetails",
    "MeterDataProcessedDetailsType",
    "MeterDataType",
    "MeterDatas",
    "MeterMeterProperty",
    "MeterMeterValue",
    "MeterProperty",
    "MeterPropertyCondition",
    "MeterPropertyDynamicValidationSettings",
    "MeterPropertySplitPricing",
    "MeterPropertyType",
    "MeterValue",
    "MeterValueCalculation",
    "MeterValueCalculationCommitment",
    "MeterValueCalculationType",
    "MeterValueDynamicValidationSettings",
    "MeterValueType",
    "Name",
    "NextAction",
    "NextActionRedirectToUrl",
    "NextInvoice",
    "NotMatched",
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
    "PasswordResetRequestResult",
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
    "PaymentMethod",
    "PaymentMethodBuyNowPayLater",
    "PaymentMethodCard",
    "PaymentMethodCardBrand",
    "PaymentMethodDetails",
    "PaymentMethodDetailsBuyNowPayLater",
    "PaymentMethodDetailsCard",
    "PaymentMethodDetailsDigitalWallet",
    "PaymentMethodDetailsDirectDebit",
    "PaymentMethodDetailsOnlineBanking",
    "PaymentMethodDetailsType",
    "PaymentMethodDetailsUnknown",
    "PaymentMethodDigitalWallet",
    "PaymentMethodDirectDebit",
    "PaymentMethodOnlineBanking",
    "PaymentMethodPaymentResponse",
    "PaymentMethodStatus",
    "PaymentModificationResponse",
    "PaymentModificationResponseStatus",
    "PaymentPage",
    "PaymentRequest",
    "PaymentRequestPage",
    "PaymentRequestPaymentContext",
    "PaymentRequestStatus",
    "PaymentResult",
    "PaymentResultDetails",
    "PaymentVerifyDetailResponse",
    "PenaltyBoxData",
    "Period",
    "PeriodType",
    "PersistData",
    "PortalUrlLink",
    "PreviewInvoiceRequest",
    "Pricing",
    "PricingCategory",
    "PricingCommitment",
    "PricingCurrencySettings",
    "PricingDiscount",
    "PricingGroup",
    "PricingGroupSelectionConstraint",
    "PricingItem",
    "PricingItemBillingPeriodConfig",
    "PricingItemCommitment",
    "PricingItemConfig",
    "PricingItemConfigBand",
    "PricingItemConfigCommitment",
    "PricingItemConfigConditions",
    "PricingItemConfigConditionsConfig",
    "PricingItemConfigDetails",
    "PricingItemConfigDiscount",
    "PricingItemConfigMarkup",
    "PricingItemConfigMeterValue",
    "PricingItemConfigMeterValueIncludedVolume",
    "PricingItemConfigOriginalPricingItemConfig",
    "PricingItemConfigSplitPricing",
    "PricingItemConfigTopUp",
    "PricingItemConfigWalletGrant",
    "PricingItemConfigWalletGrantAmountGrant",
    "PricingItemConfigWalletGrantCreditsGrant",
    "PricingItemConfigWalletGrantExpiryPolicy",
    "PricingItemDiscount",
    "PricingItemOriginalPricingItem",
    "PricingItemPricingCurrencyConfig",
    "PricingItemSummaryIncludedVolumeDetails",
    "PricingItemSummaryMeterValue",
    "PricingItemSummaryPriceDetails",
    "PricingItemSummaryPriceDetailsBand",
    "PricingItemSummaryPriceDetailsConversion",
    "PricingItemSummaryWalletBalanceDetails",
    "PricingOriginalPricing",
    "PricingOverride",
    "PricingPlan",
    "PricingPlanSchedule",
    "PricingPlanScheduleCustomization",
    "PricingPlanScheduleInfo",
    "PricingPlanScheduleType",
    "PricingPlanSubscription",
    "PricingPlanSubscriptionBillingTime",
    "PricingPlanSubscriptionCancelType",
    "PricingPlanSubscriptionGroup",
    "PricingPlanSubscriptionInit",
    "PricingPlanSubscriptionPage",
    "PricingPlanSubscriptionSelector",
    "PricingPlanSubscriptionSelectorData",
    "PricingPlanSubscriptionSelectorFallback",
    "PricingPlanSubscriptionSelectorField",
    "PricingPlanSubscriptionSelectorFilter",
    "PricingPlanSubscriptionSelectorRule",
    "PricingPlanSubscriptionStatus",
    "PricingPlanSubscriptionType",
    "PricingPlanSubscriptionVariant",
    "PricingPlanType",
    "PricingPlanVariant",
    "PricingPlanVersion",
    "PricingPlanVersionInfo",
    "PricingPlanVersionSelector",
    "PricingPlanVersionSelectorType",
    "PricingType",
    "Product",
    "ProductCategory",
    "ProductCategoryDiscount",
    "ProductDiscount",
    "ProductItem",
    "ProductItemCredits",
    "ProductItemDiscount",
    "ProductItemModelType",
    "ProductItemType",
    "ProductItemUsageBased",
    "ProductType",
    "PromotionCodeDetails",
    "RateCard",
    "RefreshInvoiceRequest",
    "RefreshInvoiceType",
    "ReportIngestDataSummary",
    "Reprocess",
    "ReprocessCustomer",
    "ReprocessInvoice",
    "ReprocessNotMatched",
    "ReprocessPage",
    "ReprocessType",
    "RequiredAction",
    "RequiredActionDataType0",
    "ResourceIdentifier",
    "ResourceIdentifierType",
    "ResourceStatus",
    "ResubmitEInvoiceRequest",
    "Role",
    "RoleChildRole",
    "RolePaginatedPage",
    "S3AuthenticationType",
    "SSOAuthenticationProviderVariantSettings",
    "SSOVariant",
    "SearchField",
    "SelectionRule",
    "SelectionRuleField",
    "SelectionRuleResource",
    "SelectionRuleResourceField",
    "SelectionRuleType",
    "SellerDetails",
    "SendInvoiceByEmailRequest",
    "Snowflake",
    "SsoVariantVariant",
    "StripeIntegrationDetails",
    "StripePaymentAction",
    "StripePaymentGatewayIntegration",
    "StripeRequiredAction",
    "SystemOwnershipDetails",
    "TaxCalculationIntegration",
    "TaxCalculationVariant",
    "TaxCategory",
    "TaxId",
    "TaxIdType",
    "TaxIdValidation",
    "TaxIdValidationWrapper",
    "TaxIdValidity",
    "TaxRegistration",
    "TaxSettings",
    "TeamMemberPaginatedPage",
    "TeamMemberRepresentation",
    "TeamRepresentation",
    "TemplatePricingPlanSubscription",
    "TemplatePricingPlanSubscriptionAllowPromotionCodes",
    "Threshold",
    "TotalDiscount",
    "UKLocal",
    "USLocal",
    "UnitName",
    "UpdateEInvoiceStatusRequest",
    "UpdateInvoiceRequest",
    "UpdatePricingPlanSubscriptionPaymentMethodRequest",
    "UpsertCustomerFieldActions",
    "UpsertPricingPlanSubscriptionFieldActions",
    "UsedExchangeRate",
    "User",
    "UserInvite",
    "UserPaginatedPage",
    "UserStatus",
    "UsernamePassword",
    "Volume",
    "WalletBalanceStatus",
    "WalletBalanceValue",
    "WalletType",
    "WalletTypeBalance",
    "WalletTypeCredit",
    "WalletTypeCreditAmountGrant",
    "WalletTypeCreditCreditsGrant",
    "WalletTypeCreditGrantType",
    "WalletTypeType",
    "Webhook",
    "WebhookAction",
    "WebhookActionPage",
    "WebhookAuthenticationType",
    "WebhookConnectionResponse",
    "WebhookEvent",
    "WebhookEventFailureData",
    "WebhookEventPage",
    "WebhookPage",
)
