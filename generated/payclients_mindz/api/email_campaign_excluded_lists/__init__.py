"""Typed operations tagged `email_campaign_excluded_lists`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_campaign_excluded_list import EmailCampaignExcludedList
from ...models.email_campaign_excluded_list_page import EmailCampaignExcludedListPage
from ...models.email_campaign_excluded_list_request import EmailCampaignExcludedListRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_campaign_excluded_list as _create_email_campaign_excluded_list
from . import delete_email_campaign_excluded_list as _delete_email_campaign_excluded_list
from . import list_email_campaign_excluded_lists as _list_email_campaign_excluded_lists

_LIST_EMAIL_CAMPAIGN_EXCLUDED_LISTS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaign_excluded_lists` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignExcludedListsResource:
    """Operations tagged `email_campaign_excluded_lists`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignExcludedListsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignExcludedListsResourceWithRawResponse(self._invoker)

    def list_email_campaign_excluded_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailCampaignExcludedListPage, EmailCampaignExcludedList]":
        """List the e-mail lists a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-lists/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_excluded_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_excluded_lists",
            request,
            _list_email_campaign_excluded_lists._parse_response,
            _LIST_EMAIL_CAMPAIGN_EXCLUDED_LISTS_LISTING,
            max_items=max_items,
        )

    def create_email_campaign_excluded_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedListRequest,
    ) -> EmailCampaignExcludedList:
        """Exclude an e-mail list from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-lists/`
        """
        request = _create_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignExcludedList",
            self._invoker.request(
                "create_email_campaign_excluded_list", request, _create_email_campaign_excluded_list._parse_response
            ),
        )

    def delete_email_campaign_excluded_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> Any:
        """Stop excluding an e-mail list

        `DELETE /email-campaigns/{campaign_id}/excluded-lists/{email_list_id}/`
        """
        request = _delete_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return self._invoker.request(
            "delete_email_campaign_excluded_list", request, _delete_email_campaign_excluded_list._parse_response
        )


class EmailCampaignExcludedListsResourceWithRawResponse:
    """Like `EmailCampaignExcludedListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaign_excluded_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignExcludedListPage]:
        """List the e-mail lists a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-lists/`
        """
        request = _list_email_campaign_excluded_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedListPage]",
            self._invoker.request_raw(
                "list_email_campaign_excluded_lists", request, _list_email_campaign_excluded_lists._parse_response
            ),
        )

    def create_email_campaign_excluded_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedListRequest,
    ) -> RawResponse[EmailCampaignExcludedList]:
        """Exclude an e-mail list from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-lists/`
        """
        request = _create_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedList]",
            self._invoker.request_raw(
                "create_email_campaign_excluded_list", request, _create_email_campaign_excluded_list._parse_response
            ),
        )

    def delete_email_campaign_excluded_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Stop excluding an e-mail list

        `DELETE /email-campaigns/{campaign_id}/excluded-lists/{email_list_id}/`
        """
        request = _delete_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return self._invoker.request_raw(
            "delete_email_campaign_excluded_list", request, _delete_email_campaign_excluded_list._parse_response
        )


class AsyncEmailCampaignExcludedListsResource:
    """Operations tagged `email_campaign_excluded_lists`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignExcludedListsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignExcludedListsResourceWithRawResponse(self._invoker)

    def list_email_campaign_excluded_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailCampaignExcludedListPage, EmailCampaignExcludedList]":
        """List the e-mail lists a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-lists/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_excluded_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_excluded_lists",
            request,
            _list_email_campaign_excluded_lists._parse_response,
            _LIST_EMAIL_CAMPAIGN_EXCLUDED_LISTS_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign_excluded_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedListRequest,
    ) -> EmailCampaignExcludedList:
        """Exclude an e-mail list from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-lists/`
        """
        request = _create_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignExcludedList",
            await self._invoker.request(
                "create_email_campaign_excluded_list", request, _create_email_campaign_excluded_list._parse_response
            ),
        )

    async def delete_email_campaign_excluded_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> Any:
        """Stop excluding an e-mail list

        `DELETE /email-campaigns/{campaign_id}/excluded-lists/{email_list_id}/`
        """
        request = _delete_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return await self._invoker.request(
            "delete_email_campaign_excluded_list", request, _delete_email_campaign_excluded_list._parse_response
        )


class AsyncEmailCampaignExcludedListsResourceWithRawResponse:
    """Like `AsyncEmailCampaignExcludedListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaign_excluded_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignExcludedListPage]:
        """List the e-mail lists a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-lists/`
        """
        request = _list_email_campaign_excluded_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedListPage]",
            await self._invoker.request_raw(
                "list_email_campaign_excluded_lists", request, _list_email_campaign_excluded_lists._parse_response
            ),
        )

    async def create_email_campaign_excluded_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedListRequest,
    ) -> RawResponse[EmailCampaignExcludedList]:
        """Exclude an e-mail list from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-lists/`
        """
        request = _create_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedList]",
            await self._invoker.request_raw(
                "create_email_campaign_excluded_list", request, _create_email_campaign_excluded_list._parse_response
            ),
        )

    async def delete_email_campaign_excluded_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Stop excluding an e-mail list

        `DELETE /email-campaigns/{campaign_id}/excluded-lists/{email_list_id}/`
        """
        request = _delete_email_campaign_excluded_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return await self._invoker.request_raw(
            "delete_email_campaign_excluded_list", request, _delete_email_campaign_excluded_list._parse_response
        )


__all__ = [
    "AsyncEmailCampaignExcludedListsResource",
    "AsyncEmailCampaignExcludedListsResourceWithRawResponse",
    "EmailCampaignExcludedListsResource",
    "EmailCampaignExcludedListsResourceWithRawResponse",
]
