"""Typed operations tagged `course_teachers`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.course_teacher import CourseTeacher
from ...models.course_teacher_page import CourseTeacherPage
from ...models.course_teacher_request import CourseTeacherRequest
from ...models.mindz_error import MindzError
from ...models.patched_course_teacher_request import PatchedCourseTeacherRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_course_teacher as _create_course_teacher
from . import delete_course_teacher as _delete_course_teacher
from . import get_course_teacher as _get_course_teacher
from . import list_course_teachers as _list_course_teachers
from . import partial_update_course_teacher as _partial_update_course_teacher
from . import update_course_teacher as _update_course_teacher

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
    def with_raw_response(self) -> "CourseTeachersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CourseTeachersResourceWithRawResponse(self._invoker)

    def list_course_teachers(
        self,
        course_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[CourseTeacherPage, CourseTeacher]":
        """List course teachers

        `GET /courses/{course_id}/teachers/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /courses/{course_id}/teachers/`
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

        `GET /courses/{course_id}/teachers/{teacher_id}/`
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

        `PUT /courses/{course_id}/teachers/{teacher_id}/`
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

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`
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

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[CourseTeacherPage]:
        """List course teachers

        `GET /courses/{course_id}/teachers/`
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

        `POST /courses/{course_id}/teachers/`
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

        `GET /courses/{course_id}/teachers/{teacher_id}/`
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

        `PUT /courses/{course_id}/teachers/{teacher_id}/`
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

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`
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

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`
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
    def with_raw_response(self) -> "AsyncCourseTeachersResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCourseTeachersResourceWithRawResponse(self._invoker)

    def list_course_teachers(
        self,
        course_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[CourseTeacherPage, CourseTeacher]":
        """List course teachers

        `GET /courses/{course_id}/teachers/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /courses/{course_id}/teachers/`
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

        `GET /courses/{course_id}/teachers/{teacher_id}/`
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

        `PUT /courses/{course_id}/teachers/{teacher_id}/`
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

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`
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

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[CourseTeacherPage]:
        """List course teachers

        `GET /courses/{course_id}/teachers/`
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

        `POST /courses/{course_id}/teachers/`
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

        `GET /courses/{course_id}/teachers/{teacher_id}/`
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

        `PUT /courses/{course_id}/teachers/{teacher_id}/`
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

        `DELETE /courses/{course_id}/teachers/{teacher_id}/`
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

        `PATCH /courses/{course_id}/teachers/{teacher_id}/`
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
