"""The providers the command line knows, one `ProviderEntry` each.

An entry is plain data: every reference to code is a `"module:attribute"` string, resolved only when
a command needs it, so `payclients --help` or `payclients demo` never imports a provider it does not
use. To add a provider, add one entry to `PROVIDERS`:

- `client`: its sync client class. The command line calls it with no credentials (the class reads its
  own environment variables and raises `ConfigurationError` naming the missing one), plus whichever of
  `base_url`, `environment`, `timeout`, `max_retries` and `transport` the user set and the class takes.
- `fake`: an httpx transport class from `payclients.testing` (a `FakeAPI`), constructed as
  `Fake()` (spec-checked when the `testing` extra is installed) and seeded with demo data, and the
  client arguments it accepts as credentials.
  None until the provider has one: `--fake` then says so, and the demo skips the provider.
- `demo`: the function that runs its flows in `payclients demo` (see `_demo.py`), given the client and
  the fake.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from .._exceptions import ConfigurationError

if TYPE_CHECKING:
    import httpx

    from .._base_client import SyncAPIClient

__all__ = [
    "PROVIDERS",
    "ClientOptions",
    "Needs",
    "in_cli_terms",
    "FakeSetup",
    "ProviderEntry",
    "ProviderUnavailable",
    "build_client",
    "load",
]


class ProviderUnavailable(ConfigurationError):
    """A registered provider whose client (or fake) is not part of this installation."""


def load(reference: str) -> Any:
    """The object a `"package.module:attribute"` reference names (ImportError/AttributeError if none)."""
    module_name, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


@dataclass(frozen=True)
class FakeSetup:
    """How `--fake` and the demo reach a provider offline."""

    transport: str
    """`"module:Class"` of the fake: an httpx transport (a `FakeAPI`), seeded with demo data."""
    credentials: Mapping[str, str]
    """Client arguments the fake accepts as credentials (`{"api_key": "test"}`)."""


@dataclass(frozen=True)
class Needs:
    """A setting the client cannot do without, in the command line's terms (environment variables)."""

    what: str
    """"credentials", "a tenant"."""
    any_of: tuple[tuple[str, ...], ...]
    """Groups of environment variables: all of one group set satisfies it."""
    option: str | None = None
    """A command-line option that satisfies it too (`base_url` for --base-url)."""

    def missing(self, options: ClientOptions) -> bool:
        if self.option is not None and getattr(options, self.option, None) is not None:
            return False
        return not any(all(os.environ.get(name, "").strip() for name in group) for group in self.any_of)

    def describe(self) -> str:
        groups = [" and ".join(group) for group in self.any_of]
        text = "set " + groups[0] + "".join(f" (or {group})" for group in groups[1:])
        if self.option is not None:
            text += f", or give --{self.option.replace('_', '-')}"
        return text


@dataclass(frozen=True)
class ProviderEntry:
    name: str
    """Command name: `payclients <name> ...`."""
    title: str
    """Display name ("Solvimon")."""
    summary: str
    """One line for `payclients --help`."""
    client: str
    """`"module:Class"` of the sync client."""
    generated_package: str
    """The generated package: its `api.RESOURCES`, its operations and its `openapi.json`."""
    env_prefix: str
    """Prefix of the environment variables the client reads (ignored with `--fake` and in the demo)."""
    settings_help: str
    """Which environment variables configure the client, for `payclients <name> --help`."""
    needs: tuple[Needs, ...] = ()
    """What a real call needs, checked before the client is made so the error names variables."""
    fake: FakeSetup | None = None
    demo: str | None = None
    """`"module:function"` running the provider's demo flows: `function(out, client, fake)`."""

    def client_class(self) -> type[SyncAPIClient]:
        try:
            cls: type[SyncAPIClient] = load(self.client)
        except (ImportError, AttributeError):
            raise ProviderUnavailable(
                f"the {self.title} client is not part of this version of payclients yet"
            ) from None
        return cls

    def available(self) -> bool:
        try:
            self.client_class()
        except ProviderUnavailable:
            return False
        return True


