"""Typed operations tagged `courses`.

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
    from ...models.course import Course
    from ...models.course_page import CoursePage
    from ...models.course_request import CourseRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_course_request import PatchedCourseRequest
    from . import create_course as _create_course
    from . import delete_course as _delete_course
    from . import get_course as _get_course
    from . import list_courses as _list_courses
    from . import partial_update_course as _partial_update_course
    from . import update_course as _update_course
else:
    _list_courses = LazyModule(__name__ + ".list_courses")
    _create_course = LazyModule(__name__ + ".create_course")
    _get_course = LazyModule(__name__ + ".get_course")
    _update_course = LazyModule(__name__ + ".update_course")
    _delete_course = LazyModule(__name__ + ".delete_course")
    _partial_update_course = LazyModule(__name__ + ".partial_update_course")

_LIST_COURSES_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_courses` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class CoursesResource:
    """Operations tagged `courses`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CoursesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CoursesResourceWithRawResponse(self._invoker)

    def list_courses(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CoursePage, Course]:
        """List courses

        Returns one page of courses.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/`

        Args:
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
            Pager[CoursePage, Course]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_courses._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_courses", request, _list_courses._parse_response, _LIST_COURSES_LISTING, max_items=max_items
        )

    def create_course(
        self,
        *,
        body: CourseRequest,
    ) -> Course:
        """Create a course

        Creates a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/`

        Args:
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course._get_kwargs(
            body=body,
        )
        return cast("Course", self._invoker.request("create_course", request, _create_course._parse_response))

    def get_course(
        self,
        course_id: int,
    ) -> Course:
        """Get a course

        Returns one course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course._get_kwargs(
            course_id=course_id,
        )
        return cast("Course", self._invoker.request("get_course", request, _get_course._parse_response))

    def update_course(
        self,
        course_id: int,
        *,
        body: CourseRequest,
    ) -> Course:
        """Replace a course

        Replaces every writable field of a course (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast("Course", self._invoker.request("update_course", request, _update_course._parse_response))

    def delete_course(
        self,
        course_id: int,
    ) -> Any:
        """Delete a course

        Deletes a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course._get_kwargs(
            course_id=course_id,
        )
        return self._invoker.request("delete_course", request, _delete_course._parse_response)

    def partial_update_course(
        self,
        course_id: int,
        *,
        body: PatchedCourseRequest,
    ) -> Course:
        """Partially update a course

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Course fields for a partial update; send only what changes. Fields inferred from
                the n8n node's Subscription Update inputs, assumed shared by courses, bundles and
                plans; snake_case wire names are proposed.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "Course", self._invoker.request("partial_update_course", request, _partial_update_course._parse_response)
        )


class CoursesResourceWithRawResponse:
    """Like `CoursesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_courses(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CoursePage]:
        """List courses

        Returns one page of courses.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/`

        Args:
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
            RawResponse[CoursePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_courses._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CoursePage]", self._invoker.request_raw("list_courses", request, _list_courses._parse_response)
        )

    def create_course(
        self,
        *,
        body: CourseRequest,
    ) -> RawResponse[Course]:
        """Create a course

        Creates a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/`

        Args:
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Course]", self._invoker.request_raw("create_course", request, _create_course._parse_response)
        )

    def get_course(
        self,
        course_id: int,
    ) -> RawResponse[Course]:
        """Get a course

        Returns one course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course._get_kwargs(
            course_id=course_id,
        )
        return cast(
            "RawResponse[Course]", self._invoker.request_raw("get_course", request, _get_course._parse_response)
        )

    def update_course(
        self,
        course_id: int,
        *,
        body: CourseRequest,
    ) -> RawResponse[Course]:
        """Replace a course

        Replaces every writable field of a course (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[Course]", self._invoker.request_raw("update_course", request, _update_course._parse_response)
        )

    def delete_course(
        self,
        course_id: int,
    ) -> RawResponse[Any]:
        """Delete a course

        Deletes a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course._get_kwargs(
            course_id=course_id,
        )
        return self._invoker.request_raw("delete_course", request, _delete_course._parse_response)

    def partial_update_course(
        self,
        course_id: int,
        *,
        body: PatchedCourseRequest,
    ) -> RawResponse[Course]:
        """Partially update a course

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Course fields for a partial update; send only what changes. Fields inferred from
                the n8n node's Subscription Update inputs, assumed shared by courses, bundles and
                plans; snake_case wire names are proposed.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[Course]",
            self._invoker.request_raw("partial_update_course", request, _partial_update_course._parse_response),
        )


class AsyncCoursesResource:
    """Operations tagged `courses`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCoursesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCoursesResourceWithRawResponse(self._invoker)

    def list_courses(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CoursePage, Course]:
        """List courses

        Returns one page of courses.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/`

        Args:
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
            AsyncPager[CoursePage, Course]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_courses._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_courses", request, _list_courses._parse_response, _LIST_COURSES_LISTING, max_items=max_items
        )

    async def create_course(
        self,
        *,
        body: CourseRequest,
    ) -> Course:
        """Create a course

        Creates a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/`

        Args:
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course._get_kwargs(
            body=body,
        )
        return cast("Course", await self._invoker.request("create_course", request, _create_course._parse_response))

    async def get_course(
        self,
        course_id: int,
    ) -> Course:
        """Get a course

        Returns one course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course._get_kwargs(
            course_id=course_id,
        )
        return cast("Course", await self._invoker.request("get_course", request, _get_course._parse_response))

    async def update_course(
        self,
        course_id: int,
        *,
        body: CourseRequest,
    ) -> Course:
        """Replace a course

        Replaces every writable field of a course (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast("Course", await self._invoker.request("update_course", request, _update_course._parse_response))

    async def delete_course(
        self,
        course_id: int,
    ) -> Any:
        """Delete a course

        Deletes a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course._get_kwargs(
            course_id=course_id,
        )
        return await self._invoker.request("delete_course", request, _delete_course._parse_response)

    async def partial_update_course(
        self,
        course_id: int,
        *,
        body: PatchedCourseRequest,
    ) -> Course:
        """Partially update a course

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Course fields for a partial update; send only what changes. Fields inferred from
                the n8n node's Subscription Update inputs, assumed shared by courses, bundles and
                plans; snake_case wire names are proposed.

        Returns:
            Course: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "Course",
            await self._invoker.request("partial_update_course", request, _partial_update_course._parse_response),
        )


class AsyncCoursesResourceWithRawResponse:
    """Like `AsyncCoursesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_courses(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CoursePage]:
        """List courses

        Returns one page of courses.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/`

        Args:
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
            RawResponse[CoursePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_courses._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CoursePage]",
            await self._invoker.request_raw("list_courses", request, _list_courses._parse_response),
        )

    async def create_course(
        self,
        *,
        body: CourseRequest,
    ) -> RawResponse[Course]:
        """Create a course

        Creates a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/`

        Args:
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Course]",
            await self._invoker.request_raw("create_course", request, _create_course._parse_response),
        )

    async def get_course(
        self,
        course_id: int,
    ) -> RawResponse[Course]:
        """Get a course

        Returns one course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course._get_kwargs(
            course_id=course_id,
        )
        return cast(
            "RawResponse[Course]", await self._invoker.request_raw("get_course", request, _get_course._parse_response)
        )

    async def update_course(
        self,
        course_id: int,
        *,
        body: CourseRequest,
    ) -> RawResponse[Course]:
        """Replace a course

        Replaces every writable field of a course (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Writable course fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[Course]",
            await self._invoker.request_raw("update_course", request, _update_course._parse_response),
        )

    async def delete_course(
        self,
        course_id: int,
    ) -> RawResponse[Any]:
        """Delete a course

        Deletes a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/`

        Args:
            course_id: Id of the course.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course._get_kwargs(
            course_id=course_id,
        )
        return await self._invoker.request_raw("delete_course", request, _delete_course._parse_response)

    async def partial_update_course(
        self,
        course_id: int,
        *,
        body: PatchedCourseRequest,
    ) -> RawResponse[Course]:
        """Partially update a course

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/`

        Args:
            course_id: Id of the course.
            body: Course fields for a partial update; send only what changes. Fields inferred from
                the n8n node's Subscription Update inputs, assumed shared by courses, bundles and
                plans; snake_case wire names are proposed.

        Returns:
            RawResponse[Course]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[Course]",
            await self._invoker.request_raw("partial_update_course", request, _partial_update_course._parse_response),
        )


__all__ = [
    "AsyncCoursesResource",
    "AsyncCoursesResourceWithRawResponse",
    "CoursesResource",
    "CoursesResourceWithRawResponse",
]
