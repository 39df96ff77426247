"""Contains methods for accessing the API.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
"""

RESOURCES: dict[str, tuple[str, str, str]] = {
    "bundles": (".bundles", "BundlesResource", "AsyncBundlesResource"),
    "course_grade_details": (".course_grade_details", "CourseGradeDetailsResource", "AsyncCourseGradeDetailsResource"),
    "course_grades": (".course_grades", "CourseGradesResource", "AsyncCourseGradesResource"),
    "course_teachers": (".course_teachers", "CourseTeachersResource", "AsyncCourseTeachersResource"),
    "courses": (".courses", "CoursesResource", "AsyncCoursesResource"),
    "email_campaign_courses": (
        ".email_campaign_courses",
        "EmailCampaignCoursesResource",
        "AsyncEmailCampaignCoursesResource",
    ),
    "email_campaign_excluded_courses": (
        ".email_campaign_excluded_courses",
        "EmailCampaignExcludedCoursesResource",
        "AsyncEmailCampaignExcludedCoursesResource",
    ),
    "email_campaign_excluded_lists": (
        ".email_campaign_excluded_lists",
        "EmailCampaignExcludedListsResource",
        "AsyncEmailCampaignExcludedListsResource",
    ),
    "email_campaign_excluded_plans": (
        ".email_campaign_excluded_plans",
        "EmailCampaignExcludedPlansResource",
        "AsyncEmailCampaignExcludedPlansResource",
    ),
    "email_campaign_lists": (".email_campaign_lists", "EmailCampaignListsResource", "AsyncEmailCampaignListsResource"),
    "email_campaign_plans": (".email_campaign_plans", "EmailCampaignPlansResource", "AsyncEmailCampaignPlansResource"),
    "email_campaigns": (".email_campaigns", "EmailCampaignsResource", "AsyncEmailCampaignsResource"),
    "email_lists": (".email_lists", "EmailListsResource", "AsyncEmailListsResource"),
    "emails": (".emails", "EmailsResource", "AsyncEmailsResource"),
    "enrolls": (".enrolls", "EnrollsResource", "AsyncEnrollsResource"),
    "mindzpay_accounts": (".mindzpay_accounts", "MindzpayAccountsResource", "AsyncMindzpayAccountsResource"),
    "mindzpay_invoices": (".mindzpay_invoices", "MindzpayInvoicesResource", "AsyncMindzpayInvoicesResource"),
    "mindzpay_payments": (".mindzpay_payments", "MindzpayPaymentsResource", "AsyncMindzpayPaymentsResource"),
    "mindzpay_subscriptions": (
        ".mindzpay_subscriptions",
        "MindzpaySubscriptionsResource",
        "AsyncMindzpaySubscriptionsResource",
    ),
    "public_contact": (".public_contact", "PublicContactResource", "AsyncPublicContactResource"),
    "public_newsletter": (".public_newsletter", "PublicNewsletterResource", "AsyncPublicNewsletterResource"),
    "public_products": (".public_products", "PublicProductsResource", "AsyncPublicProductsResource"),
    "public_site_identity": (".public_site_identity", "PublicSiteIdentityResource", "AsyncPublicSiteIdentityResource"),
    "public_statements": (".public_statements", "PublicStatementsResource", "AsyncPublicStatementsResource"),
    "public_stats": (".public_stats", "PublicStatsResource", "AsyncPublicStatsResource"),
    "subscriptions": (".subscriptions", "SubscriptionsResource", "AsyncSubscriptionsResource"),
    "teams": (".teams", "TeamsResource", "AsyncTeamsResource"),
    "users": (".users", "UsersResource", "AsyncUsersResource"),
}
"""tag -> (module relative to this package, sync class, async class)"""

__all__ = ["RESOURCES"]
