"""Typed operations tagged `course_grade_details`.

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
    from ...models.course_grade_detail import CourseGradeDetail
    from ...models.course_grade_detail_page import CourseGradeDetailPage
    from ...models.course_grade_detail_request import CourseGradeDetailRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_course_grade_detail_request import PatchedCourseGradeDetailRequest
    from . import create_course_grade_detail as _create_course_grade_detail
    from . import delete_course_grade_detail as _delete_course_grade_detail
    from . import get_course_grade_detail as _get_course_grade_detail
    from . import list_course_grade_details as _list_course_grade_details
    from . import partial_update_course_grade_detail as _partial_update_course_grade_detail
    from . import update_course_grade_detail as _update_course_grade_detail
else:
    _list_course_grade_details = LazyModule(__name__ + ".list_course_grade_details")
    _create_course_grade_detail = LazyModule(__name__ + ".create_course_grade_detail")
    _get_course_grade_detail = LazyModule(__name__ + ".get_course_grade_detail")
    _update_course_grade_detail = LazyModule(__name__ + ".update_course_grade_detail")
    _delete_course_grade_detail = LazyModule(__name__ + ".delete_course_grade_detail")
    _partial_update_course_grade_detail = LazyModule(__name__ + ".partial_update_course_grade_detail")

_LIST_COURSE_GRADE_DETAILS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_course_grade_details` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class CourseGradeDetailsResource:
    """Operations tagged `course_grade_details`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> CourseGradeDetailsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CourseGradeDetailsResourceWithRawResponse(self._invoker)

    def list_course_grade_details(
        self,
        course_id: int,
        grade_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[CourseGradeDetailPage, CourseGradeDetail]:
        """List course grade details (module items)

        Returns one page of course grade details (module items) of a course module.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
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
            Pager[CourseGradeDetailPage, CourseGradeDetail]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grade_details._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_course_grade_details",
            request,
            _list_course_grade_details._parse_response,
            _LIST_COURSE_GRADE_DETAILS_LISTING,
            max_items=max_items,
        )

    def create_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> CourseGradeDetail:
        """Create a course grade detail (module item)

        Creates a course grade detail (module item) of a course module and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "CourseGradeDetail",
            self._invoker.request("create_course_grade_detail", request, _create_course_grade_detail._parse_response),
        )

    def get_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> CourseGradeDetail:
        """Get a course grade detail (module item)

        Returns one course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return cast(
            "CourseGradeDetail",
            self._invoker.request("get_course_grade_detail", request, _get_course_grade_detail._parse_response),
        )

    def update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> CourseGradeDetail:
        """Replace a course grade detail (module item)

        Replaces every writable field of a course grade detail (module item) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "CourseGradeDetail",
            self._invoker.request("update_course_grade_detail", request, _update_course_grade_detail._parse_response),
        )

    def delete_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> Any:
        """Delete a course grade detail (module item)

        Deletes a course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return self._invoker.request("delete_course_grade_detail", request, _delete_course_grade_detail._parse_response)

    def partial_update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: PatchedCourseGradeDetailRequest,
    ) -> CourseGradeDetail:
        """Partially update a course grade detail (module item)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Course grade detail fields for a partial update. Proposed: no node page exists;
                read as a lesson / item inside a course grade (module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "CourseGradeDetail",
            self._invoker.request(
                "partial_update_course_grade_detail", request, _partial_update_course_grade_detail._parse_response
            ),
        )


