"""`payclients <provider> <operation> [args]`: one command per operation of the provider's spec.

Commands are built on demand: `payclients solvimon --help` reads the catalog (names and summaries)
without importing any operation code, and `payclients solvimon refresh-invoice ...` imports only the
`invoices` resource. A command's arguments come from the generated method's signature (path
parameters are positional, the rest are options, `body` is `--json`) and its help from the spec.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import importlib
import inspect
import typing
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import click

from .._dates import to_date, to_datetime
from .._exceptions import ParameterError
from ._body import build_body, media_schema, read_json, union_members
from ._catalog import Catalog, Operation, catalog, kebab, load_spec, resolve
from ._friendly import convenience_for
from ._output import Progress, emit, reported_errors, stdout_is_terminal
from ._registry import ClientOptions, ProviderEntry, ProviderUnavailable, build_client
from ._suggest import SuggestingGroup

__all__ = ["OperationCommand", "ProviderGroup", "build_command", "is_listing"]

# -- the provider group -------------------------------------------------------------------------------


class ProviderGroup(SuggestingGroup):
    """`payclients <provider>`: lists the operations from the catalog, builds one when it is called."""

    def __init__(self, entry: ProviderEntry) -> None:
        super().__init__(name=entry.name, help=entry.summary, short_help=entry.summary, no_args_is_help=True)
        self.entry = entry

    @property
    def catalog(self) -> Catalog:
        return catalog(self.entry.generated_package)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.catalog.operations)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        operation = self.catalog.operations.get(cmd_name)
        if operation is None:
            return None
        return build_command(self.entry, operation)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        book = self.catalog
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(f"{book.title}: every operation of the spec, as a command." if book.title else "")
            if book.description:
                formatter.write_paragraph()
                formatter.write_text(_first_sentence(book.description))
            formatter.write_paragraph()
            formatter.write_text(self.entry.settings_help)
            formatter.write_paragraph()
            formatter.write_text(
                f"Results are printed as JSON. Try `payclients {self.entry.name} <command> --help`"
                + (f", or --fake to use the offline fake of {self.entry.title}." if self.entry.fake else ".")
            )
            if not self.entry.available():
                formatter.write_paragraph()
                formatter.write_text(
                    f"Note: the {self.entry.title} client is not part of this version of payclients yet, "
                    "so these commands cannot be run."
                )

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Operations grouped by resource, with the spec's one-line summaries (no operation is imported)."""
        for tag, operations in self.catalog.by_tag().items():
            rows = [(op.command, op.summary) for op in operations]
            with formatter.section(f"Commands ({tag.replace('_', ' ')})"):
                formatter.write_dl(rows)


# -- one operation --------------------------------------------------------------------------------------


