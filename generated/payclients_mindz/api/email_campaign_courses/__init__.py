"""Typed operations tagged `email_campaign_courses`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_campaign_course import EmailCampaignCourse
from ...models.email_campaign_course_page import EmailCampaignCoursePage
from ...models.email_campaign_course_request import EmailCampaignCourseRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_campaign_course as _create_email_campaign_course
from . import delete_email_campaign_course as _delete_email_campaign_course
from . import list_email_campaign_courses as _list_email_campaign_courses

_LIST_EMAIL_CAMPAIGN_COURSES_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaign_courses` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignCoursesResource:
    """Operations tagged `email_campaign_courses`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignCoursesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignCoursesResourceWithRawResponse(self._invoker)

    def list_email_campaign_courses(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailCampaignCoursePage, EmailCampaignCourse]":
        """List the courses a campaign targets

        `GET /email-campaigns/{campaign_id}/courses/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_courses",
            request,
            _list_email_campaign_courses._parse_response,
            _LIST_EMAIL_CAMPAIGN_COURSES_LISTING,
            max_items=max_items,
        )

    def create_email_campaign_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignCourseRequest,
    ) -> EmailCampaignCourse:
        """Target a course's students with a campaign

        `POST /email-campaigns/{campaign_id}/courses/`
        """
        request = _create_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignCourse",
            self._invoker.request(
                "create_email_campaign_course", request, _create_email_campaign_course._parse_response
            ),
        )

    def delete_email_campaign_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> Any:
        """Stop targeting a course

        `DELETE /email-campaigns/{campaign_id}/courses/{course_id}/`
        """
        request = _delete_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return self._invoker.request(
            "delete_email_campaign_course", request, _delete_email_campaign_course._parse_response
        )


class EmailCampaignCoursesResourceWithRawResponse:
    """Like `EmailCampaignCoursesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaign_courses(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignCoursePage]:
        """List the courses a campaign targets

        `GET /email-campaigns/{campaign_id}/courses/`
        """
        request = _list_email_campaign_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignCoursePage]",
            self._invoker.request_raw(
                "list_email_campaign_courses", request, _list_email_campaign_courses._parse_response
            ),
        )

    def create_email_campaign_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignCourseRequest,
    ) -> RawResponse[EmailCampaignCourse]:
        """Target a course's students with a campaign

        `POST /email-campaigns/{campaign_id}/courses/`
        """
        request = _create_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignCourse]",
            self._invoker.request_raw(
                "create_email_campaign_course", request, _create_email_campaign_course._parse_response
            ),
        )

    def delete_email_campaign_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> RawResponse[Any]:
        """Stop targeting a course

        `DELETE /email-campaigns/{campaign_id}/courses/{course_id}/`
        """
        request = _delete_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return self._invoker.request_raw(
            "delete_email_campaign_course", request, _delete_email_campaign_course._parse_response
        )


class AsyncEmailCampaignCoursesResource:
    """Operations tagged `email_campaign_courses`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignCoursesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignCoursesResourceWithRawResponse(self._invoker)

    def list_email_campaign_courses(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailCampaignCoursePage, EmailCampaignCourse]":
        """List the courses a campaign targets

        `GET /email-campaigns/{campaign_id}/courses/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_courses",
            request,
            _list_email_campaign_courses._parse_response,
            _LIST_EMAIL_CAMPAIGN_COURSES_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignCourseRequest,
    ) -> EmailCampaignCourse:
        """Target a course's students with a campaign

        `POST /email-campaigns/{campaign_id}/courses/`
        """
        request = _create_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignCourse",
            await self._invoker.request(
                "create_email_campaign_course", request, _create_email_campaign_course._parse_response
            ),
        )

    async def delete_email_campaign_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> Any:
        """Stop targeting a course

        `DELETE /email-campaigns/{campaign_id}/courses/{course_id}/`
        """
        request = _delete_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return await self._invoker.request(
            "delete_email_campaign_course", request, _delete_email_campaign_course._parse_response
        )


class AsyncEmailCampaignCoursesResourceWithRawResponse:
    """Like `AsyncEmailCampaignCoursesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaign_courses(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignCoursePage]:
        """List the courses a campaign targets

        `GET /email-campaigns/{campaign_id}/courses/`
        """
        request = _list_email_campaign_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignCoursePage]",
            await self._invoker.request_raw(
                "list_email_campaign_courses", request, _list_email_campaign_courses._parse_response
            ),
        )

    async def create_email_campaign_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignCourseRequest,
    ) -> RawResponse[EmailCampaignCourse]:
        """Target a course's students with a campaign

        `POST /email-campaigns/{campaign_id}/courses/`
        """
        request = _create_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignCourse]",
            await self._invoker.request_raw(
                "create_email_campaign_course", request, _create_email_campaign_course._parse_response
            ),
        )

    async def delete_email_campaign_course(
        self,
        campaign_id: int,
        course_id: int,
    ) -> RawResponse[Any]:
        """Stop targeting a course

        `DELETE /email-campaigns/{campaign_id}/courses/{course_id}/`
        """
        request = _delete_email_campaign_course._get_kwargs(
            campaign_id=campaign_id,
            course_id=course_id,
        )
        return await self._invoker.request_raw(
            "delete_email_campaign_course", request, _delete_email_campaign_course._parse_response
        )


__all__ = [
    "AsyncEmailCampaignCoursesResource",
    "AsyncEmailCampaignCoursesResourceWithRawResponse",
    "EmailCampaignCoursesResource",
    "EmailCampaignCoursesResourceWithRawResponse",
]
