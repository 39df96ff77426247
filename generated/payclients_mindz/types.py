"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
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


class Invoker(Protocol):
    """Sends an operation's request and returns what its success status parses to.

    The resource classes in `api/<tag>/__init__.py` call it; the application supplies it (payclients'
    runtime does: auth, retries, typed errors). `operation` is the operation's snake_case name,
    `request` the keyword arguments for `httpx.Client.request` from the module's `_get_kwargs`.
    """

    def request(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> Any: ...

    def request_raw(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> RawResponse[Any]: ...


class AsyncInvoker(Protocol):
    """The async twin of `Invoker`."""

    async def request(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> Any: ...

    async def request_raw(self, operation: str, request: dict[str, Any], parse: ParseResponse) -> RawResponse[Any]: ...


__all__ = [
    "UNSET",
    "AsyncInvoker",
    "File",
    "FileTypes",
    "Invoker",
    "ParseResponse",
    "RawResponse",
    "RequestFiles",
    "RequestValueError",
    "Response",
    "ResponseValueError",
    "Unset",
    "ValueProblem",
]
