"""Typed operations tagged `bundles`.

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
    from ...models.bundle import Bundle
    from ...models.bundle_page import BundlePage
    from ...models.bundle_request import BundleRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_bundle_request import PatchedBundleRequest
    from . import create_bundle as _create_bundle
    from . import delete_bundle as _delete_bundle
    from . import get_bundle as _get_bundle
    from . import list_bundles as _list_bundles
    from . import partial_update_bundle as _partial_update_bundle
    from . import update_bundle as _update_bundle
else:
    _list_bundles = LazyModule(__name__ + ".list_bundles")
    _create_bundle = LazyModule(__name__ + ".create_bundle")
    _get_bundle = LazyModule(__name__ + ".get_bundle")
    _update_bundle = LazyModule(__name__ + ".update_bundle")
    _delete_bundle = LazyModule(__name__ + ".delete_bundle")
    _partial_update_bundle = LazyModule(__name__ + ".partial_update_bundle")

_LIST_BUNDLES_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_bundles` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class BundlesResource:
    """Operations tagged `bundles`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> BundlesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return BundlesResourceWithRawResponse(self._invoker)

    def list_bundles(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[BundlePage, Bundle]:
        """List bundles

        Returns one page of bundles.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/`

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
            Pager[BundlePage, Bundle]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bundles._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_bundles", request, _list_bundles._parse_response, _LIST_BUNDLES_LISTING, max_items=max_items
        )

    def create_bundle(
        self,
        *,
        body: BundleRequest,
    ) -> Bundle:
        """Create a bundle

        Creates a bundle and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /bundles/`

        Args:
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bundle._get_kwargs(
            body=body,
        )
        return cast("Bundle", self._invoker.request("create_bundle", request, _create_bundle._parse_response))

    def get_bundle(
        self,
        bundle_id: int,
    ) -> Bundle:
        """Get a bundle

        Returns one bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return cast("Bundle", self._invoker.request("get_bundle", request, _get_bundle._parse_response))

    def update_bundle(
        self,
        bundle_id: int,
        *,
        body: BundleRequest,
    ) -> Bundle:
        """Replace a bundle

        Replaces every writable field of a bundle (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast("Bundle", self._invoker.request("update_bundle", request, _update_bundle._parse_response))

    def delete_bundle(
        self,
        bundle_id: int,
    ) -> Any:
        """Delete a bundle

        Deletes a bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return self._invoker.request("delete_bundle", request, _delete_bundle._parse_response)

    def partial_update_bundle(
        self,
        bundle_id: int,
        *,
        body: PatchedBundleRequest,
    ) -> Bundle:
        """Partially update a bundle

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Bundle fields for a partial update. Fields inferred from the n8n node's
                Subscription Update inputs, assumed shared by courses, bundles and plans; snake_case
                wire names are proposed.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast(
            "Bundle", self._invoker.request("partial_update_bundle", request, _partial_update_bundle._parse_response)
        )


class BundlesResourceWithRawResponse:
    """Like `BundlesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_bundles(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[BundlePage]:
        """List bundles

        Returns one page of bundles.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/`

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
            RawResponse[BundlePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bundles._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[BundlePage]", self._invoker.request_raw("list_bundles", request, _list_bundles._parse_response)
        )

    def create_bundle(
        self,
        *,
        body: BundleRequest,
    ) -> RawResponse[Bundle]:
        """Create a bundle

        Creates a bundle and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /bundles/`

        Args:
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bundle._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Bundle]", self._invoker.request_raw("create_bundle", request, _create_bundle._parse_response)
        )

    def get_bundle(
        self,
        bundle_id: int,
    ) -> RawResponse[Bundle]:
        """Get a bundle

        Returns one bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return cast(
            "RawResponse[Bundle]", self._invoker.request_raw("get_bundle", request, _get_bundle._parse_response)
        )

    def update_bundle(
        self,
        bundle_id: int,
        *,
        body: BundleRequest,
    ) -> RawResponse[Bundle]:
        """Replace a bundle

        Replaces every writable field of a bundle (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast(
            "RawResponse[Bundle]", self._invoker.request_raw("update_bundle", request, _update_bundle._parse_response)
        )

    def delete_bundle(
        self,
        bundle_id: int,
    ) -> RawResponse[Any]:
        """Delete a bundle

        Deletes a bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return self._invoker.request_raw("delete_bundle", request, _delete_bundle._parse_response)

    def partial_update_bundle(
        self,
        bundle_id: int,
        *,
        body: PatchedBundleRequest,
    ) -> RawResponse[Bundle]:
        """Partially update a bundle

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Bundle fields for a partial update. Fields inferred from the n8n node's
                Subscription Update inputs, assumed shared by courses, bundles and plans; snake_case
                wire names are proposed.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast(
            "RawResponse[Bundle]",
            self._invoker.request_raw("partial_update_bundle", request, _partial_update_bundle._parse_response),
        )


class AsyncBundlesResource:
    """Operations tagged `bundles`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncBundlesResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncBundlesResourceWithRawResponse(self._invoker)

    def list_bundles(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[BundlePage, Bundle]:
        """List bundles

        Returns one page of bundles.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/`

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
            AsyncPager[BundlePage, Bundle]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bundles._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_bundles", request, _list_bundles._parse_response, _LIST_BUNDLES_LISTING, max_items=max_items
        )

    async def create_bundle(
        self,
        *,
        body: BundleRequest,
    ) -> Bundle:
        """Create a bundle

        Creates a bundle and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /bundles/`

        Args:
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bundle._get_kwargs(
            body=body,
        )
        return cast("Bundle", await self._invoker.request("create_bundle", request, _create_bundle._parse_response))

    async def get_bundle(
        self,
        bundle_id: int,
    ) -> Bundle:
        """Get a bundle

        Returns one bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return cast("Bundle", await self._invoker.request("get_bundle", request, _get_bundle._parse_response))

    async def update_bundle(
        self,
        bundle_id: int,
        *,
        body: BundleRequest,
    ) -> Bundle:
        """Replace a bundle

        Replaces every writable field of a bundle (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast("Bundle", await self._invoker.request("update_bundle", request, _update_bundle._parse_response))

    async def delete_bundle(
        self,
        bundle_id: int,
    ) -> Any:
        """Delete a bundle

        Deletes a bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return await self._invoker.request("delete_bundle", request, _delete_bundle._parse_response)

    async def partial_update_bundle(
        self,
        bundle_id: int,
        *,
        body: PatchedBundleRequest,
    ) -> Bundle:
        """Partially update a bundle

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Bundle fields for a partial update. Fields inferred from the n8n node's
                Subscription Update inputs, assumed shared by courses, bundles and plans; snake_case
                wire names are proposed.

        Returns:
            Bundle: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast(
            "Bundle",
            await self._invoker.request("partial_update_bundle", request, _partial_update_bundle._parse_response),
        )


class AsyncBundlesResourceWithRawResponse:
    """Like `AsyncBundlesResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_bundles(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[BundlePage]:
        """List bundles

        Returns one page of bundles.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/`

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
            RawResponse[BundlePage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_bundles._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[BundlePage]",
            await self._invoker.request_raw("list_bundles", request, _list_bundles._parse_response),
        )

    async def create_bundle(
        self,
        *,
        body: BundleRequest,
    ) -> RawResponse[Bundle]:
        """Create a bundle

        Creates a bundle and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /bundles/`

        Args:
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_bundle._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[Bundle]",
            await self._invoker.request_raw("create_bundle", request, _create_bundle._parse_response),
        )

    async def get_bundle(
        self,
        bundle_id: int,
    ) -> RawResponse[Bundle]:
        """Get a bundle

        Returns one bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return cast(
            "RawResponse[Bundle]", await self._invoker.request_raw("get_bundle", request, _get_bundle._parse_response)
        )

    async def update_bundle(
        self,
        bundle_id: int,
        *,
        body: BundleRequest,
    ) -> RawResponse[Bundle]:
        """Replace a bundle

        Replaces every writable field of a bundle (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Writable bundle fields for create and full update. Fields inferred from the n8n
                node's Subscription Update inputs, assumed shared by courses, bundles and plans;
                snake_case wire names are proposed.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast(
            "RawResponse[Bundle]",
            await self._invoker.request_raw("update_bundle", request, _update_bundle._parse_response),
        )

    async def delete_bundle(
        self,
        bundle_id: int,
    ) -> RawResponse[Any]:
        """Delete a bundle

        Deletes a bundle.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_bundle._get_kwargs(
            bundle_id=bundle_id,
        )
        return await self._invoker.request_raw("delete_bundle", request, _delete_bundle._parse_response)

    async def partial_update_bundle(
        self,
        bundle_id: int,
        *,
        body: PatchedBundleRequest,
    ) -> RawResponse[Bundle]:
        """Partially update a bundle

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /bundles/{bundle_id}/`

        Args:
            bundle_id: Id of the bundle.
            body: Bundle fields for a partial update. Fields inferred from the n8n node's
                Subscription Update inputs, assumed shared by courses, bundles and plans; snake_case
                wire names are proposed.

        Returns:
            RawResponse[Bundle]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_bundle._get_kwargs(
            bundle_id=bundle_id,
            body=body,
        )
        return cast(
            "RawResponse[Bundle]",
            await self._invoker.request_raw("partial_update_bundle", request, _partial_update_bundle._parse_response),
        )


__all__ = [
    "AsyncBundlesResource",
    "AsyncBundlesResourceWithRawResponse",
    "BundlesResource",
    "BundlesResourceWithRawResponse",
]