class CourseGradeDetailsResourceWithRawResponse:
    """Like `CourseGradeDetailsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_course_grade_details(
        self,
        course_id: int,
        grade_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CourseGradeDetailPage]:
        """List course grade details (module items)

        Returns one page of course grade details (module items) of a course module.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
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
            RawResponse[CourseGradeDetailPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grade_details._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CourseGradeDetailPage]",
            self._invoker.request_raw("list_course_grade_details", request, _list_course_grade_details._parse_response),
        )

    def create_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> RawResponse[CourseGradeDetail]:
        """Create a course grade detail (module item)

        Creates a course grade detail (module item) of a course module and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            self._invoker.request_raw(
                "create_course_grade_detail", request, _create_course_grade_detail._parse_response
            ),
        )

    def get_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> RawResponse[CourseGradeDetail]:
        """Get a course grade detail (module item)

        Returns one course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            self._invoker.request_raw("get_course_grade_detail", request, _get_course_grade_detail._parse_response),
        )

    def update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> RawResponse[CourseGradeDetail]:
        """Replace a course grade detail (module item)

        Replaces every writable field of a course grade detail (module item) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            self._invoker.request_raw(
                "update_course_grade_detail", request, _update_course_grade_detail._parse_response
            ),
        )

    def delete_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> RawResponse[Any]:
        """Delete a course grade detail (module item)

        Deletes a course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return self._invoker.request_raw(
            "delete_course_grade_detail", request, _delete_course_grade_detail._parse_response
        )

    def partial_update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: PatchedCourseGradeDetailRequest,
    ) -> RawResponse[CourseGradeDetail]:
        """Partially update a course grade detail (module item)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Course grade detail fields for a partial update. Proposed: no node page exists;
                read as a lesson / item inside a course grade (module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            self._invoker.request_raw(
                "partial_update_course_grade_detail", request, _partial_update_course_grade_detail._parse_response
            ),
        )


class AsyncCourseGradeDetailsResource:
    """Operations tagged `course_grade_details`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncCourseGradeDetailsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCourseGradeDetailsResourceWithRawResponse(self._invoker)

    def list_course_grade_details(
        self,
        course_id: int,
        grade_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CourseGradeDetailPage, CourseGradeDetail]:
        """List course grade details (module items)

        Returns one page of course grade details (module items) of a course module.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
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
            AsyncPager[CourseGradeDetailPage, CourseGradeDetail]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grade_details._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_course_grade_details",
            request,
            _list_course_grade_details._parse_response,
            _LIST_COURSE_GRADE_DETAILS_LISTING,
            max_items=max_items,
        )

    async def create_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> CourseGradeDetail:
        """Create a course grade detail (module item)

        Creates a course grade detail (module item) of a course module and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "CourseGradeDetail",
            await self._invoker.request(
                "create_course_grade_detail", request, _create_course_grade_detail._parse_response
            ),
        )

    async def get_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> CourseGradeDetail:
        """Get a course grade detail (module item)

        Returns one course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return cast(
            "CourseGradeDetail",
            await self._invoker.request("get_course_grade_detail", request, _get_course_grade_detail._parse_response),
        )

    async def update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> CourseGradeDetail:
        """Replace a course grade detail (module item)

        Replaces every writable field of a course grade detail (module item) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "CourseGradeDetail",
            await self._invoker.request(
                "update_course_grade_detail", request, _update_course_grade_detail._parse_response
            ),
        )

    async def delete_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> Any:
        """Delete a course grade detail (module item)

        Deletes a course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return await self._invoker.request(
            "delete_course_grade_detail", request, _delete_course_grade_detail._parse_response
        )

    async def partial_update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: PatchedCourseGradeDetailRequest,
    ) -> CourseGradeDetail:
        """Partially update a course grade detail (module item)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Course grade detail fields for a partial update. Proposed: no node page exists;
                read as a lesson / item inside a course grade (module).

        Returns:
            CourseGradeDetail: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "CourseGradeDetail",
            await self._invoker.request(
                "partial_update_course_grade_detail", request, _partial_update_course_grade_detail._parse_response
            ),
        )


class AsyncCourseGradeDetailsResourceWithRawResponse:
    """Like `AsyncCourseGradeDetailsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_course_grade_details(
        self,
        course_id: int,
        grade_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[CourseGradeDetailPage]:
        """List course grade details (module items)

        Returns one page of course grade details (module items) of a course module.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
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
            RawResponse[CourseGradeDetailPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_course_grade_details._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[CourseGradeDetailPage]",
            await self._invoker.request_raw(
                "list_course_grade_details", request, _list_course_grade_details._parse_response
            ),
        )

    async def create_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> RawResponse[CourseGradeDetail]:
        """Create a course grade detail (module item)

        Creates a course grade detail (module item) of a course module and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /courses/{course_id}/grades/{grade_id}/details/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            await self._invoker.request_raw(
                "create_course_grade_detail", request, _create_course_grade_detail._parse_response
            ),
        )

    async def get_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> RawResponse[CourseGradeDetail]:
        """Get a course grade detail (module item)

        Returns one course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            await self._invoker.request_raw(
                "get_course_grade_detail", request, _get_course_grade_detail._parse_response
            ),
        )

    async def update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: CourseGradeDetailRequest,
    ) -> RawResponse[CourseGradeDetail]:
        """Replace a course grade detail (module item)

        Replaces every writable field of a course grade detail (module item) (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Writable course grade detail fields. Proposed: no node page exists; read as a
                lesson / item inside a course grade (module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            await self._invoker.request_raw(
                "update_course_grade_detail", request, _update_course_grade_detail._parse_response
            ),
        )

    async def delete_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
    ) -> RawResponse[Any]:
        """Delete a course grade detail (module item)

        Deletes a course grade detail (module item).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
        )
        return await self._invoker.request_raw(
            "delete_course_grade_detail", request, _delete_course_grade_detail._parse_response
        )

    async def partial_update_course_grade_detail(
        self,
        course_id: int,
        grade_id: int,
        detail_id: int,
        *,
        body: PatchedCourseGradeDetailRequest,
    ) -> RawResponse[CourseGradeDetail]:
        """Partially update a course grade detail (module item)

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`

        Args:
            course_id: Id of the course.
            grade_id: Id of the course grade (module / section of the course's curriculum).
            detail_id: Id of the course grade detail (an item inside a module).
            body: Course grade detail fields for a partial update. Proposed: no node page exists;
                read as a lesson / item inside a course grade (module).

        Returns:
            RawResponse[CourseGradeDetail]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_course_grade_detail._get_kwargs(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            body=body,
        )
        return cast(
            "RawResponse[CourseGradeDetail]",
            await self._invoker.request_raw(
                "partial_update_course_grade_detail", request, _partial_update_course_grade_detail._parse_response
            ),
        )


__all__ = [
    "AsyncCourseGradeDetailsResource",
    "AsyncCourseGradeDetailsResourceWithRawResponse",
    "CourseGradeDetailsResource",
    "CourseGradeDetailsResourceWithRawResponse",
]
