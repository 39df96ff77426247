"""Typed operations tagged `course_teachers`.

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
    from ...models.course_teacher import CourseTeacher
    from ...models.course_teacher_page import CourseTeacherPage
    from ...models.course_teacher_request import CourseTeacherRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_course_teacher_request import PatchedCourseTeacherRequest
    from . import create_course_teacher as _create_course_teacher
    from . import delete_course_teacher as _delete_course_teacher
    from . import get_course_teacher as _get_course_teacher
    from . import list_course_teachers as _list_course_teachers
    from . import partial_update_course_teacher as _partial_update_course_teacher
    from . import update_course_teacher as _update_course_teacher
else:
    _list_course_teachers = LazyModule(__name__ + ".list_course_teachers")
    _create_course_teacher = LazyModule(__name__ + ".create_course_teacher")
    _get_course_teacher = LazyModule(__name__ + ".get_course_teacher")
    _update_course_teacher = LazyModule(__name__ + ".update_course_teacher")
    _delete_course_teacher = LazyModule(__name__ + ".delete_course_teacher")
    _partial_update_course_teacher = LazyModule(__name__ + ".partial_update_course_teacher")

_LIST_COURSE_TEACHERS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_course_teachers` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class CourseTeachersResource:
    """Operations tagged `course_teachers`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CourseTeachersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CourseTeachersResourceWithRawResponse(self._invoker)

    def list_course_teachers(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CourseTeacherPage, CourseTeacher]:
        """List course teachers

        Returns one page of course teachers of a course.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
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
            Pager[CourseTeacherPage, CourseTeacher]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_teachers._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_course_teachers",
            request,
            _list_course_teachers._parse_response,
            _LIST_COURSE_TEACHERS_LISTING,
            max_items=max_items,
        )

    def create_course_teacher(
        self,
        course_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> CourseTeacher:
        """Create a course teacher

        Creates a course teacher of a course and returns it.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_teacher._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "CourseTeacher",
            self._invoker.request("create_course_teacher", request, _create_course_teacher._parse_response),
        )

    def get_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> CourseTeacher:
        """Get a course teacher

        Returns one course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return cast(
            "CourseTeacher", self._invoker.request("get_course_teacher", request, _get_course_teacher._parse_response)
        )

    def update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> CourseTeacher:
        """Replace a course teacher

        Replaces every writable field of a course teacher (DRF `update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "CourseTeacher",
            self._invoker.request("update_course_teacher", request, _update_course_teacher._parse_response),
        )

    def delete_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> Any:
        """Delete a course teacher

        Deletes a course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return self._invoker.request("delete_course_teacher", request, _delete_course_teacher._parse_response)

    def partial_update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: PatchedCourseTeacherRequest,
    ) -> CourseTeacher:
        """Partially update a course teacher

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher permission changes for a partial update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "CourseTeacher",
            self._invoker.request(
                "partial_update_course_teacher", request, _partial_update_course_teacher._parse_response
            ),
        )


class CourseTeachersResourceWithRawResponse:
    """Like `CourseTeachersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_course_teachers(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CourseTeacherPage]:
        """List course teachers

        Returns one page of course teachers of a course.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
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
            RawResponse[CourseTeacherPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_teachers._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CourseTeacherPage]",
            self._invoker.request_raw("list_course_teachers", request, _list_course_teachers._parse_response),
        )

    def create_course_teacher(
        self,
        course_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> RawResponse[CourseTeacher]:
        """Create a course teacher

        Creates a course teacher of a course and returns it.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_teacher._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            self._invoker.request_raw("create_course_teacher", request, _create_course_teacher._parse_response),
        )

    def get_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> RawResponse[CourseTeacher]:
        """Get a course teacher

        Returns one course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            self._invoker.request_raw("get_course_teacher", request, _get_course_teacher._parse_response),
        )

    def update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> RawResponse[CourseTeacher]:
        """Replace a course teacher

        Replaces every writable field of a course teacher (DRF `update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            self._invoker.request_raw("update_course_teacher", request, _update_course_teacher._parse_response),
        )

    def delete_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> RawResponse[Any]:
        """Delete a course teacher

        Deletes a course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return self._invoker.request_raw("delete_course_teacher", request, _delete_course_teacher._parse_response)

    def partial_update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: PatchedCourseTeacherRequest,
    ) -> RawResponse[CourseTeacher]:
        """Partially update a course teacher

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher permission changes for a partial update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            self._invoker.request_raw(
                "partial_update_course_teacher", request, _partial_update_course_teacher._parse_response
            ),
        )


class AsyncCourseTeachersResource:
    """Operations tagged `course_teachers`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCourseTeachersResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCourseTeachersResourceWithRawResponse(self._invoker)

    def list_course_teachers(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CourseTeacherPage, CourseTeacher]:
        """List course teachers

        Returns one page of course teachers of a course.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
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
            AsyncPager[CourseTeacherPage, CourseTeacher]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_teachers._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_course_teachers",
            request,
            _list_course_teachers._parse_response,
            _LIST_COURSE_TEACHERS_LISTING,
            max_items=max_items,
        )

    async def create_course_teacher(
        self,
        course_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> CourseTeacher:
        """Create a course teacher

        Creates a course teacher of a course and returns it.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_teacher._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "CourseTeacher",
            await self._invoker.request("create_course_teacher", request, _create_course_teacher._parse_response),
        )

    async def get_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> CourseTeacher:
        """Get a course teacher

        Returns one course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return cast(
            "CourseTeacher",
            await self._invoker.request("get_course_teacher", request, _get_course_teacher._parse_response),
        )

    async def update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> CourseTeacher:
        """Replace a course teacher

        Replaces every writable field of a course teacher (DRF `update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "CourseTeacher",
            await self._invoker.request("update_course_teacher", request, _update_course_teacher._parse_response),
        )

    async def delete_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> Any:
        """Delete a course teacher

        Deletes a course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return await self._invoker.request("delete_course_teacher", request, _delete_course_teacher._parse_response)

    async def partial_update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: PatchedCourseTeacherRequest,
    ) -> CourseTeacher:
        """Partially update a course teacher

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher permission changes for a partial update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            CourseTeacher: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "CourseTeacher",
            await self._invoker.request(
                "partial_update_course_teacher", request, _partial_update_course_teacher._parse_response
            ),
        )


