"""Typed operations tagged `email_campaigns`.

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
    from ...models.email_campaign import EmailCampaign
    from ...models.email_campaign_page import EmailCampaignPage
    from ...models.email_campaign_request import EmailCampaignRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_email_campaign_request import PatchedEmailCampaignRequest
    from . import create_email_campaign as _create_email_campaign
    from . import delete_email_campaign as _delete_email_campaign
    from . import get_email_campaign as _get_email_campaign
    from . import list_email_campaigns as _list_email_campaigns
    from . import partial_update_email_campaign as _partial_update_email_campaign
    from . import update_email_campaign as _update_email_campaign
else:
    _list_email_campaigns = LazyModule(__name__ + ".list_email_campaigns")
    _create_email_campaign = LazyModule(__name__ + ".create_email_campaign")
    _get_email_campaign = LazyModule(__name__ + ".get_email_campaign")
    _update_email_campaign = LazyModule(__name__ + ".update_email_campaign")
    _delete_email_campaign = LazyModule(__name__ + ".delete_email_campaign")
    _partial_update_email_campaign = LazyModule(__name__ + ".partial_update_email_campaign")

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
    def with_raw_response(self) -> EmailCampaignsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailCampaignsResourceWithRawResponse(self._invoker)

    def list_email_campaigns(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[EmailCampaignPage, EmailCampaign]:
        """List e-mail campaigns

        Returns one page of e-mail campaigns.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/`

        Args:
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
            Pager[EmailCampaignPage, EmailCampaign]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates an e-mail campaign and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/`

        Args:
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of an e-mail campaign (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes an e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Campaign fields for a partial update. Proposed: no node page exists for this
                resource; fields are guesses from the proposal.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailCampaignPage]:
        """List e-mail campaigns

        Returns one page of e-mail campaigns.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/`

        Args:
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
            RawResponse[EmailCampaignPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates an e-mail campaign and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/`

        Args:
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of an e-mail campaign (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes an e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Campaign fields for a partial update. Proposed: no node page exists for this
                resource; fields are guesses from the proposal.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
    def with_raw_response(self) -> AsyncEmailCampaignsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailCampaignsResourceWithRawResponse(self._invoker)

    def list_email_campaigns(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EmailCampaignPage, EmailCampaign]:
        """List e-mail campaigns

        Returns one page of e-mail campaigns.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/`

        Args:
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
            AsyncPager[EmailCampaignPage, EmailCampaign]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates an e-mail campaign and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/`

        Args:
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of an e-mail campaign (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes an e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Campaign fields for a partial update. Proposed: no node page exists for this
                resource; fields are guesses from the proposal.

        Returns:
            EmailCampaign: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailCampaignPage]:
        """List e-mail campaigns

        Returns one page of e-mail campaigns.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/`

        Args:
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
            RawResponse[EmailCampaignPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Creates an e-mail campaign and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-campaigns/`

        Args:
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Returns one e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Replaces every writable field of an e-mail campaign (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Writable campaign fields. Proposed: no node page exists for this resource;
                fields are guesses from the proposal.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Deletes an e-mail campaign.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-campaigns/{campaign_id}/`

        Args:
            campaign_id: Id of the e-mail campaign.
            body: Campaign fields for a partial update. Proposed: no node page exists for this
                resource; fields are guesses from the proposal.

        Returns:
            RawResponse[EmailCampaign]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
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
