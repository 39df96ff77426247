"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package, or one model, does not import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_quote_version_request import AcceptQuoteVersionRequest
    from .account_membership_representation import AccountMembershipRepresentation
    from .account_membership_representation_type import AccountMembershipRepresentationType
    from .account_number_and_bic import AccountNumberAndBic
    from .account_representation import AccountRepresentation
    from .address import Address
    from .adyen_auto_rescue import AdyenAutoRescue
    from .adyen_direct_payment_context import AdyenDirectPaymentContext
    from .adyen_environment import AdyenEnvironment
    from .adyen_integration_details import AdyenIntegrationDetails
    from .adyen_issuer import AdyenIssuer
    from .adyen_ownership import AdyenOwnership
    from .adyen_payment_action import AdyenPaymentAction
    from .adyen_payment_gateway_integration import AdyenPaymentGatewayIntegration
    from .adyen_payment_method_option import AdyenPaymentMethodOption
    from .adyen_payment_method_option_configuration import AdyenPaymentMethodOptionConfiguration
    from .adyen_required_action import AdyenRequiredAction
    from .adyen_required_action_sdk_data_type_0 import AdyenRequiredActionSdkDataType0
    from .adyen_tokenization_request import AdyenTokenizationRequest
    from .adyen_tokenization_request_browser_info import AdyenTokenizationRequestBrowserInfo
    from .adyen_tokenization_request_payment_method import AdyenTokenizationRequestPaymentMethod
    from .adyen_tokenization_request_risk_data import AdyenTokenizationRequestRiskData
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
    from .alert_rule_page import AlertRulePage
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
    from .approval_group import ApprovalGroup
    from .approval_policy import ApprovalPolicy
    from .approval_policy_approval_type import ApprovalPolicyApprovalType
    from .approval_policy_approver import ApprovalPolicyApprover
    from .approval_policy_approver_type import ApprovalPolicyApproverType
    from .approval_policy_billing_entity import ApprovalPolicyBillingEntity
    from .approval_policy_billing_period import ApprovalPolicyBillingPeriod
    from .approval_policy_commitment import ApprovalPolicyCommitment
    from .approval_policy_custom_field import ApprovalPolicyCustomField
    from .approval_policy_discount import ApprovalPolicyDiscount
    from .approval_policy_due_date import ApprovalPolicyDueDate
    from .approval_policy_payment_acceptor import ApprovalPolicyPaymentAcceptor
    from .approval_policy_pricing import ApprovalPolicyPricing
    from .approval_policy_rule import ApprovalPolicyRule
    from .approval_policy_rule_comparator import ApprovalPolicyRuleComparator
    from .approval_policy_rule_group import ApprovalPolicyRuleGroup
    from .approval_policy_rule_type import ApprovalPolicyRuleType
    from .approval_policy_source_type import ApprovalPolicySourceType
    from .approval_policy_user import ApprovalPolicyUser
    from .approval_request import ApprovalRequest
    from .approval_request_action_result import ApprovalRequestActionResult
    from .approval_request_action_result_status import ApprovalRequestActionResultStatus
    from .approval_request_page import ApprovalRequestPage
    from .approvers import Approvers
    from .approvers_type import ApproversType
    from .ar_local import ARLocal
    from .attachment import Attachment
    from .attachment_page import AttachmentPage
    from .audit_record import AuditRecord
    from .audit_record_page import AuditRecordPage
    from .authentication_provider import AuthenticationProvider
    from .authentication_provider_page import AuthenticationProviderPage
    from .authentication_provider_status import AuthenticationProviderStatus
    from .authentication_provider_type import AuthenticationProviderType
    from .authentication_settings import AuthenticationSettings
    from .authentication_settings_api_key import AuthenticationSettingsApiKey
    from .authorize_payment_request import AuthorizePaymentRequest
    from .auto_topup_config import AutoTopupConfig
    from .auto_topup_config_page import AutoTopupConfigPage
    from .auto_topup_config_status import AutoTopupConfigStatus
    from .auto_topup_threshold import AutoTopupThreshold
    from .ava_tax_calculation_integration import AvaTaxCalculationIntegration
    from .available_custom_field_column import AvailableCustomFieldColumn
    from .balance_platform_details import BalancePlatformDetails
    from .bank_account import BankAccount
    from .bank_account_type import BankAccountType
    from .big_query import BigQuery
    from .billing_entity import BillingEntity
    from .billing_entity_page import BillingEntityPage
    from .billing_period_option import BillingPeriodOption
    from .billing_period_settings import BillingPeriodSettings
    from .br_local import BRLocal
    from .branding import Branding
    from .bulk_action_check import BulkActionCheck
    from .bulk_action_check_type import BulkActionCheckType
    from .bulk_action_item import BulkActionItem
    from .bulk_action_item_generated_resource import BulkActionItemGeneratedResource
    from .bulk_action_item_generated_resource_type import BulkActionItemGeneratedResourceType
    from .bulk_action_item_page import BulkActionItemPage
    from .bulk_action_item_resource import BulkActionItemResource
    from .bulk_action_page import BulkActionPage
    from .bulk_action_response import BulkActionResponse
    from .bulk_approval_request_action_page import BulkApprovalRequestActionPage
    from .cancel_pricing_plan_subscription_request import CancelPricingPlanSubscriptionRequest
    from .captcha_request import CaptchaRequest
    from .change_pricing_plan_subscription_plan_request import ChangePricingPlanSubscriptionPlanRequest
    from .charge import Charge
    from .charge_data_period import ChargeDataPeriod
    from .charge_on_demand_payment_context import ChargeOnDemandPaymentContext
    from .charge_on_demand_pricing_item import ChargeOnDemandPricingItem
    from .charge_on_demand_pricing_items_request import ChargeOnDemandPricingItemsRequest
    from .client_credentials import ClientCredentials
    from .colors import Colors
    from .column_mapping import ColumnMapping
    from .commitment import Commitment
    from .comparator import Comparator
    from .complete_sso_callback_request import CompleteSsoCallbackRequest
    from .configured_meter_value import ConfiguredMeterValue
    from .configured_meter_value_included_volume import ConfiguredMeterValueIncludedVolume
    from .contact import Contact
    from .contact_page import ContactPage
    from .copy_pricing_plan_schedule_request import CopyPricingPlanScheduleRequest
    from .copy_pricing_plan_subscription_request import CopyPricingPlanSubscriptionRequest
    from .cost_prediction import CostPrediction
    from .cost_prediction_details import CostPredictionDetails
    from .cost_prediction_response import CostPredictionResponse
    from .country_code import CountryCode
    from .coupon import Coupon
    from .coupon_discount import CouponDiscount
    from .coupon_discount_type import CouponDiscountType
    from .coupon_discount_usage import CouponDiscountUsage
    from .coupon_duration import CouponDuration
    from .coupon_duration_type import CouponDurationType
    from .coupon_limited_to import CouponLimitedTo
    from .coupon_page import CouponPage
    from .coupon_redemption import CouponRedemption
    from .coupon_redemption_page import CouponRedemptionPage
    from .create_account_membership_representation_request import CreateAccountMembershipRepresentationRequest
    from .create_adyen_verify_details_request import CreateAdyenVerifyDetailsRequest
    from .create_adyen_verify_details_request_details_type_0 import CreateAdyenVerifyDetailsRequestDetailsType0
    from .create_alert_request import CreateAlertRequest
    from .create_alert_rule_request import CreateAlertRuleRequest
    from .create_api_key_request import CreateApiKeyRequest
    from .create_approval_policy_request import CreateApprovalPolicyRequest
    from .create_attachment_request import CreateAttachmentRequest
    from .create_authentication_provider_request import CreateAuthenticationProviderRequest
    from .create_authentication_settings_request import CreateAuthenticationSettingsRequest
    from .create_auto_top_up_config_request import CreateAutoTopUpConfigRequest
    from .create_billing_entity_request import CreateBillingEntityRequest
    from .create_bulk_action_request import CreateBulkActionRequest
    from .create_bulk_approval_request_action_request import CreateBulkApprovalRequestActionRequest
    from .create_contact_request import CreateContactRequest
    from .create_coupon_request import CreateCouponRequest
    from .create_credit_type_request import CreateCreditTypeRequest
    from .create_custom_field_request import CreateCustomFieldRequest
    from .create_customer_request import CreateCustomerRequest
    from .create_document_request import CreateDocumentRequest
    from .create_feature_request import CreateFeatureRequest
    from .create_file_processing_setting_request import CreateFileProcessingSettingRequest
    from .create_file_request import CreateFileRequest
    from .create_indexing_target_request import CreateIndexingTargetRequest
    from .create_integration_request import CreateIntegrationRequest
    from .create_invoice_request import CreateInvoiceRequest
    from .create_meter_data_request import CreateMeterDataRequest
    from .create_meter_property_request import CreateMeterPropertyRequest
    from .create_meter_property_variable_request import CreateMeterPropertyVariableRequest
    from .create_meter_request import CreateMeterRequest
    from .create_meter_value_calculation_request import CreateMeterValueCalculationRequest
    from .create_meter_value_request import CreateMeterValueRequest
    from .create_payment_acceptor_request import CreatePaymentAcceptorRequest
    from .create_payment_method_payment_context import CreatePaymentMethodPaymentContext
    from .create_payment_method_request import CreatePaymentMethodRequest
    from .create_payment_request import CreatePaymentRequest
    from .create_payment_schedule_request import CreatePaymentScheduleRequest
    from .create_portal_url_request import CreatePortalUrlRequest
    from .create_pricing_group_request import CreatePricingGroupRequest
    from .create_pricing_plan_group_request import CreatePricingPlanGroupRequest
    from .create_pricing_plan_request import CreatePricingPlanRequest
    from .create_pricing_plan_schedule_request import CreatePricingPlanScheduleRequest
    from .create_pricing_plan_subscription_group_request import CreatePricingPlanSubscriptionGroupRequest
    from .create_pricing_plan_subscription_request import CreatePricingPlanSubscriptionRequest
    from .create_pricing_plan_version_request import CreatePricingPlanVersionRequest
    from .create_pricing_request import CreatePricingRequest
    from .create_product_category_request import CreateProductCategoryRequest
    from .create_product_item_request import CreateProductItemRequest
    from .create_product_request import CreateProductRequest
    from .create_promotion_code_request import CreatePromotionCodeRequest
    from .create_quote_request import CreateQuoteRequest
    from .create_quote_template_request import CreateQuoteTemplateRequest
    from .create_quote_upgrade_action_request_pricing_plan_schedule_request import (
        CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest,
    )
    from .create_quote_upgrade_action_request_pricing_plan_subscription_request import (
        CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest,
    )
    from .create_quote_upgrade_action_request_quote_request import CreateQuoteUpgradeActionRequestQuoteRequest
    from .create_quote_version_request import CreateQuoteVersionRequest
    from .create_quote_version_subscription_request import CreateQuoteVersionSubscriptionRequest
    from .create_report_configuration_request import CreateReportConfigurationRequest
    from .create_report_generate_request_request import CreateReportGenerateRequestRequest
    from .create_report_subscription_request import CreateReportSubscriptionRequest
    from .create_reprocess_request import CreateReprocessRequest
    from .create_reset_password_request import CreateResetPasswordRequest
    from .create_role_request import CreateRoleRequest
    from .create_seat_assignment_request import CreateSeatAssignmentRequest
    from .create_team_member_representation_request import CreateTeamMemberRepresentationRequest
    from .create_team_request import CreateTeamRequest
    from .create_token_request import CreateTokenRequest
    from .create_usage_limit_request import CreateUsageLimitRequest
    from .create_user_request import CreateUserRequest
    from .create_wallet_grant_request import CreateWalletGrantRequest
    from .create_wallet_request import CreateWalletRequest
    from .create_wallet_type_request import CreateWalletTypeRequest
    from .create_webhook_request import CreateWebhookRequest
    from .create_workflow_action_execution_request import CreateWorkflowActionExecutionRequest
    from .create_workflow_action_request import CreateWorkflowActionRequest
    from .create_workflow_request import CreateWorkflowRequest
    from .create_workflow_trigger_request import CreateWorkflowTriggerRequest
    from .credit_and_copy_invoice_request import CreditAndCopyInvoiceRequest
    from .credit_and_copy_invoice_response import CreditAndCopyInvoiceResponse
    from .credit_details_source import CreditDetailsSource
    from .credit_invoice_group import CreditInvoiceGroup
    from .credit_invoice_line import CreditInvoiceLine
    from .credit_invoice_period import CreditInvoicePeriod
    from .credit_invoice_request import CreditInvoiceRequest
    from .credit_type import CreditType
    from .credit_type_page import CreditTypePage
    from .credit_type_status import CreditTypeStatus
    from .credits_ import Credits
    from .crm_integrations import CrmIntegrations
    from .currency import Currency
    from .custom_field import CustomField
    from .custom_field_page import CustomFieldPage
    from .custom_field_type import CustomFieldType
    from .custom_field_value import CustomFieldValue
    from .custom_tax_code import CustomTaxCode
    from .custom_tax_code_field import CustomTaxCodeField
    from .customer import Customer
    from .customer_action_options import CustomerActionOptions
    from .customer_page import CustomerPage
    from .customer_portal_url import CustomerPortalUrl
    from .customer_references import CustomerReferences
    from .customer_role import CustomerRole
    from .customer_seller_details import CustomerSellerDetails
    from .customer_status import CustomerStatus
    from .customer_type import CustomerType
    from .customer_wallet_balance_status import CustomerWalletBalanceStatus
    from .customer_wallet_balances_status import CustomerWalletBalancesStatus
    from .data_export_integration import DataExportIntegration
    from .data_export_variant import DataExportVariant
    from .default_portal_url_settings import DefaultPortalUrlSettings
    from .default_value import DefaultValue
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
    from .display_config import DisplayConfig
    from .document import Document
    from .document_action_settings import DocumentActionSettings
    from .document_action_settings_trigger_type import DocumentActionSettingsTriggerType
    from .document_number_configuration import DocumentNumberConfiguration
    from .document_number_configuration_reset_period import DocumentNumberConfigurationResetPeriod
    from .document_number_configuration_reset_period_month import DocumentNumberConfigurationResetPeriodMonth
    from .download_settings import DownloadSettings
    from .download_url import DownloadUrl
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
    from .email_identifier import EmailIdentifier
    from .email_provider_integration import EmailProviderIntegration
    from .email_provider_variant import EmailProviderVariant
    from .embedded_customer_request import EmbeddedCustomerRequest
    from .embedded_invoice_request import EmbeddedInvoiceRequest
    from .embedded_payment_request import EmbeddedPaymentRequest
    from .embedded_user_request import EmbeddedUserRequest
    from .embedded_user_update_request import EmbeddedUserUpdateRequest
    from .enabled_pricing import EnabledPricing
    from .entitlement import Entitlement
    from .entitlement_summary import EntitlementSummary
    from .entitlement_summary_item import EntitlementSummaryItem
    from .entitlements import Entitlements
    from .event_alert_rule_request import EventAlertRuleRequest
    from .event_trace import EventTrace
    from .event_trace_link import EventTraceLink
    from .expiry_date import ExpiryDate
    from .export_invoice_to_erp_request import ExportInvoiceToErpRequest
    from .export_report_location import ExportReportLocation
    from .export_report_location_big_query_details import ExportReportLocationBigQueryDetails
    from .export_report_location_gcs_details import ExportReportLocationGcsDetails
    from .export_report_location_s3_details import ExportReportLocationS3Details
    from .export_report_location_s3_details_format_type import ExportReportLocationS3DetailsFormatType
    from .export_to_erp_action import ExportToErpAction
    from .export_to_erp_action_executor import ExportToErpActionExecutor
    from .feature import Feature
    from .feature_page import FeaturePage
    from .feature_resource_reference import FeatureResourceReference
    from .feature_type import FeatureType
    from .file import File
    from .file_download_settings import FileDownloadSettings
    from .file_line import FileLine
    from .file_line_page import FileLinePage
    from .file_line_status import FileLineStatus
    from .file_meter_data import FileMeterData
    from .file_page import FilePage
    from .file_processing_settings import FileProcessingSettings
    from .file_processing_type import FileProcessingType
    from .file_status import FileStatus
    from .file_type import FileType
    from .filter_field import FilterField
    from .finalize_invoices_parameters import FinalizeInvoicesParameters
    from .fixed_installment import FixedInstallment
    from .gcs import Gcs
    from .get_all_approval_policies_response import GetAllApprovalPoliciesResponse
    from .get_quotes_list import GetQuotesList
    from .hubspot_integration import HubspotIntegration
    from .image import Image
    from .inactive_period import InactivePeriod
    from .inactive_period_type import InactivePeriodType
    from .indexing_settings import IndexingSettings
    from .indexing_settings_rounding_mode import IndexingSettingsRoundingMode
    from .individual import Individual
    from .ingest_data_page import IngestDataPage
    from .ingest_data_summary import IngestDataSummary
    from .ingest_persist_data_request import IngestPersistDataRequest
    from .ingest_reference_mapping import IngestReferenceMapping
    from .init_payment_schedule_request import InitPaymentScheduleRequest
    from .init_pricing_plan_subscription_payment_context import InitPricingPlanSubscriptionPaymentContext
    from .init_pricing_plan_subscription_portal_url import InitPricingPlanSubscriptionPortalUrl
    from .init_pricing_plan_subscription_request import InitPricingPlanSubscriptionRequest
    from .init_quote_request import InitQuoteRequest
    from .init_workflow_request import InitWorkflowRequest
    from .integration import Integration
    from .integration_details import IntegrationDetails
    from .integration_link_detail import IntegrationLinkDetail
    from .integration_linked_resource_configuration import IntegrationLinkedResourceConfiguration
    from .integration_page import IntegrationPage
    from .integration_status import IntegrationStatus
    from .integration_type import IntegrationType
    from .interval_installment import IntervalInstallment
    from .invite_user_request import InviteUserRequest
    from .invoice import Invoice
    from .invoice_action_options import InvoiceActionOptions
    from .invoice_approval_status import InvoiceApprovalStatus
    from .invoice_billing_type import InvoiceBillingType
    from .invoice_commitment import InvoiceCommitment
    from .invoice_coupon import InvoiceCoupon
    from .invoice_credit_detail import InvoiceCreditDetail
    from .invoice_dunning_action import InvoiceDunningAction
    from .invoice_dunning_action_status import InvoiceDunningActionStatus
    from .invoice_extra_open_period import InvoiceExtraOpenPeriod
    from .invoice_grace_period import InvoiceGracePeriod
    from .invoice_grace_period_configuration import InvoiceGracePeriodConfiguration
    from .invoice_group import InvoiceGroup
    from .invoice_line import InvoiceLine
    from .invoice_line_coupon_data import InvoiceLineCouponData
    from .invoice_line_meter_value import InvoiceLineMeterValue
    from .invoice_overdue import InvoiceOverdue
    from .invoice_page import InvoicePage
    from .invoice_payment_action import InvoicePaymentAction
    from .invoice_payment_action_bank_account_details import InvoicePaymentActionBankAccountDetails
    from .invoice_payment_action_custom_redirect_details import InvoicePaymentActionCustomRedirectDetails
    from .invoice_payment_action_payment_gateway_details import InvoicePaymentActionPaymentGatewayDetails
    from .invoice_payment_status import InvoicePaymentStatus
    from .invoice_period import InvoicePeriod
    from .invoice_portal_url import InvoicePortalUrl
    from .invoice_preview import InvoicePreview
    from .invoice_preview_schedule_invoices import InvoicePreviewScheduleInvoices
    from .invoice_pricing import InvoicePricing
    from .invoice_pricing_amount_type import InvoicePricingAmountType
    from .invoice_promotion_code import InvoicePromotionCode
    from .invoice_reprocess import InvoiceReprocess
    from .invoice_search_request import InvoiceSearchRequest
    from .invoice_settings import InvoiceSettings
    from .invoice_settings_invoice_date_determination_type import InvoiceSettingsInvoiceDateDeterminationType
    from .invoice_sub_line import InvoiceSubLine
    from .invoice_sub_line_type import InvoiceSubLineType
    from .invoice_sub_line_usage_based_conversion import InvoiceSubLineUsageBasedConversion
    from .invoice_tax_amounts import InvoiceTaxAmounts
    from .invoice_tax_category_summary import InvoiceTaxCategorySummary
    from .invoice_tax_category_summary_rate import InvoiceTaxCategorySummaryRate
    from .invoice_tax_total_summary import InvoiceTaxTotalSummary
    from .invoice_trigger import InvoiceTrigger
    from .invoice_trigger_event import InvoiceTriggerEvent
    from .invoice_trigger_manual import InvoiceTriggerManual
    from .invoice_trigger_overdue import InvoiceTriggerOverdue
    from .invoice_type import InvoiceType
    from .invoice_upcoming_payment import InvoiceUpcomingPayment
    from .invoice_validation_result import InvoiceValidationResult
    from .invoice_workflow import InvoiceWorkflow
    from .invoice_workflow_variant import InvoiceWorkflowVariant
    from .jwt_token import JwtToken
    from .legal_entity_manager_details import LegalEntityManagerDetails
    from .link_detail import LinkDetail
    from .linked_integration import LinkedIntegration
    from .linked_invoice_detail import LinkedInvoiceDetail
    from .list_enabled_authentication_providers_request import ListEnabledAuthenticationProvidersRequest
    from .list_payment_method_options_request import ListPaymentMethodOptionsRequest
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
    from .meter_data_file_processing_settings import MeterDataFileProcessingSettings
    from .meter_data_list import MeterDataList
    from .meter_data_list_request import MeterDataListRequest
    from .meter_data_mapping_settings import MeterDataMappingSettings
    from .meter_data_meter_property import MeterDataMeterProperty
    from .meter_data_meter_value import MeterDataMeterValue
    from .meter_data_processed_details import MeterDataProcessedDetails
    from .meter_data_processed_details_type import MeterDataProcessedDetailsType
    from .meter_data_type import MeterDataType
    from .meter_meter_property import MeterMeterProperty
    from .meter_meter_value import MeterMeterValue
    from .meter_page import MeterPage
    from .meter_property import MeterProperty
    from .meter_property_condition import MeterPropertyCondition
    from .meter_property_dynamic_validation_settings import MeterPropertyDynamicValidationSettings
    from .meter_property_mapping import MeterPropertyMapping
    from .meter_property_page import MeterPropertyPage
    from .meter_property_split_pricing import MeterPropertySplitPricing
    from .meter_property_type import MeterPropertyType
    from .meter_property_variable import MeterPropertyVariable
    from .meter_property_variable_page import MeterPropertyVariablePage
    from .meter_property_variable_type import MeterPropertyVariableType
    from .meter_property_variable_value import MeterPropertyVariableValue
    from .meter_property_variable_value_page import MeterPropertyVariableValuePage
    from .meter_property_variable_values_update_result import MeterPropertyVariableValuesUpdateResult
    from .meter_value import MeterValue
    from .meter_value_calculation import MeterValueCalculation
    from .meter_value_calculation_commitment import MeterValueCalculationCommitment
    from .meter_value_calculation_page import MeterValueCalculationPage
    from .meter_value_calculation_type import MeterValueCalculationType
    from .meter_value_dynamic_validation_settings import MeterValueDynamicValidationSettings
    from .meter_value_mapping import MeterValueMapping
    from .meter_value_mapping_amount_default_value import MeterValueMappingAmountDefaultValue
    from .meter_value_mapping_column import MeterValueMappingColumn
    from .meter_value_mapping_column_amount import MeterValueMappingColumnAmount
    from .meter_value_mapping_default_value import MeterValueMappingDefaultValue
    from .meter_value_page import MeterValuePage
    from .meter_value_type import MeterValueType
    from .migrate_pricing_plan_schedule_request import MigratePricingPlanScheduleRequest
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
    from .on_demand_pricing_items_response import OnDemandPricingItemsResponse
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
    from .payment_acceptor_page import PaymentAcceptorPage
    from .payment_acceptor_payment_method_options import PaymentAcceptorPaymentMethodOptions
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
    from .payment_method_fallback import PaymentMethodFallback
    from .payment_method_online_banking import PaymentMethodOnlineBanking
    from .payment_method_option import PaymentMethodOption
    from .payment_method_page import PaymentMethodPage
    from .payment_method_payment_response import PaymentMethodPaymentResponse
    from .payment_method_status import PaymentMethodStatus
    from .payment_method_tokenization_request_shopper_interaction import (
        PaymentMethodTokenizationRequestShopperInteraction,
    )
    from .payment_modification_response import PaymentModificationResponse
    from .payment_modification_response_status import PaymentModificationResponseStatus
    from .payment_page import PaymentPage
    from .payment_request import PaymentRequest
    from .payment_request_page import PaymentRequestPage
    from .payment_request_payment_context import PaymentRequestPaymentContext
    from .payment_request_status import PaymentRequestStatus
    from .payment_result import PaymentResult
    from .payment_result_details import PaymentResultDetails
    from .payment_schedule import PaymentSchedule
    from .payment_schedule_dunning import PaymentScheduleDunning
    from .payment_schedule_init import PaymentScheduleInit
    from .payment_schedule_installments import PaymentScheduleInstallments
    from .payment_schedule_installments_variant import PaymentScheduleInstallmentsVariant
    from .payment_schedule_one_off import PaymentScheduleOneOff
    from .payment_schedule_page import PaymentSchedulePage
    from .payment_schedule_recurring import PaymentScheduleRecurring
    from .payment_schedule_status import PaymentScheduleStatus
    from .payment_schedule_type import PaymentScheduleType
    from .payment_trigger import PaymentTrigger
    from .payment_trigger_event import PaymentTriggerEvent
    from .payment_trigger_manual import PaymentTriggerManual
    from .payment_verify_detail_response import PaymentVerifyDetailResponse
    from .payment_workflow import PaymentWorkflow
    from .payment_workflow_variant import PaymentWorkflowVariant
    from .penalty_box_data import PenaltyBoxData
    from .period import Period
    from .period_type import PeriodType
    from .persist_data import PersistData
    from .platform import Platform
    from .platform_currency import PlatformCurrency
    from .platform_pricing_plan_subscription_settings import PlatformPricingPlanSubscriptionSettings
    from .platform_up_to_date import PlatformUpToDate
    from .platform_up_to_date_reprocess import PlatformUpToDateReprocess
    from .portal_url import PortalUrl
    from .portal_url_link import PortalUrlLink
    from .portal_url_page import PortalUrlPage
    from .portal_url_settings import PortalUrlSettings
    from .portal_url_status import PortalUrlStatus
    from .portal_url_type import PortalUrlType
    from .portal_url_widgets import PortalUrlWidgets
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
    from .pricing_plan_group import PricingPlanGroup
    from .pricing_plan_group_member import PricingPlanGroupMember
    from .pricing_plan_group_page import PricingPlanGroupPage
    from .pricing_plan_group_upgrade_type import PricingPlanGroupUpgradeType
    from .pricing_plan_page import PricingPlanPage
    from .pricing_plan_schedule import PricingPlanSchedule
    from .pricing_plan_schedule_customization import PricingPlanScheduleCustomization
    from .pricing_plan_schedule_info import PricingPlanScheduleInfo
    from .pricing_plan_schedule_page import PricingPlanSchedulePage
    from .pricing_plan_schedule_template import PricingPlanScheduleTemplate
    from .pricing_plan_schedule_type import PricingPlanScheduleType
    from .pricing_plan_subscription import PricingPlanSubscription
    from .pricing_plan_subscription_billing_time import PricingPlanSubscriptionBillingTime
    from .pricing_plan_subscription_cancel_type import PricingPlanSubscriptionCancelType
    from .pricing_plan_subscription_group import PricingPlanSubscriptionGroup
    from .pricing_plan_subscription_group_page import PricingPlanSubscriptionGroupPage
    from .pricing_plan_subscription_info import PricingPlanSubscriptionInfo
    from .pricing_plan_subscription_init import PricingPlanSubscriptionInit
    from .pricing_plan_subscription_page import PricingPlanSubscriptionPage
    from .pricing_plan_subscription_selector import PricingPlanSubscriptionSelector
    from .pricing_plan_subscription_selector_data import PricingPlanSubscriptionSelectorData
    from .pricing_plan_subscription_selector_fallback import PricingPlanSubscriptionSelectorFallback
    from .pricing_plan_subscription_selector_field import PricingPlanSubscriptionSelectorField
    from .pricing_plan_subscription_selector_filter import PricingPlanSubscriptionSelectorFilter
    from .pricing_plan_subscription_selector_rule import PricingPlanSubscriptionSelectorRule
    from .pricing_plan_subscription_status import PricingPlanSubscriptionStatus
    from .pricing_plan_subscription_template import PricingPlanSubscriptionTemplate
    from .pricing_plan_subscription_trigger import PricingPlanSubscriptionTrigger
    from .pricing_plan_subscription_trigger_event import PricingPlanSubscriptionTriggerEvent
    from .pricing_plan_subscription_trigger_manual import PricingPlanSubscriptionTriggerManual
    from .pricing_plan_subscription_type import PricingPlanSubscriptionType
    from .pricing_plan_subscription_variant import PricingPlanSubscriptionVariant
    from .pricing_plan_subscription_workflow import PricingPlanSubscriptionWorkflow
    from .pricing_plan_subscription_workflow_variant import PricingPlanSubscriptionWorkflowVariant
    from .pricing_plan_type import PricingPlanType
    from .pricing_plan_variant import PricingPlanVariant
    from .pricing_plan_version import PricingPlanVersion
    from .pricing_plan_version_info import PricingPlanVersionInfo
    from .pricing_plan_version_selector import PricingPlanVersionSelector
    from .pricing_plan_version_selector_type import PricingPlanVersionSelectorType
    from .pricing_type import PricingType
    from .processing_settings import ProcessingSettings
    from .product import Product
    from .product_category import ProductCategory
    from .product_category_discount import ProductCategoryDiscount
    from .product_category_page import ProductCategoryPage
    from .product_discount import ProductDiscount
    from .product_item import ProductItem
    from .product_item_credits import ProductItemCredits
    from .product_item_discount import ProductItemDiscount
    from .product_item_model_type import ProductItemModelType
    from .product_item_page import ProductItemPage
    from .product_item_type import ProductItemType
    from .product_item_usage_based import ProductItemUsageBased
    from .product_page import ProductPage
    from .product_type import ProductType
    from .promotion_code import PromotionCode
    from .promotion_code_details import PromotionCodeDetails
    from .promotion_code_limited_to import PromotionCodeLimitedTo
    from .promotion_code_page import PromotionCodePage
    from .quote import Quote
    from .quote_init_action import QuoteInitAction
    from .quote_init_action_pricing_plan_subscription import QuoteInitActionPricingPlanSubscription
    from .quote_init_action_quote import QuoteInitActionQuote
    from .quote_init_action_quote_pricing_plan_schedule import QuoteInitActionQuotePricingPlanSchedule
    from .quote_init_action_quote_version import QuoteInitActionQuoteVersion
    from .quote_pdf_configuration import QuotePDFConfiguration
    from .quote_settings import QuoteSettings
    from .quote_template import QuoteTemplate
    from .quote_template_page import QuoteTemplatePage
    from .quote_template_status import QuoteTemplateStatus
    from .quote_upgrade_action_response import QuoteUpgradeActionResponse
    from .quote_version import QuoteVersion
    from .quote_version_action import QuoteVersionAction
    from .quote_version_action_accept import QuoteVersionActionAccept
    from .quote_version_action_create_subscription import QuoteVersionActionCreateSubscription
    from .quote_version_action_reject import QuoteVersionActionReject
    from .quote_version_action_request_signature import QuoteVersionActionRequestSignature
    from .quote_version_action_send import QuoteVersionActionSend
    from .quote_version_action_sign import QuoteVersionActionSign
    from .quote_version_content import QuoteVersionContent
    from .quote_version_content_type import QuoteVersionContentType
    from .quote_version_default_content import QuoteVersionDefaultContent
    from .quote_version_info import QuoteVersionInfo
    from .quote_version_invoices_info import QuoteVersionInvoicesInfo
    from .quote_version_page import QuoteVersionPage
    from .quote_version_portal_url import QuoteVersionPortalUrl
    from .quote_version_recipient_data import QuoteVersionRecipientData
    from .quote_version_recipient_data_role import QuoteVersionRecipientDataRole
    from .quote_version_recipient_data_type import QuoteVersionRecipientDataType
    from .quote_version_status import QuoteVersionStatus
    from .quote_version_template import QuoteVersionTemplate
    from .quotes_page import QuotesPage
    from .rate_card import RateCard
    from .recipient_contact_data import RecipientContactData
    from .recipient_details_data import RecipientDetailsData
    from .record_signature_request_recipient_action_request import RecordSignatureRequestRecipientActionRequest
    from .reference_mapping_interface import ReferenceMappingInterface
    from .refresh_invoice_request import RefreshInvoiceRequest
    from .refresh_invoice_type import RefreshInvoiceType
    from .refresh_payment_methods_request import RefreshPaymentMethodsRequest
    from .refund_payment_request import RefundPaymentRequest
    from .reject_quote_version_request import RejectQuoteVersionRequest
    from .report import Report
    from .report_column import ReportColumn
    from .report_configuration import ReportConfiguration
    from .report_configuration_page import ReportConfigurationPage
    from .report_definition import ReportDefinition
    from .report_definition_category import ReportDefinitionCategory
    from .report_definition_page import ReportDefinitionPage
    from .report_generate_request import ReportGenerateRequest
    from .report_generate_request_page import ReportGenerateRequestPage
    from .report_ingest_data_summary import ReportIngestDataSummary
    from .report_page import ReportPage
    from .report_parameter import ReportParameter
    from .report_parameter_name import ReportParameterName
    from .report_parameter_type import ReportParameterType
    from .report_parameter_value import ReportParameterValue
    from .report_report_code import ReportReportCode
    from .report_subscription import ReportSubscription
    from .report_subscription_format import ReportSubscriptionFormat
    from .report_subscription_page import ReportSubscriptionPage
    from .report_subscription_schedule import ReportSubscriptionSchedule
    from .report_subscription_schedule_day_of_week import ReportSubscriptionScheduleDayOfWeek
    from .report_subscription_trigger import ReportSubscriptionTrigger
    from .reprocess import Reprocess
    from .reprocess_customer import ReprocessCustomer
    from .reprocess_invoice import ReprocessInvoice
    from .reprocess_not_matched import ReprocessNotMatched
    from .reprocess_page import ReprocessPage
    from .reprocess_type import ReprocessType
    from .reprocessing_delay import ReprocessingDelay
    from .reprocessing_delay_type import ReprocessingDelayType
    from .reprocessing_settings import ReprocessingSettings
    from .request_password_reset_request import RequestPasswordResetRequest
    from .request_quote_version_signature_request import RequestQuoteVersionSignatureRequest
    from .request_usage_reports_parameters import RequestUsageReportsParameters
    from .required_action import RequiredAction
    from .required_action_data_type_0 import RequiredActionDataType0
    from .resource_identifier import ResourceIdentifier
    from .resource_identifier_type import ResourceIdentifierType
    from .resource_status import ResourceStatus
    from .resubmit_e_invoice_request import ResubmitEInvoiceRequest
    from .reviewer import Reviewer
    from .role import Role
    from .role_child_role import RoleChildRole
    from .role_paginated_page import RolePaginatedPage
    from .rounding_setting import RoundingSetting
    from .rounding_setting_rounding_mode import RoundingSettingRoundingMode
    from .rounding_setting_rounding_target import RoundingSettingRoundingTarget
    from .s3 import S3
    from .s3_authentication_type import S3AuthenticationType
    from .search_api_keys_request import SearchApiKeysRequest
    from .search_field import SearchField
    from .seat_assignment import SeatAssignment
    from .seat_assignment_page import SeatAssignmentPage
    from .seat_assignment_status import SeatAssignmentStatus
    from .selection_rule import SelectionRule
    from .selection_rule_field import SelectionRuleField
    from .selection_rule_resource import SelectionRuleResource
    from .selection_rule_resource_field import SelectionRuleResourceField
    from .selection_rule_type import SelectionRuleType
    from .seller_details import SellerDetails
    from .send_email_invoice_configuration import SendEmailInvoiceConfiguration
    from .send_email_payment_configuration import SendEmailPaymentConfiguration
    from .send_email_pricing_plan_subscription_configuration import SendEmailPricingPlanSubscriptionConfiguration
    from .send_email_to_customer import SendEmailToCustomer
    from .send_email_to_customer_variant import SendEmailToCustomerVariant
    from .send_invoice_by_email_request import SendInvoiceByEmailRequest
    from .send_quote_version_request import SendQuoteVersionRequest
    from .send_webhook_action import SendWebhookAction
    from .set_usage_limit_status_request import SetUsageLimitStatusRequest
    from .short import Short
    from .signature_request import SignatureRequest
    from .signature_request_quote_version import SignatureRequestQuoteVersion
    from .signature_request_recipient_action_action import SignatureRequestRecipientActionAction
    from .signature_request_recipient_data import SignatureRequestRecipientData
    from .signature_request_recipient_data_status import SignatureRequestRecipientDataStatus
    from .signature_request_status import SignatureRequestStatus
    from .signature_request_type import SignatureRequestType
    from .snowflake import Snowflake
    from .sso_authentication_provider_variant_settings import SSOAuthenticationProviderVariantSettings
    from .sso_variant import SSOVariant
    from .sso_variant_variant import SsoVariantVariant
    from .stripe_integration_details import StripeIntegrationDetails
    from .stripe_payment_action import StripePaymentAction
    from .stripe_payment_gateway_integration import StripePaymentGatewayIntegration
    from .stripe_payment_method_option import StripePaymentMethodOption
    from .stripe_required_action import StripeRequiredAction
    from .stripe_tokenization_request import StripeTokenizationRequest
    from .system_ownership_details import SystemOwnershipDetails
    from .tax_calculation_integration import TaxCalculationIntegration
    from .tax_calculation_variant import TaxCalculationVariant
    from .tax_category import TaxCategory
    from .tax_id import TaxId
    from .tax_id_type import TaxIdType
    from .tax_id_type_response import TaxIdTypeResponse
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
    from .test_connection_response import TestConnectionResponse
    from .threshold import Threshold
    from .tokenize_payment_method_request import TokenizePaymentMethodRequest
    from .total_discount import TotalDiscount
    from .trigger_report_subscription_request import TriggerReportSubscriptionRequest
    from .uk_local import UKLocal
    from .unit_name import UnitName
    from .update_account_membership_representation_request import UpdateAccountMembershipRepresentationRequest
    from .update_alert_rule_request import UpdateAlertRuleRequest
    from .update_api_key_request import UpdateApiKeyRequest
    from .update_approval_policy_request import UpdateApprovalPolicyRequest
    from .update_authentication_provider_request import UpdateAuthenticationProviderRequest
    from .update_billing_entity_request import UpdateBillingEntityRequest
    from .update_contact_request import UpdateContactRequest
    from .update_coupon_request import UpdateCouponRequest
    from .update_credit_type_request import UpdateCreditTypeRequest
    from .update_custom_field_request import UpdateCustomFieldRequest
    from .update_customer_request import UpdateCustomerRequest
    from .update_e_invoice_status_request import UpdateEInvoiceStatusRequest
    from .update_feature_request import UpdateFeatureRequest
    from .update_file_processing_setting_request import UpdateFileProcessingSettingRequest
    from .update_file_request import UpdateFileRequest
    from .update_integration_request import UpdateIntegrationRequest
    from .update_invoice_request import UpdateInvoiceRequest
    from .update_meter_property_request import UpdateMeterPropertyRequest
    from .update_meter_property_variable_request import UpdateMeterPropertyVariableRequest
    from .update_meter_property_variable_values_request import UpdateMeterPropertyVariableValuesRequest
    from .update_meter_request import UpdateMeterRequest
    from .update_meter_value_calculation_request import UpdateMeterValueCalculationRequest
    from .update_meter_value_request import UpdateMeterValueRequest
    from .update_payment_acceptor_request import UpdatePaymentAcceptorRequest
    from .update_payment_method_request import UpdatePaymentMethodRequest
    from .update_payment_schedule_request import UpdatePaymentScheduleRequest
    from .update_platform_request import UpdatePlatformRequest
    from .update_portal_url_request import UpdatePortalUrlRequest
    from .update_pricing_field_actions import UpdatePricingFieldActions
    from .update_pricing_group_request import UpdatePricingGroupRequest
    from .update_pricing_plan_group_request import UpdatePricingPlanGroupRequest
    from .update_pricing_plan_request import UpdatePricingPlanRequest
    from .update_pricing_plan_schedule_request import UpdatePricingPlanScheduleRequest
    from .update_pricing_plan_subscription_group_request import UpdatePricingPlanSubscriptionGroupRequest
    from .update_pricing_plan_subscription_payment_method_request import (
        UpdatePricingPlanSubscriptionPaymentMethodRequest,
    )
    from .update_pricing_plan_subscription_request import UpdatePricingPlanSubscriptionRequest
    from .update_pricing_plan_version_request import UpdatePricingPlanVersionRequest
    from .update_pricing_request import UpdatePricingRequest
    from .update_product_category_request import UpdateProductCategoryRequest
    from .update_product_item_request import UpdateProductItemRequest
    from .update_product_request import UpdateProductRequest
    from .update_quote_field_actions import UpdateQuoteFieldActions
    from .update_quote_request import UpdateQuoteRequest
    from .update_quote_template_request import UpdateQuoteTemplateRequest
    from .update_quote_version_request import UpdateQuoteVersionRequest
    from .update_report_configuration_request import UpdateReportConfigurationRequest
    from .update_report_subscription_request import UpdateReportSubscriptionRequest
    from .update_role_request import UpdateRoleRequest
    from .update_seat_assignment_request import UpdateSeatAssignmentRequest
    from .update_usage_limit_request import UpdateUsageLimitRequest
    from .update_user_request import UpdateUserRequest
    from .update_wallet_type_request import UpdateWalletTypeRequest
    from .update_webhook_request import UpdateWebhookRequest
    from .update_workflow_action_execution_request import UpdateWorkflowActionExecutionRequest
    from .update_workflow_action_request import UpdateWorkflowActionRequest
    from .update_workflow_request import UpdateWorkflowRequest
    from .update_workflow_trigger_request import UpdateWorkflowTriggerRequest
    from .upgrade_quote_request import UpgradeQuoteRequest
    from .upsert_billing_entity_field_actions import UpsertBillingEntityFieldActions
    from .upsert_contact_field_actions import UpsertContactFieldActions
    from .upsert_customer_field_actions import UpsertCustomerFieldActions
    from .upsert_pricing_plan_subscription_field_actions import UpsertPricingPlanSubscriptionFieldActions
    from .upsert_product_field_actions import UpsertProductFieldActions
    from .upsert_product_item_field_actions import UpsertProductItemFieldActions
    from .us_local import USLocal
    from .usage_limit import UsageLimit
    from .usage_limit_page import UsageLimitPage
    from .usage_limit_scope import UsageLimitScope
    from .usage_limit_status_response import UsageLimitStatusResponse
    from .usage_limit_value import UsageLimitValue
    from .usage_trigger import UsageTrigger
    from .usage_trigger_event import UsageTriggerEvent
    from .usage_trigger_event_variant import UsageTriggerEventVariant
    from .used_exchange_rate import UsedExchangeRate
    from .user import User
    from .user_invite import UserInvite
    from .user_paginated_page import UserPaginatedPage
    from .user_status import UserStatus
    from .username_password import UsernamePassword
    from .verify_payment_details_request import VerifyPaymentDetailsRequest
    from .volume import Volume
    from .wallet import Wallet
    from .wallet_balance_status import WalletBalanceStatus
    from .wallet_balance_status_request import WalletBalanceStatusRequest
    from .wallet_balance_value import WalletBalanceValue
    from .wallet_grant import WalletGrant
    from .wallet_grant_page import WalletGrantPage
    from .wallet_grant_type import WalletGrantType
    from .wallet_page import WalletPage
    from .wallet_threshold import WalletThreshold
    from .wallet_trigger import WalletTrigger
    from .wallet_trigger_event import WalletTriggerEvent
    from .wallet_type import WalletType
    from .wallet_type_balance import WalletTypeBalance
    from .wallet_type_credit import WalletTypeCredit
    from .wallet_type_credit_amount_grant import WalletTypeCreditAmountGrant
    from .wallet_type_credit_credits_grant import WalletTypeCreditCreditsGrant
    from .wallet_type_credit_grant_type import WalletTypeCreditGrantType
    from .wallet_type_page import WalletTypePage
    from .wallet_type_type import WalletTypeType
    from .wallet_wallet_balance import WalletWalletBalance
    from .wallet_workflow import WalletWorkflow
    from .wallet_workflow_variant import WalletWorkflowVariant
    from .webhook import Webhook
    from .webhook_action import WebhookAction
    from .webhook_action_page import WebhookActionPage
    from .webhook_authentication_type import WebhookAuthenticationType
    from .webhook_connection_response import WebhookConnectionResponse
    from .webhook_event import WebhookEvent
    from .webhook_event_failure_data import WebhookEventFailureData
    from .webhook_event_page import WebhookEventPage
    from .webhook_page import WebhookPage
    from .workflow import Workflow
    from .workflow_action import WorkflowAction
    from .workflow_action_execution import WorkflowActionExecution
    from .workflow_action_execution_status import WorkflowActionExecutionStatus
    from .workflow_action_executions_paginated_response import WorkflowActionExecutionsPaginatedResponse
    from .workflow_action_snapshot import WorkflowActionSnapshot
    from .workflow_action_snapshot_type import WorkflowActionSnapshotType
    from .workflow_action_type import WorkflowActionType
    from .workflow_conditions_result_comparison import WorkflowConditionsResultComparison
    from .workflow_conditions_result_group import WorkflowConditionsResultGroup
    from .workflow_conditions_result_group_operands_type_0_item import WorkflowConditionsResultGroupOperandsType0Item
    from .workflow_conditions_result_group_operator import WorkflowConditionsResultGroupOperator
    from .workflow_conditions_result_tree import WorkflowConditionsResultTree
    from .workflow_conditions_result_tree_result import WorkflowConditionsResultTreeResult
    from .workflow_conditions_result_tree_type import WorkflowConditionsResultTreeType
    from .workflow_init import WorkflowInit
    from .workflow_paginated_response import WorkflowPaginatedResponse
    from .workflow_status import WorkflowStatus
    from .workflow_trigger import WorkflowTrigger
    from .workflow_trigger_paginated_response import WorkflowTriggerPaginatedResponse
    from .workflow_trigger_type import WorkflowTriggerType
    from .workflow_type import WorkflowType

