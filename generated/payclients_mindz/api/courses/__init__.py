"""Typed operations tagged `courses`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.course import Course
from ...models.course_page import CoursePage
from ...models.course_request import CourseRequest
from ...models.mindz_error import MindzError
from ...models.patched_course_request import PatchedCourseRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_course as _create_course
from . import delete_course as _delete_course
from . import get_course as _get_course
from . import list_courses as _list_courses
from . import partial_update_course as _partial_update_course
from . import update_course as _update_course

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
    def with_raw_response(self) -> "CoursesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CoursesResourceWithRawResponse(self._invoker)

    def list_courses(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[CoursePage, Course]":
        """List courses

        `GET /courses/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /courses/`
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

        `GET /courses/{course_id}/`
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

        `PUT /courses/{course_id}/`
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

        `DELETE /courses/{course_id}/`
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

        `PATCH /courses/{course_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[CoursePage]:
        """List courses

        `GET /courses/`
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

        `POST /courses/`
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

        `GET /courses/{course_id}/`
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

        `PUT /courses/{course_id}/`
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

        `DELETE /courses/{course_id}/`
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

        `PATCH /courses/{course_id}/`
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
    def with_raw_response(self) -> "AsyncCoursesResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCoursesResourceWithRawResponse(self._invoker)

    def list_courses(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[CoursePage, Course]":
        """List courses

        `GET /courses/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /courses/`
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

        `GET /courses/{course_id}/`
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

        `PUT /courses/{course_id}/`
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

        `DELETE /courses/{course_id}/`
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

        `PATCH /courses/{course_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[CoursePage]:
        """List courses

        `GET /courses/`
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

        `POST /courses/`
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

        `GET /courses/{course_id}/`
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

        `PUT /courses/{course_id}/`
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

        `DELETE /courses/{course_id}/`
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

        `PATCH /courses/{course_id}/`
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
