"""Typed operations tagged `email_campaigns`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_campaign import EmailCampaign
from ...models.email_campaign_page import EmailCampaignPage
from ...models.email_campaign_request import EmailCampaignRequest
from ...models.mindz_error import MindzError
from ...models.patched_email_campaign_request import PatchedEmailCampaignRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_campaign as _create_email_campaign
from . import delete_email_campaign as _delete_email_campaign
from . import get_email_campaign as _get_email_campaign
from . import list_email_campaigns as _list_email_campaigns
from . import partial_update_email_campaign as _partial_update_email_campaign
from . import update_email_campaign as _update_email_campaign

_LIST_EMAIL_CAMPAIGNS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaigns` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignsResource:
    """Operations tagged `email_campaigns`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignsResourceWithRawResponse(self._invoker)

    def list_email_campaigns(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailCampaignPage, EmailCampaign]":
        """List e-mail campaigns

        `GET /email-campaigns/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaigns._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaigns",
            request,
            _list_email_campaigns._parse_response,
            _LIST_EMAIL_CAMPAIGNS_LISTING,
            max_items=max_items,
        )

    def create_email_campaign(
        self,
        *,
        body: EmailCampaignRequest,
    ) -> EmailCampaign:
        """Create an e-mail campaign

        `POST /email-campaigns/`
        """
        request = _create_email_campaign._get_kwargs(
            body=body,
        )
        return cast(
            "EmailCampaign",
            self._invoker.request("create_email_campaign", request, _create_email_campaign._parse_response),
        )

    def get_email_campaign(
        self,
        campaign_id: int,
    ) -> EmailCampaign:
        """Get an e-mail campaign

        `GET /email-campaigns/{campaign_id}/`
        """
        request = _get_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast(
            "EmailCampaign", self._invoker.request("get_email_campaign", request, _get_email_campaign._parse_response)
        )

    def update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignRequest,
    ) -> EmailCampaign:
        """Replace an e-mail campaign

        `PUT /email-campaigns/{campaign_id}/`
        """
        request = _update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaign",
            self._invoker.request("update_email_campaign", request, _update_email_campaign._parse_response),
        )

    def delete_email_campaign(
        self,
        campaign_id: int,
    ) -> Any:
        """Delete an e-mail campaign

        `DELETE /email-campaigns/{campaign_id}/`
        """
        request = _delete_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return self._invoker.request("delete_email_campaign", request, _delete_email_campaign._parse_response)

    def partial_update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: PatchedEmailCampaignRequest,
    ) -> EmailCampaign:
        """Partially update an e-mail campaign

        `PATCH /email-campaigns/{campaign_id}/`
        """
        request = _partial_update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaign",
            self._invoker.request(
                "partial_update_email_campaign", request, _partial_update_email_campaign._parse_response
            ),
        )


class EmailCampaignsResourceWithRawResponse:
    """Like `EmailCampaignsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaigns(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignPage]:
        """List e-mail campaigns

        `GET /email-campaigns/`
        """
        request = _list_email_campaigns._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignPage]",
            self._invoker.request_raw("list_email_campaigns", request, _list_email_campaigns._parse_response),
        )

    def create_email_campaign(
        self,
        *,
        body: EmailCampaignRequest,
    ) -> RawResponse[EmailCampaign]:
        """Create an e-mail campaign

        `POST /email-campaigns/`
        """
        request = _create_email_campaign._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            self._invoker.request_raw("create_email_campaign", request, _create_email_campaign._parse_response),
        )

    def get_email_campaign(
        self,
        campaign_id: int,
    ) -> RawResponse[EmailCampaign]:
        """Get an e-mail campaign

        `GET /email-campaigns/{campaign_id}/`
        """
        request = _get_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            self._invoker.request_raw("get_email_campaign", request, _get_email_campaign._parse_response),
        )

    def update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignRequest,
    ) -> RawResponse[EmailCampaign]:
        """Replace an e-mail campaign

        `PUT /email-campaigns/{campaign_id}/`
        """
        request = _update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            self._invoker.request_raw("update_email_campaign", request, _update_email_campaign._parse_response),
        )

    def delete_email_campaign(
        self,
        campaign_id: int,
    ) -> RawResponse[Any]:
        """Delete an e-mail campaign

        `DELETE /email-campaigns/{campaign_id}/`
        """
        request = _delete_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return self._invoker.request_raw("delete_email_campaign", request, _delete_email_campaign._parse_response)

    def partial_update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: PatchedEmailCampaignRequest,
    ) -> RawResponse[EmailCampaign]:
        """Partially update an e-mail campaign

        `PATCH /email-campaigns/{campaign_id}/`
        """
        request = _partial_update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            self._invoker.request_raw(
                "partial_update_email_campaign", request, _partial_update_email_campaign._parse_response
            ),
        )


class AsyncEmailCampaignsResource:
    """Operations tagged `email_campaigns`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignsResourceWithRawResponse(self._invoker)

    def list_email_campaigns(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailCampaignPage, EmailCampaign]":
        """List e-mail campaigns

        `GET /email-campaigns/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaigns._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaigns",
            request,
            _list_email_campaigns._parse_response,
            _LIST_EMAIL_CAMPAIGNS_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign(
        self,
        *,
        body: EmailCampaignRequest,
    ) -> EmailCampaign:
        """Create an e-mail campaign

        `POST /email-campaigns/`
        """
        request = _create_email_campaign._get_kwargs(
            body=body,
        )
        return cast(
            "EmailCampaign",
            await self._invoker.request("create_email_campaign", request, _create_email_campaign._parse_response),
        )

    async def get_email_campaign(
        self,
        campaign_id: int,
    ) -> EmailCampaign:
        """Get an e-mail campaign

        `GET /email-campaigns/{campaign_id}/`
        """
        request = _get_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast(
            "EmailCampaign",
            await self._invoker.request("get_email_campaign", request, _get_email_campaign._parse_response),
        )

    async def update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignRequest,
    ) -> EmailCampaign:
        """Replace an e-mail campaign

        `PUT /email-campaigns/{campaign_id}/`
        """
        request = _update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaign",
            await self._invoker.request("update_email_campaign", request, _update_email_campaign._parse_response),
        )

    async def delete_email_campaign(
        self,
        campaign_id: int,
    ) -> Any:
        """Delete an e-mail campaign

        `DELETE /email-campaigns/{campaign_id}/`
        """
        request = _delete_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return await self._invoker.request("delete_email_campaign", request, _delete_email_campaign._parse_response)

    async def partial_update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: PatchedEmailCampaignRequest,
    ) -> EmailCampaign:
        """Partially update an e-mail campaign

        `PATCH /email-campaigns/{campaign_id}/`
        """
        request = _partial_update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaign",
            await self._invoker.request(
                "partial_update_email_campaign", request, _partial_update_email_campaign._parse_response
            ),
        )


