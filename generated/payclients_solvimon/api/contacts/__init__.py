"""Typed operations tagged `contacts`.

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
    from ...models.contact import Contact
    from ...models.contact_page import ContactPage
    from ...models.create_contact_request import CreateContactRequest
    from ...models.update_contact_request import UpdateContactRequest
    from ...models.upsert_contact_field_actions import UpsertContactFieldActions
    from . import create_contact as _create_contact
    from . import delete_contact as _delete_contact
    from . import get_contact as _get_contact
    from . import list_contacts as _list_contacts
    from . import update_contact as _update_contact
    from . import upsert_contact as _upsert_contact
else:
    _list_contacts = LazyModule(__name__ + ".list_contacts")
    _upsert_contact = LazyModule(__name__ + ".upsert_contact")
    _create_contact = LazyModule(__name__ + ".create_contact")
    _get_contact = LazyModule(__name__ + ".get_contact")
    _delete_contact = LazyModule(__name__ + ".delete_contact")
    _update_contact = LazyModule(__name__ + ".update_contact")

_LIST_CONTACTS_LISTING = Listing(
    style="page",
    rules={"first_page": 1, "limit": "limit", "page": "page", "total_pages": "total_number_of_pages"},
    items="data",
    attributes=("data",),
)
"""How `list_contacts` pages (the spec's `x-payclients-pagination`: style `page`)."""


class ContactsResource:
    """Operations tagged `contacts`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return ContactsResourceWithRawResponse(self._invoker)

    def list_contacts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[ContactPage, Contact]:
        """List the contacts.

        `GET /v1/contacts`

        Args:
            customer_id: Only contacts of this customer.
            page: Page number, from 1.
            limit: Page size.
            custom_field: Only contacts whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            Pager[ContactPage, Contact]: a pager; iterating it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_contacts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_contacts", request, _list_contacts._parse_response, _LIST_CONTACTS_LISTING, max_items=max_items
        )

    def upsert_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertContactFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Create or update a contact.

        `PUT /v1/contacts`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_contact._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", self._invoker.request("upsert_contact", request, _upsert_contact._parse_response))

    def create_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Create a contact.

        `POST /v1/contacts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_contact._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", self._invoker.request("create_contact", request, _create_contact._parse_response))

    def get_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Contact:
        """Get the contact.

        `GET /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("Contact", self._invoker.request("get_contact", request, _get_contact._parse_response))

    def delete_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Delete the contact.

        `DELETE /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", self._invoker.request("delete_contact", request, _delete_contact._parse_response))

    def update_contact(
        self,
        resource_id: str,
        *,
        body: UpdateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Update the contact.

        `PATCH /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_contact._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", self._invoker.request("update_contact", request, _update_contact._parse_response))


class ContactsResourceWithRawResponse:
    """Like `ContactsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list_contacts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ContactPage]:
        """List the contacts.

        `GET /v1/contacts`

        Args:
            customer_id: Only contacts of this customer.
            page: Page number, from 1.
            limit: Page size.
            custom_field: Only contacts whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ContactPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_contacts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ContactPage]",
            self._invoker.request_raw("list_contacts", request, _list_contacts._parse_response),
        )

    def upsert_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertContactFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Create or update a contact.

        `PUT /v1/contacts`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_contact._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            self._invoker.request_raw("upsert_contact", request, _upsert_contact._parse_response),
        )

    def create_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Create a contact.

        `POST /v1/contacts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_contact._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            self._invoker.request_raw("create_contact", request, _create_contact._parse_response),
        )

    def get_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Contact]:
        """Get the contact.

        `GET /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Contact]", self._invoker.request_raw("get_contact", request, _get_contact._parse_response)
        )

    def delete_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Delete the contact.

        `DELETE /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            self._invoker.request_raw("delete_contact", request, _delete_contact._parse_response),
        )

    def update_contact(
        self,
        resource_id: str,
        *,
        body: UpdateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Update the contact.

        `PATCH /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_contact._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            self._invoker.request_raw("update_contact", request, _update_contact._parse_response),
        )


