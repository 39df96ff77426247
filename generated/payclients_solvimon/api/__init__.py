"""The API's resources, one per tag of the spec.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
`Resources` and `AsyncResources` declare them as typed attributes for a client class to inherit, so
type checkers know `client.<tag>` (and refuse a misspelled one) while nothing is imported until used.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .alert_rules import AlertRulesResource, AsyncAlertRulesResource
    from .alerts import AlertsResource, AsyncAlertsResource
    from .api_keys import ApiKeysResource, AsyncApiKeysResource
    from .approval_policies import ApprovalPoliciesResource, AsyncApprovalPoliciesResource
    from .approval_requests import ApprovalRequestsResource, AsyncApprovalRequestsResource
    from .attachments import AsyncAttachmentsResource, AttachmentsResource
    from .audit_records import AsyncAuditRecordsResource, AuditRecordsResource
    from .authentication_providers import AsyncAuthenticationProvidersResource, AuthenticationProvidersResource
    from .billing_entities import AsyncBillingEntitiesResource, BillingEntitiesResource
    from .bulk_actions import AsyncBulkActionsResource, BulkActionsResource
    from .contacts import AsyncContactsResource, ContactsResource
    from .coupons import AsyncCouponsResource, CouponsResource
    from .credit_types import AsyncCreditTypesResource, CreditTypesResource
    from .custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
    from .customers import AsyncCustomersResource, CustomersResource
    from .documents import AsyncDocumentsResource, DocumentsResource
    from .events import AsyncEventsResource, EventsResource
    from .features import AsyncFeaturesResource, FeaturesResource
    from .file_processing_settings import AsyncFileProcessingSettingsResource, FileProcessingSettingsResource
    from .files import AsyncFilesResource, FilesResource
    from .integrations import AsyncIntegrationsResource, IntegrationsResource
    from .invoices import AsyncInvoicesResource, InvoicesResource
    from .meter_data import AsyncMeterDataResource, MeterDataResource
    from .meter_properties import AsyncMeterPropertiesResource, MeterPropertiesResource
    from .meter_property_variables import AsyncMeterPropertyVariablesResource, MeterPropertyVariablesResource
    from .meter_value_calculations import AsyncMeterValueCalculationsResource, MeterValueCalculationsResource
    from .meter_values import AsyncMeterValuesResource, MeterValuesResource
    from .meters import AsyncMetersResource, MetersResource
    from .oauth_tokens import AsyncOauthTokensResource, OauthTokensResource
    from .payment_acceptors import AsyncPaymentAcceptorsResource, PaymentAcceptorsResource
    from .payment_methods import AsyncPaymentMethodsResource, PaymentMethodsResource
    from .payment_schedules import AsyncPaymentSchedulesResource, PaymentSchedulesResource
    from .payments import AsyncPaymentsResource, PaymentsResource
    from .platforms import AsyncPlatformsResource, PlatformsResource
    from .portal_urls import AsyncPortalUrlsResource, PortalUrlsResource
    from .pricing_groups import AsyncPricingGroupsResource, PricingGroupsResource
    from .pricing_plan_groups import AsyncPricingPlanGroupsResource, PricingPlanGroupsResource
    from .pricing_plan_schedules import AsyncPricingPlanSchedulesResource, PricingPlanSchedulesResource
    from .pricing_plan_subscription_groups import (
        AsyncPricingPlanSubscriptionGroupsResource,
        PricingPlanSubscriptionGroupsResource,
    )
    from .pricing_plan_subscriptions import AsyncPricingPlanSubscriptionsResource, PricingPlanSubscriptionsResource
    from .pricing_plan_versions import AsyncPricingPlanVersionsResource, PricingPlanVersionsResource
    from .pricing_plans import AsyncPricingPlansResource, PricingPlansResource
    from .pricings import AsyncPricingsResource, PricingsResource
    from .product_categories import AsyncProductCategoriesResource, ProductCategoriesResource
    from .product_items import AsyncProductItemsResource, ProductItemsResource
    from .products import AsyncProductsResource, ProductsResource
    from .promotion_codes import AsyncPromotionCodesResource, PromotionCodesResource
    from .quote_templates import AsyncQuoteTemplatesResource, QuoteTemplatesResource
    from .quote_versions import AsyncQuoteVersionsResource, QuoteVersionsResource
    from .quotes import AsyncQuotesResource, QuotesResource
    from .report_configurations import AsyncReportConfigurationsResource, ReportConfigurationsResource
    from .report_definitions import AsyncReportDefinitionsResource, ReportDefinitionsResource
    from .report_subscriptions import AsyncReportSubscriptionsResource, ReportSubscriptionsResource
    from .reports import AsyncReportsResource, ReportsResource
    from .reprocesses import AsyncReprocessesResource, ReprocessesResource
    from .roles import AsyncRolesResource, RolesResource
    from .seat_assignments import AsyncSeatAssignmentsResource, SeatAssignmentsResource
    from .signature_requests import AsyncSignatureRequestsResource, SignatureRequestsResource
    from .tax_id_types import AsyncTaxIdTypesResource, TaxIdTypesResource
    from .teams import AsyncTeamsResource, TeamsResource
    from .usage_limits import AsyncUsageLimitsResource, UsageLimitsResource
    from .users import AsyncUsersResource, UsersResource
    from .wallet_grants import AsyncWalletGrantsResource, WalletGrantsResource
    from .wallet_types import AsyncWalletTypesResource, WalletTypesResource
    from .wallets import AsyncWalletsResource, WalletsResource
    from .webhook_events import AsyncWebhookEventsResource, WebhookEventsResource
    from .webhooks import AsyncWebhooksResource, WebhooksResource
    from .workflow_action_executions import AsyncWorkflowActionExecutionsResource, WorkflowActionExecutionsResource
    from .workflow_actions import AsyncWorkflowActionsResource, WorkflowActionsResource
    from .workflow_triggers import AsyncWorkflowTriggersResource, WorkflowTriggersResource
    from .workflows import AsyncWorkflowsResource, WorkflowsResource

RESOURCES: dict[str, tuple[str, str, str]] = {
    "alert_rules": (".alert_rules", "AlertRulesResource", "AsyncAlertRulesResource"),
    "alerts": (".alerts", "AlertsResource", "AsyncAlertsResource"),
    "api_keys": (".api_keys", "ApiKeysResource", "AsyncApiKeysResource"),
    "approval_policies": (".approval_policies", "ApprovalPoliciesResource", "AsyncApprovalPoliciesResource"),
    "approval_requests": (".approval_requests", "ApprovalRequestsResource", "AsyncApprovalRequestsResource"),
    "attachments": (".attachments", "AttachmentsResource", "AsyncAttachmentsResource"),
    "audit_records": (".audit_records", "AuditRecordsResource", "AsyncAuditRecordsResource"),
    "authentication_providers": (
        ".authentication_providers",
        "AuthenticationProvidersResource",
        "AsyncAuthenticationProvidersResource",
    ),
    "billing_entities": (".billing_entities", "BillingEntitiesResource", "AsyncBillingEntitiesResource"),
    "bulk_actions": (".bulk_actions", "BulkActionsResource", "AsyncBulkActionsResource"),
    "contacts": (".contacts", "ContactsResource", "AsyncContactsResource"),
    "coupons": (".coupons", "CouponsResource", "AsyncCouponsResource"),
    "credit_types": (".credit_types", "CreditTypesResource", "AsyncCreditTypesResource"),
    "custom_fields": (".custom_fields", "CustomFieldsResource", "AsyncCustomFieldsResource"),
    "customers": (".customers", "CustomersResource", "AsyncCustomersResource"),
    "documents": (".documents", "DocumentsResource", "AsyncDocumentsResource"),
    "events": (".events", "EventsResource", "AsyncEventsResource"),
    "features": (".features", "FeaturesResource", "AsyncFeaturesResource"),
    "file_processing_settings": (
        ".file_processing_settings",
        "FileProcessingSettingsResource",
        "AsyncFileProcessingSettingsResource",
    ),
    "files": (".files", "FilesResource", "AsyncFilesResource"),
    "integrations": (".integrations", "IntegrationsResource", "AsyncIntegrationsResource"),
    "invoices": (".invoices", "InvoicesResource", "AsyncInvoicesResource"),
    "meter_data": (".meter_data", "MeterDataResource", "AsyncMeterDataResource"),
    "meter_properties": (".meter_properties", "MeterPropertiesResource", "AsyncMeterPropertiesResource"),
    "meter_property_variables": (
        ".meter_property_variables",
        "MeterPropertyVariablesResource",
        "AsyncMeterPropertyVariablesResource",
    ),
    "meter_value_calculations": (
        ".meter_value_calculations",
        "MeterValueCalculationsResource",
        "AsyncMeterValueCalculationsResource",
    ),
    "meter_values": (".meter_values", "MeterValuesResource", "AsyncMeterValuesResource"),
    "meters": (".meters", "MetersResource", "AsyncMetersResource"),
    "oauth_tokens": (".oauth_tokens", "OauthTokensResource", "AsyncOauthTokensResource"),
    "payment_acceptors": (".payment_acceptors", "PaymentAcceptorsResource", "AsyncPaymentAcceptorsResource"),
    "payment_methods": (".payment_methods", "PaymentMethodsResource", "AsyncPaymentMethodsResource"),
    "payment_schedules": (".payment_schedules", "PaymentSchedulesResource", "AsyncPaymentSchedulesResource"),
    "payments": (".payments", "PaymentsResource", "AsyncPaymentsResource"),
    "platforms": (".platforms", "PlatformsResource", "AsyncPlatformsResource"),
    "portal_urls": (".portal_urls", "PortalUrlsResource", "AsyncPortalUrlsResource"),
    "pricing_groups": (".pricing_groups", "PricingGroupsResource", "AsyncPricingGroupsResource"),
    "pricing_plan_groups": (".pricing_plan_groups", "PricingPlanGroupsResource", "AsyncPricingPlanGroupsResource"),
    "pricing_plan_schedules": (
        ".pricing_plan_schedules",
        "PricingPlanSchedulesResource",
        "AsyncPricingPlanSchedulesResource",
    ),
    "pricing_plan_subscription_groups": (
        ".pricing_plan_subscription_groups",
        "PricingPlanSubscriptionGroupsResource",
        "AsyncPricingPlanSubscriptionGroupsResource",
    ),
    "pricing_plan_subscriptions": (
        ".pricing_plan_subscriptions",
        "PricingPlanSubscriptionsResource",
        "AsyncPricingPlanSubscriptionsResource",
    ),
    "pricing_plan_versions": (
        ".pricing_plan_versions",
        "PricingPlanVersionsResource",
        "AsyncPricingPlanVersionsResource",
    ),
    "pricing_plans": (".pricing_plans", "PricingPlansResource", "AsyncPricingPlansResource"),
    "pricings": (".pricings", "PricingsResource", "AsyncPricingsResource"),
    "product_categories": (".product_categories", "ProductCategoriesResource", "AsyncProductCategoriesResource"),
    "product_items": (".product_items", "ProductItemsResource", "AsyncProductItemsResource"),
    "products": (".products", "ProductsResource", "AsyncProductsResource"),
    "promotion_codes": (".promotion_codes", "PromotionCodesResource", "AsyncPromotionCodesResource"),
    "quote_templates": (".quote_templates", "QuoteTemplatesResource", "AsyncQuoteTemplatesResource"),
    "quote_versions": (".quote_versions", "QuoteVersionsResource", "AsyncQuoteVersionsResource"),
    "quotes": (".quotes", "QuotesResource", "AsyncQuotesResource"),
    "report_configurations": (
        ".report_configurations",
        "ReportConfigurationsResource",
        "AsyncReportConfigurationsResource",
    ),
    "report_definitions": (".report_definitions", "ReportDefinitionsResource", "AsyncReportDefinitionsResource"),
    "report_subscriptions": (
        ".report_subscriptions",
        "ReportSubscriptionsResource",
        "AsyncReportSubscriptionsResource",
    ),
    "reports": (".reports", "ReportsResource", "AsyncReportsResource"),
    "reprocesses": (".reprocesses", "ReprocessesResource", "AsyncReprocessesResource"),
    "roles": (".roles", "RolesResource", "AsyncRolesResource"),
    "seat_assignments": (".seat_assignments", "SeatAssignmentsResource", "AsyncSeatAssignmentsResource"),
    "signature_requests": (".signature_requests", "SignatureRequestsResource", "AsyncSignatureRequestsResource"),
    "tax_id_types": (".tax_id_types", "TaxIdTypesResource", "AsyncTaxIdTypesResource"),
    "teams": (".teams", "TeamsResource", "AsyncTeamsResource"),
    "usage_limits": (".usage_limits", "UsageLimitsResource", "AsyncUsageLimitsResource"),
    "users": (".users", "UsersResource", "AsyncUsersResource"),
    "wallet_grants": (".wallet_grants", "WalletGrantsResource", "AsyncWalletGrantsResource"),
    "wallet_types": (".wallet_types", "WalletTypesResource", "AsyncWalletTypesResource"),
    "wallets": (".wallets", "WalletsResource", "AsyncWalletsResource"),
    "webhook_events": (".webhook_events", "WebhookEventsResource", "AsyncWebhookEventsResource"),
    "webhooks": (".webhooks", "WebhooksResource", "AsyncWebhooksResource"),
    "workflow_action_executions": (
        ".workflow_action_executions",
        "WorkflowActionExecutionsResource",
        "AsyncWorkflowActionExecutionsResource",
    ),
    "workflow_actions": (".workflow_actions", "WorkflowActionsResource", "AsyncWorkflowActionsResource"),
    "workflow_triggers": (".workflow_triggers", "WorkflowTriggersResource", "AsyncWorkflowTriggersResource"),
    "workflows": (".workflows", "WorkflowsResource", "AsyncWorkflowsResource"),
}
"""tag -> (module relative to this package, sync class, async class)"""


class Resources:
    """The resources of a sync client, declared (a client builds each on first use)."""

    alert_rules: "AlertRulesResource"
    "The alert rules resource."
    alerts: "AlertsResource"
    "The alerts resource."
    api_keys: "ApiKeysResource"
    "The api keys resource."
    approval_policies: "ApprovalPoliciesResource"
    "The approval policies resource."
    approval_requests: "ApprovalRequestsResource"
    "The approval requests resource."
    attachments: "AttachmentsResource"
    "The attachments resource."
    audit_records: "AuditRecordsResource"
    "The audit records resource."
    authentication_providers: "AuthenticationProvidersResource"
    "The authentication providers resource."
    billing_entities: "BillingEntitiesResource"
    "The billing entities resource."
    bulk_actions: "BulkActionsResource"
    "The bulk actions resource."
    contacts: "ContactsResource"
    "The contacts resource."
    coupons: "CouponsResource"
    "The coupons resource."
    credit_types: "CreditTypesResource"
    "The credit types resource."
    custom_fields: "CustomFieldsResource"
    "The custom fields resource."
    customers: "CustomersResource"
    "The customers resource."
    documents: "DocumentsResource"
    "The documents resource."
    events: "EventsResource"
    "The events resource."
    features: "FeaturesResource"
    "The features resource."
    file_processing_settings: "FileProcessingSettingsResource"
    "The file processing settings resource."
    files: "FilesResource"
    "The files resource."
    integrations: "IntegrationsResource"
    "The integrations resource."
    invoices: "InvoicesResource"
    "Invoices and the actions on them."
    meter_data: "MeterDataResource"
    "The meter data resource."
    meter_properties: "MeterPropertiesResource"
    "The meter properties resource."
    meter_property_variables: "MeterPropertyVariablesResource"
    "The meter property variables resource."
    meter_value_calculations: "MeterValueCalculationsResource"
    "The meter value calculations resource."
    meter_values: "MeterValuesResource"
    "The meter values resource."
    meters: "MetersResource"
    "The meters resource."
    oauth_tokens: "OauthTokensResource"
    "The oauth tokens resource."
    payment_acceptors: "PaymentAcceptorsResource"
    "The payment acceptors resource."
    payment_methods: "PaymentMethodsResource"
    "The payment methods resource."
    payment_schedules: "PaymentSchedulesResource"
    "The payment schedules resource."
    payments: "PaymentsResource"
    "The payments resource."
    platforms: "PlatformsResource"
    "The platforms resource."
    portal_urls: "PortalUrlsResource"
    "The portal URLs resource."
    pricing_groups: "PricingGroupsResource"
    "The pricing groups resource."
    pricing_plan_groups: "PricingPlanGroupsResource"
    "The pricing plan groups resource."
    pricing_plan_schedules: "PricingPlanSchedulesResource"
    "The pricing plan schedules resource."
    pricing_plan_subscription_groups: "PricingPlanSubscriptionGroupsResource"
    "The pricing plan subscription groups resource."
    pricing_plan_subscriptions: "PricingPlanSubscriptionsResource"
    "The pricing plan subscriptions resource."
    pricing_plan_versions: "PricingPlanVersionsResource"
    "The pricing plan versions resource."
    pricing_plans: "PricingPlansResource"
    "The pricing plans resource."
    pricings: "PricingsResource"
    "The pricings resource."
    product_categories: "ProductCategoriesResource"
    "The product categories resource."
    product_items: "ProductItemsResource"
    "The product items resource."
    products: "ProductsResource"
    "The products resource."
    promotion_codes: "PromotionCodesResource"
    "The promotion codes resource."
    quote_templates: "QuoteTemplatesResource"
    "The quote templates resource."
    quote_versions: "QuoteVersionsResource"
    "The quote versions resource."
    quotes: "QuotesResource"
    "The quotes resource."
    report_configurations: "ReportConfigurationsResource"
    "The report configurations resource."
    report_definitions: "ReportDefinitionsResource"
    "The report definitions resource."
    report_subscriptions: "ReportSubscriptionsResource"
    "The report subscriptions resource."
    reports: "ReportsResource"
    "The reports resource."
    reprocesses: "ReprocessesResource"
    "The reprocesses resource."
    roles: "RolesResource"
    "The roles resource."
    seat_assignments: "SeatAssignmentsResource"
    "The seat assignments resource."
    signature_requests: "SignatureRequestsResource"
    "The signature requests resource."
    tax_id_types: "TaxIdTypesResource"
    "The tax id types resource."
    teams: "TeamsResource"
    "The teams resource."
    usage_limits: "UsageLimitsResource"
    "The usage limits resource."
    users: "UsersResource"
    "The users resource."
    wallet_grants: "WalletGrantsResource"
    "The wallet grants resource."
    wallet_types: "WalletTypesResource"
    "The wallet types resource."
    wallets: "WalletsResource"
    "The wallets resource."
    webhook_events: "WebhookEventsResource"
    "The webhook events resource."
    webhooks: "WebhooksResource"
    "The webhooks resource."
    workflow_action_executions: "WorkflowActionExecutionsResource"
    "The workflow action executions resource."
    workflow_actions: "WorkflowActionsResource"
    "The workflow actions resource."
    workflow_triggers: "WorkflowTriggersResource"
    "The workflow triggers resource."
    workflows: "WorkflowsResource"
    "The workflows resource."


class AsyncResources:
    """The resources of an async client, declared (a client builds each on first use)."""

    alert_rules: "AsyncAlertRulesResource"
    "The alert rules resource."
    alerts: "AsyncAlertsResource"
    "The alerts resource."
    api_keys: "AsyncApiKeysResource"
    "The api keys resource."
    approval_policies: "AsyncApprovalPoliciesResource"
    "The approval policies resource."
    approval_requests: "AsyncApprovalRequestsResource"
    "The approval requests resource."
    attachments: "AsyncAttachmentsResource"
    "The attachments resource."
    audit_records: "AsyncAuditRecordsResource"
    "The audit records resource."
    authentication_providers: "AsyncAuthenticationProvidersResource"
    "The authentication providers resource."
    billing_entities: "AsyncBillingEntitiesResource"
    "The billing entities resource."
    bulk_actions: "AsyncBulkActionsResource"
    "The bulk actions resource."
    contacts: "AsyncContactsResource"
    "The contacts resource."
    coupons: "AsyncCouponsResource"
    "The coupons resource."
    credit_types: "AsyncCreditTypesResource"
    "The credit types resource."
    custom_fields: "AsyncCustomFieldsResource"
    "The custom fields resource."
    customers: "AsyncCustomersResource"
    "The customers resource."
    documents: "AsyncDocumentsResource"
    "The documents resource."
    events: "AsyncEventsResource"
    "The events resource."
    features: "AsyncFeaturesResource"
    "The features resource."
    file_processing_settings: "AsyncFileProcessingSettingsResource"
    "The file processing settings resource."
    files: "AsyncFilesResource"
    "The files resource."
    integrations: "AsyncIntegrationsResource"
    "The integrations resource."
    invoices: "AsyncInvoicesResource"
    "Invoices and the actions on them."
    meter_data: "AsyncMeterDataResource"
    "The meter data resource."
    meter_properties: "AsyncMeterPropertiesResource"
    "The meter properties resource."
    meter_property_variables: "AsyncMeterPropertyVariablesResource"
    "The meter property variables resource."
    meter_value_calculations: "AsyncMeterValueCalculationsResource"
    "The meter value calculations resource."
    meter_values: "AsyncMeterValuesResource"
    "The meter values resource."
    meters: "AsyncMetersResource"
    "The meters resource."
    oauth_tokens: "AsyncOauthTokensResource"
    "The oauth tokens resource."
    payment_acceptors: "AsyncPaymentAcceptorsResource"
    "The payment acceptors resource."
    payment_methods: "AsyncPaymentMethodsResource"
    "The payment methods resource."
    payment_schedules: "AsyncPaymentSchedulesResource"
    "The payment schedules resource."
    payments: "AsyncPaymentsResource"
    "The payments resource."
    platforms: "AsyncPlatformsResource"
    "The platforms resource."
    portal_urls: "AsyncPortalUrlsResource"
    "The portal URLs resource."
    pricing_groups: "AsyncPricingGroupsResource"
    "The pricing groups resource."
    pricing_plan_groups: "AsyncPricingPlanGroupsResource"
    "The pricing plan groups resource."
    pricing_plan_schedules: "AsyncPricingPlanSchedulesResource"
    "The pricing plan schedules resource."
    pricing_plan_subscription_groups: "AsyncPricingPlanSubscriptionGroupsResource"
    "The pricing plan subscription groups resource."
    pricing_plan_subscriptions: "AsyncPricingPlanSubscriptionsResource"
    "The pricing plan subscriptions resource."
    pricing_plan_versions: "AsyncPricingPlanVersionsResource"
    "The pricing plan versions resource."
    pricing_plans: "AsyncPricingPlansResource"
    "The pricing plans resource."
    pricings: "AsyncPricingsResource"
    "The pricings resource."
    product_categories: "AsyncProductCategoriesResource"
    "The product categories resource."
    product_items: "AsyncProductItemsResource"
    "The product items resource."
    products: "AsyncProductsResource"
    "The products resource."
    promotion_codes: "AsyncPromotionCodesResource"
    "The promotion codes resource."
    quote_templates: "AsyncQuoteTemplatesResource"
    "The quote templates resource."
    quote_versions: "AsyncQuoteVersionsResource"
    "The quote versions resource."
    quotes: "AsyncQuotesResource"
    "The quotes resource."
    report_configurations: "AsyncReportConfigurationsResource"
    "The report configurations resource."
    report_definitions: "AsyncReportDefinitionsResource"
    "The report definitions resource."
    report_subscriptions: "AsyncReportSubscriptionsResource"
    "The report subscriptions resource."
    reports: "AsyncReportsResource"
    "The reports resource."
    reprocesses: "AsyncReprocessesResource"
    "The reprocesses resource."
    roles: "AsyncRolesResource"
    "The roles resource."
    seat_assignments: "AsyncSeatAssignmentsResource"
    "The seat assignments resource."
    signature_requests: "AsyncSignatureRequestsResource"
    "The signature requests resource."
    tax_id_types: "AsyncTaxIdTypesResource"
    "The tax id types resource."
    teams: "AsyncTeamsResource"
    "The teams resource."
    usage_limits: "AsyncUsageLimitsResource"
    "The usage limits resource."
    users: "AsyncUsersResource"
    "The users resource."
    wallet_grants: "AsyncWalletGrantsResource"
    "The wallet grants resource."
    wallet_types: "AsyncWalletTypesResource"
    "The wallet types resource."
    wallets: "AsyncWalletsResource"
    "The wallets resource."
    webhook_events: "AsyncWebhookEventsResource"
    "The webhook events resource."
    webhooks: "AsyncWebhooksResource"
    "The webhooks resource."
    workflow_action_executions: "AsyncWorkflowActionExecutionsResource"
    "The workflow action executions resource."
    workflow_actions: "AsyncWorkflowActionsResource"
    "The workflow actions resource."
    workflow_triggers: "AsyncWorkflowTriggersResource"
    "The workflow triggers resource."
    workflows: "AsyncWorkflowsResource"
    "The workflows resource."


__all__ = ["RESOURCES", "AsyncResources", "Resources"]
