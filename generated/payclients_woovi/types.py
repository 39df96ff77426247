"""Contains some shared types for properties"""

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class ValueProblem(ValueError):
    """A value that does not fit its schema, at a JSON path (`invoice.lines[2].quantity`).

    The generated code raises the two subclasses below and knows nothing else; the application maps
    them to its own errors (payclients: `ParameterError` before sending, `ResponseValidationError`
    with the request id after).
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.problem))


class RequestValueError(ValueProblem):
    """A request argument or request-model field that cannot be sent as its schema says."""


class ResponseValueError(ValueProblem):
    """A response body that does not match its schema."""


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


T_co = TypeVar("T_co", covariant=True)


class RawResponse(Protocol[T_co]):
    """A response with its parsed body: what the `with_raw_response` methods return."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def request_id(self) -> str | None: ...

    @property
    def parsed(self) -> T_co: ...


ParseResponse = Callable[..., Any]
"""An operation module's `_parse_response(*, client, response)`."""


@define(frozen=True)
class Listing:
    """How one listing operation pages: its spec's `x-payclients-pagination`, with its style's fields.

    The generated listing methods hand it to `Invoker.paginate`; the application's pager reads it.
    """

    style: str
    """The style's name in `x-payclients-pagination-styles` (`skip_limit`, `page`, `drf`, ...)."""
    rules: Mapping[str, Any]
    """The style's fields, in the API's own spelling (`{"offset": "skip", "limit": "limit", ...}`)."""
    items: str
    """The body field holding a page's items, or "." when the body is the array itself."""
    attributes: tuple[str, ...] = ()
    """The page model's attributes holding the items (the first one set wins); empty for a bare array."""
    max_offset: int | None = None
    """The largest offset the API accepts, when it names one."""


P_co = TypeVar("P_co", covariant=True)


class Pager(Protocol[P_co, T_co]):
    """What a listing method returns: iterate it for every item across pages (`for item in pager`)."""

    def __iter__(self) -> Iterator[T_co]: ...

    def iter_pages(self) -> Iterator[P_co]:
        """Each page as the API returned it."""
        ...

    def first_page(self) -> P_co:
        """The first page (fetched once; iterating afterwards starts from it)."""
        ...

    def to_list(self) -> list[T_co]: ...


class AsyncPager(Protocol[P_co, T_co]):
    """The async listing methods' pager: `async for item in pager`."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    def iter_pages(self) -> AsyncIterator[P_co]:
        """Each page as the API returned it."""
        ...

    async def first_page(self) -> P_co:
        """The first page (fetched once; iterating afterwards starts from it)."""
        ...

    async def to_list(self) -> list[T_co]: ...


class Invoker(Protocol):
    """Sends an operation's request and returns what its success status parses to.

    The resource classes in `api/<tag>/__init__.py` call it; the application supplies it (payclients'
    runtime does: auth, retries, typed errors). `operation` is the operation's snake_case name,
    `request` the keyword arguments for `httpx.Client.request` from the module's `_get_kwargs`.
    `paginate` returns a pager over a listing operation, starting from `request` (the first page) and
    asking for the following pages as `listing` says.
    """

    def request(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> Any: ...

    def request_raw(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> RawResponse[Any]: ...

    def paginate(
        self,
        operation: str,
        request: dict[str, Any],
        parse: ParseResponse,
        listing: Listing,
        *,
        max_items: int | None = None,
    ) -> Pager[Any, Any]: ...


class AsyncInvoker(Protocol):
    """The async twin of `Invoker` (`paginate` itself is not awaited: its pager is)."""

    async def request(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> Any: ...

    async def request_raw(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> RawResponse[Any]: ...

    def paginate(
        self,
        operation: str,
        request: dict[str, Any],
        parse: ParseResponse,
        listing: Listing,
        *,
        max_items: int | None = None,
    ) -> AsyncPager[Any, Any]: ...


__all__ = [
    "UNSET",
    "AsyncInvoker",
    "AsyncPager",
    "File",
    "FileTypes",
    "Invoker",
    "Listing",
    "Pager",
    "ParseResponse",
    "RawResponse",
    "RequestFiles",
    "RequestValueError",
    "Response",
    "ResponseValueError",
    "Unset",
    "ValueProblem",
]
