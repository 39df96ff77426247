"""The root command: `payclients demo` and one group per registered provider, built on demand."""

from __future__ import annotations

from collections.abc import Sequence

import click

from .._version import __version__
from ._registry import PROVIDERS
from ._suggest import SuggestingGroup

__all__ = ["cli", "main"]


class _Root(SuggestingGroup):
    """Knows its subcommands by name; builds (and imports) only the one that runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return ["demo", *PROVIDERS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "demo":
            from ._demo import demo_command

            return demo_command
        entry = PROVIDERS.get(cmd_name)
        if entry is None:
            return None
        from ._operations import ProviderGroup

        return ProviderGroup(entry)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [("demo", "Run each provider's flagship flows offline, against the bundled fakes.")]
        rows += [(entry.name, entry.summary) for entry in PROVIDERS.values()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_Root, no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="payclients", message="%(prog)s %(version)s")
def cli() -> None:
    """Typed clients for Solvimon, Woovi and Mindz, from the command line.

    Start with `payclients demo` (offline, no credentials). Then `payclients <provider> --help` lists
    every operation of the provider's spec; each prints its result as JSON. Credentials come from the
    provider's environment variables; `--fake` calls an offline fake instead.
    """


def main(args: Sequence[str] | None = None) -> None:
    """The console script `payclients` (and `python -m payclients`)."""
    cli.main(args=list(args) if args is not None else None, prog_name="payclients")