_MODULES: dict[str, str] = {
    "AcceptQuoteVersionRequest": "accept_quote_version_request",
    "AccountMembershipRepresentation": "account_membership_representation",
    "AccountMembershipRepresentationType": "account_membership_representation_type",
    "AccountNumberAndBic": "account_number_and_bic",
    "AccountRepresentation": "account_representation",
    "Address": "address",
    "AdyenAutoRescue": "adyen_auto_rescue",
    "AdyenDirectPaymentContext": "adyen_direct_payment_context",
    "AdyenEnvironment": "adyen_environment",
    "AdyenIntegrationDetails": "adyen_integration_details",
    "AdyenIssuer": "adyen_issuer",
    "AdyenOwnership": "adyen_ownership",
    "AdyenPaymentAction": "adyen_payment_action",
    "AdyenPaymentGatewayIntegration": "adyen_payment_gateway_integration",
    "AdyenPaymentMethodOption": "adyen_payment_method_option",
    "AdyenPaymentMethodOptionConfiguration": "adyen_payment_method_option_configuration",
    "AdyenRequiredAction": "adyen_required_action",
    "AdyenRequiredActionSdkDataType0": "adyen_required_action_sdk_data_type_0",
    "AdyenTokenizationRequest": "adyen_tokenization_request",
    "AdyenTokenizationRequestBrowserInfo": "adyen_tokenization_request_browser_info",
    "AdyenTokenizationRequestPaymentMethod": "adyen_tokenization_request_payment_method",
    "AdyenTokenizationRequestRiskData": "adyen_tokenization_request_risk_data",
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
    "AlertRulePage": "alert_rule_page",
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
    "ApprovalGroup": "approval_group",
    "ApprovalPolicy": "approval_policy",
    "ApprovalPolicyApprovalType": "approval_policy_approval_type",
    "ApprovalPolicyApprover": "approval_policy_approver",
    "ApprovalPolicyApproverType": "approval_policy_approver_type",
    "ApprovalPolicyBillingEntity": "approval_policy_billing_entity",
    "ApprovalPolicyBillingPeriod": "approval_policy_billing_period",
    "ApprovalPolicyCommitment": "approval_policy_commitment",
    "ApprovalPolicyCustomField": "approval_policy_custom_field",
    "ApprovalPolicyDiscount": "approval_policy_discount",
    "ApprovalPolicyDueDate": "approval_policy_due_date",
    "ApprovalPolicyPaymentAcceptor": "approval_policy_payment_acceptor",
    "ApprovalPolicyPricing": "approval_policy_pricing",
    "ApprovalPolicyRule": "approval_policy_rule",
    "ApprovalPolicyRuleComparator": "approval_policy_rule_comparator",
    "ApprovalPolicyRuleGroup": "approval_policy_rule_group",
    "ApprovalPolicyRuleType": "approval_policy_rule_type",
    "ApprovalPolicySourceType": "approval_policy_source_type",
    "ApprovalPolicyUser": "approval_policy_user",
    "ApprovalRequest": "approval_request",
    "ApprovalRequestActionResult": "approval_request_action_result",
    "ApprovalRequestActionResultStatus": "approval_request_action_result_status",
    "ApprovalRequestPage": "approval_request_page",
    "Approvers": "approvers",
    "ApproversType": "approvers_type",
    "ARLocal": "ar_local",
    "Attachment": "attachment",
    "AttachmentPage": "attachment_page",
    "AuditRecord": "audit_record",
    "AuditRecordPage": "audit_record_page",
    "AuthenticationProvider": "authentication_provider",
    "AuthenticationProviderPage": "authentication_provider_page",
    "AuthenticationProviderStatus": "authentication_provider_status",
    "AuthenticationProviderType": "authentication_provider_type",
    "AuthenticationSettings": "authentication_settings",
    "AuthenticationSettingsApiKey": "authentication_settings_api_key",
    "AuthorizePaymentRequest": "authorize_payment_request",
    "AutoTopupConfig": "auto_topup_config",
    "AutoTopupConfigPage": "auto_topup_config_page",
    "AutoTopupConfigStatus": "auto_topup_config_status",
    "AutoTopupThreshold": "auto_topup_threshold",
    "AvaTaxCalculationIntegration": "ava_tax_calculation_integration",
    "AvailableCustomFieldColumn": "available_custom_field_column",
    "BalancePlatformDetails": "balance_platform_details",
    "BankAccount": "bank_account",
    "BankAccountType": "bank_account_type",
    "BigQuery": "big_query",
    "BillingEntity": "billing_entity",
    "BillingEntityPage": "billing_entity_page",
    "BillingPeriodOption": "billing_period_option",
    "BillingPeriodSettings": "billing_period_settings",
    "BRLocal": "br_local",
    "Branding": "branding",
    "BulkActionCheck": "bulk_action_check",
    "BulkActionCheckType": "bulk_action_check_type",
    "BulkActionItem": "bulk_action_item",
    "BulkActionItemGeneratedResource": "bulk_action_item_generated_resource",
    "BulkActionItemGeneratedResourceType": "bulk_action_item_generated_resource_type",
    "BulkActionItemPage": "bulk_action_item_page",
    "BulkActionItemResource": "bulk_action_item_resource",
    "BulkActionPage": "bulk_action_page",
    "BulkActionResponse": "bulk_action_response",
    "BulkApprovalRequestActionPage": "bulk_approval_request_action_page",
    "CancelPricingPlanSubscriptionRequest": "cancel_pricing_plan_subscription_request",
    "CaptchaRequest": "captcha_request",
    "ChangePricingPlanSubscriptionPlanRequest": "change_pricing_plan_subscription_plan_request",
    "Charge": "charge",
    "ChargeDataPeriod": "charge_data_period",
    "ChargeOnDemandPaymentContext": "charge_on_demand_payment_context",
    "ChargeOnDemandPricingItem": "charge_on_demand_pricing_item",
    "ChargeOnDemandPricingItemsRequest": "charge_on_demand_pricing_items_request",
    "ClientCredentials": "client_credentials",
    "Colors": "colors",
    "ColumnMapping": "column_mapping",
    "Commitment": "commitment",
    "Comparator": "comparator",
    "CompleteSsoCallbackRequest": "complete_sso_callback_request",
    "ConfiguredMeterValue": "configured_meter_value",
    "ConfiguredMeterValueIncludedVolume": "configured_meter_value_included_volume",
    "Contact": "contact",
    "ContactPage": "contact_page",
    "CopyPricingPlanScheduleRequest": "copy_pricing_plan_schedule_request",
    "CopyPricingPlanSubscriptionRequest": "copy_pricing_plan_subscription_request",
    "CostPrediction": "cost_prediction",
    "CostPredictionDetails": "cost_prediction_details",
    "CostPredictionResponse": "cost_prediction_response",
    "CountryCode": "country_code",
    "Coupon": "coupon",
    "CouponDiscount": "coupon_discount",
    "CouponDiscountType": "coupon_discount_type",
    "CouponDiscountUsage": "coupon_discount_usage",
    "CouponDuration": "coupon_duration",
    "CouponDurationType": "coupon_duration_type",
    "CouponLimitedTo": "coupon_limited_to",
    "CouponPage": "coupon_page",
    "CouponRedemption": "coupon_redemption",
    "CouponRedemptionPage": "coupon_redemption_page",
    "CreateAccountMembershipRepresentationRequest": "create_account_membership_representation_request",
    "CreateAdyenVerifyDetailsRequest": "create_adyen_verify_details_request",
    "CreateAdyenVerifyDetailsRequestDetailsType0": "create_adyen_verify_details_request_details_type_0",
    "CreateAlertRequest": "create_alert_request",
    "CreateAlertRuleRequest": "create_alert_rule_request",
    "CreateApiKeyRequest": "create_api_key_request",
    "CreateApprovalPolicyRequest": "create_approval_policy_request",
    "CreateAttachmentRequest": "create_attachment_request",
    "CreateAuthenticationProviderRequest": "create_authentication_provider_request",
    "CreateAuthenticationSettingsRequest": "create_authentication_settings_request",
    "CreateAutoTopUpConfigRequest": "create_auto_top_up_config_request",
    "CreateBillingEntityRequest": "create_billing_entity_request",
    "CreateBulkActionRequest": "create_bulk_action_request",
    "CreateBulkApprovalRequestActionRequest": "create_bulk_approval_request_action_request",
    "CreateContactRequest": "create_contact_request",
    "CreateCouponRequest": "create_coupon_request",
    "CreateCreditTypeRequest": "create_credit_type_request",
    "CreateCustomFieldRequest": "create_custom_field_request",
    "CreateCustomerRequest": "create_customer_request",
    "CreateDocumentRequest": "create_document_request",
    "CreateFeatureRequest": "create_feature_request",
    "CreateFileProcessingSettingRequest": "create_file_processing_setting_request",
    "CreateFileRequest": "create_file_request",
    "CreateIndexingTargetRequest": "create_indexing_target_request",
    "CreateIntegrationRequest": "create_integration_request",
    "CreateInvoiceRequest": "create_invoice_request",
    "CreateMeterDataRequest": "create_meter_data_request",
    "CreateMeterPropertyRequest": "create_meter_property_request",
    "CreateMeterPropertyVariableRequest": "create_meter_property_variable_request",
    "CreateMeterRequest": "create_meter_request",
    "CreateMeterValueCalculationRequest": "create_meter_value_calculation_request",
    "CreateMeterValueRequest": "create_meter_value_request",
    "CreatePaymentAcceptorRequest": "create_payment_acceptor_request",
    "CreatePaymentMethodPaymentContext": "create_payment_method_payment_context",
    "CreatePaymentMethodRequest": "create_payment_method_request",
    "CreatePaymentRequest": "create_payment_request",
    "CreatePaymentScheduleRequest": "create_payment_schedule_request",
    "CreatePortalUrlRequest": "create_portal_url_request",
    "CreatePricingGroupRequest": "create_pricing_group_request",
    "CreatePricingPlanGroupRequest": "create_pricing_plan_group_request",
    "CreatePricingPlanRequest": "create_pricing_plan_request",
    "CreatePricingPlanScheduleRequest": "create_pricing_plan_schedule_request",
    "CreatePricingPlanSubscriptionGroupRequest": "create_pricing_plan_subscription_group_request",
    "CreatePricingPlanSubscriptionRequest": "create_pricing_plan_subscription_request",
    "CreatePricingPlanVersionRequest": "create_pricing_plan_version_request",
    "CreatePricingRequest": "create_pricing_request",
    "CreateProductCategoryRequest": "create_product_category_request",
    "CreateProductItemRequest": "create_product_item_request",
    "CreateProductRequest": "create_product_request",
    "CreatePromotionCodeRequest": "create_promotion_code_request",
    "CreateQuoteRequest": "create_quote_request",
    "CreateQuoteTemplateRequest": "create_quote_template_request",
    "CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest": "create_quote_upgrade_action_request_pricing_plan_schedule_request",
    "CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest": "create_quote_upgrade_action_request_pricing_plan_subscription_request",
    "CreateQuoteUpgradeActionRequestQuoteRequest": "create_quote_upgrade_action_request_quote_request",
    "CreateQuoteVersionRequest": "create_quote_version_request",
    "CreateQuoteVersionSubscriptionRequest": "create_quote_version_subscription_request",
    "CreateReportConfigurationRequest": "create_report_configuration_request",
    "CreateReportGenerateRequestRequest": "create_report_generate_request_request",
    "CreateReportSubscriptionRequest": "create_report_subscription_request",
    "CreateReprocessRequest": "create_reprocess_request",
    "CreateResetPasswordRequest": "create_reset_password_request",
    "CreateRoleRequest": "create_role_request",
    "CreateSeatAssignmentRequest": "create_seat_assignment_request",
    "CreateTeamMemberRepresentationRequest": "create_team_member_representation_request",
    "CreateTeamRequest": "create_team_request",
    "CreateTokenRequest": "create_token_request",
    "CreateUsageLimitRequest": "create_usage_limit_request",
    "CreateUserRequest": "create_user_request",
    "CreateWalletGrantRequest": "create_wallet_grant_request",
    "CreateWalletRequest": "create_wallet_request",
    "CreateWalletTypeRequest": "create_wallet_type_request",
    "CreateWebhookRequest": "create_webhook_request",
    "CreateWorkflowActionExecutionRequest": "create_workflow_action_execution_request",
    "CreateWorkflowActionRequest": "create_workflow_action_request",
    "CreateWorkflowRequest": "create_workflow_request",
    "CreateWorkflowTriggerRequest": "create_workflow_trigger_request",
    "CreditAndCopyInvoiceRequest": "credit_and_copy_invoice_request",
    "CreditAndCopyInvoiceResponse": "credit_and_copy_invoice_response",
    "CreditDetailsSource": "credit_details_source",
    "CreditInvoiceGroup": "credit_invoice_group",
    "CreditInvoiceLine": "credit_invoice_line",
    "CreditInvoicePeriod": "credit_invoice_period",
    "CreditInvoiceRequest": "credit_invoice_request",
    "CreditType": "credit_type",
    "CreditTypePage": "credit_type_page",
    "CreditTypeStatus": "credit_type_status",
    "Credits": "credits_",
    "CrmIntegrations": "crm_integrations",
    "Currency": "currency",
    "CustomField": "custom_field",
    "CustomFieldPage": "custom_field_page",
    "CustomFieldType": "custom_field_type",
    "CustomFieldValue": "custom_field_value",
    "CustomTaxCode": "custom_tax_code",
    "CustomTaxCodeField": "custom_tax_code_field",
    "Customer": "customer",
    "CustomerActionOptions": "customer_action_options",
    "CustomerPage": "customer_page",
    "CustomerPortalUrl": "customer_portal_url",
    "CustomerReferences": "customer_references",
    "CustomerRole": "customer_role",
    "CustomerSellerDetails": "customer_seller_details",
    "CustomerStatus": "customer_status",
    "CustomerType": "customer_type",
    "CustomerWalletBalanceStatus": "customer_wallet_balance_status",
    "CustomerWalletBalancesStatus": "customer_wallet_balances_status",
    "DataExportIntegration": "data_export_integration",
    "DataExportVariant": "data_export_variant",
    "DefaultPortalUrlSettings": "default_portal_url_settings",
    "DefaultValue": "default_value",
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
    "DisplayConfig": "display_config",
    "Document": "document",
    "DocumentActionSettings": "document_action_settings",
    "DocumentActionSettingsTriggerType": "document_action_settings_trigger_type",
    "DocumentNumberConfiguration": "document_number_configuration",
    "DocumentNumberConfigurationResetPeriod": "document_number_configuration_reset_period",
    "DocumentNumberConfigurationResetPeriodMonth": "document_number_configuration_reset_period_month",
    "DownloadSettings": "download_settings",
    "DownloadUrl": "download_url",
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
    "EmailIdentifier": "email_identifier",
    "EmailProviderIntegration": "email_provider_integration",
    "EmailProviderVariant": "email_provider_variant",
    "EmbeddedCustomerRequest": "embedded_customer_request",
    "EmbeddedInvoiceRequest": "embedded_invoice_request",
    "EmbeddedPaymentRequest": "embedded_payment_request",
    "EmbeddedUserRequest": "embedded_user_request",
    "EmbeddedUserUpdateRequest": "embedded_user_update_request",
    "EnabledPricing": "enabled_pricing",
    "Entitlement": "entitlement",
    "EntitlementSummary": "entitlement_summary",
    "EntitlementSummaryItem": "entitlement_summary_item",
    "Entitlements": "entitlements",
    "EventAlertRuleRequest": "event_alert_rule_request",
    "EventTrace": "event_trace",
    "EventTraceLink": "event_trace_link",
    "ExpiryDate": "expiry_date",
    "ExportInvoiceToErpRequest": "export_invoice_to_erp_request",
    "ExportReportLocation": "export_report_location",
    "ExportReportLocationBigQueryDetails": "export_report_location_big_query_details",
    "ExportReportLocationGcsDetails": "export_report_location_gcs_details",
    "ExportReportLocationS3Details": "export_report_location_s3_details",
    "ExportReportLocationS3DetailsFormatType": "export_report_location_s3_details_format_type",
    "ExportToErpAction": "export_to_erp_action",
    "ExportToErpActionExecutor": "export_to_erp_action_executor",
    "Feature": "feature",
    "FeaturePage": "feature_page",
    "FeatureResourceReference": "feature_resource_reference",
    "FeatureType": "feature_type",
    "File": "file",
    "FileDownloadSettings": "file_download_settings",
    "FileLine": "file_line",
    "FileLinePage": "file_line_page",
    "FileLineStatus": "file_line_status",
    "FileMeterData": "file_meter_data",
    "FilePage": "file_page",
    "FileProcessingSettings": "file_processing_settings",
    "FileProcessingType": "file_processing_type",
    "FileStatus": "file_status",
    "FileType": "file_type",
    "FilterField": "filter_field",
    "FinalizeInvoicesParameters": "finalize_invoices_parameters",
    "FixedInstallment": "fixed_installment",
    "Gcs": "gcs",
    "GetAllApprovalPoliciesResponse": "get_all_approval_policies_response",
    "GetQuotesList": "get_quotes_list",
    "HubspotIntegration": "hubspot_integration",
    "Image": "image",
    "InactivePeriod": "inactive_period",
    "InactivePeriodType": "inactive_period_type",
    "IndexingSettings": "indexing_settings",
    "IndexingSettingsRoundingMode": "indexing_settings_rounding_mode",
    "Individual": "individual",
    "IngestDataPage": "ingest_data_page",
    "IngestDataSummary": "ingest_data_summary",
    "IngestPersistDataRequest": "ingest_persist_data_request",
    "IngestReferenceMapping": "ingest_reference_mapping",
    "InitPaymentScheduleRequest": "init_payment_schedule_request",
    "InitPricingPlanSubscriptionPaymentContext": "init_pricing_plan_subscription_payment_context",
    "InitPricingPlanSubscriptionPortalUrl": "init_pricing_plan_subscription_portal_url",
    "InitPricingPlanSubscriptionRequest": "init_pricing_plan_subscription_request",
    "InitQuoteRequest": "init_quote_request",
    "InitWorkflowRequest": "init_workflow_request",
    "Integration": "integration",
    "IntegrationDetails": "integration_details",
    "IntegrationLinkDetail": "integration_link_detail",
    "IntegrationLinkedResourceConfiguration": "integration_linked_resource_configuration",
    "IntegrationPage": "integration_page",
    "IntegrationStatus": "integration_status",
    "IntegrationType": "integration_type",
    "IntervalInstallment": "interval_installment",
    "InviteUserRequest": "invite_user_request",
    "Invoice": "invoice",
    "InvoiceActionOptions": "invoice_action_options",
    "InvoiceApprovalStatus": "invoice_approval_status",
    "InvoiceBillingType": "invoice_billing_type",
    "InvoiceCommitment": "invoice_commitment",
    "InvoiceCoupon": "invoice_coupon",
    "InvoiceCreditDetail": "invoice_credit_detail",
    "InvoiceDunningAction": "invoice_dunning_action",
    "InvoiceDunningActionStatus": "invoice_dunning_action_status",
    "InvoiceExtraOpenPeriod": "invoice_extra_open_period",
    "InvoiceGracePeriod": "invoice_grace_period",
    "InvoiceGracePeriodConfiguration": "invoice_grace_period_configuration",
    "InvoiceGroup": "invoice_group",
    "InvoiceLine": "invoice_line",
    "InvoiceLineCouponData": "invoice_line_coupon_data",
    "InvoiceLineMeterValue": "invoice_line_meter_value",
    "InvoiceOverdue": "invoice_overdue",
    "InvoicePage": "invoice_page",
    "InvoicePaymentAction": "invoice_payment_action",
    "InvoicePaymentActionBankAccountDetails": "invoice_payment_action_bank_account_details",
    "InvoicePaymentActionCustomRedirectDetails": "invoice_payment_action_custom_redirect_details",
    "InvoicePaymentActionPaymentGatewayDetails": "invoice_payment_action_payment_gateway_details",
    "InvoicePaymentStatus": "invoice_payment_status",
    "InvoicePeriod": "invoice_period",
    "InvoicePortalUrl": "invoice_portal_url",
    "InvoicePreview": "invoice_preview",
    "InvoicePreviewScheduleInvoices": "invoice_preview_schedule_invoices",
    "InvoicePricing": "invoice_pricing",
    "InvoicePricingAmountType": "invoice_pricing_amount_type",
    "InvoicePromotionCode": "invoice_promotion_code",
    "InvoiceReprocess": "invoice_reprocess",
    "InvoiceSearchRequest": "invoice_search_request",
    "InvoiceSettings": "invoice_settings",
    "InvoiceSettingsInvoiceDateDeterminationType": "invoice_settings_invoice_date_determination_type",
    "InvoiceSubLine": "invoice_sub_line",
    "InvoiceSubLineType": "invoice_sub_line_type",
    "InvoiceSubLineUsageBasedConversion": "invoice_sub_line_usage_based_conversion",
    "InvoiceTaxAmounts": "invoice_tax_amounts",
    "InvoiceTaxCategorySummary": "invoice_tax_category_summary",
    "InvoiceTaxCategorySummaryRate": "invoice_tax_category_summary_rate",
    "InvoiceTaxTotalSummary": "invoice_tax_total_summary",
    "InvoiceTrigger": "invoice_trigger",
    "InvoiceTriggerEvent": "invoice_trigger_event",
    "InvoiceTriggerManual": "invoice_trigger_manual",
    "InvoiceTriggerOverdue": "invoice_trigger_overdue",
    "InvoiceType": "invoice_type",
    "InvoiceUpcomingPayment": "invoice_upcoming_payment",
    "InvoiceValidationResult": "invoice_validation_result",
    "InvoiceWorkflow": "invoice_workflow",
    "InvoiceWorkflowVariant": "invoice_workflow_variant",
    "JwtToken": "jwt_token",
    "LegalEntityManagerDetails": "legal_entity_manager_details",
    "LinkDetail": "link_detail",
    "LinkedIntegration": "linked_integration",
    "LinkedInvoiceDetail": "linked_invoice_detail",
    "ListEnabledAuthenticationProvidersRequest": "list_enabled_authentication_providers_request",
    "ListPaymentMethodOptionsRequest": "list_payment_method_options_request",
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
    "MeterDataFileProcessingSettings": "meter_data_file_processing_settings",
    "MeterDataList": "meter_data_list",
    "MeterDataListRequest": "meter_data_list_request",
    "MeterDataMappingSettings": "meter_data_mapping_settings",
    "MeterDataMeterProperty": "meter_data_meter_property",
    "MeterDataMeterValue": "meter_data_meter_value",
    "MeterDataProcessedDetails": "meter_data_processed_details",
    "MeterDataProcessedDetailsType": "meter_data_processed_details_type",
    "MeterDataType": "meter_data_type",
    "MeterMeterProperty": "meter_meter_property",
    "MeterMeterValue": "meter_meter_value",
    "MeterPage": "meter_page",
    "MeterProperty": "meter_property",
    "MeterPropertyCondition": "meter_property_condition",
    "MeterPropertyDynamicValidationSettings": "meter_property_dynamic_validation_settings",
    "MeterPropertyMapping": "meter_property_mapping",
    "MeterPropertyPage": "meter_property_page",
    "MeterPropertySplitPricing": "meter_property_split_pricing",
    "MeterPropertyType": "meter_property_type",
    "MeterPropertyVariable": "meter_property_variable",
    "MeterPropertyVariablePage": "meter_property_variable_page",
    "MeterPropertyVariableType": "meter_property_variable_type",
    "MeterPropertyVariableValue": "meter_property_variable_value",
    "MeterPropertyVariableValuePage": "meter_property_variable_value_page",
    "MeterPropertyVariableValuesUpdateResult": "meter_property_variable_values_update_result",
    "MeterValue": "meter_value",
    "MeterValueCalculation": "meter_value_calculation",
    "MeterValueCalculationCommitment": "meter_value_calculation_commitment",
    "MeterValueCalculationPage": "meter_value_calculation_page",
    "MeterValueCalculationType": "meter_value_calculation_type",
    "MeterValueDynamicValidationSettings": "meter_value_dynamic_validation_settings",
    "MeterValueMapping": "meter_value_mapping",
    "MeterValueMappingAmountDefaultValue": "meter_value_mapping_amount_default_value",
    "MeterValueMappingColumn": "meter_value_mapping_column",
    "MeterValueMappingColumnAmount": "meter_value_mapping_column_amount",
    "MeterValueMappingDefaultValue": "meter_value_mapping_default_value",
    "MeterValuePage": "meter_value_page",
    "MeterValueType": "meter_value_type",
    "MigratePricingPlanScheduleRequest": "migrate_pricing_plan_schedule_request",
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
    "OnDemandPricingItemsResponse": "on_demand_pricing_items_response",
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
    "PaymentAcceptorPage": "payment_acceptor_page",
    "PaymentAcceptorPaymentMethodOptions": "payment_acceptor_payment_method_options",
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
    "PaymentMethodFallback": "payment_method_fallback",
    "PaymentMethodOnlineBanking": "payment_method_online_banking",
    "PaymentMethodOption": "payment_method_option",
    "PaymentMethodPage": "payment_method_page",
    "PaymentMethodPaymentResponse": "payment_method_payment_response",
    "PaymentMethodStatus": "payment_method_status",
    "PaymentMethodTokenizationRequestShopperInteraction": "payment_method_tokenization_request_shopper_interaction",
    "PaymentModificationResponse": "payment_modification_response",
    "PaymentModificationResponseStatus": "payment_modification_response_status",
    "PaymentPage": "payment_page",
    "PaymentRequest": "payment_request",
    "PaymentRequestPage": "payment_request_page",
    "PaymentRequestPaymentContext": "payment_request_payment_context",
    "PaymentRequestStatus": "payment_request_status",
    "PaymentResult": "payment_result",
    "PaymentResultDetails": "payment_result_details",
    "PaymentSchedule": "payment_schedule",
    "PaymentScheduleDunning": "payment_schedule_dunning",
    "PaymentScheduleInit": "payment_schedule_init",
    "PaymentScheduleInstallments": "payment_schedule_installments",
    "PaymentScheduleInstallmentsVariant": "payment_schedule_installments_variant",
    "PaymentScheduleOneOff": "payment_schedule_one_off",
    "PaymentSchedulePage": "payment_schedule_page",
    "PaymentScheduleRecurring": "payment_schedule_recurring",
    "PaymentScheduleStatus": "payment_schedule_status",
    "PaymentScheduleType": "payment_schedule_type",
    "PaymentTrigger": "payment_trigger",
    "PaymentTriggerEvent": "payment_trigger_event",
    "PaymentTriggerManual": "payment_trigger_manual",
    "PaymentVerifyDetailResponse": "payment_verify_detail_response",
    "PaymentWorkflow": "payment_workflow",
    "PaymentWorkflowVariant": "payment_workflow_variant",
    "PenaltyBoxData": "penalty_box_data",
    "Period": "period",
    "PeriodType": "period_type",
    "PersistData": "persist_data",
    "Platform": "platform",
    "PlatformCurrency": "platform_currency",
    "PlatformPricingPlanSubscriptionSettings": "platform_pricing_plan_subscription_settings",
    "PlatformUpToDate": "platform_up_to_date",
    "PlatformUpToDateReprocess": "platform_up_to_date_reprocess",
    "PortalUrl": "portal_url",
    "PortalUrlLink": "portal_url_link",
    "PortalUrlPage": "portal_url_page",
    "PortalUrlSettings": "portal_url_settings",
    "PortalUrlStatus": "portal_url_status",
    "PortalUrlType": "portal_url_type",
    "PortalUrlWidgets": "portal_url_widgets",
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
    "PricingPlanGroup": "pricing_plan_group",
    "PricingPlanGroupMember": "pricing_plan_group_member",
    "PricingPlanGroupPage": "pricing_plan_group_page",
    "PricingPlanGroupUpgradeType": "pricing_plan_group_upgrade_type",
    "PricingPlanPage": "pricing_plan_page",
    "PricingPlanSchedule": "pricing_plan_schedule",
    "PricingPlanScheduleCustomization": "pricing_plan_schedule_customization",
    "PricingPlanScheduleInfo": "pricing_plan_schedule_info",
    "PricingPlanSchedulePage": "pricing_plan_schedule_page",
    "PricingPlanScheduleTemplate": "pricing_plan_schedule_template",
    "PricingPlanScheduleType": "pricing_plan_schedule_type",
    "PricingPlanSubscription": "pricing_plan_subscription",
    "PricingPlanSubscriptionBillingTime": "pricing_plan_subscription_billing_time",
    "PricingPlanSubscriptionCancelType": "pricing_plan_subscription_cancel_type",
    "PricingPlanSubscriptionGroup": "pricing_plan_subscription_group",
    "PricingPlanSubscriptionGroupPage": "pricing_plan_subscription_group_page",
    "PricingPlanSubscriptionInfo": "pricing_plan_subscription_info",
    "PricingPlanSubscriptionInit": "pricing_plan_subscription_init",
    "PricingPlanSubscriptionPage": "pricing_plan_subscription_page",
    "PricingPlanSubscriptionSelector": "pricing_plan_subscription_selector",
    "PricingPlanSubscriptionSelectorData": "pricing_plan_subscription_selector_data",
    "PricingPlanSubscriptionSelectorFallback": "pricing_plan_subscription_selector_fallback",
    "PricingPlanSubscriptionSelectorField": "pricing_plan_subscription_selector_field",
    "PricingPlanSubscriptionSelectorFilter": "pricing_plan_subscription_selector_filter",
    "PricingPlanSubscriptionSelectorRule": "pricing_plan_subscription_selector_rule",
    "PricingPlanSubscriptionStatus": "pricing_plan_subscription_status",
    "PricingPlanSubscriptionTemplate": "pricing_plan_subscription_template",
    "PricingPlanSubscriptionTrigger": "pricing_plan_subscription_trigger",
    "PricingPlanSubscriptionTriggerEvent": "pricing_plan_subscription_trigger_event",
    "PricingPlanSubscriptionTriggerManual": "pricing_plan_subscription_trigger_manual",
    "PricingPlanSubscriptionType": "pricing_plan_subscription_type",
    "PricingPlanSubscriptionVariant": "pricing_plan_subscription_variant",
    "PricingPlanSubscriptionWorkflow": "pricing_plan_subscription_workflow",
    "PricingPlanSubscriptionWorkflowVariant": "pricing_plan_subscription_workflow_variant",
    "PricingPlanType": "pricing_plan_type",
    "PricingPlanVariant": "pricing_plan_variant",
    "PricingPlanVersion": "pricing_plan_version",
    "PricingPlanVersionInfo": "pricing_plan_version_info",
    "PricingPlanVersionSelector": "pricing_plan_version_selector",
    "PricingPlanVersionSelectorType": "pricing_plan_version_selector_type",
    "PricingType": "pricing_type",
    "ProcessingSettings": "processing_settings",
    "Product": "product",
    "ProductCategory": "product_category",
    "ProductCategoryDiscount": "product_category_discount",
    "ProductCategoryPage": "product_category_page",
    "ProductDiscount": "product_discount",
    "ProductItem": "product_item",
    "ProductItemCredits": "product_item_credits",
    "ProductItemDiscount": "product_item_discount",
    "ProductItemModelType": "product_item_model_type",
    "ProductItemPage": "product_item_page",
    "ProductItemType": "product_item_type",
    "ProductItemUsageBased": "product_item_usage_based",
    "ProductPage": "product_page",
    "ProductType": "product_type",
    "PromotionCode": "promotion_code",
    "PromotionCodeDetails": "promotion_code_details",
    "PromotionCodeLimitedTo": "promotion_code_limited_to",
    "PromotionCodePage": "promotion_code_page",
    "Quote": "quote",
    "QuoteInitAction": "quote_init_action",
    "QuoteInitActionPricingPlanSubscription": "quote_init_action_pricing_plan_subscription",
    "QuoteInitActionQuote": "quote_init_action_quote",
    "QuoteInitActionQuotePricingPlanSchedule": "quote_init_action_quote_pricing_plan_schedule",
    "QuoteInitActionQuoteVersion": "quote_init_action_quote_version",
    "QuotePDFConfiguration": "quote_pdf_configuration",
    "QuoteSettings": "quote_settings",
    "QuoteTemplate": "quote_template",
    "QuoteTemplatePage": "quote_template_page",
    "QuoteTemplateStatus": "quote_template_status",
    "QuoteUpgradeActionResponse": "quote_upgrade_action_response",
    "QuoteVersion": "quote_version",
    "QuoteVersionAction": "quote_version_action",
    "QuoteVersionActionAccept": "quote_version_action_accept",
    "QuoteVersionActionCreateSubscription": "quote_version_action_create_subscription",
    "QuoteVersionActionReject": "quote_version_action_reject",
    "QuoteVersionActionRequestSignature": "quote_version_action_request_signature",
    "QuoteVersionActionSend": "quote_version_action_send",
    "QuoteVersionActionSign": "quote_version_action_sign",
    "QuoteVersionContent": "quote_version_content",
    "QuoteVersionContentType": "quote_version_content_type",
    "QuoteVersionDefaultContent": "quote_version_default_content",
    "QuoteVersionInfo": "quote_version_info",
    "QuoteVersionInvoicesInfo": "quote_version_invoices_info",
    "QuoteVersionPage": "quote_version_page",
    "QuoteVersionPortalUrl": "quote_version_portal_url",
    "QuoteVersionRecipientData": "quote_version_recipient_data",
    "QuoteVersionRecipientDataRole": "quote_version_recipient_data_role",
    "QuoteVersionRecipientDataType": "quote_version_recipient_data_type",
    "QuoteVersionStatus": "quote_version_status",
    "QuoteVersionTemplate": "quote_version_template",
    "QuotesPage": "quotes_page",
    "RateCard": "rate_card",
    "RecipientContactData": "recipient_contact_data",
    "RecipientDetailsData": "recipient_details_data",
    "RecordSignatureRequestRecipientActionRequest": "record_signature_request_recipient_action_request",
    "ReferenceMappingInterface": "reference_mapping_interface",
    "RefreshInvoiceRequest": "refresh_invoice_request",
    "RefreshInvoiceType": "refresh_invoice_type",
    "RefreshPaymentMethodsRequest": "refresh_payment_methods_request",
    "RefundPaymentRequest": "refund_payment_request",
    "RejectQuoteVersionRequest": "reject_quote_version_request",
    "Report": "report",
    "ReportColumn": "report_column",
    "ReportConfiguration": "report_configuration",
    "ReportConfigurationPage": "report_configuration_page",
    "ReportDefinition": "report_definition",
    "ReportDefinitionCategory": "report_definition_category",
    "ReportDefinitionPage": "report_definition_page",
    "ReportGenerateRequest": "report_generate_request",
    "ReportGenerateRequestPage": "report_generate_request_page",
    "ReportIngestDataSummary": "report_ingest_data_summary",
    "ReportPage": "report_page",
    "ReportParameter": "report_parameter",
    "ReportParameterName": "report_parameter_name",
    "ReportParameterType": "report_parameter_type",
    "ReportParameterValue": "report_parameter_value",
    "ReportReportCode": "report_report_code",
    "ReportSubscription": "report_subscription",
    "ReportSubscriptionFormat": "report_subscription_format",
    "ReportSubscriptionPage": "report_subscription_page",
    "ReportSubscriptionSchedule": "report_subscription_schedule",
    "ReportSubscriptionScheduleDayOfWeek": "report_subscription_schedule_day_of_week",
    "ReportSubscriptionTrigger": "report_subscription_trigger",
    "Reprocess": "reprocess",
    "ReprocessCustomer": "reprocess_customer",
    "ReprocessInvoice": "reprocess_invoice",
    "ReprocessNotMatched": "reprocess_not_matched",
    "ReprocessPage": "reprocess_page",
    "ReprocessType": "reprocess_type",
    "ReprocessingDelay": "reprocessing_delay",
    "ReprocessingDelayType": "reprocessing_delay_type",
    "ReprocessingSettings": "reprocessing_settings",
    "RequestPasswordResetRequest": "request_password_reset_request",
    "RequestQuoteVersionSignatureRequest": "request_quote_version_signature_request",
    "RequestUsageReportsParameters": "request_usage_reports_parameters",
    "RequiredAction": "required_action",
    "RequiredActionDataType0": "required_action_data_type_0",
    "ResourceIdentifier": "resource_identifier",
    "ResourceIdentifierType": "resource_identifier_type",
    "ResourceStatus": "resource_status",
    "ResubmitEInvoiceRequest": "resubmit_e_invoice_request",
    "Reviewer": "reviewer",
    "Role": "role",
    "RoleChildRole": "role_child_role",
    "RolePaginatedPage": "role_paginated_page",
    "RoundingSetting": "rounding_setting",
    "RoundingSettingRoundingMode": "rounding_setting_rounding_mode",
    "RoundingSettingRoundingTarget": "rounding_setting_rounding_target",
    "S3": "s3",
    "S3AuthenticationType": "s3_authentication_type",
    "SearchApiKeysRequest": "search_api_keys_request",
    "SearchField": "search_field",
    "SeatAssignment": "seat_assignment",
    "SeatAssignmentPage": "seat_assignment_page",
    "SeatAssignmentStatus": "seat_assignment_status",
    "SelectionRule": "selection_rule",
    "SelectionRuleField": "selection_rule_field",
    "SelectionRuleResource": "selection_rule_resource",
    "SelectionRuleResourceField": "selection_rule_resource_field",
    "SelectionRuleType": "selection_rule_type",
    "SellerDetails": "seller_details",
    "SendEmailInvoiceConfiguration": "send_email_invoice_configuration",
    "SendEmailPaymentConfiguration": "send_email_payment_configuration",
    "SendEmailPricingPlanSubscriptionConfiguration": "send_email_pricing_plan_subscription_configuration",
    "SendEmailToCustomer": "send_email_to_customer",
    "SendEmailToCustomerVariant": "send_email_to_customer_variant",
    "SendInvoiceByEmailRequest": "send_invoice_by_email_request",
    "SendQuoteVersionRequest": "send_quote_version_request",
    "SendWebhookAction": "send_webhook_action",
    "SetUsageLimitStatusRequest": "set_usage_limit_status_request",
    "Short": "short",
    "SignatureRequest": "signature_request",
    "SignatureRequestQuoteVersion": "signature_request_quote_version",
    "SignatureRequestRecipientActionAction": "signature_request_recipient_action_action",
    "SignatureRequestRecipientData": "signature_request_recipient_data",
    "SignatureRequestRecipientDataStatus": "signature_request_recipient_data_status",
    "SignatureRequestStatus": "signature_request_status",
    "SignatureRequestType": "signature_request_type",
    "Snowflake": "snowflake",
    "SSOAuthenticationProviderVariantSettings": "sso_authentication_provider_variant_settings",
    "SSOVariant": "sso_variant",
    "SsoVariantVariant": "sso_variant_variant",
    "StripeIntegrationDetails": "stripe_integration_details",
    "StripePaymentAction": "stripe_payment_action",
    "StripePaymentGatewayIntegration": "stripe_payment_gateway_integration",
    "StripePaymentMethodOption": "stripe_payment_method_option",
    "StripeRequiredAction": "stripe_required_action",
    "StripeTokenizationRequest": "stripe_tokenization_request",
    "SystemOwnershipDetails": "system_ownership_details",
    "TaxCalculationIntegration": "tax_calculation_integration",
    "TaxCalculationVariant": "tax_calculation_variant",
    "TaxCategory": "tax_category",
    "TaxId": "tax_id",
    "TaxIdType": "tax_id_type",
    "TaxIdTypeResponse": "tax_id_type_response",
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
    "TestConnectionResponse": "test_connection_response",
    "Threshold": "threshold",
    "TokenizePaymentMethodRequest": "tokenize_payment_method_request",
    "TotalDiscount": "total_discount",
    "TriggerReportSubscriptionRequest": "trigger_report_subscription_request",
    "UKLocal": "uk_local",
    "UnitName": "unit_name",
    "UpdateAccountMembershipRepresentationRequest": "update_account_membership_representation_request",
    "UpdateAlertRuleRequest": "update_alert_rule_request",
    "UpdateApiKeyRequest": "update_api_key_request",
    "UpdateApprovalPolicyRequest": "update_approval_policy_request",
    "UpdateAuthenticationProviderRequest": "update_authentication_provider_request",
    "UpdateBillingEntityRequest": "update_billing_entity_request",
    "UpdateContactRequest": "update_contact_request",
    "UpdateCouponRequest": "update_coupon_request",
    "UpdateCreditTypeRequest": "update_credit_type_request",
    "UpdateCustomFieldRequest": "update_custom_field_request",
    "UpdateCustomerRequest": "update_customer_request",
    "UpdateEInvoiceStatusRequest": "update_e_invoice_status_request",
    "UpdateFeatureRequest": "update_feature_request",
    "UpdateFileProcessingSettingRequest": "update_file_processing_setting_request",
    "UpdateFileRequest": "update_file_request",
    "UpdateIntegrationRequest": "update_integration_request",
    "UpdateInvoiceRequest": "update_invoice_request",
    "UpdateMeterPropertyRequest": "update_meter_property_request",
    "UpdateMeterPropertyVariableRequest": "update_meter_property_variable_request",
    "UpdateMeterPropertyVariableValuesRequest": "update_meter_property_variable_values_request",
    "UpdateMeterRequest": "update_meter_request",
    "UpdateMeterValueCalculationRequest": "update_meter_value_calculation_request",
    "UpdateMeterValueRequest": "update_meter_value_request",
    "UpdatePaymentAcceptorRequest": "update_payment_acceptor_request",
    "UpdatePaymentMethodRequest": "update_payment_method_request",
    "UpdatePaymentScheduleRequest": "update_payment_schedule_request",
    "UpdatePlatformRequest": "update_platform_request",
    "UpdatePortalUrlRequest": "update_portal_url_request",
    "UpdatePricingFieldActions": "update_pricing_field_actions",
    "UpdatePricingGroupRequest": "update_pricing_group_request",
    "UpdatePricingPlanGroupRequest": "update_pricing_plan_group_request",
    "UpdatePricingPlanRequest": "update_pricing_plan_request",
    "UpdatePricingPlanScheduleRequest": "update_pricing_plan_schedule_request",
    "UpdatePricingPlanSubscriptionGroupRequest": "update_pricing_plan_subscription_group_request",
    "UpdatePricingPlanSubscriptionPaymentMethodRequest": "update_pricing_plan_subscription_payment_method_request",
    "UpdatePricingPlanSubscriptionRequest": "update_pricing_plan_subscription_request",
    "UpdatePricingPlanVersionRequest": "update_pricing_plan_version_request",
    "UpdatePricingRequest": "update_pricing_request",
    "UpdateProductCategoryRequest": "update_product_category_request",
    "UpdateProductItemRequest": "update_product_item_request",
    "UpdateProductRequest": "update_product_request",
    "UpdateQuoteFieldActions": "update_quote_field_actions",
    "UpdateQuoteRequest": "update_quote_request",
    "UpdateQuoteTemplateRequest": "update_quote_template_request",
    "UpdateQuoteVersionRequest": "update_quote_version_request",
    "UpdateReportConfigurationRequest": "update_report_configuration_request",
    "UpdateReportSubscriptionRequest": "update_report_subscription_request",
    "UpdateRoleRequest": "update_role_request",
    "UpdateSeatAssignmentRequest": "update_seat_assignment_request",
    "UpdateUsageLimitRequest": "update_usage_limit_request",
    "UpdateUserRequest": "update_user_request",
    "UpdateWalletTypeRequest": "update_wallet_type_request",
    "UpdateWebhookRequest": "update_webhook_request",
    "UpdateWorkflowActionExecutionRequest": "update_workflow_action_execution_request",
    "UpdateWorkflowActionRequest": "update_workflow_action_request",
    "UpdateWorkflowRequest": "update_workflow_request",
    "UpdateWorkflowTriggerRequest": "update_workflow_trigger_request",
    "UpgradeQuoteRequest": "upgrade_quote_request",
    "UpsertBillingEntityFieldActions": "upsert_billing_entity_field_actions",
    "UpsertContactFieldActions": "upsert_contact_field_actions",
    "UpsertCustomerFieldActions": "upsert_customer_field_actions",
    "UpsertPricingPlanSubscriptionFieldActions": "upsert_pricing_plan_subscription_field_actions",
    "UpsertProductFieldActions": "upsert_product_field_actions",
    "UpsertProductItemFieldActions": "upsert_product_item_field_actions",
    "USLocal": "us_local",
    "UsageLimit": "usage_limit",
    "UsageLimitPage": "usage_limit_page",
    "UsageLimitScope": "usage_limit_scope",
    "UsageLimitStatusResponse": "usage_limit_status_response",
    "UsageLimitValue": "usage_limit_value",
    "UsageTrigger": "usage_trigger",
    "UsageTriggerEvent": "usage_trigger_event",
    "UsageTriggerEventVariant": "usage_trigger_event_variant",
    "UsedExchangeRate": "used_exchange_rate",
    "User": "user",
    "UserInvite": "user_invite",
    "UserPaginatedPage": "user_paginated_page",
    "UserStatus": "user_status",
    "UsernamePassword": "username_password",
    "VerifyPaymentDetailsRequest": "verify_payment_details_request",
    "Volume": "volume",
    "Wallet": "wallet",
    "WalletBalanceStatus": "wallet_balance_status",
    "WalletBalanceStatusRequest": "wallet_balance_status_request",
    "WalletBalanceValue": "wallet_balance_value",
    "WalletGrant": "wallet_grant",
    "WalletGrantPage": "wallet_grant_page",
    "WalletGrantType": "wallet_grant_type",
    "WalletPage": "wallet_page",
    "WalletThreshold": "wallet_threshold",
    "WalletTrigger": "wallet_trigger",
    "WalletTriggerEvent": "wallet_trigger_event",
    "WalletType": "wallet_type",
    "WalletTypeBalance": "wallet_type_balance",
    "WalletTypeCredit": "wallet_type_credit",
    "WalletTypeCreditAmountGrant": "wallet_type_credit_amount_grant",
    "WalletTypeCreditCreditsGrant": "wallet_type_credit_credits_grant",
    "WalletTypeCreditGrantType": "wallet_type_credit_grant_type",
    "WalletTypePage": "wallet_type_page",
    "WalletTypeType": "wallet_type_type",
    "WalletWalletBalance": "wallet_wallet_balance",
    "WalletWorkflow": "wallet_workflow",
    "WalletWorkflowVariant": "wallet_workflow_variant",
    "Webhook": "webhook",
    "WebhookAction": "webhook_action",
    "WebhookActionPage": "webhook_action_page",
    "WebhookAuthenticationType": "webhook_authentication_type",
    "WebhookConnectionResponse": "webhook_connection_response",
    "WebhookEvent": "webhook_event",
    "WebhookEventFailureData": "webhook_event_failure_data",
    "WebhookEventPage": "webhook_event_page",
    "WebhookPage": "webhook_page",
    "Workflow": "workflow",
    "WorkflowAction": "workflow_action",
    "WorkflowActionExecution": "workflow_action_execution",
    "WorkflowActionExecutionStatus": "workflow_action_execution_status",
    "WorkflowActionExecutionsPaginatedResponse": "workflow_action_executions_paginated_response",
    "WorkflowActionSnapshot": "workflow_action_snapshot",
    "WorkflowActionSnapshotType": "workflow_action_snapshot_type",
    "WorkflowActionType": "workflow_action_type",
    "WorkflowConditionsResultComparison": "workflow_conditions_result_comparison",
    "WorkflowConditionsResultGroup": "workflow_conditions_result_group",
    "WorkflowConditionsResultGroupOperandsType0Item": "workflow_conditions_result_group_operands_type_0_item",
    "WorkflowConditionsResultGroupOperator": "workflow_conditions_result_group_operator",
    "WorkflowConditionsResultTree": "workflow_conditions_result_tree",
    "WorkflowConditionsResultTreeResult": "workflow_conditions_result_tree_result",
    "WorkflowConditionsResultTreeType": "workflow_conditions_result_tree_type",
    "WorkflowInit": "workflow_init",
    "WorkflowPaginatedResponse": "workflow_paginated_response",
    "WorkflowStatus": "workflow_status",
    "WorkflowTrigger": "workflow_trigger",
    "WorkflowTriggerPaginatedResponse": "workflow_trigger_paginated_response",
    "WorkflowTriggerType": "workflow_trigger_type",
    "WorkflowType": "workflow_type",
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
    "AcceptQuoteVersionRequest",
    "AccountMembershipRepresentation",
    "AccountMembershipRepresentationType",
    "AccountNumberAndBic",
    "AccountRepresentation",
    "Address",
    "AdyenAutoRescue",
    "AdyenDirectPaymentContext",
    "AdyenEnvironment",
    "AdyenIntegrationDetails",
    "AdyenIssuer",
    "AdyenOwnership",
    "AdyenPaymentAction",
    "AdyenPaymentGatewayIntegration",
    "AdyenPaymentMethodOption",
    "AdyenPaymentMethodOptionConfiguration",
    "AdyenRequiredAction",
    "AdyenRequiredActionSdkDataType0",
    "AdyenTokenizationRequest",
    "AdyenTokenizationRequestBrowserInfo",
    "AdyenTokenizationRequestPaymentMethod",
    "AdyenTokenizationRequestRiskData",
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
    "AlertRulePage",
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
    "ApprovalGroup",
    "ApprovalPolicy",
    "ApprovalPolicyApprovalType",
    "ApprovalPolicyApprover",
    "ApprovalPolicyApproverType",
    "ApprovalPolicyBillingEntity",
    "ApprovalPolicyBillingPeriod",
    "ApprovalPolicyCommitment",
    "ApprovalPolicyCustomField",
    "ApprovalPolicyDiscount",
    "ApprovalPolicyDueDate",
    "ApprovalPolicyPaymentAcceptor",
    "ApprovalPolicyPricing",
    "ApprovalPolicyRule",
    "ApprovalPolicyRuleComparator",
    "ApprovalPolicyRuleGroup",
    "ApprovalPolicyRuleType",
    "ApprovalPolicySourceType",
    "ApprovalPolicyUser",
    "ApprovalRequest",
    "ApprovalRequestActionResult",
    "ApprovalRequestActionResultStatus",
    "ApprovalRequestPage",
    "Approvers",
    "ApproversType",
    "Attachment",
    "AttachmentPage",
    "AuditRecord",
    "AuditRecordPage",
    "AuthenticationProvider",
    "AuthenticationProviderPage",
    "AuthenticationProviderStatus",
    "AuthenticationProviderType",
    "AuthenticationSettings",
    "AuthenticationSettingsApiKey",
    "AuthorizePaymentRequest",
    "AutoTopupConfig",
    "AutoTopupConfigPage",
    "AutoTopupConfigStatus",
    "AutoTopupThreshold",
    "AvaTaxCalculationIntegration",
    "AvailableCustomFieldColumn",
    "BRLocal",
    "BalancePlatformDetails",
    "BankAccount",
    "BankAccountType",
    "BigQuery",
    "BillingEntity",
    "BillingEntityPage",
    "BillingPeriodOption",
    "BillingPeriodSettings",
    "Branding",
    "BulkActionCheck",
    "BulkActionCheckType",
    "BulkActionItem",
    "BulkActionItemGeneratedResource",
    "BulkActionItemGeneratedResourceType",
    "BulkActionItemPage",
    "BulkActionItemResource",
    "BulkActionPage",
    "BulkActionResponse",
    "BulkApprovalRequestActionPage",
    "CancelPricingPlanSubscriptionRequest",
    "CaptchaRequest",
    "ChangePricingPlanSubscriptionPlanRequest",
    "Charge",
    "ChargeDataPeriod",
    "ChargeOnDemandPaymentContext",
    "ChargeOnDemandPricingItem",
    "ChargeOnDemandPricingItemsRequest",
    "ClientCredentials",
    "Colors",
    "ColumnMapping",
    "Commitment",
    "Comparator",
    "CompleteSsoCallbackRequest",
    "ConfiguredMeterValue",
    "ConfiguredMeterValueIncludedVolume",
    "Contact",
    "ContactPage",
    "CopyPricingPlanScheduleRequest",
    "CopyPricingPlanSubscriptionRequest",
    "CostPrediction",
    "CostPredictionDetails",
    "CostPredictionResponse",
    "CountryCode",
    "Coupon",
    "CouponDiscount",
    "CouponDiscountType",
    "CouponDiscountUsage",
    "CouponDuration",
    "CouponDurationType",
    "CouponLimitedTo",
    "CouponPage",
    "CouponRedemption",
    "CouponRedemptionPage",
    "CreateAccountMembershipRepresentationRequest",
    "CreateAdyenVerifyDetailsRequest",
    "CreateAdyenVerifyDetailsRequestDetailsType0",
    "CreateAlertRequest",
    "CreateAlertRuleRequest",
    "CreateApiKeyRequest",
    "CreateApprovalPolicyRequest",
    "CreateAttachmentRequest",
    "CreateAuthenticationProviderRequest",
    "CreateAuthenticationSettingsRequest",
    "CreateAutoTopUpConfigRequest",
    "CreateBillingEntityRequest",
    "CreateBulkActionRequest",
    "CreateBulkApprovalRequestActionRequest",
    "CreateContactRequest",
    "CreateCouponRequest",
    "CreateCreditTypeRequest",
    "CreateCustomFieldRequest",
    "CreateCustomerRequest",
    "CreateDocumentRequest",
    "CreateFeatureRequest",
    "CreateFileProcessingSettingRequest",
    "CreateFileRequest",
    "CreateIndexingTargetRequest",
    "CreateIntegrationRequest",
    "CreateInvoiceRequest",
    "CreateMeterDataRequest",
    "CreateMeterPropertyRequest",
    "CreateMeterPropertyVariableRequest",
    "CreateMeterRequest",
    "CreateMeterValueCalculationRequest",
    "CreateMeterValueRequest",
    "CreatePaymentAcceptorRequest",
    "CreatePaymentMethodPaymentContext",
    "CreatePaymentMethodRequest",
    "CreatePaymentRequest",
    "CreatePaymentScheduleRequest",
    "CreatePortalUrlRequest",
    "CreatePricingGroupRequest",
    "CreatePricingPlanGroupRequest",
    "CreatePricingPlanRequest",
    "CreatePricingPlanScheduleRequest",
    "CreatePricingPlanSubscriptionGroupRequest",
    "CreatePricingPlanSubscriptionRequest",
    "CreatePricingPlanVersionRequest",
    "CreatePricingRequest",
    "CreateProductCategoryRequest",
    "CreateProductItemRequest",
    "CreateProductRequest",
    "CreatePromotionCodeRequest",
    "CreateQuoteRequest",
    "CreateQuoteTemplateRequest",
    "CreateQuoteUpgradeActionRequestPricingPlanScheduleRequest",
    "CreateQuoteUpgradeActionRequestPricingPlanSubscriptionRequest",
    "CreateQuoteUpgradeActionRequestQuoteRequest",
    "CreateQuoteVersionRequest",
    "CreateQuoteVersionSubscriptionRequest",
    "CreateReportConfigurationRequest",
    "CreateReportGenerateRequestRequest",
    "CreateReportSubscriptionRequest",
    "CreateReprocessRequest",
    "CreateResetPasswordRequest",
    "CreateRoleRequest",
    "CreateSeatAssignmentRequest",
    "CreateTeamMemberRepresentationRequest",
    "CreateTeamRequest",
    "CreateTokenRequest",
    "CreateUsageLimitRequest",
    "CreateUserRequest",
    "CreateWalletGrantRequest",
    "CreateWalletRequest",
    "CreateWalletTypeRequest",
    "CreateWebhookRequest",
    "CreateWorkflowActionExecutionRequest",
    "CreateWorkflowActionRequest",
    "CreateWorkflowRequest",
    "CreateWorkflowTriggerRequest",
    "CreditAndCopyInvoiceRequest",
    "CreditAndCopyInvoiceResponse",
    "CreditDetailsSource",
    "CreditInvoiceGroup",
    "CreditInvoiceLine",
    "CreditInvoicePeriod",
    "CreditInvoiceRequest",
    "CreditType",
    "CreditTypePage",
    "CreditTypeStatus",
    "Credits",
    "CrmIntegrations",
    "Currency",
    "CustomField",
    "CustomFieldPage",
    "CustomFieldType",
    "CustomFieldValue",
    "CustomTaxCode",
    "CustomTaxCodeField",
    "Customer",
    "CustomerActionOptions",
    "CustomerPage",
    "CustomerPortalUrl",
    "CustomerReferences",
    "CustomerRole",
    "CustomerSellerDetails",
    "CustomerStatus",
    "CustomerType",
    "CustomerWalletBalanceStatus",
    "CustomerWalletBalancesStatus",
    "DataExportIntegration",
    "DataExportVariant",
    "DefaultPortalUrlSettings",
    "DefaultValue",
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
    "DisplayConfig",
    "Document",
    "DocumentActionSettings",
    "DocumentActionSettingsTriggerType",
    "DocumentNumberConfiguration",
    "DocumentNumberConfigurationResetPeriod",
    "DocumentNumberConfigurationResetPeriodMonth",
    "DownloadSettings",
    "DownloadUrl",
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
    "EmailIdentifier",
    "EmailProviderIntegration",
    "EmailProviderVariant",
    "EmbeddedCustomerRequest",
    "EmbeddedInvoiceRequest",
    "EmbeddedPaymentRequest",
    "EmbeddedUserRequest",
    "EmbeddedUserUpdateRequest",
    "EnabledPricing",
    "Entitlement",
    "EntitlementSummary",
    "EntitlementSummaryItem",
    "Entitlements",
    "EventAlertRuleRequest",
    "EventTrace",
    "EventTraceLink",
    "ExpiryDate",
    "ExportInvoiceToErpRequest",
    "ExportReportLocation",
    "ExportReportLocationBigQueryDetails",
    "ExportReportLocationGcsDetails",
    "ExportReportLocationS3Details",
    "ExportReportLocationS3DetailsFormatType",
    "ExportToErpAction",
    "ExportToErpActionExecutor",
    "Feature",
    "FeaturePage",
    "FeatureResourceReference",
    "FeatureType",
    "File",
    "FileDownloadSettings",
    "FileLine",
    "FileLinePage",
    "FileLineStatus",
    "FileMeterData",
    "FilePage",
    "FileProcessingSettings",
    "FileProcessingType",
    "FileStatus",
    "FileType",
    "FilterField",
    "FinalizeInvoicesParameters",
    "FixedInstallment",
    "Gcs",
    "GetAllApprovalPoliciesResponse",
    "GetQuotesList",
    "HubspotIntegration",
    "Image",
    "InactivePeriod",
    "InactivePeriodType",
    "IndexingSettings",
    "IndexingSettingsRoundingMode",
    "Individual",
    "IngestDataPage",
    "IngestDataSummary",
    "IngestPersistDataRequest",
    "IngestReferenceMapping",
    "InitPaymentScheduleRequest",
    "InitPricingPlanSubscriptionPaymentContext",
    "InitPricingPlanSubscriptionPortalUrl",
    "InitPricingPlanSubscriptionRequest",
    "InitQuoteRequest",
    "InitWorkflowRequest",
    "Integration",
    "IntegrationDetails",
    "IntegrationLinkDetail",
    "IntegrationLinkedResourceConfiguration",
    "IntegrationPage",
    "IntegrationStatus",
    "IntegrationType",
    "IntervalInstallment",
    "InviteUserRequest",
    "Invoice",
    "InvoiceActionOptions",
    "InvoiceApprovalStatus",
    "InvoiceBillingType",
    "InvoiceCommitment",
    "InvoiceCoupon",
    "InvoiceCreditDetail",
    "InvoiceDunningAction",
    "InvoiceDunningActionStatus",
    "InvoiceExtraOpenPeriod",
    "InvoiceGracePeriod",
    "InvoiceGracePeriodConfiguration",
    "InvoiceGroup",
    "InvoiceLine",
    "InvoiceLineCouponData",
    "InvoiceLineMeterValue",
    "InvoiceOverdue",
    "InvoicePage",
    "InvoicePaymentAction",
    "InvoicePaymentActionBankAccountDetails",
    "InvoicePaymentActionCustomRedirectDetails",
    "InvoicePaymentActionPaymentGatewayDetails",
    "InvoicePaymentStatus",
    "InvoicePeriod",
    "InvoicePortalUrl",
    "InvoicePreview",
    "InvoicePreviewScheduleInvoices",
    "InvoicePricing",
    "InvoicePricingAmountType",
    "InvoicePromotionCode",
    "InvoiceReprocess",
    "InvoiceSearchRequest",
    "InvoiceSettings",
    "InvoiceSettingsInvoiceDateDeterminationType",
    "InvoiceSubLine",
    "InvoiceSubLineType",
    "InvoiceSubLineUsageBasedConversion",
    "InvoiceTaxAmounts",
    "InvoiceTaxCategorySummary",
    "InvoiceTaxCategorySummaryRate",
    "InvoiceTaxTotalSummary",
    "InvoiceTrigger",
    "InvoiceTriggerEvent",
    "InvoiceTriggerManual",
    "InvoiceTriggerOverdue",
    "InvoiceType",
    "InvoiceUpcomingPayment",
    "InvoiceValidationResult",
    "InvoiceWorkflow",
    "InvoiceWorkflowVariant",
    "JwtToken",
    "LegalEntityManagerDetails",
    "LinkDetail",
    "LinkedIntegration",
    "LinkedInvoiceDetail",
    "ListEnabledAuthenticationProvidersRequest",
    "ListPaymentMethodOptionsRequest",
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
    "MeterDataFileProcessingSettings",
    "MeterDataList",
    "MeterDataListRequest",
    "MeterDataMappingSettings",
    "MeterDataMeterProperty",
    "MeterDataMeterValue",
    "MeterDataProcessedDetails",
    "MeterDataProcessedDetailsType",
    "MeterDataType",
    "MeterMeterProperty",
    "MeterMeterValue",
    "MeterPage",
    "MeterProperty",
    "MeterPropertyCondition",
    "MeterPropertyDynamicValidationSettings",
    "MeterPropertyMapping",
    "MeterPropertyPage",
    "MeterPropertySplitPricing",
    "MeterPropertyType",
    "MeterPropertyVariable",
    "MeterPropertyVariablePage",
    "MeterPropertyVariableType",
    "MeterPropertyVariableValue",
    "MeterPropertyVariableValuePage",
    "MeterPropertyVariableValuesUpdateResult",
    "MeterValue",
    "MeterValueCalculation",
    "MeterValueCalculationCommitment",
    "MeterValueCalculationPage",
    "MeterValueCalculationType",
    "MeterValueDynamicValidationSettings",
    "MeterValueMapping",
    "MeterValueMappingAmountDefaultValue",
    "MeterValueMappingColumn",
    "MeterValueMappingColumnAmount",
    "MeterValueMappingDefaultValue",
    "MeterValuePage",
    "MeterValueType",
    "MigratePricingPlanScheduleRequest",
    "Name",
    "NextAction",
    "NextActionRedirectToUrl",
    "NextInvoice",
    "NotMatched",
    "NotificationChannel",
    "NotificationChannelType",
    "NotificationPreference",
    "NotificationPreferenceType",
    "OnDemandPricingItemsResponse",
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
    "PaymentAcceptorPage",
    "PaymentAcceptorPaymentMethodOptions",
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
    "PaymentMethodFallback",
    "PaymentMethodOnlineBanking",
    "PaymentMethodOption",
    "PaymentMethodPage",
    "PaymentMethodPaymentResponse",
    "PaymentMethodStatus",
    "PaymentMethodTokenizationRequestShopperInteraction",
    "PaymentModificationResponse",
    "PaymentModificationResponseStatus",
    "PaymentPage",
    "PaymentRequest",
    "PaymentRequestPage",
    "PaymentRequestPaymentContext",
    "PaymentRequestStatus",
    "PaymentResult",
    "PaymentResultDetails",
    "PaymentSchedule",
    "PaymentScheduleDunning",
    "PaymentScheduleInit",
    "PaymentScheduleInstallments",
    "PaymentScheduleInstallmentsVariant",
    "PaymentScheduleOneOff",
    "PaymentSchedulePage",
    "PaymentScheduleRecurring",
    "PaymentScheduleStatus",
    "PaymentScheduleType",
    "PaymentTrigger",
    "PaymentTriggerEvent",
    "PaymentTriggerManual",
    "PaymentVerifyDetailResponse",
    "PaymentWorkflow",
    "PaymentWorkflowVariant",
    "PenaltyBoxData",
    "Period",
    "PeriodType",
    "PersistData",
    "Platform",
    "PlatformCurrency",
    "PlatformPricingPlanSubscriptionSettings",
    "PlatformUpToDate",
    "PlatformUpToDateReprocess",
    "PortalUrl",
    "PortalUrlLink",
    "PortalUrlPage",
    "PortalUrlSettings",
    "PortalUrlStatus",
    "PortalUrlType",
    "PortalUrlWidgets",
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
    "PricingPlanGroup",
    "PricingPlanGroupMember",
    "PricingPlanGroupPage",
    "PricingPlanGroupUpgradeType",
    "PricingPlanPage",
    "PricingPlanSchedule",
    "PricingPlanScheduleCustomization",
    "PricingPlanScheduleInfo",
    "PricingPlanSchedulePage",
    "PricingPlanScheduleTemplate",
    "PricingPlanScheduleType",
    "PricingPlanSubscription",
    "PricingPlanSubscriptionBillingTime",
    "PricingPlanSubscriptionCancelType",
    "PricingPlanSubscriptionGroup",
    "PricingPlanSubscriptionGroupPage",
    "PricingPlanSubscriptionInfo",
    "PricingPlanSubscriptionInit",
    "PricingPlanSubscriptionPage",
    "PricingPlanSubscriptionSelector",
    "PricingPlanSubscriptionSelectorData",
    "PricingPlanSubscriptionSelectorFallback",
    "PricingPlanSubscriptionSelectorField",
    "PricingPlanSubscriptionSelectorFilter",
    "PricingPlanSubscriptionSelectorRule",
    "PricingPlanSubscriptionStatus",
    "PricingPlanSubscriptionTemplate",
    "PricingPlanSubscriptionTrigger",
    "PricingPlanSubscriptionTriggerEvent",
    "PricingPlanSubscriptionTriggerManual",
    "PricingPlanSubscriptionType",
    "PricingPlanSubscriptionVariant",
    "PricingPlanSubscriptionWorkflow",
    "PricingPlanSubscriptionWorkflowVariant",
    "PricingPlanType",
    "PricingPlanVariant",
    "PricingPlanVersion",
    "PricingPlanVersionInfo",
    "PricingPlanVersionSelector",
    "PricingPlanVersionSelectorType",
    "PricingType",
    "ProcessingSettings",
    "Product",
    "ProductCategory",
    "ProductCategoryDiscount",
    "ProductCategoryPage",
    "ProductDiscount",
    "ProductItem",
    "ProductItemCredits",
    "ProductItemDiscount",
    "ProductItemModelType",
    "ProductItemPage",
    "ProductItemType",
    "ProductItemUsageBased",
    "ProductPage",
    "ProductType",
    "PromotionCode",
    "PromotionCodeDetails",
    "PromotionCodeLimitedTo",
    "PromotionCodePage",
    "Quote",
    "QuoteInitAction",
    "QuoteInitActionPricingPlanSubscription",
    "QuoteInitActionQuote",
    "QuoteInitActionQuotePricingPlanSchedule",
    "QuoteInitActionQuoteVersion",
    "QuotePDFConfiguration",
    "QuoteSettings",
    "QuoteTemplate",
    "QuoteTemplatePage",
    "QuoteTemplateStatus",
    "QuoteUpgradeActionResponse",
    "QuoteVersion",
    "QuoteVersionAction",
    "QuoteVersionActionAccept",
    "QuoteVersionActionCreateSubscription",
    "QuoteVersionActionReject",
    "QuoteVersionActionRequestSignature",
    "QuoteVersionActionSend",
    "QuoteVersionActionSign",
    "QuoteVersionContent",
    "QuoteVersionContentType",
    "QuoteVersionDefaultContent",
    "QuoteVersionInfo",
    "QuoteVersionInvoicesInfo",
    "QuoteVersionPage",
    "QuoteVersionPortalUrl",
    "QuoteVersionRecipientData",
    "QuoteVersionRecipientDataRole",
    "QuoteVersionRecipientDataType",
    "QuoteVersionStatus",
    "QuoteVersionTemplate",
    "QuotesPage",
    "RateCard",
    "RecipientContactData",
    "RecipientDetailsData",
    "RecordSignatureRequestRecipientActionRequest",
    "ReferenceMappingInterface",
    "RefreshInvoiceRequest",
    "RefreshInvoiceType",
    "RefreshPaymentMethodsRequest",
    "RefundPaymentRequest",
    "RejectQuoteVersionRequest",
    "Report",
    "ReportColumn",
    "ReportConfiguration",
    "ReportConfigurationPage",
    "ReportDefinition",
    "ReportDefinitionCategory",
    "ReportDefinitionPage",
    "ReportGenerateRequest",
    "ReportGenerateRequestPage",
    "ReportIngestDataSummary",
    "ReportPage",
    "ReportParameter",
    "ReportParameterName",
    "ReportParameterType",
    "ReportParameterValue",
    "ReportReportCode",
    "ReportSubscription",
    "ReportSubscriptionFormat",
    "ReportSubscriptionPage",
    "ReportSubscriptionSchedule",
    "ReportSubscriptionScheduleDayOfWeek",
    "ReportSubscriptionTrigger",
    "Reprocess",
    "ReprocessCustomer",
    "ReprocessInvoice",
    "ReprocessNotMatched",
    "ReprocessPage",
    "ReprocessType",
    "ReprocessingDelay",
    "ReprocessingDelayType",
    "ReprocessingSettings",
    "RequestPasswordResetRequest",
    "RequestQuoteVersionSignatureRequest",
    "RequestUsageReportsParameters",
    "RequiredAction",
    "RequiredActionDataType0",
    "ResourceIdentifier",
    "ResourceIdentifierType",
    "ResourceStatus",
    "ResubmitEInvoiceRequest",
    "Reviewer",
    "Role",
    "RoleChildRole",
    "RolePaginatedPage",
    "RoundingSetting",
    "RoundingSettingRoundingMode",
    "RoundingSettingRoundingTarget",
    "S3AuthenticationType",
    "SSOAuthenticationProviderVariantSettings",
    "SSOVariant",
    "SearchApiKeysRequest",
    "SearchField",
    "SeatAssignment",
    "SeatAssignmentPage",
    "SeatAssignmentStatus",
    "SelectionRule",
    "SelectionRuleField",
    "SelectionRuleResource",
    "SelectionRuleResourceField",
    "SelectionRuleType",
    "SellerDetails",
    "SendEmailInvoiceConfiguration",
    "SendEmailPaymentConfiguration",
    "SendEmailPricingPlanSubscriptionConfiguration",
    "SendEmailToCustomer",
    "SendEmailToCustomerVariant",
    "SendInvoiceByEmailRequest",
    "SendQuoteVersionRequest",
    "SendWebhookAction",
    "SetUsageLimitStatusRequest",
    "Short",
    "SignatureRequest",
    "SignatureRequestQuoteVersion",
    "SignatureRequestRecipientActionAction",
    "SignatureRequestRecipientData",
    "SignatureRequestRecipientDataStatus",
    "SignatureRequestStatus",
    "SignatureRequestType",
    "Snowflake",
    "SsoVariantVariant",
    "StripeIntegrationDetails",
    "StripePaymentAction",
    "StripePaymentGatewayIntegration",
    "StripePaymentMethodOption",
    "StripeRequiredAction",
    "StripeTokenizationRequest",
    "SystemOwnershipDetails",
    "TaxCalculationIntegration",
    "TaxCalculationVariant",
    "TaxCategory",
    "TaxId",
    "TaxIdType",
    "TaxIdTypeResponse",
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
    "TestConnectionResponse",
    "Threshold",
    "TokenizePaymentMethodRequest",
    "TotalDiscount",
    "TriggerReportSubscriptionRequest",
    "UKLocal",
    "USLocal",
    "UnitName",
    "UpdateAccountMembershipRepresentationRequest",
    "UpdateAlertRuleRequest",
    "UpdateApiKeyRequest",
    "UpdateApprovalPolicyRequest",
    "UpdateAuthenticationProviderRequest",
    "UpdateBillingEntityRequest",
    "UpdateContactRequest",
    "UpdateCouponRequest",
    "UpdateCreditTypeRequest",
    "UpdateCustomFieldRequest",
    "UpdateCustomerRequest",
    "UpdateEInvoiceStatusRequest",
    "UpdateFeatureRequest",
    "UpdateFileProcessingSettingRequest",
    "UpdateFileRequest",
    "UpdateIntegrationRequest",
    "UpdateInvoiceRequest",
    "UpdateMeterPropertyRequest",
    "UpdateMeterPropertyVariableRequest",
    "UpdateMeterPropertyVariableValuesRequest",
    "UpdateMeterRequest",
    "UpdateMeterValueCalculationRequest",
    "UpdateMeterValueRequest",
    "UpdatePaymentAcceptorRequest",
    "UpdatePaymentMethodRequest",
    "UpdatePaymentScheduleRequest",
    "UpdatePlatformRequest",
    "UpdatePortalUrlRequest",
    "UpdatePricingFieldActions",
    "UpdatePricingGroupRequest",
    "UpdatePricingPlanGroupRequest",
    "UpdatePricingPlanRequest",
    "UpdatePricingPlanScheduleRequest",
    "UpdatePricingPlanSubscriptionGroupRequest",
    "UpdatePricingPlanSubscriptionPaymentMethodRequest",
    "UpdatePricingPlanSubscriptionRequest",
    "UpdatePricingPlanVersionRequest",
    "UpdatePricingRequest",
    "UpdateProductCategoryRequest",
    "UpdateProductItemRequest",
    "UpdateProductRequest",
    "UpdateQuoteFieldActions",
    "UpdateQuoteRequest",
    "UpdateQuoteTemplateRequest",
    "UpdateQuoteVersionRequest",
    "UpdateReportConfigurationRequest",
    "UpdateReportSubscriptionRequest",
    "UpdateRoleRequest",
    "UpdateSeatAssignmentRequest",
    "UpdateUsageLimitRequest",
    "UpdateUserRequest",
    "UpdateWalletTypeRequest",
    "UpdateWebhookRequest",
    "UpdateWorkflowActionExecutionRequest",
    "UpdateWorkflowActionRequest",
    "UpdateWorkflowRequest",
    "UpdateWorkflowTriggerRequest",
    "UpgradeQuoteRequest",
    "UpsertBillingEntityFieldActions",
    "UpsertContactFieldActions",
    "UpsertCustomerFieldActions",
    "UpsertPricingPlanSubscriptionFieldActions",
    "UpsertProductFieldActions",
    "UpsertProductItemFieldActions",
    "UsageLimit",
    "UsageLimitPage",
    "UsageLimitScope",
    "UsageLimitStatusResponse",
    "UsageLimitValue",
    "UsageTrigger",
    "UsageTriggerEvent",
    "UsageTriggerEventVariant",
    "UsedExchangeRate",
    "User",
    "UserInvite",
    "UserPaginatedPage",
    "UserStatus",
    "UsernamePassword",
    "VerifyPaymentDetailsRequest",
    "Volume",
    "Wallet",
    "WalletBalanceStatus",
    "WalletBalanceStatusRequest",
    "WalletBalanceValue",
    "WalletGrant",
    "WalletGrantPage",
    "WalletGrantType",
    "WalletPage",
    "WalletThreshold",
    "WalletTrigger",
    "WalletTriggerEvent",
    "WalletType",
    "WalletTypeBalance",
    "WalletTypeCredit",
    "WalletTypeCreditAmountGrant",
    "WalletTypeCreditCreditsGrant",
    "WalletTypeCreditGrantType",
    "WalletTypePage",
    "WalletTypeType",
    "WalletWalletBalance",
    "WalletWorkflow",
    "WalletWorkflowVariant",
    "Webhook",
    "WebhookAction",
    "WebhookActionPage",
    "WebhookAuthenticationType",
    "WebhookConnectionResponse",
    "WebhookEvent",
    "WebhookEventFailureData",
    "WebhookEventPage",
    "WebhookPage",
    "Workflow",
    "WorkflowAction",
    "WorkflowActionExecution",
    "WorkflowActionExecutionStatus",
    "WorkflowActionExecutionsPaginatedResponse",
    "WorkflowActionSnapshot",
    "WorkflowActionSnapshotType",
    "WorkflowActionType",
    "WorkflowConditionsResultComparison",
    "WorkflowConditionsResultGroup",
    "WorkflowConditionsResultGroupOperandsType0Item",
    "WorkflowConditionsResultGroupOperator",
    "WorkflowConditionsResultTree",
    "WorkflowConditionsResultTreeResult",
    "WorkflowConditionsResultTreeType",
    "WorkflowInit",
    "WorkflowPaginatedResponse",
    "WorkflowStatus",
    "WorkflowTrigger",
    "WorkflowTriggerPaginatedResponse",
    "WorkflowTriggerType",
    "WorkflowType",
)
