"""Typed operations tagged `pricing_plan_groups`.

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
    from ...models.api_error import ApiError
    from ...models.create_pricing_plan_group_request import CreatePricingPlanGroupRequest
    from ...models.order_direction import OrderDirection
    from ...models.pricing_plan_group import PricingPlanGroup
    from ...models.pricing_plan_group_page import PricingPlanGroupPage
    from ...models.update_pricing_plan_group_request import UpdatePricingPlanGroupRequest
    from . import create_pricing_plan_group as _create_pricing_plan_group
    from . import delete_pricing_plan_group as _delete_pricing_plan_group
    from . import get_pricing_plan_group as _get_pricing_plan_group
    from . import list_pricing_plan_groups as _list_pricing_plan_groups
    from . import update_pricing_plan_group as _update_pricing_plan_group
    from . import update_pricing_plan_group_activate as _update_pricing_plan_group_activate
    from . import update_pricing_plan_group_archive as _update_pricing_plan_group_archive
    from . import update_pricing_plan_group_deprecate as _update_pricing_plan_group_deprecate
else:
    _list_pricing_plan_groups = LazyModule(__name__ + ".list_pricing_plan_groups")
    _create_pricing_plan_group = LazyModule(__name__ + ".create_pricing_plan_group")
    _get_pricing_plan_group = LazyModule(__name__ + ".get_pricing_plan_group")
    _delete_pricing_plan_group = LazyModule(__name__ + ".delete_pricing_plan_group")
    _update_pricing_plan_group = LazyModule(__name__ + ".update_pricing_plan_group")
    _update_pricing_plan_group_activate = LazyModule(__name__ + ".update_pricing_plan_group_activate")
    _update_pricing_plan_group_archive = LazyModule(__name__ + ".update_pricing_plan_group_archive")
    _update_pricing_plan_group_deprecate = LazyModule(__name__ + ".update_pricing_plan_group_deprecate")

_LIST_PRICING_PLAN_GROUPS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_pricing_plan_groups` pages (the spec's `x-payclients-pagination`: style `page`)."""


