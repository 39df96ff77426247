"""Typed operations tagged `course_grades`.

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
    from ...models.course_grade import CourseGrade
    from ...models.course_grade_page import CourseGradePage
    from ...models.course_grade_request import CourseGradeRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_course_grade_request import PatchedCourseGradeRequest
    from . import create_course_grade as _create_course_grade
    from . import delete_course_grade as _delete_course_grade
    from . import get_course_grade as _get_course_grade
    from . import list_course_grades as _list_course_grades
    from . import partial_update_course_grade as _partial_update_course_grade
    from . import update_course_grade as _update_course_grade
else:
    _list_course_grades = LazyModule(__name__ + ".list_course_grades")
    _create_course_grade = LazyModule(__name__ + ".create_course_grade")
    _get_course_grade = LazyModule(__name__ + ".get_course_grade")
    _update_course_grade = LazyModule(__name__ + ".update_course_grade")
    _delete_course_grade = LazyModule(__name__ + ".delete_course_grade")
    _partial_update_course_grade = LazyModule(__name__ + ".partial_update_course_grade")

_LIST_COURSE_GRADES_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_course_grades` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class CourseGradesResource:
    """Operations tagged `course_grades`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CourseGradesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CourseGradesResourceWithRawResponse(self._invoker)

    def list_course_grades(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CourseGradePage, CourseGrade]:
        """List course grades (modules)

        Returns one page of course grades (modules) of a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/`

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
            Pager[CourseGradePage, CourseGrade]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grades._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_course_grades",
            request,
            _list_course_grades._parse_response,
            _LIST_COURSE_GRADES_LISTING,
            max_items=max_items,
        )

    def create_course_grade(
        self,
        course_id: int,
        *,
        body: CourseGradeRequest,
    ) -> CourseGrade:
        """Create a course grade (module)

        Creates a course grade (module) of a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/`

        Args:
            course_id: Id of the course.
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "CourseGrade", self._invoker.request("create_course_grade", request, _create_course_grade._parse_response)
        )

    def get_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> CourseGrade:
        """Get a course grade (module)

        Returns one course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return cast(
            "CourseGrade", self._invoker.request("get_course_grade", request, _get_course_grade._parse_response)
        )

    def update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeRequest,
    ) -> CourseGrade:
        """Replace a course grade (module)

        Replaces every writable field of a course grade (module) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "CourseGrade", self._invoker.request("update_course_grade", request, _update_course_grade._parse_response)
        )

    def delete_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> Any:
        """Delete a course grade (module)

        Deletes a course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return self._invoker.request("delete_course_grade", request, _delete_course_grade._parse_response)

    def partial_update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: PatchedCourseGradeRequest,
    ) -> CourseGrade:
        """Partially update a course grade (module)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Course grade fields for a partial update. Proposed: no node page exists. "Grade"
                is read as the pt-BR *grade curricular* (curriculum), so a grade is a module / section
                of a course.

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "CourseGrade",
            self._invoker.request("partial_update_course_grade", request, _partial_update_course_grade._parse_response),
        )


class CourseGradesResourceWithRawResponse:
    """Like `CourseGradesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_course_grades(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CourseGradePage]:
        """List course grades (modules)

        Returns one page of course grades (modules) of a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/`

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
            RawResponse[CourseGradePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grades._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CourseGradePage]",
            self._invoker.request_raw("list_course_grades", request, _list_course_grades._parse_response),
        )

    def create_course_grade(
        self,
        course_id: int,
        *,
        body: CourseGradeRequest,
    ) -> RawResponse[CourseGrade]:
        """Create a course grade (module)

        Creates a course grade (module) of a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/`

        Args:
            course_id: Id of the course.
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGrade]",
            self._invoker.request_raw("create_course_grade", request, _create_course_grade._parse_response),
        )

    def get_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> RawResponse[CourseGrade]:
        """Get a course grade (module)

        Returns one course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return cast(
            "RawResponse[CourseGrade]",
            self._invoker.request_raw("get_course_grade", request, _get_course_grade._parse_response),
        )

    def update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeRequest,
    ) -> RawResponse[CourseGrade]:
        """Replace a course grade (module)

        Replaces every writable field of a course grade (module) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGrade]",
            self._invoker.request_raw("update_course_grade", request, _update_course_grade._parse_response),
        )

    def delete_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> RawResponse[Any]:
        """Delete a course grade (module)

        Deletes a course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return self._invoker.request_raw("delete_course_grade", request, _delete_course_grade._parse_response)

    def partial_update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: PatchedCourseGradeRequest,
    ) -> RawResponse[CourseGrade]:
        """Partially update a course grade (module)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Course grade fields for a partial update. Proposed: no node page exists. "Grade"
                is read as the pt-BR *grade curricular* (curriculum), so a grade is a module / section
                of a course.

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGrade]",
            self._invoker.request_raw(
                "partial_update_course_grade", request, _partial_update_course_grade._parse_response
            ),
        )


class AsyncCourseGradesResource:
    """Operations tagged `course_grades`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCourseGradesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCourseGradesResourceWithRawResponse(self._invoker)

    def list_course_grades(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CourseGradePage, CourseGrade]:
        """List course grades (modules)

        Returns one page of course grades (modules) of a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/`

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
            AsyncPager[CourseGradePage, CourseGrade]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grades._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_course_grades",
            request,
            _list_course_grades._parse_response,
            _LIST_COURSE_GRADES_LISTING,
            max_items=max_items,
        )

    async def create_course_grade(
        self,
        course_id: int,
        *,
        body: CourseGradeRequest,
    ) -> CourseGrade:
        """Create a course grade (module)

        Creates a course grade (module) of a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/`

        Args:
            course_id: Id of the course.
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "CourseGrade",
            await self._invoker.request("create_course_grade", request, _create_course_grade._parse_response),
        )

    async def get_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> CourseGrade:
        """Get a course grade (module)

        Returns one course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return cast(
            "CourseGrade", await self._invoker.request("get_course_grade", request, _get_course_grade._parse_response)
        )

    async def update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeRequest,
    ) -> CourseGrade:
        """Replace a course grade (module)

        Replaces every writable field of a course grade (module) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "CourseGrade",
            await self._invoker.request("update_course_grade", request, _update_course_grade._parse_response),
        )

    async def delete_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> Any:
        """Delete a course grade (module)

        Deletes a course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return await self._invoker.request("delete_course_grade", request, _delete_course_grade._parse_response)

    async def partial_update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: PatchedCourseGradeRequest,
    ) -> CourseGrade:
        """Partially update a course grade (module)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Course grade fields for a partial update. Proposed: no node page exists. "Grade"
                is read as the pt-BR *grade curricular* (curriculum), so a grade is a module / section
                of a course.

        Returns:
            CourseGrade: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "CourseGrade",
            await self._invoker.request(
                "partial_update_course_grade", request, _partial_update_course_grade._parse_response
            ),
        )


class AsyncCourseGradesResourceWithRawResponse:
    """Like `AsyncCourseGradesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_course_grades(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CourseGradePage]:
        """List course grades (modules)

        Returns one page of course grades (modules) of a course.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/`

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
            RawResponse[CourseGradePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grades._get_kwargs(
            course_id=course_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CourseGradePage]",
            await self._invoker.request_raw("list_course_grades", request, _list_course_grades._parse_response),
        )

    async def create_course_grade(
        self,
        course_id: int,
        *,
        body: CourseGradeRequest,
    ) -> RawResponse[CourseGrade]:
        """Create a course grade (module)

        Creates a course grade (module) of a course and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/`

        Args:
            course_id: Id of the course.
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade._get_kwargs(
            course_id=course_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGrade]",
            await self._invoker.request_raw("create_course_grade", request, _create_course_grade._parse_response),
        )

    async def get_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> RawResponse[CourseGrade]:
        """Get a course grade (module)

        Returns one course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return cast(
            "RawResponse[CourseGrade]",
            await self._invoker.request_raw("get_course_grade", request, _get_course_grade._parse_response),
        )

    async def update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeRequest,
    ) -> RawResponse[CourseGrade]:
        """Replace a course grade (module)

        Replaces every writable field of a course grade (module) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade fields. Proposed: no node page exists. "Grade" is read as
                the pt-BR *grade curricular* (curriculum), so a grade is a module / section of a
                course.

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGrade]",
            await self._invoker.request_raw("update_course_grade", request, _update_course_grade._parse_response),
        )

    async def delete_course_grade(
        self,
        course_id: int,
        grade_id: int,
    ) -> RawResponse[Any]:
        """Delete a course grade (module)

        Deletes a course grade (module).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
        )
        return await self._invoker.request_raw("delete_course_grade", request, _delete_course_grade._parse_response)

    async def partial_update_course_grade(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: PatchedCourseGradeRequest,
    ) -> RawResponse[CourseGrade]:
        """Partially update a course grade (module)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Course grade fields for a partial update. Proposed: no node page exists. "Grade"
                is read as the pt-BR *grade curricular* (curriculum), so a grade is a module / section
                of a course.

        Returns:
            RawResponse[CourseGrade]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGrade]",
            await self._invoker.request_raw(
                "partial_update_course_grade", request, _partial_update_course_grade._parse_response
            ),
        )


__all__ = [
    "AsyncCourseGradesResource",
    "AsyncCourseGradesResourceWithRawResponse",
    "CourseGradesResource",
    "CourseGradesResourceWithRawResponse",
]
