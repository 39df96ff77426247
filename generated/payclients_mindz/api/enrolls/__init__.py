"""Typed operations tagged `enrolls`.

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
    from ...models.enroll import Enroll
    from ...models.enroll_page import EnrollPage
    from ...models.enroll_request import EnrollRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_enroll_request import PatchedEnrollRequest
    from . import create_enroll as _create_enroll
    from . import delete_enroll as _delete_enroll
    from . import get_enroll as _get_enroll
    from . import list_enrolls as _list_enrolls
    from . import partial_update_enroll as _partial_update_enroll
    from . import update_enroll as _update_enroll
else:
    _list_enrolls = LazyModule(__name__ + ".list_enrolls")
    _create_enroll = LazyModule(__name__ + ".create_enroll")
    _get_enroll = LazyModule(__name__ + ".get_enroll")
    _update_enroll = LazyModule(__name__ + ".update_enroll")
    _delete_enroll = LazyModule(__name__ + ".delete_enroll")
    _partial_update_enroll = LazyModule(__name__ + ".partial_update_enroll")

_LIST_ENROLLS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_enrolls` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EnrollsResource:
    """Operations tagged `enrolls`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> EnrollsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EnrollsResourceWithRawResponse(self._invoker)

    def list_enrolls(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[EnrollPage, Enroll]:
        """List enrollments

        Returns one page of enrollments.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/`

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
            Pager[EnrollPage, Enroll]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_enrolls", request, _list_enrolls._parse_response, _LIST_ENROLLS_LISTING, max_items=max_items
        )

    def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Create an enrollment

        Creates an enrollment and returns it.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /enrolls/`

        Args:
            body: Writable enrollment fields for create and full update.

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast("Enroll", self._invoker.request("create_enroll", request, _create_enroll._parse_response))

    def get_enroll(
        self,
        enroll_id: int,
    ) -> Enroll:
        """Get an enrollment

        Returns one enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast("Enroll", self._invoker.request("get_enroll", request, _get_enroll._parse_response))

    def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Replace an enrollment

        Replaces every writable field of an enrollment (DRF `update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Writable enrollment fields for create and full update.

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast("Enroll", self._invoker.request("update_enroll", request, _update_enroll._parse_response))

    def delete_enroll(
        self,
        enroll_id: int,
    ) -> Any:
        """Delete an enrollment

        Deletes an enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return self._invoker.request("delete_enroll", request, _delete_enroll._parse_response)

    def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> Enroll:
        """Partially update an enrollment

        Changes only the fields sent (DRF `partial_update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Enrollment fields for a partial update (e.g. extend `expiry_date`).

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "Enroll", self._invoker.request("partial_update_enroll", request, _partial_update_enroll._parse_response)
        )


class EnrollsResourceWithRawResponse:
    """Like `EnrollsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_enrolls(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EnrollPage]:
        """List enrollments

        Returns one page of enrollments.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/`

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
            RawResponse[EnrollPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EnrollPage]", self._invoker.request_raw("list_enrolls", request, _list_enrolls._parse_response)
        )

    def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Create an enrollment

        Creates an enrollment and returns it.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /enrolls/`

        Args:
            body: Writable enrollment fields for create and full update.

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Enroll]", self._invoker.request_raw("create_enroll", request, _create_enroll._parse_response)
        )

    def get_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Enroll]:
        """Get an enrollment

        Returns one enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast(
            "RawResponse[Enroll]", self._invoker.request_raw("get_enroll", request, _get_enroll._parse_response)
        )

    def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Replace an enrollment

        Replaces every writable field of an enrollment (DRF `update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Writable enrollment fields for create and full update.

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]", self._invoker.request_raw("update_enroll", request, _update_enroll._parse_response)
        )

    def delete_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Any]:
        """Delete an enrollment

        Deletes an enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return self._invoker.request_raw("delete_enroll", request, _delete_enroll._parse_response)

    def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> RawResponse[Enroll]:
        """Partially update an enrollment

        Changes only the fields sent (DRF `partial_update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Enrollment fields for a partial update (e.g. extend `expiry_date`).

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            self._invoker.request_raw("partial_update_enroll", request, _partial_update_enroll._parse_response),
        )


class AsyncEnrollsResource:
    """Operations tagged `enrolls`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncEnrollsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEnrollsResourceWithRawResponse(self._invoker)

    def list_enrolls(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EnrollPage, Enroll]:
        """List enrollments

        Returns one page of enrollments.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/`

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
            AsyncPager[EnrollPage, Enroll]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_enrolls", request, _list_enrolls._parse_response, _LIST_ENROLLS_LISTING, max_items=max_items
        )

    async def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Create an enrollment

        Creates an enrollment and returns it.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /enrolls/`

        Args:
            body: Writable enrollment fields for create and full update.

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast("Enroll", await self._invoker.request("create_enroll", request, _create_enroll._parse_response))

    async def get_enroll(
        self,
        enroll_id: int,
    ) -> Enroll:
        """Get an enrollment

        Returns one enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast("Enroll", await self._invoker.request("get_enroll", request, _get_enroll._parse_response))

    async def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> Enroll:
        """Replace an enrollment

        Replaces every writable field of an enrollment (DRF `update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Writable enrollment fields for create and full update.

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast("Enroll", await self._invoker.request("update_enroll", request, _update_enroll._parse_response))

    async def delete_enroll(
        self,
        enroll_id: int,
    ) -> Any:
        """Delete an enrollment

        Deletes an enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return await self._invoker.request("delete_enroll", request, _delete_enroll._parse_response)

    async def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> Enroll:
        """Partially update an enrollment

        Changes only the fields sent (DRF `partial_update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Enrollment fields for a partial update (e.g. extend `expiry_date`).

        Returns:
            Enroll: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "Enroll",
            await self._invoker.request("partial_update_enroll", request, _partial_update_enroll._parse_response),
        )


class AsyncEnrollsResourceWithRawResponse:
    """Like `AsyncEnrollsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_enrolls(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EnrollPage]:
        """List enrollments

        Returns one page of enrollments.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/`

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
            RawResponse[EnrollPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_enrolls._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EnrollPage]",
            await self._invoker.request_raw("list_enrolls", request, _list_enrolls._parse_response),
        )

    async def create_enroll(
        self,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Create an enrollment

        Creates an enrollment and returns it.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /enrolls/`

        Args:
            body: Writable enrollment fields for create and full update.

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_enroll._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            await self._invoker.request_raw("create_enroll", request, _create_enroll._parse_response),
        )

    async def get_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Enroll]:
        """Get an enrollment

        Returns one enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return cast(
            "RawResponse[Enroll]", await self._invoker.request_raw("get_enroll", request, _get_enroll._parse_response)
        )

    async def update_enroll(
        self,
        enroll_id: int,
        *,
        body: EnrollRequest,
    ) -> RawResponse[Enroll]:
        """Replace an enrollment

        Replaces every writable field of an enrollment (DRF `update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Writable enrollment fields for create and full update.

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            await self._invoker.request_raw("update_enroll", request, _update_enroll._parse_response),
        )

    async def delete_enroll(
        self,
        enroll_id: int,
    ) -> RawResponse[Any]:
        """Delete an enrollment

        Deletes an enrollment.

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_enroll._get_kwargs(
            enroll_id=enroll_id,
        )
        return await self._invoker.request_raw("delete_enroll", request, _delete_enroll._parse_response)

    async def partial_update_enroll(
        self,
        enroll_id: int,
        *,
        body: PatchedEnrollRequest,
    ) -> RawResponse[Enroll]:
        """Partially update an enrollment

        Changes only the fields sent (DRF `partial_update`).

        `expiry_date` and `payment` come from the n8n node's Enroll Update page.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /enrolls/{enroll_id}/`

        Args:
            enroll_id: Id of the enrollment.
            body: Enrollment fields for a partial update (e.g. extend `expiry_date`).

        Returns:
            RawResponse[Enroll]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_enroll._get_kwargs(
            enroll_id=enroll_id,
            body=body,
        )
        return cast(
            "RawResponse[Enroll]",
            await self._invoker.request_raw("partial_update_enroll", request, _partial_update_enroll._parse_response),
        )


__all__ = [
    "AsyncEnrollsResource",
    "AsyncEnrollsResourceWithRawResponse",
    "EnrollsResource",
    "EnrollsResourceWithRawResponse",
]
