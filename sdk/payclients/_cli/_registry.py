"""The providers the command line knows, one `ProviderEntry` each.

An entry is plain data: every reference to code is a `"module:attribute"` string, resolved only when
a command needs it, so `payclients --help` or `payclients demo` never imports a provider it does not
use. To add a provider, add one entry to `PROVIDERS`:

- `client`: its sync client class. The command line calls it with no credentials (the class reads its
  own environment variables and raises `ConfigurationError` naming the missing one), plus whichever of
  `base_url`, `environment`, `timeout`, `max_retries` and `transport` the user set and the class takes.
- `fake`: an httpx transport class from `payclients.testing` (a `FakeAPI`), constructed as
  `Fake(check_spec=...)` and seeded with demo data, and the client arguments it accepts as credentials.
  None until the provider has one: `--fake` then says so, and the demo skips the provider.
- `demo`: the function that runs its flows in `payclients demo` (see `_demo.py`), given the client and
  the fake.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import inspect
import os
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
    """`"module:Class"` of the fake: an httpx transport taking `check_spec=`, seeded with demo data."""
    credentials: Mapping[str, str]
    """Client arguments the fake accepts as credentials (`{"api_key": "test"}`)."""


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
    """The generated package: its `api.RESOURCES`, its operations and its `openapi.yaml`."""
    env_prefix: str
    """Prefix of the environment variables the client reads (ignored with `--fake` and in the demo)."""
    settings_help: str
    """Which environment variables configure the client, for `payclients <name> --help`."""
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


@functools.cache
def spec_checks_available() -> bool:
    """Whether the fakes can check traffic against the spec (needs the `testing` extra)."""
    return all(importlib.util.find_spec(name) is not None for name in ("openapi_core", "yaml"))


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


def make_fake(entry: ProviderEntry) -> httpx.BaseTransport:
    """A fresh fake of the provider, seeded with its demo data."""
    if entry.fake is None:
        raise ProviderUnavailable(f"{entry.name}: there is no offline fake for {entry.title} yet (--fake)")
    fake: httpx.BaseTransport = load(entry.fake.transport)(check_spec=spec_checks_available())
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
        return make(**kwargs)
    if entry.fake is None:
        raise ProviderUnavailable(f"{entry.name}: there is no offline fake for {entry.title} yet (--fake)")
    transport = fake if fake is not None else make_fake(entry)
    with without_variables(entry.env_prefix):
        return make(**entry.fake.credentials, **kwargs, transport=transport)