class AsyncEmailCampaignsResourceWithRawResponse:
    """Like `AsyncEmailCampaignsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaigns(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignPage]:
        """List e-mail campaigns

        `GET /email-campaigns/`
        """
        request = _list_email_campaigns._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignPage]",
            await self._invoker.request_raw("list_email_campaigns", request, _list_email_campaigns._parse_response),
        )

    async def create_email_campaign(
        self,
        *,
        body: EmailCampaignRequest,
    ) -> RawResponse[EmailCampaign]:
        """Create an e-mail campaign

        `POST /email-campaigns/`
        """
        request = _create_email_campaign._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            await self._invoker.request_raw("create_email_campaign", request, _create_email_campaign._parse_response),
        )

    async def get_email_campaign(
        self,
        campaign_id: int,
    ) -> RawResponse[EmailCampaign]:
        """Get an e-mail campaign

        `GET /email-campaigns/{campaign_id}/`
        """
        request = _get_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            await self._invoker.request_raw("get_email_campaign", request, _get_email_campaign._parse_response),
        )

    async def update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignRequest,
    ) -> RawResponse[EmailCampaign]:
        """Replace an e-mail campaign

        `PUT /email-campaigns/{campaign_id}/`
        """
        request = _update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            await self._invoker.request_raw("update_email_campaign", request, _update_email_campaign._parse_response),
        )

    async def delete_email_campaign(
        self,
        campaign_id: int,
    ) -> RawResponse[Any]:
        """Delete an e-mail campaign

        `DELETE /email-campaigns/{campaign_id}/`
        """
        request = _delete_email_campaign._get_kwargs(
            campaign_id=campaign_id,
        )
        return await self._invoker.request_raw("delete_email_campaign", request, _delete_email_campaign._parse_response)

    async def partial_update_email_campaign(
        self,
        campaign_id: int,
        *,
        body: PatchedEmailCampaignRequest,
    ) -> RawResponse[EmailCampaign]:
        """Partially update an e-mail campaign

        `PATCH /email-campaigns/{campaign_id}/`
        """
        request = _partial_update_email_campaign._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaign]",
            await self._invoker.request_raw(
                "partial_update_email_campaign", request, _partial_update_email_campaign._parse_response
            ),
        )


__all__ = [
    "AsyncEmailCampaignsResource",
    "AsyncEmailCampaignsResourceWithRawResponse",
    "EmailCampaignsResource",
    "EmailCampaignsResourceWithRawResponse",
]
