"""Typed operations tagged `emails`.

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
    from ...models.email import Email
    from ...models.email_page import EmailPage
    from ...models.email_request import EmailRequest
    from ...models.mindz_error import MindzError
    from ...models.patched_email_request import PatchedEmailRequest
    from . import create_email as _create_email
    from . import delete_email as _delete_email
    from . import get_email as _get_email
    from . import list_emails as _list_emails
    from . import partial_update_email as _partial_update_email
    from . import update_email as _update_email
else:
    _list_emails = LazyModule(__name__ + ".list_emails")
    _create_email = LazyModule(__name__ + ".create_email")
    _get_email = LazyModule(__name__ + ".get_email")
    _update_email = LazyModule(__name__ + ".update_email")
    _delete_email = LazyModule(__name__ + ".delete_email")
    _partial_update_email = LazyModule(__name__ + ".partial_update_email")

_LIST_EMAILS_LISTING = Listing(
    style="drf",
    rules={"bare_list": True, "count": "count", "limit": "limit", "next": "next", "offset": "offset"},
    items="results",
    attributes=("results",),
)
"""How `list_emails` pages (the spec's `x-payclients-pagination`: style `drf`)."""


class EmailsResource:
    """Operations tagged `emails`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> EmailsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailsResourceWithRawResponse(self._invoker)

    def list_emails(
        self,
        email_list_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> Pager[EmailPage, Email]:
        """List contacts

        Returns one page of contacts of an e-mail list.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
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
            Pager[EmailPage, Email]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_emails._get_kwargs(
            email_list_id=email_list_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_emails", request, _list_emails._parse_response, _LIST_EMAILS_LISTING, max_items=max_items
        )

    def create_email(
        self,
        email_list_id: int,
        *,
        body: EmailRequest,
    ) -> Email:
        """Create a contact

        Creates a contact of an e-mail list and returns it.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable contact fields (proposed).

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast("Email", self._invoker.request("create_email", request, _create_email._parse_response))

    def get_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> Email:
        """Get a contact

        Returns one contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return cast("Email", self._invoker.request("get_email", request, _get_email._parse_response))

    def update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: EmailRequest,
    ) -> Email:
        """Replace a contact

        Replaces every writable field of a contact (DRF `update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Writable contact fields (proposed).

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast("Email", self._invoker.request("update_email", request, _update_email._parse_response))

    def delete_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> Any:
        """Delete a contact

        Deletes a contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return self._invoker.request("delete_email", request, _delete_email._parse_response)

    def partial_update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: PatchedEmailRequest,
    ) -> Email:
        """Partially update a contact

        Changes only the fields sent (DRF `partial_update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Contact fields for a partial update (proposed).

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast(
            "Email", self._invoker.request("partial_update_email", request, _partial_update_email._parse_response)
        )


class EmailsResourceWithRawResponse:
    """Like `EmailsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_emails(
        self,
        email_list_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailPage]:
        """List contacts

        Returns one page of contacts of an e-mail list.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
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
            RawResponse[EmailPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_emails._get_kwargs(
            email_list_id=email_list_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailPage]", self._invoker.request_raw("list_emails", request, _list_emails._parse_response)
        )

    def create_email(
        self,
        email_list_id: int,
        *,
        body: EmailRequest,
    ) -> RawResponse[Email]:
        """Create a contact

        Creates a contact of an e-mail list and returns it.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable contact fields (proposed).

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[Email]", self._invoker.request_raw("create_email", request, _create_email._parse_response)
        )

    def get_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> RawResponse[Email]:
        """Get a contact

        Returns one contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return cast("RawResponse[Email]", self._invoker.request_raw("get_email", request, _get_email._parse_response))

    def update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: EmailRequest,
    ) -> RawResponse[Email]:
        """Replace a contact

        Replaces every writable field of a contact (DRF `update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Writable contact fields (proposed).

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast(
            "RawResponse[Email]", self._invoker.request_raw("update_email", request, _update_email._parse_response)
        )

    def delete_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> RawResponse[Any]:
        """Delete a contact

        Deletes a contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return self._invoker.request_raw("delete_email", request, _delete_email._parse_response)

    def partial_update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: PatchedEmailRequest,
    ) -> RawResponse[Email]:
        """Partially update a contact

        Changes only the fields sent (DRF `partial_update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Contact fields for a partial update (proposed).

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast(
            "RawResponse[Email]",
            self._invoker.request_raw("partial_update_email", request, _partial_update_email._parse_response),
        )


class AsyncEmailsResource:
    """Operations tagged `emails`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncEmailsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailsResourceWithRawResponse(self._invoker)

    def list_emails(
        self,
        email_list_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EmailPage, Email]:
        """List contacts

        Returns one page of contacts of an e-mail list.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
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
            AsyncPager[EmailPage, Email]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_emails._get_kwargs(
            email_list_id=email_list_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return self._invoker.paginate(
            "list_emails", request, _list_emails._parse_response, _LIST_EMAILS_LISTING, max_items=max_items
        )

    async def create_email(
        self,
        email_list_id: int,
        *,
        body: EmailRequest,
    ) -> Email:
        """Create a contact

        Creates a contact of an e-mail list and returns it.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable contact fields (proposed).

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast("Email", await self._invoker.request("create_email", request, _create_email._parse_response))

    async def get_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> Email:
        """Get a contact

        Returns one contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return cast("Email", await self._invoker.request("get_email", request, _get_email._parse_response))

    async def update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: EmailRequest,
    ) -> Email:
        """Replace a contact

        Replaces every writable field of a contact (DRF `update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Writable contact fields (proposed).

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast("Email", await self._invoker.request("update_email", request, _update_email._parse_response))

    async def delete_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> Any:
        """Delete a contact

        Deletes a contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            Any: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return await self._invoker.request("delete_email", request, _delete_email._parse_response)

    async def partial_update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: PatchedEmailRequest,
    ) -> Email:
        """Partially update a contact

        Changes only the fields sent (DRF `partial_update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Contact fields for a partial update (proposed).

        Returns:
            Email: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast(
            "Email", await self._invoker.request("partial_update_email", request, _partial_update_email._parse_response)
        )


class AsyncEmailsResourceWithRawResponse:
    """Like `AsyncEmailsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_emails(
        self,
        email_list_id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ordering: str | None = None,
        search: str | None = None,
    ) -> RawResponse[EmailPage]:
        """List contacts

        Returns one page of contacts of an e-mail list.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
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
            RawResponse[EmailPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_emails._get_kwargs(
            email_list_id=email_list_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        )
        return cast(
            "RawResponse[EmailPage]",
            await self._invoker.request_raw("list_emails", request, _list_emails._parse_response),
        )

    async def create_email(
        self,
        email_list_id: int,
        *,
        body: EmailRequest,
    ) -> RawResponse[Email]:
        """Create a contact

        Creates a contact of an e-mail list and returns it.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `POST /email-lists/{email_list_id}/emails/`

        Args:
            email_list_id: Id of the e-mail list.
            body: Writable contact fields (proposed).

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_email._get_kwargs(
            email_list_id=email_list_id,
            body=body,
        )
        return cast(
            "RawResponse[Email]",
            await self._invoker.request_raw("create_email", request, _create_email._parse_response),
        )

    async def get_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> RawResponse[Email]:
        """Get a contact

        Returns one contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `GET /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return cast(
            "RawResponse[Email]", await self._invoker.request_raw("get_email", request, _get_email._parse_response)
        )

    async def update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: EmailRequest,
    ) -> RawResponse[Email]:
        """Replace a contact

        Replaces every writable field of a contact (DRF `update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Writable contact fields (proposed).

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast(
            "RawResponse[Email]",
            await self._invoker.request_raw("update_email", request, _update_email._parse_response),
        )

    async def delete_email(
        self,
        email_list_id: int,
        email_id: int,
    ) -> RawResponse[Any]:
        """Delete a contact

        Deletes a contact.

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.

        Returns:
            RawResponse[Any]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
        )
        return await self._invoker.request_raw("delete_email", request, _delete_email._parse_response)

    async def partial_update_email(
        self,
        email_list_id: int,
        email_id: int,
        *,
        body: PatchedEmailRequest,
    ) -> RawResponse[Email]:
        """Partially update a contact

        Changes only the fields sent (DRF `partial_update`).

        The n8n node's Email List page (list id, limit, offset, sort, search) backs the list
        inputs.

        **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes
        from the REST
        proposal in the reference notes (mindz.md §7) and must be checked against a tenant's
        `/api/v2/doc/`
        schema.

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`

        Args:
            email_list_id: Id of the e-mail list.
            email_id: Id of the e-mail contact inside the list.
            body: Contact fields for a partial update (proposed).

        Returns:
            RawResponse[Email]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 429), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _partial_update_email._get_kwargs(
            email_list_id=email_list_id,
            email_id=email_id,
            body=body,
        )
        return cast(
            "RawResponse[Email]",
            await self._invoker.request_raw("partial_update_email", request, _partial_update_email._parse_response),
        )


__all__ = [
    "AsyncEmailsResource",
    "AsyncEmailsResourceWithRawResponse",
    "EmailsResource",
    "EmailsResourceWithRawResponse",
]
