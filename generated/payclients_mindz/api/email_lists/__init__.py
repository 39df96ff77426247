"""Typed operations tagged `email_lists`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_list import EmailList
from ...models.email_list_page import EmailListPage
from ...models.email_list_request import EmailListRequest
from ...models.mindz_error import MindzError
from ...models.patched_email_list_request import PatchedEmailListRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_list as _create_email_list
from . import delete_email_list as _delete_email_list
from . import get_email_list as _get_email_list
from . import list_email_lists as _list_email_lists
from . import partial_update_email_list as _partial_update_email_list
from . import update_email_list as _update_email_list

_LIST_EMAIL_LISTS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_lists` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailListsResource:
    """Operations tagged `email_lists`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailListsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailListsResourceWithRawResponse(self._invoker)

    def list_email_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailListPage, EmailList]":
        """List e-mail lists

        `GET /email-lists/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_lists",
            request,
            _list_email_lists._parse_response,
            _LIST_EMAIL_LISTS_LISTING,
            max_items=max_items,
        )

    def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Create an e-mail list

        `POST /email-lists/`
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "EmailList", self._invoker.request("create_email_list", request, _create_email_list._parse_response)
        )

    def get_email_list(
        self,
        email_list_id: int,
    ) -> EmailList:
        """Get an e-mail list

        `GET /email-lists/{email_list_id}/`
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast("EmailList", self._invoker.request("get_email_list", request, _get_email_list._parse_response))

    def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Replace an e-mail list

        `PUT /email-lists/{email_list_id}/`
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList", self._invoker.request("update_email_list", request, _update_email_list._parse_response)
        )

    def delete_email_list(
        self,
        email_list_id: int,
    ) -> Any:
        """Delete an e-mail list

        `DELETE /email-lists/{email_list_id}/`
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return self._invoker.request("delete_email_list", request, _delete_email_list._parse_response)

    def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> EmailList:
        """Partially update an e-mail list

        `PATCH /email-lists/{email_list_id}/`
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList",
            self._invoker.request("partial_update_email_list", request, _partial_update_email_list._parse_response),
        )


class EmailListsResourceWithRawResponse:
    """Like `EmailListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailListPage]:
        """List e-mail lists

        `GET /email-lists/`
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailListPage]",
            self._invoker.request_raw("list_email_lists", request, _list_email_lists._parse_response),
        )

    def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Create an e-mail list

        `POST /email-lists/`
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("create_email_list", request, _create_email_list._parse_response),
        )

    def get_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[EmailList]:
        """Get an e-mail list

        `GET /email-lists/{email_list_id}/`
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("get_email_list", request, _get_email_list._parse_response),
        )

    def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Replace an e-mail list

        `PUT /email-lists/{email_list_id}/`
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("update_email_list", request, _update_email_list._parse_response),
        )

    def delete_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Delete an e-mail list

        `DELETE /email-lists/{email_list_id}/`
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return self._invoker.request_raw("delete_email_list", request, _delete_email_list._parse_response)

    def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> RawResponse[EmailList]:
        """Partially update an e-mail list

        `PATCH /email-lists/{email_list_id}/`
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("partial_update_email_list", request, _partial_update_email_list._parse_response),
        )


class AsyncEmailListsResource:
    """Operations tagged `email_lists`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailListsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailListsResourceWithRawResponse(self._invoker)

    def list_email_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailListPage, EmailList]":
        """List e-mail lists

        `GET /email-lists/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_lists",
            request,
            _list_email_lists._parse_response,
            _LIST_EMAIL_LISTS_LISTING,
            max_items=max_items,
        )

    async def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Create an e-mail list

        `POST /email-lists/`
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "EmailList", await self._invoker.request("create_email_list", request, _create_email_list._parse_response)
        )

    async def get_email_list(
        self,
        email_list_id: int,
    ) -> EmailList:
        """Get an e-mail list

        `GET /email-lists/{email_list_id}/`
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast(
            "EmailList", await self._invoker.request("get_email_list", request, _get_email_list._parse_response)
        )

    async def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Replace an e-mail list

        `PUT /email-lists/{email_list_id}/`
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList", await self._invoker.request("update_email_list", request, _update_email_list._parse_response)
        )

    async def delete_email_list(
        self,
        email_list_id: int,
    ) -> Any:
        """Delete an e-mail list

        `DELETE /email-lists/{email_list_id}/`
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return await self._invoker.request("delete_email_list", request, _delete_email_list._parse_response)

    async def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> EmailList:
        """Partially update an e-mail list

        `PATCH /email-lists/{email_list_id}/`
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList",
            await self._invoker.request(
                "partial_update_email_list", request, _partial_update_email_list._parse_response
            ),
        )


class AsyncEmailListsResourceWithRawResponse:
    """Like `AsyncEmailListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailListPage]:
        """List e-mail lists

        `GET /email-lists/`
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailListPage]",
            await self._invoker.request_raw("list_email_lists", request, _list_email_lists._parse_response),
        )

    async def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Create an e-mail list

        `POST /email-lists/`
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw("create_email_list", request, _create_email_list._parse_response),
        )

    async def get_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[EmailList]:
        """Get an e-mail list

        `GET /email-lists/{email_list_id}/`
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw("get_email_list", request, _get_email_list._parse_response),
        )

    async def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Replace an e-mail list

        `PUT /email-lists/{email_list_id}/`
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw("update_email_list", request, _update_email_list._parse_response),
        )

    async def delete_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Delete an e-mail list

        `DELETE /email-lists/{email_list_id}/`
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return await self._invoker.request_raw("delete_email_list", request, _delete_email_list._parse_response)

    async def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> RawResponse[EmailList]:
        """Partially update an e-mail list

        `PATCH /email-lists/{email_list_id}/`
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw(
                "partial_update_email_list", request, _partial_update_email_list._parse_response
            ),
        )


__all__ = [
    "AsyncEmailListsResource",
    "AsyncEmailListsResourceWithRawResponse",
    "EmailListsResource",
    "EmailListsResourceWithRawResponse",
]
