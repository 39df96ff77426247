"""Typed operations tagged `enrolls`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.enroll import Enroll
from ...models.enroll_page import EnrollPage
from ...models.enroll_request import EnrollRequest
from ...models.mindz_error import MindzError
from ...models.patched_enroll_request import PatchedEnrollRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_enroll as _create_enroll
from . import delete_enroll as _delete_enroll
from . import get_enroll as _get_enroll
from . import list_enrolls as _list_enrolls
from . import partial_update_enroll as _partial_update_enroll
from . import update_enroll as _update_enroll

_LIST_ENROLLS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_enrolls` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EnrollsResource:
    """Operations tagged `enrolls`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EnrollsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EnrollsResourceWithRawResponse(self._invoker)

    def list_enrolls(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EnrollPage, Enroll]":
        """List enrollments

        `GET /enrolls/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_enrolls", request, _list_enrolls._parse_response, _LIST_ENROLLS_LISTING, max_items=max_items
        )

    def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Create an enrollment

        `POST /enrolls/`
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast("Enroll", self._invoker.request("create_enroll", request, _create_enroll._parse_response))

    def get_enroll(
        self,
        enroll_id: int,
    ) -> Enroll:
        """Get an enrollment

        `GET /enrolls/{enroll_id}/`
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast("Enroll", self._invoker.request("get_enroll", request, _get_enroll._parse_response))

    def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Replace an enrollment

        `PUT /enrolls/{enroll_id}/`
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast("Enroll", self._invoker.request("update_enroll", request, _update_enroll._parse_response))

    def delete_enroll(
        self,
        enroll_id: int,
    ) -> Any:
        """Delete an enrollment

        `DELETE /enrolls/{enroll_id}/`
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return self._invoker.request("delete_enroll", request, _delete_enroll._parse_response)

    def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> Enroll:
        """Partially update an enrollment

        `PATCH /enrolls/{enroll_id}/`
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "Enroll", self._invoker.request("partial_update_enroll", request, _partial_update_enroll._parse_response)
        )


class EnrollsResourceWithRawResponse:
    """Like `EnrollsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_enrolls(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EnrollPage]:
        """List enrollments

        `GET /enrolls/`
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EnrollPage]", self._invoker.request_raw("list_enrolls", request, _list_enrolls._parse_response)
        )

    def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Create an enrollment

        `POST /enrolls/`
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Enroll]", self._invoker.request_raw("create_enroll", request, _create_enroll._parse_response)
        )

    def get_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Enroll]:
        """Get an enrollment

        `GET /enrolls/{enroll_id}/`
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast(
            "RawResponse[Enroll]", self._invoker.request_raw("get_enroll", request, _get_enroll._parse_response)
        )

    def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Replace an enrollment

        `PUT /enrolls/{enroll_id}/`
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]", self._invoker.request_raw("update_enroll", request, _update_enroll._parse_response)
        )

    def delete_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Any]:
        """Delete an enrollment

        `DELETE /enrolls/{enroll_id}/`
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return self._invoker.request_raw("delete_enroll", request, _delete_enroll._parse_response)

    def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> RawResponse[Enroll]:
        """Partially update an enrollment

        `PATCH /enrolls/{enroll_id}/`
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            self._invoker.request_raw("partial_update_enroll", request, _partial_update_enroll._parse_response),
        )


class AsyncEnrollsResource:
    """Operations tagged `enrolls`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEnrollsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEnrollsResourceWithRawResponse(self._invoker)

    def list_enrolls(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EnrollPage, Enroll]":
        """List enrollments

        `GET /enrolls/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_enrolls", request, _list_enrolls._parse_response, _LIST_ENROLLS_LISTING, max_items=max_items
        )

    async def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Create an enrollment

        `POST /enrolls/`
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast("Enroll", await self._invoker.request("create_enroll", request, _create_enroll._parse_response))

    async def get_enroll(
        self,
        enroll_id: int,
    ) -> Enroll:
        """Get an enrollment

        `GET /enrolls/{enroll_id}/`
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast("Enroll", await self._invoker.request("get_enroll", request, _get_enroll._parse_response))

    async def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Replace an enrollment

        `PUT /enrolls/{enroll_id}/`
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast("Enroll", await self._invoker.request("update_enroll", request, _update_enroll._parse_response))

    async def delete_enroll(
        self,
        enroll_id: int,
    ) -> Any:
        """Delete an enrollment

        `DELETE /enrolls/{enroll_id}/`
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return await self._invoker.request("delete_enroll", request, _delete_enroll._parse_response)

    async def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> Enroll:
        """Partially update an enrollment

        `PATCH /enrolls/{enroll_id}/`
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "Enroll",
            await self._invoker.request("partial_update_enroll", request, _partial_update_enroll._parse_response),
        )


class AsyncEnrollsResourceWithRawResponse:
    """Like `AsyncEnrollsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_enrolls(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EnrollPage]:
        """List enrollments

        `GET /enrolls/`
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EnrollPage]",
            await self._invoker.request_raw("list_enrolls", request, _list_enrolls._parse_response),
        )

    async def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Create an enrollment

        `POST /enrolls/`
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            await self._invoker.request_raw("create_enroll", request, _create_enroll._parse_response),
        )

    async def get_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Enroll]:
        """Get an enrollment

        `GET /enrolls/{enroll_id}/`
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast(
            "RawResponse[Enroll]", await self._invoker.request_raw("get_enroll", request, _get_enroll._parse_response)
        )

    async def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Replace an enrollment

        `PUT /enrolls/{enroll_id}/`
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            await self._invoker.request_raw("update_enroll", request, _update_enroll._parse_response),
        )

    async def delete_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Any]:
        """Delete an enrollment

        `DELETE /enrolls/{enroll_id}/`
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return await self._invoker.request_raw("delete_enroll", request, _delete_enroll._parse_response)

    async def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> RawResponse[Enroll]:
        """Partially update an enrollment

        `PATCH /enrolls/{enroll_id}/`
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            await self._invoker.request_raw("partial_update_enroll", request, _partial_update_enroll._parse_response),
        )


__all__ = [
    "AsyncEnrollsResource",
    "AsyncEnrollsResourceWithRawResponse",
    "EnrollsResource",
    "EnrollsResourceWithRawResponse",
]