class AsyncCourseTeachersResourceWithRawResponse:
    """Like `AsyncCourseTeachersResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_course_teachers(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CourseTeacherPage]:
        """List course teachers

        Returns one page of course teachers of a course.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
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
            RawResponse[CourseTeacherPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_teachers._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CourseTeacherPage]",
            await self._invoker.request_raw("list_course_teachers", request, _list_course_teachers._parse_response),
        )

    async def create_course_teacher(
        self,
        course_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> RawResponse[CourseTeacher]:
        """Create a course teacher

        Creates a course teacher of a course and returns it.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/teachers/`

        Args:
            course_id: Id of the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_teacher._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            await self._invoker.request_raw("create_course_teacher", request, _create_course_teacher._parse_response),
        )

    async def get_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> RawResponse[CourseTeacher]:
        """Get a course teacher

        Returns one course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            await self._invoker.request_raw("get_course_teacher", request, _get_course_teacher._parse_response),
        )

    async def update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: CourseTeacherRequest,
    ) -> RawResponse[CourseTeacher]:
        """Replace a course teacher

        Replaces every writable field of a course teacher (DRF `update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher assignment for create and full update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            await self._invoker.request_raw("update_course_teacher", request, _update_course_teacher._parse_response),
        )

    async def delete_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
    ) -> RawResponse[Any]:
        """Delete a course teacher

        Deletes a course teacher.

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
        )
        return await self._invoker.request_raw("delete_course_teacher", request, _delete_course_teacher._parse_response)

    async def partial_update_course_teacher(
        self,
        course_id: int,
        teacher_id: int,
        *,
        body: PatchedCourseTeacherRequest,
    ) -> RawResponse[CourseTeacher]:
        """Partially update a course teacher

        Changes only the fields sent (DRF `partial_update`).

        The body fields come from the n8n node's Course Teacher Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`

        Args:
            course_id: Id of the course.
            teacher_id: User id of the teacher attached to the course.
            body: Teacher permission changes for a partial update. Inferred from the n8n node's
                Course Teacher Update inputs; wire names proposed.

        Returns:
            RawResponse[CourseTeacher]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_teacher._get_kwargs(
            course_id=course_id,
            teacher_id=teacher_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseTeacher]",
            await self._invoker.request_raw(
                "partial_update_course_teacher", request, _partial_update_course_teacher._parse_response
            ),
        )


__all__ = [
    "AsyncCourseTeachersResource",
    "AsyncCourseTeachersResourceWithRawResponse",
    "CourseTeachersResource",
    "CourseTeachersResourceWithRawResponse",
]
