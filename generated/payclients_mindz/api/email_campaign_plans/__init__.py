"""Typed operations tagged `email_campaign_plans`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, LazyModule, Listing, Pager, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.email_campaign_plan import EmailCampaignPlan
    from ...models.email_campaign_plan_page import EmailCampaignPlanPage
    from ...models.email_campaign_plan_request import EmailCampaignPlanRequest
    from ...models.mindz_error import MindzError
    from . import create_email_campaign_plan as _create_email_campaign_plan
    from . import delete_email_campaign_plan as _delete_email_campaign_plan
    from . import list_email_campaign_plans as _list_email_campaign_plans
else:
    _list_email_campaign_plans = LazyModule(__name__ + ".list_email_campaign_plans")
    _create_email_campaign_plan = LazyModule(__name__ + ".create_email_campaign_plan")
    _delete_email_campaign_plan = LazyModule(__name__ + ".delete_email_campaign_plan")

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
    def with_raw_response(self) -> EmailCampaignPlansResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignPlansResourceWithRawResponse(self._invoker)

    def list_email_campaign_plans(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[EmailCampaignPlanPage, EmailCampaignPlan]:
        """List the plans a campaign targets

        Returns one page of link records, each a subscription plan targeted by a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[EmailCampaignPlanPage, EmailCampaignPlan]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a link record: a subscription plan targeted by a campaign (the proposal's "Add").
        Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a subscription plan targeted by a campaign (proposed).

        Returns:
            EmailCampaignPlan: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            subscription_id: Id of the subscription plan.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailCampaignPlanPage]:
        """List the plans a campaign targets

        Returns one page of link records, each a subscription plan targeted by a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[EmailCampaignPlanPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a link record: a subscription plan targeted by a campaign (the proposal's "Add").
        Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a subscription plan targeted by a campaign (proposed).

        Returns:
            RawResponse[EmailCampaignPlan]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            subscription_id: Id of the subscription plan.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncEmailCampaignPlansResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignPlansResourceWithRawResponse(self._invoker)

    def list_email_campaign_plans(
        self,
        campaign_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EmailCampaignPlanPage, EmailCampaignPlan]:
        """List the plans a campaign targets

        Returns one page of link records, each a subscription plan targeted by a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[EmailCampaignPlanPage, EmailCampaignPlan]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a link record: a subscription plan targeted by a campaign (the proposal's "Add").
        Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a subscription plan targeted by a campaign (proposed).

        Returns:
            EmailCampaignPlan: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            subscription_id: Id of the subscription plan.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailCampaignPlanPage]:
        """List the plans a campaign targets

        Returns one page of link records, each a subscription plan targeted by a campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            limit: Maximum number of results in the page (DRF limit/offset pagination). The n8n
                node requires at least 1 and uses 50 when the user does not choose.
            offset: Number of results to skip before the page starts; 0 is the first result.
            ordering: Field to sort by; prefix with `-` for descending order (DRF `OrderingFilter`
                style, proposed: the node exposes a Sort By field and a Sort Direction). Fields known
                from the node's sort options: emails: `created_at`, `id`, `email`, `updated_at`;
                MindzPay subscriptions: `id`, `created_at`, `customer_email`, `active`. For other
                resources the sortable fields are not known (`id` is a safe guess).
            search: Free-text filter applied by the server (DRF `SearchFilter` style); searched
                fields are not documented.

        Returns:
            RawResponse[EmailCampaignPlanPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates a link record: a subscription plan targeted by a campaign (the proposal's "Add").
        Returns
        the link.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/{campaign_id}/plans/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Body that adds a subscription plan targeted by a campaign (proposed).

        Returns:
            RawResponse[EmailCampaignPlan]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes the link record, addressed by the id of the linked object (the proposal's
        "Remove"). The
        linked object itself is not deleted.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/plans/{subscription_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            subscription_id: Id of the subscription plan.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
