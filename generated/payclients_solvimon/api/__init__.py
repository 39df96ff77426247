"""Contains methods for accessing the API.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
"""

RESOURCES: dict[str, tuple[str, str, str]] = {
    "alerts": (".alerts", "AlertsResource", "AsyncAlertsResource"),
    "api_keys": (".api_keys", "ApiKeysResource", "AsyncApiKeysResource"),
    "audit_records": (".audit_records", "AuditRecordsResource", "AsyncAuditRecordsResource"),
    "authentication_providers": (
        ".authentication_providers",
        "AuthenticationProvidersResource",
        "AsyncAuthenticationProvidersResource",
    ),
    "customers": (".customers", "CustomersResource", "AsyncCustomersResource"),
    "events": (".events", "EventsResource", "AsyncEventsResource"),
    "files": (".files", "FilesResource", "AsyncFilesResource"),
    "invoices": (".invoices", "InvoicesResource", "AsyncInvoicesResource"),
    "meter_data": (".meter_data", "MeterDataResource", "AsyncMeterDataResource"),
    "oauth_tokens": (".oauth_tokens", "OauthTokensResource", "AsyncOauthTokensResource"),
    "payments": (".payments", "PaymentsResource", "AsyncPaymentsResource"),
    "pricing_plan_subscriptions": (
        ".pricing_plan_subscriptions",
        "PricingPlanSubscriptionsResource",
        "AsyncPricingPlanSubscriptionsResource",
    ),
    "reprocesses": (".reprocesses", "ReprocessesResource", "AsyncReprocessesResource"),
    "roles": (".roles", "RolesResource", "AsyncRolesResource"),
    "teams": (".teams", "TeamsResource", "AsyncTeamsResource"),
    "users": (".users", "UsersResource", "AsyncUsersResource"),
    "webhook_events": (".webhook_events", "WebhookEventsResource", "AsyncWebhookEventsResource"),
    "webhooks": (".webhooks", "WebhooksResource", "AsyncWebhooksResource"),
}
"""tag -> (module relative to this package, sync class, async class)"""

__all__ = ["RESOURCES"]
