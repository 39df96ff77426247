"""Typed operations tagged `email_campaign_excluded_courses`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.email_campaign_excluded_course import EmailCampaignExcludedCourse
    from ...models.email_campaign_excluded_course_page import EmailCampaignExcludedCoursePage
    from ...models.email_campaign_excluded_course_request import EmailCampaignExcludedCourseRequest
    from ...models.mindz_error import MindzError
    from . import create_email_campaign_excluded_course as _create_email_campaign_excluded_course
    from . import delete_email_campaign_excluded_course as _delete_email_campaign_excluded_course
    from . import list_email_campaign_excluded_courses as _list_email_campaign_excluded_courses
else:
    _list_email_campaign_excluded_courses = LazyModule(__name__ + ".list_email_campaign_excluded_courses")
    _create_email_campaign_excluded_course = LazyModule(__name__ + ".create_email_campaign_excluded_course")
    _delete_email_campaign_excluded_course = LazyModule(__name__ + ".delete_email_campaign_excluded_course")

_LIST_EMAIL_CAMPAIGN_EXCLUDED_COURSES_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaign_excluded_courses` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignExcludedCoursesResource:
    """Operations tagged `email_campaign_excluded_courses`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> EmailCampaignExcludedCoursesResourceWithRawResponse:
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
        max_items: int | None = None,
    ) -> Pager[EmailCampaignExcludedCoursePage, EmailCampaignExcludedCourse]:
        """List the courses a campaign excludes

        Returns one page of link records, each a course excluded from a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[EmailCampaignExcludedCoursePage, EmailCampaignExcludedCourse]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_email_campaign_excluded_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_excluded_courses",
            request,
            _list_email_campaign_excluded_courses._parse_response,
            _LIST_EMAIL_CAMPAIGN_EXCLUDED_COURSES_LISTING,
            max_items=max_items,
        )

    def create_email_campaign_excluded_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedCourseRequest,
    ) -> EmailCampaignExcludedCourse:
        """Exclude a course's students from a campaign

        Creates a link record: a course excluded from a campaign (the proposal's "Add"). Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a course excluded from a campaign (proposed).

        Returns:
            EmailCampaignExcludedCourse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            course_id: Id of the course.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one page of link records, each a course excluded from a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[EmailCampaignExcludedCoursePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a link record: a course excluded from a campaign (the proposal's "Add"). Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a course excluded from a campaign (proposed).

        Returns:
            RawResponse[EmailCampaignExcludedCourse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            course_id: Id of the course.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncEmailCampaignExcludedCoursesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignExcludedCoursesResourceWithRawResponse(self._invoker)

    def list_email_campaign_excluded_courses(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EmailCampaignExcludedCoursePage, EmailCampaignExcludedCourse]:
        """List the courses a campaign excludes

        Returns one page of link records, each a course excluded from a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[EmailCampaignExcludedCoursePage, EmailCampaignExcludedCourse]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_email_campaign_excluded_courses._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_excluded_courses",
            request,
            _list_email_campaign_excluded_courses._parse_response,
            _LIST_EMAIL_CAMPAIGN_EXCLUDED_COURSES_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign_excluded_course(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedCourseRequest,
    ) -> EmailCampaignExcludedCourse:
        """Exclude a course's students from a campaign

        Creates a link record: a course excluded from a campaign (the proposal's "Add"). Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a course excluded from a campaign (proposed).

        Returns:
            EmailCampaignExcludedCourse: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            course_id: Id of the course.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one page of link records, each a course excluded from a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[EmailCampaignExcludedCoursePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a link record: a course excluded from a campaign (the proposal's "Add"). Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/excluded-courses/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a course excluded from a campaign (proposed).

        Returns:
            RawResponse[EmailCampaignExcludedCourse]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/excluded-courses/{course_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            course_id: Id of the course.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
