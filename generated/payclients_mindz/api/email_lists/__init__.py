"""Typed operations tagged `email_lists`.

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
    from ...models.email_list import EmailList
    from ...models.email_list_page import EmailListPage
    from ...models.email_list_request import EmailListRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_email_list_request import PatchedEmailListRequest
    from . import create_email_list as _create_email_list
    from . import delete_email_list as _delete_email_list
    from . import get_email_list as _get_email_list
    from . import list_email_lists as _list_email_lists
    from . import partial_update_email_list as _partial_update_email_list
    from . import update_email_list as _update_email_list
else:
    _list_email_lists = LazyModule(__name__ + ".list_email_lists")
    _create_email_list = LazyModule(__name__ + ".create_email_list")
    _get_email_list = LazyModule(__name__ + ".get_email_list")
    _update_email_list = LazyModule(__name__ + ".update_email_list")
    _delete_email_list = LazyModule(__name__ + ".delete_email_list")
    _partial_update_email_list = LazyModule(__name__ + ".partial_update_email_list")

_LIST_EMAIL_LISTS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_email_lists` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailListsResource:
    """Operations tagged `email_lists`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> EmailListsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailListsResourceWithRawResponse(self._invoker)

    def list_email_lists(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[EmailListPage, EmailList]:
        """List e-mail lists

        Returns one page of e-mail lists.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/`

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
            Pager[EmailListPage, EmailList]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_lists",
            request,
            _list_email_lists._parse_response,
            _LIST_EMAIL_LISTS_LISTING,
            max_items=max_items,
        )

    def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Create an e-mail list

        Creates an e-mail list and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/`

        Args:
            body: Writable e-mail list fields (proposed).

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "EmailList", self._invoker.request("create_email_list", request, _create_email_list._parse_response)
        )

    def get_email_list(
        self,
        email_list_id: int,
    ) -> EmailList:
        """Get an e-mail list

        Returns one e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast("EmailList", self._invoker.request("get_email_list", request, _get_email_list._parse_response))

    def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Replace an e-mail list

        Replaces every writable field of an e-mail list (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable e-mail list fields (proposed).

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList", self._invoker.request("update_email_list", request, _update_email_list._parse_response)
        )

    def delete_email_list(
        self,
        email_list_id: int,
    ) -> Any:
        """Delete an e-mail list

        Deletes an e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return self._invoker.request("delete_email_list", request, _delete_email_list._parse_response)

    def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> EmailList:
        """Partially update an e-mail list

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: E-mail list fields for a partial update (proposed).

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList",
            self._invoker.request("partial_update_email_list", request, _partial_update_email_list._parse_response),
        )


class EmailListsResourceWithRawResponse:
    """Like `EmailListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_email_lists(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailListPage]:
        """List e-mail lists

        Returns one page of e-mail lists.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/`

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
            RawResponse[EmailListPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailListPage]",
            self._invoker.request_raw("list_email_lists", request, _list_email_lists._parse_response),
        )

    def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Create an e-mail list

        Creates an e-mail list and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/`

        Args:
            body: Writable e-mail list fields (proposed).

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("create_email_list", request, _create_email_list._parse_response),
        )

    def get_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[EmailList]:
        """Get an e-mail list

        Returns one e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("get_email_list", request, _get_email_list._parse_response),
        )

    def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Replace an e-mail list

        Replaces every writable field of an e-mail list (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable e-mail list fields (proposed).

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("update_email_list", request, _update_email_list._parse_response),
        )

    def delete_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Delete an e-mail list

        Deletes an e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return self._invoker.request_raw("delete_email_list", request, _delete_email_list._parse_response)

    def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> RawResponse[EmailList]:
        """Partially update an e-mail list

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: E-mail list fields for a partial update (proposed).

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            self._invoker.request_raw("partial_update_email_list", request, _partial_update_email_list._parse_response),
        )


class AsyncEmailListsResource:
    """Operations tagged `email_lists`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncEmailListsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailListsResourceWithRawResponse(self._invoker)

    def list_email_lists(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EmailListPage, EmailList]:
        """List e-mail lists

        Returns one page of e-mail lists.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/`

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
            AsyncPager[EmailListPage, EmailList]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_email_lists",
            request,
            _list_email_lists._parse_response,
            _LIST_EMAIL_LISTS_LISTING,
            max_items=max_items,
        )

    async def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Create an e-mail list

        Creates an e-mail list and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/`

        Args:
            body: Writable e-mail list fields (proposed).

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "EmailList", await self._invoker.request("create_email_list", request, _create_email_list._parse_response)
        )

    async def get_email_list(
        self,
        email_list_id: int,
    ) -> EmailList:
        """Get an e-mail list

        Returns one e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast(
            "EmailList", await self._invoker.request("get_email_list", request, _get_email_list._parse_response)
        )

    async def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> EmailList:
        """Replace an e-mail list

        Replaces every writable field of an e-mail list (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable e-mail list fields (proposed).

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList", await self._invoker.request("update_email_list", request, _update_email_list._parse_response)
        )

    async def delete_email_list(
        self,
        email_list_id: int,
    ) -> Any:
        """Delete an e-mail list

        Deletes an e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return await self._invoker.request("delete_email_list", request, _delete_email_list._parse_response)

    async def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> EmailList:
        """Partially update an e-mail list

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: E-mail list fields for a partial update (proposed).

        Returns:
            EmailList: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "EmailList",
            await self._invoker.request(
                "partial_update_email_list", request, _partial_update_email_list._parse_response
            ),
        )


class AsyncEmailListsResourceWithRawResponse:
    """Like `AsyncEmailListsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_email_lists(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailListPage]:
        """List e-mail lists

        Returns one page of e-mail lists.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/`

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
            RawResponse[EmailListPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_email_lists._get_kwargs(
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailListPage]",
            await self._invoker.request_raw("list_email_lists", request, _list_email_lists._parse_response),
        )

    async def create_email_list(
        self,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Create an e-mail list

        Creates an e-mail list and returns it.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/`

        Args:
            body: Writable e-mail list fields (proposed).

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email_list._get_kwargs(
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw("create_email_list", request, _create_email_list._parse_response),
        )

    async def get_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[EmailList]:
        """Get an e-mail list

        Returns one e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw("get_email_list", request, _get_email_list._parse_response),
        )

    async def update_email_list(
        self,
        email_list_id: int,
        *,
        body: EmailListRequest,
    ) -> RawResponse[EmailList]:
        """Replace an e-mail list

        Replaces every writable field of an e-mail list (DRF `update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable e-mail list fields (proposed).

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw("update_email_list", request, _update_email_list._parse_response),
        )

    async def delete_email_list(
        self,
        email_list_id: int,
    ) -> RawResponse[Any]:
        """Delete an e-mail list

        Deletes an e-mail list.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email_list._get_kwargs(
            email_list_id=email_list_id,
        )
        return await self._invoker.request_raw("delete_email_list", request, _delete_email_list._parse_response)

    async def partial_update_email_list(
        self,
        email_list_id: int,
        *,
        body: PatchedEmailListRequest,
    ) -> RawResponse[EmailList]:
        """Partially update an e-mail list

        Changes only the fields sent (DRF `partial_update`).

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            body: E-mail list fields for a partial update (proposed).

        Returns:
            RawResponse[EmailList]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email_list._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[EmailList]",
            await self._invoker.request_raw(
                "partial_update_email_list", request, _partial_update_email_list._parse_response
            ),
        )


__all__ = [
    "AsyncEmailListsResource",
    "AsyncEmailListsResourceWithRawResponse",
    "EmailListsResource",
    "EmailListsResourceWithRawResponse",
]
