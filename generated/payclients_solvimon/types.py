"""Shared types of the generated client: values, files, the invoker protocols and the JSON codec."""

import datetime as _dt
import importlib as _importlib
import io as _io
import json as _json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, MutableMapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, Protocol, TypeVar
from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class _Null:
    """The JSON `null` a request sends on purpose (to clear a nullable field); `None` leaves a field out."""

    _instance: "_Null | None" = None

    def __new__(cls) -> "_Null":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NULL"

    def __reduce__(self) -> str:
        return "NULL"


NULL: Any = _Null()
"""Put in a nullable request field to send `null`; typed `Any` so that it fits every field."""

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

    def within(self, segment: str) -> "ResponseValueError":
        """The same problem seen from the enclosing value: `segment` (a key, or `[i]`) goes in front."""
        if not self.path:
            path = segment
        elif self.path.startswith("["):
            path = segment + self.path
        else:
            path = f"{segment}.{self.path}"
        return ResponseValueError(path, self.problem)


# ---- Reading JSON: the parsers `from_dict` calls. Each returns the Python value or raises
# ResponseValueError with an empty path; the enclosing model puts the field name in front.

_JSON_TYPE_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    Decimal: "number",
    bool: "boolean",
    type(None): "null",
}
_UTC = _dt.UTC


def _refuse_constant(name: str) -> NoReturn:
    raise ResponseValueError("", f"{name} is not a JSON number")


def decode_json(content: bytes | str) -> Any:
    """A response body as JSON, with every non-integer number read exactly as a `Decimal`.

    A number's own text goes to `Decimal`, never through a binary float, so `150.10` stays
    `Decimal("150.10")`. NaN and Infinity (which `json` accepts by default) are refused.
    """
    try:
        return _json.loads(content, parse_float=Decimal, parse_constant=_refuse_constant)
    except ValueError as exc:
        if isinstance(exc, ResponseValueError):
            raise
        raise ResponseValueError("", f"the body is not valid JSON ({exc})") from None


def describe(value: object) -> str:
    """How a wrong value reads in an error: its JSON type, and the value itself when short."""
    name = _JSON_TYPE_NAMES.get(type(value))
    if name is None:
        return type(value).__name__
    if name in ("object", "array"):
        return name
    if name == "null":
        return "null"
    text = _json.dumps(value) if not isinstance(value, Decimal) else str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{name} {text}"


def wrong(expected: str, value: object) -> NoReturn:
    raise ResponseValueError("", f"expected {expected}, got {describe(value)}")


def missing(data: Mapping[str, Any], key: str) -> NoReturn:
    problem = "required field is null" if key in data else "required field is missing"
    raise ResponseValueError("", problem)


def failed_key(model: Any, fields: Sequence[str], keys: Sequence[str]) -> str:
    """The JSON key of the first field `from_dict` had not set when it failed ("" once all were set)."""
    for field, key in zip(fields, keys, strict=True):
        try:
            getattr(model, field)
        except AttributeError:
            return key
    return ""


def object_of(value: Any) -> dict[str, Any]:
    if type(value) is dict:
        return value
    if isinstance(value, Mapping):
        return dict(value)
    wrong("object", value)


def string(value: Any) -> str:
    return value if type(value) is str else wrong("string", value)


def integer(value: Any) -> int:
    if type(value) is int:
        return value
    if type(value) is Decimal and value == value.to_integral_value():
        return int(value)
    wrong("integer", value)


