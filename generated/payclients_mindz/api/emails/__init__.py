"""Typed operations tagged `emails`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from typing import Any, cast

from ...models.email import Email
from ...models.email_page import EmailPage
from ...models.email_request import EmailRequest
from ...models.mindz_error import MindzError
from ...models.patched_email_request import PatchedEmailRequest
from ...types import UNSET, AsyncInvoker, AsyncPager, Invoker, Listing, Pager, RawResponse, Unset
from . import create_email as _create_email
from . import delete_email as _delete_email
from . import get_email as _get_email
from . import list_emails as _list_emails
from . import partial_update_email as _partial_update_email
from . import update_email as _update_email

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
    def with_raw_response(self) -> "EmailsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return EmailsResourceWithRawResponse(self._invoker)

    def list_emails(
        self,
        email_list_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "Pager[EmailPage, Email]":
        """List contacts

        `GET /email-lists/{email_list_id}/emails/`

        Returns a pager: iterating it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /email-lists/{email_list_id}/emails/`
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

        `GET /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`
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

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailPage]:
        """List contacts

        `GET /email-lists/{email_list_id}/emails/`
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

        `POST /email-lists/{email_list_id}/emails/`
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

        `GET /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`
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

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`
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
    def with_raw_response(self) -> "AsyncEmailsResourceWithRawResponse":
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncEmailsResourceWithRawResponse(self._invoker)

    def list_emails(
        self,
        email_list_id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
    ) -> "AsyncPager[EmailPage, Email]":
        """List contacts

        `GET /email-lists/{email_list_id}/emails/`

        Returns a pager: `async for` over it walks every item of every page (at most `max_items`);
        `iter_pages()` gives the pages and `first_page()` the first. The other arguments filter the
        listing and choose where it starts.
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

        `POST /email-lists/{email_list_id}/emails/`
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

        `GET /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`
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

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`
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
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> RawResponse[EmailPage]:
        """List contacts

        `GET /email-lists/{email_list_id}/emails/`
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

        `POST /email-lists/{email_list_id}/emails/`
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

        `GET /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PUT /email-lists/{email_list_id}/emails/{email_id}/`
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

        `DELETE /email-lists/{email_list_id}/emails/{email_id}/`
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

        `PATCH /email-lists/{email_list_id}/emails/{email_id}/`
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