PROVIDERS: dict[str, ProviderEntry] = {
    entry.name: entry
    for entry in (
        ProviderEntry(
            name="woovi",
            title="Woovi",
            summary="Woovi (ex-OpenPix): Pix payments, charges, subscriptions and NFS-e invoices.",
            client="payclients:Woovi",
            generated_package="payclients_woovi",
            env_prefix="WOOVI_",
            settings_help=(
                "Credentials: WOOVI_APP_ID (the AppID). Where: WOOVI_ENVIRONMENT (production, the default, "
                "or sandbox) or WOOVI_BASE_URL."
            ),
            needs=(Needs("credentials", (("WOOVI_APP_ID",),)),),
            fake=FakeSetup(transport="payclients.testing:FakeWoovi", credentials={"app_id": "test"}),
            demo="payclients._cli._demo:woovi",
        ),
        ProviderEntry(
            name="solvimon",
            title="Solvimon",
            summary="Solvimon: B2B usage-based billing (invoices).",
            client="payclients:Solvimon",
            generated_package="payclients_solvimon",
            env_prefix="SOLVIMON_",
            settings_help=(
                "Credentials: SOLVIMON_API_KEY (or SOLVIMON_BEARER_TOKEN); optional SOLVIMON_PLATFORM_ID. "
                "Where: SOLVIMON_ENVIRONMENT (test, the default, or live) or SOLVIMON_BASE_URL."
            ),
            needs=(Needs("credentials", (("SOLVIMON_API_KEY",), ("SOLVIMON_BEARER_TOKEN",))),),
            fake=FakeSetup(transport="payclients.testing:FakeSolvimon", credentials={"api_key": "test"}),
            demo="payclients._cli._demo:solvimon",
        ),
        ProviderEntry(
            name="mindz",
            title="Mindz",
            summary="Mindz / MindzPay: course platform, its payments and NF-e invoices.",
            client="payclients:Mindz",
            generated_package="payclients_mindz",
            env_prefix="MINDZ_",
            settings_help=(
                "Credentials: MINDZ_APP_ID and MINDZ_API_KEY. Tenant: MINDZ_PLATFORM (the subdomain) "
                "or MINDZ_BASE_URL (or --base-url)."
            ),
            needs=(
                Needs("credentials", (("MINDZ_APP_ID", "MINDZ_API_KEY"),)),
                Needs("a tenant", (("MINDZ_PLATFORM",), ("MINDZ_BASE_URL",)), option="base_url"),
            ),
            fake=FakeSetup(
                transport="payclients.testing:FakeMindz",
                credentials={"app_id": "test-app", "api_key": "test-key", "platform": "demo"},
            ),
            demo="payclients._cli._demo:mindz",
        ),
    )
}


# -- building a client -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientOptions:
    """The provider-wide command-line options."""

    fake: bool = False
    base_url: str | None = None
    environment: str | None = None
    timeout: float | None = None
    max_retries: int | None = None


def spec_checks_available() -> bool:
    """Whether the fakes can check traffic against the spec (needs the `testing` extra)."""
    from ..testing._spec import spec_checks_available

    return spec_checks_available()


@contextlib.contextmanager
def without_variables(prefix: str) -> Iterator[None]:
    """Hide the environment variables starting with `prefix` (restored afterwards)."""
    hidden = {name: value for name, value in os.environ.items() if name.startswith(prefix)}
    for name in hidden:
        del os.environ[name]
    try:
        yield
    finally:
        os.environ.update(hidden)


def in_cli_terms(message: str) -> str:
    """A configuration message of the Python API, reworded for the command line: no `pass x=...`."""
    return re.sub(r"pass (\w+)=\.\.\. \(or set ([A-Z0-9_]+)\)", r"set \2", message)


def make_fake(entry: ProviderEntry) -> httpx.BaseTransport:
    """A fresh fake of the provider, seeded with its demo data."""
    if entry.fake is None:
        raise ProviderUnavailable(f"{entry.name}: there is no offline fake for {entry.title} yet (--fake)")
    from ..testing import SpecChecksUnavailable

    with warnings.catch_warnings(record=True) as caught:
        # A fake without openapi-core runs unchecked and says so, as in the Python API and the fixtures;
        # here that is one "Warning:" line on stderr rather than Python's warning format.
        warnings.simplefilter("always", SpecChecksUnavailable)
        fake: httpx.BaseTransport = load(entry.fake.transport)()
    ctx = click.get_current_context(silent=True)
    said = ctx.find_root().meta if ctx is not None else {}
    for warning in caught:
        if not issubclass(warning.category, SpecChecksUnavailable):
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
        elif not said.get("payclients.unchecked"):  # once per run, however many fakes the demo makes
            said["payclients.unchecked"] = True
            click.echo(f"Warning: {warning.message}", err=True)
    return fake


def build_client(
    entry: ProviderEntry, options: ClientOptions, *, fake: httpx.BaseTransport | None = None
) -> SyncAPIClient:
    """The provider's client, configured from the options; with `options.fake`, wired to `fake`.

    Without `--fake` the client reads its credentials and settings from its environment variables.
    With it, those variables are ignored: the fake's own credentials are used.
    """
    cls = entry.client_class()
    accepted = inspect.signature(cls).parameters
    make: Callable[..., SyncAPIClient] = cls
    kwargs: dict[str, Any] = {}
    for name, value in (
        ("base_url", options.base_url),
        ("environment", options.environment),
        ("timeout", options.timeout),
        ("max_retries", options.max_retries),
    ):
        if value is None:
            continue
        if name not in accepted:
            raise click.UsageError(f"{entry.name} has no --{name.replace('_', '-')} setting")
        kwargs[name] = value
    if not options.fake:
        for need in entry.needs:
            if need.missing(options):
                hint = f", or use --fake to call the offline fake of {entry.title}" if entry.fake else ""
                raise ConfigurationError(f"{entry.title} needs {need.what}: {need.describe()}{hint}")
        try:
            return make(**kwargs)
        except ConfigurationError as exc:
            raise ConfigurationError(in_cli_terms(str(exc))) from None
    if entry.fake is None:
        raise ProviderUnavailable(f"{entry.name}: there is no offline fake for {entry.title} yet (--fake)")
    transport = fake if fake is not None else make_fake(entry)
    with without_variables(entry.env_prefix):
        return make(**entry.fake.credentials, **kwargs, transport=transport)
