"""Typed operations tagged `email_campaign_excluded_courses`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.email_campaign_excluded_course import EmailCampaignExcludedCourse
from ...models.email_campaign_excluded_course_page import EmailCampaignExcludedCoursePage
from ...models.email_campaign_excluded_course_request import EmailCampaignExcludedCourseRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_email_campaign_excluded_course as _create_email_campaign_excluded_course
from . import delete_email_campaign_excluded_course as _delete_email_campaign_excluded_course
from . import list_email_campaign_excluded_courses as _list_email_campaign_excluded_courses


class EmailCampaignExcludedCoursesResource:
    """Operations tagged `email_campaign_excluded_courses`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignExcludedCoursesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignExcludedCoursesResourceWithRawResponse(self._invoker)

    def list_email_campaign_excluded_courses(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> EmailCampaignExcludedCoursePage:
        """List the courses a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _list_email_campaign_excluded_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "EmailCampaignExcludedCoursePage",
            self._invoker.request(
                "list_email_campaign_excluded_courses", request, _list_email_campaign_excluded_courses._parse_response
            ),
        )

    def create_email_campaign_excluded_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedCourseRequest,
    ) -> EmailCampaignExcludedCourse:
        """Exclude a course's students from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _create_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignExcludedCourse",
            self._invoker.request(
                "create_email_campaign_excluded_course", request, _create_email_campaign_excluded_course._parse_response
            ),
        )

    def delete_email_campaign_excluded_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> Any:
        """Stop excluding a course

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`
        """
        request = _delete_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return self._invoker.request(
            "delete_email_campaign_excluded_course", request, _delete_email_campaign_excluded_course._parse_response
        )


class EmailCampaignExcludedCoursesResourceWithRawResponse:
    """Like `EmailCampaignExcludedCoursesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaign_excluded_courses(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailCampaignExcludedCoursePage]:
        """List the courses a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _list_email_campaign_excluded_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedCoursePage]",
            self._invoker.request_raw(
                "list_email_campaign_excluded_courses", request, _list_email_campaign_excluded_courses._parse_response
            ),
        )

    def create_email_campaign_excluded_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedCourseRequest,
    ) -> RawResponse[EmailCampaignExcludedCourse]:
        """Exclude a course's students from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _create_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedCourse]",
            self._invoker.request_raw(
                "create_email_campaign_excluded_course", request, _create_email_campaign_excluded_course._parse_response
            ),
        )

    def delete_email_campaign_excluded_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> RawResponse[Any]:
        """Stop excluding a course

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`
        """
        request = _delete_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return self._invoker.request_raw(
            "delete_email_campaign_excluded_course", request, _delete_email_campaign_excluded_course._parse_response
        )


class AsyncEmailCampaignExcludedCoursesResource:
    """Operations tagged `email_campaign_excluded_courses`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignExcludedCoursesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignExcludedCoursesResourceWithRawResponse(self._invoker)

    async def list_email_campaign_excluded_courses(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> EmailCampaignExcludedCoursePage:
        """List the courses a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _list_email_campaign_excluded_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "EmailCampaignExcludedCoursePage",
            await self._invoker.request(
                "list_email_campaign_excluded_courses", request, _list_email_campaign_excluded_courses._parse_response
            ),
        )

    async def create_email_campaign_excluded_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedCourseRequest,
    ) -> EmailCampaignExcludedCourse:
        """Exclude a course's students from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _create_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignExcludedCourse",
            await self._invoker.request(
                "create_email_campaign_excluded_course", request, _create_email_campaign_excluded_course._parse_response
            ),
        )

    async def delete_email_campaign_excluded_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> Any:
        """Stop excluding a course

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`
        """
        request = _delete_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return await self._invoker.request(
            "delete_email_campaign_excluded_course", request, _delete_email_campaign_excluded_course._parse_response
        )


class AsyncEmailCampaignExcludedCoursesResourceWithRawResponse:
    """Like `AsyncEmailCampaignExcludedCoursesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaign_excluded_courses(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailCampaignExcludedCoursePage]:
        """List the courses a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _list_email_campaign_excluded_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedCoursePage]",
            await self._invoker.request_raw(
                "list_email_campaign_excluded_courses", request, _list_email_campaign_excluded_courses._parse_response
            ),
        )

    async def create_email_campaign_excluded_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedCourseRequest,
    ) -> RawResponse[EmailCampaignExcludedCourse]:
        """Exclude a course's students from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-courses/`
        """
        request = _create_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedCourse]",
            await self._invoker.request_raw(
                "create_email_campaign_excluded_course", request, _create_email_campaign_excluded_course._parse_response
            ),
        )

    async def delete_email_campaign_excluded_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> RawResponse[Any]:
        """Stop excluding a course

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`
        """
        request = _delete_email_campaign_excluded_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return await self._invoker.request_raw(
            "delete_email_campaign_excluded_course", request, _delete_email_campaign_excluded_course._parse_response
        )


__all__ = [
    "AsyncEmailCampaignExcludedCoursesResource",
    "AsyncEmailCampaignExcludedCoursesResourceWithRawResponse",
    "EmailCampaignExcludedCoursesResource",
    "EmailCampaignExcludedCoursesResourceWithRawResponse",
]
