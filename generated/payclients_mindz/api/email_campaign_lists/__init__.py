"""Typed operations tagged `email_campaign_lists`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_campaign_list import EmailCampaignList
from ...models.email_campaign_list_page import EmailCampaignListPage
from ...models.email_campaign_list_request import EmailCampaignListRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_campaign_list as _create_email_campaign_list
from . import delete_email_campaign_list as _delete_email_campaign_list
from . import list_email_campaign_lists as _list_email_campaign_lists

_LIST_EMAIL_CAMPAIGN_LISTS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaign_lists` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignListsResource:
    """Operations tagged `email_campaign_lists`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignListsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignListsResourceWithRawResponse(self._invoker)

    def list_email_campaign_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailCampaignListPage, EmailCampaignList]":
        """List the e-mail lists a campaign targets

        `GET /email-campaigns/{campaign_id}/lists/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_lists",
            request,
            _list_email_campaign_lists._parse_response,
            _LIST_EMAIL_CAMPAIGN_LISTS_LISTING,
            max_items=max_items,
        )

    def create_email_campaign_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignListRequest,
    ) -> EmailCampaignList:
        """Target an e-mail list with a campaign

        `POST /email-campaigns/{campaign_id}/lists/`
        """
        request = _create_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignList",
            self._invoker.request("create_email_campaign_list", request, _create_email_campaign_list._parse_response),
        )

    def delete_email_campaign_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> Any:
        """Stop targeting an e-mail list

        `DELETE /email-campaigns/{campaign_id}/lists/{email_list_id}/`
        """
        request = _delete_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return self._invoker.request("delete_email_campaign_list", request, _delete_email_campaign_list._parse_response)


class EmailCampaignListsResourceWithRawResponse:
    """Like `EmailCampaignListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaign_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignListPage]:
        """List the e-mail lists a campaign targets

        `GET /email-campaigns/{campaign_id}/lists/`
        """
        request = _list_email_campaign_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignListPage]",
            self._invoker.request_raw("list_email_campaign_lists", request, _list_email_campaign_lists._parse_response),
        )

    def create_email_campaign_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignListRequest,
    ) -> RawResponse[EmailCampaignList]:
        """Target an e-mail list with a campaign

        `POST /email-campaigns/{campaign_id}/lists/`
        """
        request = _create_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignList]",
            self._invoker.request_raw(
                "create_email_campaign_list", request, _create_email_campaign_list._parse_response
            ),
        )

    def delete_email_campaign_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Stop targeting an e-mail list

        `DELETE /email-campaigns/{campaign_id}/lists/{email_list_id}/`
        """
        request = _delete_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return self._invoker.request_raw(
            "delete_email_campaign_list", request, _delete_email_campaign_list._parse_response
        )


class AsyncEmailCampaignListsResource:
    """Operations tagged `email_campaign_lists`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignListsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignListsResourceWithRawResponse(self._invoker)

    def list_email_campaign_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailCampaignListPage, EmailCampaignList]":
        """List the e-mail lists a campaign targets

        `GET /email-campaigns/{campaign_id}/lists/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_lists",
            request,
            _list_email_campaign_lists._parse_response,
            _LIST_EMAIL_CAMPAIGN_LISTS_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignListRequest,
    ) -> EmailCampaignList:
        """Target an e-mail list with a campaign

        `POST /email-campaigns/{campaign_id}/lists/`
        """
        request = _create_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignList",
            await self._invoker.request(
                "create_email_campaign_list", request, _create_email_campaign_list._parse_response
            ),
        )

    async def delete_email_campaign_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> Any:
        """Stop targeting an e-mail list

        `DELETE /email-campaigns/{campaign_id}/lists/{email_list_id}/`
        """
        request = _delete_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return await self._invoker.request(
            "delete_email_campaign_list", request, _delete_email_campaign_list._parse_response
        )


class AsyncEmailCampaignListsResourceWithRawResponse:
    """Like `AsyncEmailCampaignListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaign_lists(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignListPage]:
        """List the e-mail lists a campaign targets

        `GET /email-campaigns/{campaign_id}/lists/`
        """
        request = _list_email_campaign_lists._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignListPage]",
            await self._invoker.request_raw(
                "list_email_campaign_lists", request, _list_email_campaign_lists._parse_response
            ),
        )

    async def create_email_campaign_list(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignListRequest,
    ) -> RawResponse[EmailCampaignList]:
        """Target an e-mail list with a campaign

        `POST /email-campaigns/{campaign_id}/lists/`
        """
        request = _create_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignList]",
            await self._invoker.request_raw(
                "create_email_campaign_list", request, _create_email_campaign_list._parse_response
            ),
        )

    async def delete_email_campaign_list(
        self,
        campaign_id: int,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Stop targeting an e-mail list

        `DELETE /email-campaigns/{campaign_id}/lists/{email_list_id}/`
        """
        request = _delete_email_campaign_list._get_kwargs(
            campaign_id=campaign_id,
            email_list_id=email_list_id,
        )
        return await self._invoker.request_raw(
            "delete_email_campaign_list", request, _delete_email_campaign_list._parse_response
        )


__all__ = [
    "AsyncEmailCampaignListsResource",
    "AsyncEmailCampaignListsResourceWithRawResponse",
    "EmailCampaignListsResource",
    "EmailCampaignListsResourceWithRawResponse",
]
