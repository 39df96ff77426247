"""Typed operations tagged `email_campaign_excluded_plans`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email_campaign_excluded_plan import EmailCampaignExcludedPlan
from ...models.email_campaign_excluded_plan_page import EmailCampaignExcludedPlanPage
from ...models.email_campaign_excluded_plan_request import EmailCampaignExcludedPlanRequest
from ...models.mindz_error import MindzError
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email_campaign_excluded_plan as _create_email_campaign_excluded_plan
from . import delete_email_campaign_excluded_plan as _delete_email_campaign_excluded_plan
from . import list_email_campaign_excluded_plans as _list_email_campaign_excluded_plans

_LIST_EMAIL_CAMPAIGN_EXCLUDED_PLANS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_campaign_excluded_plans` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailCampaignExcludedPlansResource:
    """Operations tagged `email_campaign_excluded_plans`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "EmailCampaignExcludedPlansResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignExcludedPlansResourceWithRawResponse(self._invoker)

    def list_email_campaign_excluded_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailCampaignExcludedPlanPage, EmailCampaignExcludedPlan]":
        """List the plans a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-plans/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_excluded_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_excluded_plans",
            request,
            _list_email_campaign_excluded_plans._parse_response,
            _LIST_EMAIL_CAMPAIGN_EXCLUDED_PLANS_LISTING,
            max_items=max_items,
        )

    def create_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedPlanRequest,
    ) -> EmailCampaignExcludedPlan:
        """Exclude a plan's subscribers from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-plans/`
        """
        request = _create_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignExcludedPlan",
            self._invoker.request(
                "create_email_campaign_excluded_plan", request, _create_email_campaign_excluded_plan._parse_response
            ),
        )

    def delete_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> Any:
        """Stop excluding a plan

        `DELETE /email-campaigns/{campaign_id}/excluded-plans/{subscription_id}/`
        """
        request = _delete_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return self._invoker.request(
            "delete_email_campaign_excluded_plan", request, _delete_email_campaign_excluded_plan._parse_response
        )


class EmailCampaignExcludedPlansResourceWithRawResponse:
    """Like `EmailCampaignExcludedPlansResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_campaign_excluded_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignExcludedPlanPage]:
        """List the plans a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-plans/`
        """
        request = _list_email_campaign_excluded_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedPlanPage]",
            self._invoker.request_raw(
                "list_email_campaign_excluded_plans", request, _list_email_campaign_excluded_plans._parse_response
            ),
        )

    def create_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedPlanRequest,
    ) -> RawResponse[EmailCampaignExcludedPlan]:
        """Exclude a plan's subscribers from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-plans/`
        """
        request = _create_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedPlan]",
            self._invoker.request_raw(
                "create_email_campaign_excluded_plan", request, _create_email_campaign_excluded_plan._parse_response
            ),
        )

    def delete_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> RawResponse[Any]:
        """Stop excluding a plan

        `DELETE /email-campaigns/{campaign_id}/excluded-plans/{subscription_id}/`
        """
        request = _delete_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return self._invoker.request_raw(
            "delete_email_campaign_excluded_plan", request, _delete_email_campaign_excluded_plan._parse_response
        )


class AsyncEmailCampaignExcludedPlansResource:
    """Operations tagged `email_campaign_excluded_plans`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> "AsyncEmailCampaignExcludedPlansResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignExcludedPlansResourceWithRawResponse(self._invoker)

    def list_email_campaign_excluded_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailCampaignExcludedPlanPage, EmailCampaignExcludedPlan]":
        """List the plans a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-plans/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
        """
        request = _list_email_campaign_excluded_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_campaign_excluded_plans",
            request,
            _list_email_campaign_excluded_plans._parse_response,
            _LIST_EMAIL_CAMPAIGN_EXCLUDED_PLANS_LISTING,
            max_items=max_items,
        )

    async def create_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedPlanRequest,
    ) -> EmailCampaignExcludedPlan:
        """Exclude a plan's subscribers from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-plans/`
        """
        request = _create_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "EmailCampaignExcludedPlan",
            await self._invoker.request(
                "create_email_campaign_excluded_plan", request, _create_email_campaign_excluded_plan._parse_response
            ),
        )

    async def delete_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> Any:
        """Stop excluding a plan

        `DELETE /email-campaigns/{campaign_id}/excluded-plans/{subscription_id}/`
        """
        request = _delete_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return await self._invoker.request(
            "delete_email_campaign_excluded_plan", request, _delete_email_campaign_excluded_plan._parse_response
        )


class AsyncEmailCampaignExcludedPlansResourceWithRawResponse:
    """Like `AsyncEmailCampaignExcludedPlansResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_campaign_excluded_plans(
        self,
        campaign_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailCampaignExcludedPlanPage]:
        """List the plans a campaign excludes

        `GET /email-campaigns/{campaign_id}/excluded-plans/`
        """
        request = _list_email_campaign_excluded_plans._get_kwargs(
            campaign_id=campaign_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedPlanPage]",
            await self._invoker.request_raw(
                "list_email_campaign_excluded_plans", request, _list_email_campaign_excluded_plans._parse_response
            ),
        )

    async def create_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        *,
        body: EmailCampaignExcludedPlanRequest,
    ) -> RawResponse[EmailCampaignExcludedPlan]:
        """Exclude a plan's subscribers from a campaign

        `POST /email-campaigns/{campaign_id}/excluded-plans/`
        """
        request = _create_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailCampaignExcludedPlan]",
            await self._invoker.request_raw(
                "create_email_campaign_excluded_plan", request, _create_email_campaign_excluded_plan._parse_response
            ),
        )

    async def delete_email_campaign_excluded_plan(
        self,
        campaign_id: int,
        subscription_id: int,
    ) -> RawResponse[Any]:
        """Stop excluding a plan

        `DELETE /email-campaigns/{campaign_id}/excluded-plans/{subscription_id}/`
        """
        request = _delete_email_campaign_excluded_plan._get_kwargs(
            campaign_id=campaign_id,
            subscription_id=subscription_id,
        )
        return await self._invoker.request_raw(
            "delete_email_campaign_excluded_plan", request, _delete_email_campaign_excluded_plan._parse_response
        )


__all__ = [
    "AsyncEmailCampaignExcludedPlansResource",
    "AsyncEmailCampaignExcludedPlansResourceWithRawResponse",
    "EmailCampaignExcludedPlansResource",
    "EmailCampaignExcludedPlansResourceWithRawResponse",
]