class AsyncContactsResource:
    """Operations tagged `contacts`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncContactsResourceWithRawResponse(self._invoker)

    def list_contacts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ContactPage, Contact]:
        """List the contacts.

        `GET /v1/contacts`

        Args:
            customer_id: Only contacts of this customer.
            page: Page number, from 1.
            limit: Page size.
            custom_field: Only contacts whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            max_items: At most this many items across all pages (None: every item).

        Returns:
            AsyncPager[ContactPage, Contact]: a pager; `async for` over it walks every item of every page
                (the spec's `x-payclients-pagination`), `iter_pages()` gives the pages and `first_page()`
                the first. The other arguments filter the listing and choose where it starts.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_contacts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return self._invoker.paginate(
            "list_contacts", request, _list_contacts._parse_response, _LIST_CONTACTS_LISTING, max_items=max_items
        )

    async def upsert_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertContactFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Create or update a contact.

        `PUT /v1/contacts`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_contact._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", await self._invoker.request("upsert_contact", request, _upsert_contact._parse_response))

    async def create_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Create a contact.

        `POST /v1/contacts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_contact._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", await self._invoker.request("create_contact", request, _create_contact._parse_response))

    async def get_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> Contact:
        """Get the contact.

        `GET /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast("Contact", await self._invoker.request("get_contact", request, _get_contact._parse_response))

    async def delete_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Delete the contact.

        `DELETE /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", await self._invoker.request("delete_contact", request, _delete_contact._parse_response))

    async def update_contact(
        self,
        resource_id: str,
        *,
        body: UpdateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Contact:
        """Update the contact.

        `PATCH /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            Contact: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_contact._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("Contact", await self._invoker.request("update_contact", request, _update_contact._parse_response))


class AsyncContactsResourceWithRawResponse:
    """Like `AsyncContactsResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list_contacts(
        self,
        *,
        customer_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        custom_field: str | None = None,
        x_platform_id: str | None = None,
    ) -> RawResponse[ContactPage]:
        """List the contacts.

        `GET /v1/contacts`

        Args:
            customer_id: Only contacts of this customer.
            page: Page number, from 1.
            limit: Page size.
            custom_field: Only contacts whose custom field has this value.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[ContactPage]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _list_contacts._get_kwargs(
            customer_id=customer_id,
            page=page,
            limit=limit,
            custom_field=custom_field,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[ContactPage]",
            await self._invoker.request_raw("list_contacts", request, _list_contacts._parse_response),
        )

    async def upsert_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        identifier_field: str | None = None,
        custom_field_reference: str | None = None,
        field_actions: UpsertContactFieldActions | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Create or update a contact.

        `PUT /v1/contacts`

        Args:
            body: The request body.
            identifier_field: Field that tells whether the resource already exists.
            custom_field_reference: Custom field that tells whether the resource already exists.
            field_actions: Per field, what to do with it when the resource already exists.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _upsert_contact._get_kwargs(
            body=body,
            identifier_field=identifier_field,
            custom_field_reference=custom_field_reference,
            field_actions=field_actions,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            await self._invoker.request_raw("upsert_contact", request, _upsert_contact._parse_response),
        )

    async def create_contact(
        self,
        *,
        body: CreateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Create a contact.

        `POST /v1/contacts`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 409, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_contact._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            await self._invoker.request_raw("create_contact", request, _create_contact._parse_response),
        )

    async def get_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
    ) -> RawResponse[Contact]:
        """Get the contact.

        `GET /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _get_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
        )
        return cast(
            "RawResponse[Contact]",
            await self._invoker.request_raw("get_contact", request, _get_contact._parse_response),
        )

    async def delete_contact(
        self,
        resource_id: str,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Delete the contact.

        `DELETE /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _delete_contact._get_kwargs(
            resource_id=resource_id,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            await self._invoker.request_raw("delete_contact", request, _delete_contact._parse_response),
        )

    async def update_contact(
        self,
        resource_id: str,
        *,
        body: UpdateContactRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[Contact]:
        """Update the contact.

        `PATCH /v1/contacts/{resource_id}`

        Args:
            resource_id: Id of the contact.
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[Contact]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _update_contact._get_kwargs(
            resource_id=resource_id,
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[Contact]",
            await self._invoker.request_raw("update_contact", request, _update_contact._parse_response),
        )


__all__ = [
    "AsyncContactsResource",
    "AsyncContactsResourceWithRawResponse",
    "ContactsResource",
    "ContactsResourceWithRawResponse",
]
