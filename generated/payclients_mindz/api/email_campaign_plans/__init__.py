"""Typed operations tagged `email_campaign_plans`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_campaign_plan import EmailCampaignPlan
from ...models.email_campaign_plan_page import EmailCampaignPlanPage
from ...models.email_campaign_plan_request import EmailCampaignPlanRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_campaign_plan as _create_email_campaign_plan
from . import delete_email_campaign_plan as _delete_email_campaign_plan
from . import list_email_campaign_plans as _list_email_campaign_plans

_LIST_EMAIL_CAMPAIGN_PLANS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaign_plans` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignPlansResource:
    """Operations tagged `email_campaign_plans`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignPlansResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignPlansResourceWithRawResponse(self._invoker)

    def list_email_campaign_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailCampaignPlanPage, EmailCampaignPlan]":
        """List the plans a campaign targets

        `GET /email-campaigns/{campaign_id}/plans/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_plans",
            request,
            _list_email_campaign_plans._parse_response,
            _LIST_EMAIL_CAMPAIGN_PLANS_LISTING,
            max_items=max_items,
        )

    def create_email_campaign_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignPlanRequest,
    ) -> EmailCampaignPlan:
        """Target a plan's subscribers with a campaign

        `POST /email-campaigns/{campaign_id}/plans/`
        """
        request = _create_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignPlan",
            self._invoker.request("create_email_campaign_plan", request, _create_email_campaign_plan._parse_response),
        )

    def delete_email_campaign_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> Any:
        """Stop targeting a plan

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`
        """
        request = _delete_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return self._invoker.request("delete_email_campaign_plan", request, _delete_email_campaign_plan._parse_response)


class EmailCampaignPlansResourceWithRawResponse:
    """Like `EmailCampaignPlansResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaign_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignPlanPage]:
        """List the plans a campaign targets

        `GET /email-campaigns/{campaign_id}/plans/`
        """
        request = _list_email_campaign_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignPlanPage]",
            self._invoker.request_raw("list_email_campaign_plans", request, _list_email_campaign_plans._parse_response),
        )

    def create_email_campaign_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignPlanRequest,
    ) -> RawResponse[EmailCampaignPlan]:
        """Target a plan's subscribers with a campaign

        `POST /email-campaigns/{campaign_id}/plans/`
        """
        request = _create_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignPlan]",
            self._invoker.request_raw(
                "create_email_campaign_plan", request, _create_email_campaign_plan._parse_response
            ),
        )

    def delete_email_campaign_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> RawResponse[Any]:
        """Stop targeting a plan

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`
        """
        request = _delete_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return self._invoker.request_raw(
            "delete_email_campaign_plan", request, _delete_email_campaign_plan._parse_response
        )


class AsyncEmailCampaignPlansResource:
    """Operations tagged `email_campaign_plans`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignPlansResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignPlansResourceWithRawResponse(self._invoker)

    def list_email_campaign_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailCampaignPlanPage, EmailCampaignPlan]":
        """List the plans a campaign targets

        `GET /email-campaigns/{campaign_id}/plans/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_plans",
            request,
            _list_email_campaign_plans._parse_response,
            _LIST_EMAIL_CAMPAIGN_PLANS_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignPlanRequest,
    ) -> EmailCampaignPlan:
        """Target a plan's subscribers with a campaign

        `POST /email-campaigns/{campaign_id}/plans/`
        """
        request = _create_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignPlan",
            await self._invoker.request(
                "create_email_campaign_plan", request, _create_email_campaign_plan._parse_response
            ),
        )

    async def delete_email_campaign_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> Any:
        """Stop targeting a plan

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`
        """
        request = _delete_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return await self._invoker.request(
            "delete_email_campaign_plan", request, _delete_email_campaign_plan._parse_response
        )


class AsyncEmailCampaignPlansResourceWithRawResponse:
    """Like `AsyncEmailCampaignPlansResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaign_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignPlanPage]:
        """List the plans a campaign targets

        `GET /email-campaigns/{campaign_id}/plans/`
        """
        request = _list_email_campaign_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignPlanPage]",
            await self._invoker.request_raw(
                "list_email_campaign_plans", request, _list_email_campaign_plans._parse_response
            ),
        )

    async def create_email_campaign_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignPlanRequest,
    ) -> RawResponse[EmailCampaignPlan]:
        """Target a plan's subscribers with a campaign

        `POST /email-campaigns/{campaign_id}/plans/`
        """
        request = _create_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignPlan]",
            await self._invoker.request_raw(
                "create_email_campaign_plan", request, _create_email_campaign_plan._parse_response
            ),
        )

    async def delete_email_campaign_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> RawResponse[Any]:
        """Stop targeting a plan

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`
        """
        request = _delete_email_campaign_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return await self._invoker.request_raw(
            "delete_email_campaign_plan", request, _delete_email_campaign_plan._parse_response
        )


__all__ = [
    "AsyncEmailCampaignPlansResource",
    "AsyncEmailCampaignPlansResourceWithRawResponse",
    "EmailCampaignPlansResource",
    "EmailCampaignPlansResourceWithRawResponse",
]
