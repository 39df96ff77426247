"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package, or one model, does not import every model module.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bundle import Bundle
    from .bundle_page import BundlePage
    from .bundle_request import BundleRequest
    from .course import Course
    from .course_grade import CourseGrade
    from .course_grade_detail import CourseGradeDetail
    from .course_grade_detail_page import CourseGradeDetailPage
    from .course_grade_detail_request import CourseGradeDetailRequest
    from .course_grade_page import CourseGradePage
    from .course_grade_request import CourseGradeRequest
    from .course_page import CoursePage
    from .course_request import CourseRequest
    from .course_teacher import CourseTeacher
    from .course_teacher_page import CourseTeacherPage
    from .course_teacher_request import CourseTeacherRequest
    from .email import Email
    from .email_campaign import EmailCampaign
    from .email_campaign_course import EmailCampaignCourse
    from .email_campaign_course_page import EmailCampaignCoursePage
    from .email_campaign_course_request import EmailCampaignCourseRequest
    from .email_campaign_excluded_course import EmailCampaignExcludedCourse
    from .email_campaign_excluded_course_page import EmailCampaignExcludedCoursePage
    from .email_campaign_excluded_course_request import EmailCampaignExcludedCourseRequest
    from .email_campaign_excluded_list import EmailCampaignExcludedList
    from .email_campaign_excluded_list_page import EmailCampaignExcludedListPage
    from .email_campaign_excluded_list_request import EmailCampaignExcludedListRequest
    from .email_campaign_excluded_plan import EmailCampaignExcludedPlan
    from .email_campaign_excluded_plan_page import EmailCampaignExcludedPlanPage
    from .email_campaign_excluded_plan_request import EmailCampaignExcludedPlanRequest
    from .email_campaign_list import EmailCampaignList
    from .email_campaign_list_page import EmailCampaignListPage
    from .email_campaign_list_request import EmailCampaignListRequest
    from .email_campaign_page import EmailCampaignPage
    from .email_campaign_plan import EmailCampaignPlan
    from .email_campaign_plan_page import EmailCampaignPlanPage
    from .email_campaign_plan_request import EmailCampaignPlanRequest
    from .email_campaign_request import EmailCampaignRequest
    from .email_list import EmailList
    from .email_list_page import EmailListPage
    from .email_list_request import EmailListRequest
    from .email_page import EmailPage
    from .email_request import EmailRequest
    from .enroll import Enroll
    from .enroll_page import EnrollPage
    from .enroll_request import EnrollRequest
    from .mindz_error import MindzError
    from .mindz_pay_account import MindzPayAccount
    from .mindz_pay_account_page import MindzPayAccountPage
    from .mindz_pay_invoice import MindzPayInvoice
    from .mindz_pay_invoice_page import MindzPayInvoicePage
    from .mindz_pay_invoice_request import MindzPayInvoiceRequest
    from .mindz_pay_invoice_status import MindzPayInvoiceStatus
    from .mindz_pay_payment import MindzPayPayment
    from .mindz_pay_payment_page import MindzPayPaymentPage
    from .mindz_pay_payment_refund_request import MindzPayPaymentRefundRequest
    from .mindz_pay_subscription import MindzPaySubscription
    from .mindz_pay_subscription_page import MindzPaySubscriptionPage
    from .mindz_webhook_event import MindzWebhookEvent
    from .mindz_webhook_event_data import MindzWebhookEventData
    from .patched_bundle_request import PatchedBundleRequest
    from .patched_course_grade_detail_request import PatchedCourseGradeDetailRequest
    from .patched_course_grade_request import PatchedCourseGradeRequest
    from .patched_course_request import PatchedCourseRequest
    from .patched_course_teacher_request import PatchedCourseTeacherRequest
    from .patched_email_campaign_request import PatchedEmailCampaignRequest
    from .patched_email_list_request import PatchedEmailListRequest
    from .patched_email_request import PatchedEmailRequest
    from .patched_enroll_request import PatchedEnrollRequest
    from .patched_mindz_pay_invoice_request import PatchedMindzPayInvoiceRequest
    from .patched_subscription_request import PatchedSubscriptionRequest
    from .patched_team_request import PatchedTeamRequest
    from .patched_user_request import PatchedUserRequest
    from .person_type import PersonType
    from .public_contact_request import PublicContactRequest
    from .public_contact_subject import PublicContactSubject
    from .public_newsletter_request import PublicNewsletterRequest
    from .public_product import PublicProduct
    from .public_product_page import PublicProductPage
    from .public_site_identity import PublicSiteIdentity
    from .public_statement import PublicStatement
    from .public_statement_page import PublicStatementPage
    from .public_stats import PublicStats
    from .public_success import PublicSuccess
    from .subscription import Subscription
    from .subscription_interval import SubscriptionInterval
    from .subscription_page import SubscriptionPage
    from .subscription_request import SubscriptionRequest
    from .team import Team
    from .team_page import TeamPage
    from .team_request import TeamRequest
    from .user import User
    from .user_create_request import UserCreateRequest
    from .user_gender import UserGender
    from .user_page import UserPage
    from .user_request import UserRequest