class PricingPlanGroupsResource:
    """Operations tagged `pricing_plan_groups`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> PricingPlanGroupsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return PricingPlanGroupsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_groups(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[PricingPlanGroupPage, PricingPlanGroup]:
        """List the pricing plan groups.

        `GET /v1/pricing-plan-groups`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[PricingPlanGroupPage, PricingPlanGroup]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_groups._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_pricing_plan_groups",
            request,
            _list_pricing_plan_groups._parse_response,
            _LIST_PRICING_PLAN_GROUPS_LISTING,
            max_items=max_items,
        )

    def create_pricing_plan_group(
        self,
        *,
        body: CreatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Create a pricing plan group.

        `POST /v1/pricing-plan-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request("create_pricing_plan_group", request, _create_pricing_plan_group._parse_response),
        )

    def get_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> PricingPlanGroup:
        """Get the pricing plan group.

        `GET /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request("get_pricing_plan_group", request, _get_pricing_plan_group._parse_response),
        )

    def delete_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Delete the pricing plan group.

        `DELETE /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request("delete_pricing_plan_group", request, _delete_pricing_plan_group._parse_response),
        )

    def update_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request("update_pricing_plan_group", request, _update_pricing_plan_group._parse_response),
        )

    def update_pricing_plan_group_activate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group activate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_activate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request(
                "update_pricing_plan_group_activate", request, _update_pricing_plan_group_activate._parse_response
            ),
        )

    def update_pricing_plan_group_archive(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group archive.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_archive._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request(
                "update_pricing_plan_group_archive", request, _update_pricing_plan_group_archive._parse_response
            ),
        )

    def update_pricing_plan_group_deprecate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group deprecate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_deprecate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            self._invoker.request(
                "update_pricing_plan_group_deprecate", request, _update_pricing_plan_group_deprecate._parse_response
            ),
        )


class PricingPlanGroupsResourceWithRawResponse:
    """Like `PricingPlanGroupsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_pricing_plan_groups(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanGroupPage]:
        """List the pricing plan groups.

        `GET /v1/pricing-plan-groups`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanGroupPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_groups._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanGroupPage]",
            self._invoker.request_raw("list_pricing_plan_groups", request, _list_pricing_plan_groups._parse_response),
        )

    def create_pricing_plan_group(
        self,
        *,
        body: CreatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Create a pricing plan group.

        `POST /v1/pricing-plan-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw("create_pricing_plan_group", request, _create_pricing_plan_group._parse_response),
        )

    def get_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Get the pricing plan group.

        `GET /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw("get_pricing_plan_group", request, _get_pricing_plan_group._parse_response),
        )

    def delete_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Delete the pricing plan group.

        `DELETE /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw("delete_pricing_plan_group", request, _delete_pricing_plan_group._parse_response),
        )

    def update_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw("update_pricing_plan_group", request, _update_pricing_plan_group._parse_response),
        )

    def update_pricing_plan_group_activate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group activate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_activate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw(
                "update_pricing_plan_group_activate", request, _update_pricing_plan_group_activate._parse_response
            ),
        )

    def update_pricing_plan_group_archive(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group archive.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_archive._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw(
                "update_pricing_plan_group_archive", request, _update_pricing_plan_group_archive._parse_response
            ),
        )

    def update_pricing_plan_group_deprecate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group deprecate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_deprecate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            self._invoker.request_raw(
                "update_pricing_plan_group_deprecate", request, _update_pricing_plan_group_deprecate._parse_response
            ),
        )


class AsyncPricingPlanGroupsResource:
    """Operations tagged `pricing_plan_groups`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncPricingPlanGroupsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncPricingPlanGroupsResourceWithRawResponse(self._invoker)

    def list_pricing_plan_groups(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[PricingPlanGroupPage, PricingPlanGroup]:
        """List the pricing plan groups.

        `GET /v1/pricing-plan-groups`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[PricingPlanGroupPage, PricingPlanGroup]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_groups._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_pricing_plan_groups",
            request,
            _list_pricing_plan_groups._parse_response,
            _LIST_PRICING_PLAN_GROUPS_LISTING,
            max_items=max_items,
        )

    async def create_pricing_plan_group(
        self,
        *,
        body: CreatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Create a pricing plan group.

        `POST /v1/pricing-plan-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request(
                "create_pricing_plan_group", request, _create_pricing_plan_group._parse_response
            ),
        )

    async def get_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> PricingPlanGroup:
        """Get the pricing plan group.

        `GET /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request("get_pricing_plan_group", request, _get_pricing_plan_group._parse_response),
        )

    async def delete_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Delete the pricing plan group.

        `DELETE /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request(
                "delete_pricing_plan_group", request, _delete_pricing_plan_group._parse_response
            ),
        )

    async def update_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request(
                "update_pricing_plan_group", request, _update_pricing_plan_group._parse_response
            ),
        )

    async def update_pricing_plan_group_activate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group activate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_activate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request(
                "update_pricing_plan_group_activate", request, _update_pricing_plan_group_activate._parse_response
            ),
        )

    async def update_pricing_plan_group_archive(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group archive.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_archive._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request(
                "update_pricing_plan_group_archive", request, _update_pricing_plan_group_archive._parse_response
            ),
        )

    async def update_pricing_plan_group_deprecate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PricingPlanGroup:
        """Update the pricing plan group deprecate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PricingPlanGroup: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_deprecate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PricingPlanGroup",
            await self._invoker.request(
                "update_pricing_plan_group_deprecate", request, _update_pricing_plan_group_deprecate._parse_response
            ),
        )


class AsyncPricingPlanGroupsResourceWithRawResponse:
    """Like `AsyncPricingPlanGroupsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_pricing_plan_groups(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        order_by: str | None = None,
        order_direction: OrderDirection | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanGroupPage]:
        """List the pricing plan groups.

        `GET /v1/pricing-plan-groups`

        Args:
            limit: Page size.
            page: Page number, from 1.
            order_by: Field to sort on.
            order_direction: Sort direction of a list.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanGroupPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_pricing_plan_groups._get_kwargs(
            limit=limit,
            page=page,
            order_by=order_by,
            order_direction=order_direction,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanGroupPage]",
            await self._invoker.request_raw(
                "list_pricing_plan_groups", request, _list_pricing_plan_groups._parse_response
            ),
        )

    async def create_pricing_plan_group(
        self,
        *,
        body: CreatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Create a pricing plan group.

        `POST /v1/pricing-plan-groups`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_pricing_plan_group._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw(
                "create_pricing_plan_group", request, _create_pricing_plan_group._parse_response
            ),
        )

    async def get_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Get the pricing plan group.

        `GET /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw("get_pricing_plan_group", request, _get_pricing_plan_group._parse_response),
        )

    async def delete_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Delete the pricing plan group.

        `DELETE /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw(
                "delete_pricing_plan_group", request, _delete_pricing_plan_group._parse_response
            ),
        )

    async def update_pricing_plan_group(
        self,
        resource_id_or_reference: str,
        *,
        body: UpdatePricingPlanGroupRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw(
                "update_pricing_plan_group", request, _update_pricing_plan_group._parse_response
            ),
        )

    async def update_pricing_plan_group_activate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group activate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/activate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_activate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw(
                "update_pricing_plan_group_activate", request, _update_pricing_plan_group_activate._parse_response
            ),
        )

    async def update_pricing_plan_group_archive(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group archive.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/archive`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_archive._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw(
                "update_pricing_plan_group_archive", request, _update_pricing_plan_group_archive._parse_response
            ),
        )

    async def update_pricing_plan_group_deprecate(
        self,
        resource_id_or_reference: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PricingPlanGroup]:
        """Update the pricing plan group deprecate.

        `PATCH /v1/pricing-plan-groups/{resource_id_or_reference}/deprecate`

        Args:
            resource_id_or_reference: Id or reference of the pricing plan group.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PricingPlanGroup]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_pricing_plan_group_deprecate._get_kwargs(
            resource_id_or_reference=resource_id_or_reference,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PricingPlanGroup]",
            await self._invoker.request_raw(
                "update_pricing_plan_group_deprecate", request, _update_pricing_plan_group_deprecate._parse_response
            ),
        )


__all__ = [
    "AsyncPricingPlanGroupsResource",
    "AsyncPricingPlanGroupsResourceWithRawResponse",
    "PricingPlanGroupsResource",
    "PricingPlanGroupsResourceWithRawResponse",
]