def number(value: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int or type(value) is Decimal:
        return float(value)
    wrong("number", value)


def boolean(value: Any) -> bool:
    return value if type(value) is bool else wrong("boolean", value)


def decimal(value: Any) -> Decimal:
    """Decimal money: a JSON string (`"150.10"`) or number (read exactly by `decode_json`)."""
    kind = type(value)
    if kind is Decimal:
        return value
    if kind is str:
        try:
            result = Decimal(value)
        except InvalidOperation:
            wrong("decimal string", value)
        if not result.is_finite():
            wrong("finite decimal", value)
        return result
    if kind is int:
        return Decimal(value)
    if kind is float:  # a dict decoded by plain json.loads: the float's shortest text
        return Decimal(repr(value))
    wrong("decimal", value)


def date_time(value: Any) -> _dt.datetime:
    """An ISO 8601 timestamp (`Z`, offsets, fractions); one without an offset is read as UTC."""
    if type(value) is not str:
        wrong("date-time string", value)
    try:
        result = _dt.datetime.fromisoformat(value)
    except ValueError:
        wrong("ISO 8601 date-time", value)
    if result.tzinfo is None:
        return result.replace(tzinfo=_UTC)
    return result


def date(value: Any) -> _dt.date:
    """An ISO 8601 date; a full timestamp in a date field gives the date as written."""
    if type(value) is not str:
        wrong("date string", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(value).date()
    except ValueError:
        wrong("ISO 8601 date", value)


def uuid(value: Any) -> UUID:
    if type(value) is not str:
        wrong("uuid string", value)
    try:
        return UUID(value)
    except ValueError:
        wrong("uuid", value)


def any_value(value: Any) -> Any:
    return value


def null(value: Any) -> None:
    if value is not None:
        wrong("null", value)


def file(value: Any) -> File:
    """A file field of a multipart model: a `File`, or the bytes of one."""
    if isinstance(value, File):
        return value
    if isinstance(value, bytes):
        return File(payload=_io.BytesIO(value))
    wrong("file", value)


def const(value: Any, expected: Any) -> Any:
    if value != expected or type(value) is not type(expected):
        raise ResponseValueError("", f"expected {_json.dumps(expected)}, got {describe(value)}")
    return value


_R = TypeVar("_R")


def list_of(value: Any, item: Callable[[Any], _R]) -> list[_R]:
    """A JSON array whose items each parse with `item`; a failing item's index goes into the path."""
    if type(value) is not list:
        wrong("array", value)
    try:
        return [item(x) for x in value]
    except ResponseValueError:
        for index, x in enumerate(value):
            try:
                item(x)
            except ResponseValueError as exc:
                raise exc.within(f"[{index}]") from None
        raise


def dict_of(value: Any, item: Callable[[Any], _R]) -> dict[str, _R]:
    data = object_of(value)
    result: dict[str, _R] = {}
    for key, x in data.items():
        try:
            result[key] = item(x)
        except ResponseValueError as exc:
            raise exc.within(key) from None
    return result


def nullable(item: Callable[[Any], _R]) -> Callable[[Any], _R | None]:
    return lambda value: None if value is None else item(value)


def one_of(value: Any, options: Sequence[Callable[[Any], Any]], names: str) -> Any:
    """The first option that parses `value` (oneOf/anyOf); none fitting is a mismatch."""
    for option in options:
        try:
            return option(value)
        except ResponseValueError:
            continue
    raise ResponseValueError("", f"expected {names}, got {describe(value)}")


def enum_parser(cls: Callable[[Any], _R], kind: type) -> Callable[[Any], _R]:
    """A parser into an open enum (any value of the right JSON type is kept)."""

    def parse(value: Any) -> _R:
        if type(value) is not kind:
            wrong("string" if kind is str else "integer", value)
        return cls(value)

    return parse


# ---- Plain Python values into request models (attrs converters): the user may write a decimal
# string or int for Decimal money, and must give an aware datetime. Floats are refused: not exact.


def _refuse(expected: str, value: object) -> NoReturn:
    raise RequestValueError("", f"expected {expected}, got {type(value).__name__} {value!r}")


def to_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, Decimal):
        if value.is_finite():
            return value
    elif isinstance(value, bool) or isinstance(value, float):
        _refuse("Decimal, int or decimal string (a float is not exact)", value)
    elif isinstance(value, int):
        return Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            _refuse("a decimal string", value)
        if result.is_finite():
            return result
    _refuse("Decimal, int or decimal string", value)


def to_decimal_or_none(value: Decimal | int | str | None) -> Decimal | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return to_decimal(value)


def to_datetime(value: _dt.datetime | str) -> _dt.datetime:
    if type(value) is str:
        try:
            value = _dt.datetime.fromisoformat(value)
        except ValueError:
            _refuse("an ISO 8601 date-time", value)
    if not isinstance(value, _dt.datetime):
        _refuse("an aware datetime", value)
    if value.tzinfo is None or value.utcoffset() is None:
        _refuse("an aware datetime (a naive one would need a guessed time zone)", value)
    return value


def to_datetime_or_none(value: _dt.datetime | str | None) -> _dt.datetime | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return to_datetime(value)


def to_date(value: _dt.date | str) -> _dt.date:
    if type(value) is _dt.date:
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            _refuse("an ISO 8601 date", value)
    if isinstance(value, _dt.datetime):
        _refuse("a date (for a datetime, pass its .date())", value)
    if isinstance(value, _dt.date):
        return value
    _refuse("a date", value)


def to_date_or_none(value: _dt.date | str | None) -> _dt.date | None:
    if value is None:
        return None
    if value is NULL:
        return NULL
    return to_date(value)


# ---- Writing JSON: `to_dict` gives what json.dumps accepts.


def decimal_text(value: Any) -> str:
    """Decimal money as its exact string, never in exponent form (`Decimal("1E+2")` -> `"100"`)."""
    if type(value) is not Decimal:
        value = to_decimal(value)
    text = str(value)  # much faster than format(); exponent form only for very small or large values
    return text if "E" not in text else format(value, "f")


def iso(value: Any) -> str:
    kind = type(value)
    if kind is _dt.datetime:
        if value.tzinfo is None:
            to_datetime(value)  # refuses it
        return value.isoformat()  # type: ignore[no-any-return]
    if kind is _dt.date:
        return value.isoformat()  # type: ignore[no-any-return]
    if isinstance(value, _dt.datetime):
        return to_datetime(value).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    _refuse("a date or an aware datetime", value)


def dump(value: Any) -> Any:
    """Any model value as JSON-ready data (what `to_dict` calls for the less common shapes)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float or value is None:
        return value
    if value is NULL:
        return None
    if isinstance(value, Enum):
        return value.value
    if kind is Decimal:
        return decimal_text(value)
    if isinstance(value, _dt.date):
        return iso(value)
    if isinstance(value, list | tuple):
        return [dump(x) for x in value]
    if isinstance(value, dict):
        return {key: dump(x) for key, x in value.items()}
    if isinstance(value, UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    return value


def query_value(value: Any, name: str) -> Any:
    """A query or header argument as httpx sends it; a value that cannot be sent names the argument."""
    try:
        result = dump(value)
    except RequestValueError as exc:
        raise RequestValueError(name, exc.problem) from None
    if isinstance(value, float):
        return value
    return result


def form_part(value: Any) -> tuple[None, bytes, str]:
    """One multipart/form-data part of a model field: text for scalars, JSON for objects and lists."""
    data = dump(value)
    if isinstance(data, dict | list):
        return (None, _json.dumps(data).encode(), "application/json")
    if isinstance(data, bool):
        return (None, b"true" if data else b"false", "text/plain")
    return (None, str(data).encode(), "text/plain")


# ---- Reprs that show only what is set.

_REPR_DEPTH = 2
_REPR_ITEMS = 3
_REPR_TEXT = 60


def _short(value: Any, depth: int) -> str:
    if hasattr(value, "_FIELDS"):
        return model_repr(value, depth + 1)
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, _dt.datetime | _dt.date):
        return f"{type(value).__name__}({value.isoformat()})"
    if isinstance(value, list):
        shown = [_short(x, depth) for x in value[:_REPR_ITEMS]]
        if len(value) > _REPR_ITEMS:
            shown.append(f"... {len(value)} items")
        return "[" + ", ".join(shown) + "]"
    if isinstance(value, str) and len(value) > _REPR_TEXT:
        return repr(value[: _REPR_TEXT - 3] + "...")
    return repr(value)


def model_repr(model: Any, depth: int = 0) -> str:
    """`Invoice(id='inv_1', status='FINAL', ...)`: set fields only; deeper models shortened to `Name(...)`."""
    name = type(model).__name__
    if depth >= _REPR_DEPTH:
        return f"{name}(...)"
    parts = []
    for field in model._FIELDS:
        value = getattr(model, field)
        if value is None or (type(value) is list and not value):
            continue
        parts.append(f"{field}={_short(value, depth)}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties=<{len(extra)} keys: {', '.join(sorted(extra)[:5])}>")
    return f"{name}({', '.join(parts)})"


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


class LazyModule:
    """An operation module, imported on its first use.

    A resource names one module per operation, and each names its models: importing them all when
    the resource is first reached cost more than the rest of a client's start-up, for a program that
    calls two operations. On first use the module's names are copied in, so later lookups are plain
    attribute reads.
    """

    def __init__(self, name: str) -> None:
        self.__dict__["_lazy_module_name"] = name

    def __getattr__(self, attribute: str) -> Any:
        module = _importlib.import_module(self.__dict__["_lazy_module_name"])
        self.__dict__.update(vars(module))
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self.__dict__['_lazy_module_name']!r}>"


__all__ = [
    "NULL",
    "UNSET",
    "AsyncInvoker",
    "AsyncPager",
    "File",
    "FileTypes",
    "Invoker",
    "LazyModule",
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