_MODULES: dict[str, str] = {
    "Bundle": "bundle",
    "BundlePage": "bundle_page",
    "BundleRequest": "bundle_request",
    "Course": "course",
    "CourseGrade": "course_grade",
    "CourseGradeDetail": "course_grade_detail",
    "CourseGradeDetailPage": "course_grade_detail_page",
    "CourseGradeDetailRequest": "course_grade_detail_request",
    "CourseGradePage": "course_grade_page",
    "CourseGradeRequest": "course_grade_request",
    "CoursePage": "course_page",
    "CourseRequest": "course_request",
    "CourseTeacher": "course_teacher",
    "CourseTeacherPage": "course_teacher_page",
    "CourseTeacherRequest": "course_teacher_request",
    "Email": "email",
    "EmailCampaign": "email_campaign",
    "EmailCampaignCourse": "email_campaign_course",
    "EmailCampaignCoursePage": "email_campaign_course_page",
    "EmailCampaignCourseRequest": "email_campaign_course_request",
    "EmailCampaignExcludedCourse": "email_campaign_excluded_course",
    "EmailCampaignExcludedCoursePage": "email_campaign_excluded_course_page",
    "EmailCampaignExcludedCourseRequest": "email_campaign_excluded_course_request",
    "EmailCampaignExcludedList": "email_campaign_excluded_list",
    "EmailCampaignExcludedListPage": "email_campaign_excluded_list_page",
    "EmailCampaignExcludedListRequest": "email_campaign_excluded_list_request",
    "EmailCampaignExcludedPlan": "email_campaign_excluded_plan",
    "EmailCampaignExcludedPlanPage": "email_campaign_excluded_plan_page",
    "EmailCampaignExcludedPlanRequest": "email_campaign_excluded_plan_request",
    "EmailCampaignList": "email_campaign_list",
    "EmailCampaignListPage": "email_campaign_list_page",
    "EmailCampaignListRequest": "email_campaign_list_request",
    "EmailCampaignPage": "email_campaign_page",
    "EmailCampaignPlan": "email_campaign_plan",
    "EmailCampaignPlanPage": "email_campaign_plan_page",
    "EmailCampaignPlanRequest": "email_campaign_plan_request",
    "EmailCampaignRequest": "email_campaign_request",
    "EmailList": "email_list",
    "EmailListPage": "email_list_page",
    "EmailListRequest": "email_list_request",
    "EmailPage": "email_page",
    "EmailRequest": "email_request",
    "Enroll": "enroll",
    "EnrollPage": "enroll_page",
    "EnrollRequest": "enroll_request",
    "MindzError": "mindz_error",
    "MindzPayAccount": "mindz_pay_account",
    "MindzPayAccountPage": "mindz_pay_account_page",
    "MindzPayInvoice": "mindz_pay_invoice",
    "MindzPayInvoicePage": "mindz_pay_invoice_page",
    "MindzPayInvoiceRequest": "mindz_pay_invoice_request",
    "MindzPayInvoiceStatus": "mindz_pay_invoice_status",
    "MindzPayPayment": "mindz_pay_payment",
    "MindzPayPaymentPage": "mindz_pay_payment_page",
    "MindzPayPaymentRefundRequest": "mindz_pay_payment_refund_request",
    "MindzPaySubscription": "mindz_pay_subscription",
    "MindzPaySubscriptionPage": "mindz_pay_subscription_page",
    "MindzWebhookEvent": "mindz_webhook_event",
    "MindzWebhookEventData": "mindz_webhook_event_data",
    "PatchedBundleRequest": "patched_bundle_request",
    "PatchedCourseGradeDetailRequest": "patched_course_grade_detail_request",
    "PatchedCourseGradeRequest": "patched_course_grade_request",
    "PatchedCourseRequest": "patched_course_request",
    "PatchedCourseTeacherRequest": "patched_course_teacher_request",
    "PatchedEmailCampaignRequest": "patched_email_campaign_request",
    "PatchedEmailListRequest": "patched_email_list_request",
    "PatchedEmailRequest": "patched_email_request",
    "PatchedEnrollRequest": "patched_enroll_request",
    "PatchedMindzPayInvoiceRequest": "patched_mindz_pay_invoice_request",
    "PatchedSubscriptionRequest": "patched_subscription_request",
    "PatchedTeamRequest": "patched_team_request",
    "PatchedUserRequest": "patched_user_request",
    "PersonType": "person_type",
    "PublicContactRequest": "public_contact_request",
    "PublicContactSubject": "public_contact_subject",
    "PublicNewsletterRequest": "public_newsletter_request",
    "PublicProduct": "public_product",
    "PublicProductPage": "public_product_page",
    "PublicSiteIdentity": "public_site_identity",
    "PublicStatement": "public_statement",
    "PublicStatementPage": "public_statement_page",
    "PublicStats": "public_stats",
    "PublicSuccess": "public_success",
    "Subscription": "subscription",
    "SubscriptionInterval": "subscription_interval",
    "SubscriptionPage": "subscription_page",
    "SubscriptionRequest": "subscription_request",
    "Team": "team",
    "TeamPage": "team_page",
    "TeamRequest": "team_request",
    "User": "user",
    "UserCreateRequest": "user_create_request",
    "UserGender": "user_gender",
    "UserPage": "user_page",
    "UserRequest": "user_request",
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
    "Bundle",
    "BundlePage",
    "BundleRequest",
    "Course",
    "CourseGrade",
    "CourseGradeDetail",
    "CourseGradeDetailPage",
    "CourseGradeDetailRequest",
    "CourseGradePage",
    "CourseGradeRequest",
    "CoursePage",
    "CourseRequest",
    "CourseTeacher",
    "CourseTeacherPage",
    "CourseTeacherRequest",
    "Email",
    "EmailCampaign",
    "EmailCampaignCourse",
    "EmailCampaignCoursePage",
    "EmailCampaignCourseRequest",
    "EmailCampaignExcludedCourse",
    "EmailCampaignExcludedCoursePage",
    "EmailCampaignExcludedCourseRequest",
    "EmailCampaignExcludedList",
    "EmailCampaignExcludedListPage",
    "EmailCampaignExcludedListRequest",
    "EmailCampaignExcludedPlan",
    "EmailCampaignExcludedPlanPage",
    "EmailCampaignExcludedPlanRequest",
    "EmailCampaignList",
    "EmailCampaignListPage",
    "EmailCampaignListRequest",
    "EmailCampaignPage",
    "EmailCampaignPlan",
    "EmailCampaignPlanPage",
    "EmailCampaignPlanRequest",
    "EmailCampaignRequest",
    "EmailList",
    "EmailListPage",
    "EmailListRequest",
    "EmailPage",
    "EmailRequest",
    "Enroll",
    "EnrollPage",
    "EnrollRequest",
    "MindzError",
    "MindzPayAccount",
    "MindzPayAccountPage",
    "MindzPayInvoice",
    "MindzPayInvoicePage",
    "MindzPayInvoiceRequest",
    "MindzPayInvoiceStatus",
    "MindzPayPayment",
    "MindzPayPaymentPage",
    "MindzPayPaymentRefundRequest",
    "MindzPaySubscription",
    "MindzPaySubscriptionPage",
    "MindzWebhookEvent",
    "MindzWebhookEventData",
    "PatchedBundleRequest",
    "PatchedCourseGradeDetailRequest",
    "PatchedCourseGradeRequest",
    "PatchedCourseRequest",
    "PatchedCourseTeacherRequest",
    "PatchedEmailCampaignRequest",
    "PatchedEmailListRequest",
    "PatchedEmailRequest",
    "PatchedEnrollRequest",
    "PatchedMindzPayInvoiceRequest",
    "PatchedSubscriptionRequest",
    "PatchedTeamRequest",
    "PatchedUserRequest",
    "PersonType",
    "PublicContactRequest",
    "PublicContactSubject",
    "PublicNewsletterRequest",
    "PublicProduct",
    "PublicProductPage",
    "PublicSiteIdentity",
    "PublicStatement",
    "PublicStatementPage",
    "PublicStats",
    "PublicSuccess",
    "Subscription",
    "SubscriptionInterval",
    "SubscriptionPage",
    "SubscriptionRequest",
    "Team",
    "TeamPage",
    "TeamRequest",
    "User",
    "UserCreateRequest",
    "UserGender",
    "UserPage",
    "UserRequest",
)
