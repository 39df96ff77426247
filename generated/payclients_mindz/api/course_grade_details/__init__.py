"""Typed operations tagged `course_grade_details`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.course_grade_detail import CourseGradeDetail
from ...models.course_grade_detail_page import CourseGradeDetailPage
from ...models.course_grade_detail_request import CourseGradeDetailRequest
from ...models.mindz_error import MindzError
from ...models.patched_course_grade_detail_request import PatchedCourseGradeDetailRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_course_grade_detail as _create_course_grade_detail
from . import delete_course_grade_detail as _delete_course_grade_detail
from . import get_course_grade_detail as _get_course_grade_detail
from . import list_course_grade_details as _list_course_grade_details
from . import partial_update_course_grade_detail as _partial_update_course_grade_detail
from . import update_course_grade_detail as _update_course_grade_detail

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
    def with_raw_response(self) -> "CourseGradeDetailsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return CourseGradeDetailsResourceWithRawResponse(self._invoker)

    def list_course_grade_details(
        self,
        course_id: int,
        grade_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[CourseGradeDetailPage, CourseGradeDetail]":
        """List course grade details (module items)

        `GET /courses/{course_id}/grades/{grade_id}/details/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /courses/{course_id}/grades/{grade_id}/details/`
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

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[CourseGradeDetailPage]:
        """List course grade details (module items)

        `GET /courses/{course_id}/grades/{grade_id}/details/`
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

        `POST /courses/{course_id}/grades/{grade_id}/details/`
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

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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
    def with_raw_response(self) -> "AsyncCourseGradeDetailsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncCourseGradeDetailsResourceWithRawResponse(self._invoker)

    def list_course_grade_details(
        self,
        course_id: int,
        grade_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[CourseGradeDetailPage, CourseGradeDetail]":
        """List course grade details (module items)

        `GET /courses/{course_id}/grades/{grade_id}/details/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /courses/{course_id}/grades/{grade_id}/details/`
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

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[CourseGradeDetailPage]:
        """List course grade details (module items)

        `GET /courses/{course_id}/grades/{grade_id}/details/`
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

        `POST /courses/{course_id}/grades/{grade_id}/details/`
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

        `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PUT /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `DELETE /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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

        `PATCH /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`
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
