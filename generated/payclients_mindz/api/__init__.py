"""The API's resources, one per tag of the spec.

`RESOURCES` maps each tag to its module and class names; the classes load on first use.
`Resources` and `AsyncResources` declare them as typed attributes for a client class to inherit, so
type checkers know `client.<tag>` (and refuse a misspelled one) while nothing is imported until used.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .bundles import AsyncBundlesResource, BundlesResource
    from .course_grade_details import AsyncCourseGradeDetailsResource, CourseGradeDetailsResource
    from .course_grades import AsyncCourseGradesResource, CourseGradesResource
    from .course_teachers import AsyncCourseTeachersResource, CourseTeachersResource
    from .courses import AsyncCoursesResource, CoursesResource
    from .email_campaign_courses import AsyncEmailCampaignCoursesResource, EmailCampaignCoursesResource
    from .email_campaign_excluded_courses import (
        AsyncEmailCampaignExcludedCoursesResource,
        EmailCampaignExcludedCoursesResource,
    )
    from .email_campaign_excluded_lists import (
        AsyncEmailCampaignExcludedListsResource,
        EmailCampaignExcludedListsResource,
    )
    from .email_campaign_excluded_plans import (
        AsyncEmailCampaignExcludedPlansResource,
        EmailCampaignExcludedPlansResource,
    )
    from .email_campaign_lists import AsyncEmailCampaignListsResource, EmailCampaignListsResource
    from .email_campaign_plans import AsyncEmailCampaignPlansResource, EmailCampaignPlansResource
    from .email_campaigns import AsyncEmailCampaignsResource, EmailCampaignsResource
    from .email_lists import AsyncEmailListsResource, EmailListsResource
    from .emails import AsyncEmailsResource, EmailsResource
    from .enrolls import AsyncEnrollsResource, EnrollsResource
    from .mindzpay_accounts import AsyncMindzpayAccountsResource, MindzpayAccountsResource
    from .mindzpay_invoices import AsyncMindzpayInvoicesResource, MindzpayInvoicesResource
    from .mindzpay_payments import AsyncMindzpayPaymentsResource, MindzpayPaymentsResource
    from .mindzpay_subscriptions import AsyncMindzpaySubscriptionsResource, MindzpaySubscriptionsResource
    from .public_contact import AsyncPublicContactResource, PublicContactResource
    from .public_newsletter import AsyncPublicNewsletterResource, PublicNewsletterResource
    from .public_products import AsyncPublicProductsResource, PublicProductsResource
    from .public_site_identity import AsyncPublicSiteIdentityResource, PublicSiteIdentityResource
    from .public_statements import AsyncPublicStatementsResource, PublicStatementsResource
    from .public_stats import AsyncPublicStatsResource, PublicStatsResource
    from .subscriptions import AsyncSubscriptionsResource, SubscriptionsResource
    from .teams import AsyncTeamsResource, TeamsResource
    from .users import AsyncUsersResource, UsersResource

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


class Resources:
    """The resources of a sync client, declared (a client builds each on first use)."""

    bundles: "BundlesResource"
    "Bundles of several courses."
    course_grade_details: "CourseGradeDetailsResource"
    "Items (lessons) inside a course module."
    course_grades: "CourseGradesResource"
    "Modules (grade curricular) of a course."
    course_teachers: "CourseTeachersResource"
    "Teachers of a course and their per-course permissions."
    courses: "CoursesResource"
    "Courses sold on the platform."
    email_campaign_courses: "EmailCampaignCoursesResource"
    "Courses whose students a campaign targets."
    email_campaign_excluded_courses: "EmailCampaignExcludedCoursesResource"
    "Courses whose students a campaign skips."
    email_campaign_excluded_lists: "EmailCampaignExcludedListsResource"
    "E-mail lists a campaign skips."
    email_campaign_excluded_plans: "EmailCampaignExcludedPlansResource"
    "Subscription plans whose subscribers a campaign skips."
    email_campaign_lists: "EmailCampaignListsResource"
    "E-mail lists a campaign targets."
    email_campaign_plans: "EmailCampaignPlansResource"
    "Subscription plans whose subscribers a campaign targets."
    email_campaigns: "EmailCampaignsResource"
    "E-mail marketing campaigns."
    email_lists: "EmailListsResource"
    "E-mail marketing lists."
    emails: "EmailsResource"
    "Contacts inside an e-mail marketing list."
    enrolls: "EnrollsResource"
    "Enrollments of users in courses, bundles and plans."
    mindzpay_accounts: "MindzpayAccountsResource"
    "MindzPay (ex-GuruPay) merchant accounts."
    mindzpay_invoices: "MindzpayInvoicesResource"
    "NF-e invoice records of a MindzPay account."
    mindzpay_payments: "MindzpayPaymentsResource"
    "Payments received by a MindzPay account."
    mindzpay_subscriptions: "MindzpaySubscriptionsResource"
    "Customer subscriptions billed by a MindzPay account."
    public_contact: "PublicContactResource"
    "Public API v1: contact form (documented)."
    public_newsletter: "PublicNewsletterResource"
    "Public API v1: newsletter sign-up (documented)."
    public_products: "PublicProductsResource"
    "Public API v1: products for the sales site."
    public_site_identity: "PublicSiteIdentityResource"
    "Public API v1: sales-site identity."
    public_statements: "PublicStatementsResource"
    "Public API v1: testimonials."
    public_stats: "PublicStatsResource"
    "Public API v1: platform statistics."
    subscriptions: "SubscriptionsResource"
    "Subscription plans (recurring products)."
    teams: "TeamsResource"
    "Staff team members and their permissions."
    users: "UsersResource"
    "Users of the tenant."


class AsyncResources:
    """The resources of an async client, declared (a client builds each on first use)."""

    bundles: "AsyncBundlesResource"
    "Bundles of several courses."
    course_grade_details: "AsyncCourseGradeDetailsResource"
    "Items (lessons) inside a course module."
    course_grades: "AsyncCourseGradesResource"
    "Modules (grade curricular) of a course."
    course_teachers: "AsyncCourseTeachersResource"
    "Teachers of a course and their per-course permissions."
    courses: "AsyncCoursesResource"
    "Courses sold on the platform."
    email_campaign_courses: "AsyncEmailCampaignCoursesResource"
    "Courses whose students a campaign targets."
    email_campaign_excluded_courses: "AsyncEmailCampaignExcludedCoursesResource"
    "Courses whose students a campaign skips."
    email_campaign_excluded_lists: "AsyncEmailCampaignExcludedListsResource"
    "E-mail lists a campaign skips."
    email_campaign_excluded_plans: "AsyncEmailCampaignExcludedPlansResource"
    "Subscription plans whose subscribers a campaign skips."
    email_campaign_lists: "AsyncEmailCampaignListsResource"
    "E-mail lists a campaign targets."
    email_campaign_plans: "AsyncEmailCampaignPlansResource"
    "Subscription plans whose subscribers a campaign targets."
    email_campaigns: "AsyncEmailCampaignsResource"
    "E-mail marketing campaigns."
    email_lists: "AsyncEmailListsResource"
    "E-mail marketing lists."
    emails: "AsyncEmailsResource"
    "Contacts inside an e-mail marketing list."
    enrolls: "AsyncEnrollsResource"
    "Enrollments of users in courses, bundles and plans."
    mindzpay_accounts: "AsyncMindzpayAccountsResource"
    "MindzPay (ex-GuruPay) merchant accounts."
    mindzpay_invoices: "AsyncMindzpayInvoicesResource"
    "NF-e invoice records of a MindzPay account."
    mindzpay_payments: "AsyncMindzpayPaymentsResource"
    "Payments received by a MindzPay account."
    mindzpay_subscriptions: "AsyncMindzpaySubscriptionsResource"
    "Customer subscriptions billed by a MindzPay account."
    public_contact: "AsyncPublicContactResource"
    "Public API v1: contact form (documented)."
    public_newsletter: "AsyncPublicNewsletterResource"
    "Public API v1: newsletter sign-up (documented)."
    public_products: "AsyncPublicProductsResource"
    "Public API v1: products for the sales site."
    public_site_identity: "AsyncPublicSiteIdentityResource"
    "Public API v1: sales-site identity."
    public_statements: "AsyncPublicStatementsResource"
    "Public API v1: testimonials."
    public_stats: "AsyncPublicStatsResource"
    "Public API v1: platform statistics."
    subscriptions: "AsyncSubscriptionsResource"
    "Subscription plans (recurring products)."
    teams: "AsyncTeamsResource"
    "Staff team members and their permissions."
    users: "AsyncUsersResource"
    "Users of the tenant."


__all__ = ["RESOURCES", "AsyncResources", "Resources"]
