"""Near misses: a misspelled command or option names the one the user most likely meant."""

from __future__ import annotations

import difflib
from typing import Any

import click

__all__ = ["SuggestingGroup", "nearest"]


def nearest(word: str, candidates: list[str]) -> str | None:
    """The candidate closest to `word`, if any is close enough to be a typo of it."""
    found = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return found[0] if found else None


class SuggestingGroup(click.Group):
    """A group whose "No such command" suggests the nearest command, and whose subcommands'
    "No such option" names only the nearest option (click lists up to three)."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            guess = nearest(name, self.list_commands(ctx))
            if guess is not None:
                ctx.fail(f"No such command {name!r}. Did you mean {guess!r}?")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.NoSuchOption as exc:
            guess = nearest(exc.option_name, list(exc.possibilities or ()))
            if guess is None:
                raise
            raise click.NoSuchOption(exc.option_name, possibilities=[guess], ctx=exc.ctx) from None