class OperationCommand(click.Command):
    """A command whose help shows the path arguments, the operation's parameters and the client options apart."""

    def __init__(self, *args: Any, argument_rows: Sequence[tuple[str, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.argument_rows = list(argument_rows)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.argument_rows:
            with formatter.section("Arguments"):
                formatter.write_dl(self.argument_rows)
        own: list[tuple[str, str]] = []
        common: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            if isinstance(param, click.Argument):
                continue
            record = param.get_help_record(ctx)
            if record is None:
                continue
            name = param.name or ""
            (own if name.startswith("p_") or name in ("json_body", "output") else common).append(record)
        if own:
            with formatter.section("Parameters"):
                formatter.write_dl(own)
        with formatter.section("Options"):
            formatter.write_dl(common)


if TYPE_CHECKING:
    from .._pagination import SyncPager

    _ParamType = click.ParamType[Any]  # generic from click 8.4 on
else:
    _ParamType = click.ParamType


@dataclasses.dataclass(frozen=True)
class _Input:
    """One parameter of the generated method, as the command line takes it."""

    name: str
    """Python name in the method's signature."""
    positional: bool
    convert: Callable[[Any], Any]


class _EnumType(_ParamType):
    """One of an enum's values (the spec's list); converts to the generated enum."""

    def __init__(self, enum_class: type[enum.Enum]) -> None:
        self.enum_class = enum_class
        self.values = [str(member.value) for member in enum_class]
        self.name = enum_class.__name__

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        shown = "|".join(self.values)
        return f"[{shown}]" if len(shown) <= 60 else "VALUE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, self.enum_class):
            return value
        for member in self.enum_class:
            if str(member.value) == str(value) or str(member.value).lower() == str(value).lower():
                return member
        self.fail(f"{value!r} is not one of: {', '.join(self.values)}", param, ctx)


class _DateTimeType(_ParamType):
    """An ISO-8601 date-time with a timezone (or a date: its midnight in UTC)."""

    name = "datetime"

    def __init__(self, date_only: bool = False) -> None:
        self.date_only = date_only
        if date_only:
            self.name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "DATE" if self.date_only else "DATETIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return to_date(value, "value") if self.date_only else to_datetime(value, "value")
        except ParameterError as exc:
            if "naive" in str(exc):
                self.fail(
                    f"{value!r} has no timezone: add one (e.g. {value}Z or {value}-03:00), or give a date", param, ctx
                )
            self.fail(str(exc).removeprefix("value: "), param, ctx)


def _click_type(annotation: Any) -> tuple[click.ParamType[Any], bool, bool]:
    """(click type, repeatable, boolean flag) for a parameter's annotation."""
    members = union_members(annotation)
    kind = members[0] if len(members) == 1 else str
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind) or (str,)
        item_type, _, _ = _click_type(item)
        return item_type, True, False
    if kind is bool:
        return click.BOOL, False, True
    if kind is int:
        return click.INT, False, False
    if kind is float:
        return click.FLOAT, False, False
    if kind is uuid.UUID:
        return click.UUID, False, False
    if kind is dt.datetime:
        return _DateTimeType(), False, False
    if kind is dt.date:
        return _DateTimeType(date_only=True), False, False
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _EnumType(kind), False, False
    return click.STRING, False, False


def _resource_method(entry: ProviderEntry, operation: Operation) -> Callable[..., Any]:
    """The generated method (on the sync resource class), imported on demand."""
    api = importlib.import_module(f"{entry.generated_package}.api")
    module_name, class_name, _ = api.RESOURCES[operation.tag]
    module = importlib.import_module(module_name, f"{entry.generated_package}.api")
    method: Callable[..., Any] = getattr(getattr(module, class_name), operation.name)
    return method


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "." if text else ""


def _body_help(entry: ProviderEntry, operation: Operation) -> str:
    """The body's model and its top-level fields, from the spec."""
    spec = load_spec(entry.generated_package)
    _, schema = media_schema(operation.request_body or {})
    name = str(schema.get("$ref", "")).rsplit("/", 1)[-1]
    node = resolve(spec, schema)
    required = set(node.get("required", ())) if isinstance(node, Mapping) else set()
    fields = []
    for field, raw in ((node.get("properties") or {}) if isinstance(node, Mapping) else {}).items():
        mark = ", required" if field in required else ""
        fields.append(f"{field} ({_kind(spec, raw)}{mark})")
    shape = f"a JSON {name} object" if name else "JSON"
    listed = f"; fields: {', '.join(fields)}" if fields else ""
    return f"The request body: {shape}{listed}. Inline, @file.json, or - for stdin."


def _kind(spec: Mapping[str, Any], node: Any) -> str:
    """A schema's type, briefly: `string`, `array of RefreshInvoiceType`, `Amount or null`."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"].rsplit("/", 1)[-1])
    if not isinstance(node, Mapping):
        return "any"
    for key in ("oneOf", "anyOf"):
        if key in node:
            return " or ".join(dict.fromkeys(_kind(spec, option) for option in node[key]))
    kinds = node.get("type")
    names = [kinds] if isinstance(kinds, str) else list(kinds or ["object" if "properties" in node else "any"])
    shown = []
    for name in names:
        if name == "array":
            shown.append(f"array of {_kind(spec, node.get('items', {}))}")
        else:
            shown.append(str(name))
    return " or ".join(shown)


def is_listing(operation: Operation) -> bool:
    """Whether the spec marks the operation as a listing (`x-payclients-pagination`): `--all` pages it."""
    return isinstance(operation.spec.get("x-payclients-pagination"), Mapping)


class _ModelNames(dict[str, Any]):
    """The models of a generated package by name, looked up as an annotation names them.

    A resource module imports its models for type checkers only (so reaching a resource stays cheap),
    so its methods' annotations are evaluated with these names beside the module's own.
    """

    def __init__(self, package: str) -> None:
        super().__init__()
        self._package = package

    def __missing__(self, name: str) -> Any:
        models = importlib.import_module(f"{self._package}.models")
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _signature(method: Callable[..., Any]) -> inspect.Signature:
    package = method.__module__.partition(".")[0]
    return inspect.signature(method, locals=_ModelNames(package), eval_str=True)


def build_command(entry: ProviderEntry, operation: Operation) -> click.Command:
    """The click command of one operation, from the generated method's signature and the spec."""
    method = _resource_method(entry, operation)
    signature = _signature(method)
    params: list[click.Parameter] = []
    inputs: list[_Input] = []
    argument_rows: list[tuple[str, str]] = []
    keywords: set[str] = set()
    body_annotation: Any = None
    body_required = False
    for parameter in list(signature.parameters.values())[1:]:  # after self
        if parameter.name == "max_items":
            continue  # a listing's pager cap: the common --max-items
        if parameter.name == "body":
            body_annotation = parameter.annotation
            body_required = parameter.default is inspect.Parameter.empty
            continue
        click_type, multiple, flag = _click_type(parameter.annotation)
        described = operation.parameter(parameter.name)
        description = described.description if described else ""
        dest = f"p_{parameter.name}"
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            metavar = parameter.name.upper()
            params.append(click.Argument([dest], type=click_type, metavar=metavar))
            argument_rows.append((metavar, description))
            inputs.append(_Input(parameter.name, True, lambda v: v))
            continue
        keywords.add(parameter.name)
        option = f"--{kebab(parameter.name)}"
        where = f" [{described.location} {described.name}]" if described and described.location != "query" else ""
        required = parameter.default is inspect.Parameter.empty
        declarations = [f"{option}/--no-{kebab(parameter.name)}" if flag else option, dest]
        params.append(
            click.Option(
                declarations,
                type=None if flag else click_type,
                multiple=multiple,
                default=None,
                required=required,
                help=(description + where).strip() + (" (repeatable)" if multiple else ""),
            )
        )
        inputs.append(_Input(parameter.name, False, list if multiple else (lambda v: v)))

    returns_file = any(getattr(m, "__name__", "") == "File" for m in union_members(signature.return_annotation))
    if body_annotation is not None:
        params.append(
            click.Option(
                ["--json", "json_body"],
                metavar="JSON|@FILE|-",
                required=body_required,
                help=_body_help(entry, operation),
            )
        )
    if returns_file:
        params.append(
            click.Option(
                ["--output", "-o", "output"],
                type=click.Path(dir_okay=False, writable=True, allow_dash=True),
                help="Write the downloaded file here (- for stdout). Needed when stdout is a terminal.",
            )
        )
    params += _common_options(entry, listing=is_listing(operation))

    def run(**values: Any) -> None:
        _run(entry, operation, inputs, body_annotation, keywords, values)

    summary = operation.summary or operation.name.replace("_", " ")
    help_text = "\n\n".join(
        part
        for part in (
            summary,
            operation.description if operation.description != summary else "",
            f"{operation.method} {operation.path}" if operation.path else "",
        )
        if part
    )
    return OperationCommand(
        name=operation.command,
        params=params,
        callback=run,
        help=help_text,
        short_help=summary,
        argument_rows=argument_rows,
        no_args_is_help=False,
    )


def _client_settings(entry: ProviderEntry) -> Collection[str]:
    """The settings the provider's client takes (all of them while the client is not there)."""
    try:
        return inspect.signature(entry.client_class()).parameters.keys()
    except ProviderUnavailable:
        return ("base_url", "environment", "timeout", "max_retries")


def _common_options(entry: ProviderEntry, *, listing: bool) -> list[click.Parameter]:
    settings = _client_settings(entry)
    fake_help = (
        f"Call an offline fake of {entry.title} instead (fresh and seeded with demo data at every run; "
        f"no credentials, {entry.env_prefix}* variables ignored)."
        if entry.fake
        else f"Call an offline fake (none for {entry.title} yet)."
    )
    paging = [
        click.Option(
            ["--all", "all_pages"],
            is_flag=True,
            default=False,
            help="Fetch every page and print one JSON array of the items (without it: the first page).",
        ),
        click.Option(
            ["--max-items", "max_items"],
            type=click.IntRange(min=0),
            metavar="N",
            help="With --all (implied), stop after N items.",
        ),
    ]
    return [
        click.Option(["--fake", "fake"], is_flag=True, default=False, help=fake_help),
        *(paging if listing else []),
        click.Option(["--base-url", "base_url"], metavar="URL", help=f"Override {entry.env_prefix}BASE_URL."),
        click.Option(
            ["--environment", "environment"],
            metavar="NAME",
            help=f"A named environment (see `payclients {entry.name} --help`).",
            hidden="environment" not in settings,
        ),
        click.Option(
            ["--timeout", "timeout"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Per request.",
        ),
        click.Option(
            ["--max-retries", "max_retries"],
            type=click.IntRange(min=0),
            metavar="N",
            help="Retries after the first attempt (default 2).",
        ),
    ]


def _run(
    entry: ProviderEntry,
    operation: Operation,
    inputs: Sequence[_Input],
    body_annotation: Any,
    keywords: set[str],
    values: dict[str, Any],
) -> None:
    options = ClientOptions(
        fake=bool(values["fake"]),
        base_url=values["base_url"],
        environment=values["environment"],
        timeout=values["timeout"],
        max_retries=values["max_retries"],
    )
    max_items: int | None = values.get("max_items")
    every_page = bool(values.get("all_pages")) or max_items is not None
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for item in inputs:
        value = values[f"p_{item.name}"]
        if item.positional:
            args.append(value)
        elif value is not None and value != ():
            kwargs[item.name] = item.convert(value)
    friendly = convenience_for(entry.name, operation.name) if values.get("json_body") is not None else None
    if friendly is not None:
        data = read_json(values["json_body"])
        with reported_errors(), build_client(entry, options) as client:
            made = friendly.call(client, data)  # the facade's input, rules and correlationID
        emit(made)
        return
    if values.get("json_body") is not None:
        spec = load_spec(entry.generated_package)
        data = read_json(values["json_body"])
        kwargs["body"] = build_body(
            spec, operation.request_body, body_annotation, data, lambda text: click.echo(f"Warning: {text}", err=True)
        )
    output = values.get("output")
    if "output" in values and output is None and stdout_is_terminal():
        raise click.UsageError(
            f"{operation.command} downloads a file: give --output FILE, or pipe stdout to a file or program"
        )
    with reported_errors(), build_client(entry, options) as client:
        call = getattr(getattr(client, operation.tag), operation.name)
        if not is_listing(operation):
            result: Any = call(*args, **kwargs)
        elif every_page:
            if "limit" in keywords:
                kwargs.setdefault("limit", ALL_PAGE_SIZE)
            result = _every_item(call(*args, **kwargs, max_items=max_items))
        else:
            result = call(*args, **kwargs).first_page()
    emit(result, output=output)


ALL_PAGE_SIZE = 100
"""The page size `--all` asks for when the command line names none (fewer round trips)."""


def _every_item(pager: SyncPager[Any, Any]) -> list[Any]:
    """Every item of a listing, page by page (the spec's paging), with progress on stderr."""
    items: list[Any] = []
    with Progress() as progress:
        for found in pager.iter_page_items():
            items += found
            progress.page(len(found))
    return items
