"""Typed operations tagged `email_campaign_lists`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type.
"""

from typing import Any, cast

from ...models.email_campaign_list import EmailCampaignList
from ...models.email_campaign_list_page import EmailCampaignListPage
from ...models.email_campaign_list_request import EmailCampaignListRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, Invoker, RawResponse, Unset
from . import create_email_campaign_list as _create_email_campaign_list
from . import delete_email_campaign_list as _delete_email_campaign_list
from . import list_email_campaign_lists as _list_email_campaign_lists


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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> EmailCampaignListPage:
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
            "EmailCampaignListPage",
            self._invoker.request("list_email_campaign_lists", request, _list_email_campaign_lists._parse_response),
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
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

    async def list_email_campaign_lists(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> EmailCampaignListPage:
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
            "EmailCampaignListPage",
            await self._invoker.request(
                "list_email_campaign_lists", request, _list_email_campaign_lists._parse_response
            ),
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
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
