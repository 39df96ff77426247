"""Dates from users: `date`, aware `datetime`, or ISO-8601 strings. Never a guessed timezone.

Python 3.11's `fromisoformat` reads every ISO-8601 form the providers and users write (`Z`, offsets,
fractions, basic and week dates), so no parsing library is needed. A partial date (`"2026-08"`,
`"2026"`) is refused: it names no day, and reading it as the 1st would send a date nobody asked for.
"""

from __future__ import annotations

import datetime as dt
import re

from ._exceptions import ParameterError

__all__ = ["DateLike", "to_date", "to_datetime"]

DateLike = dt.date | dt.datetime | str

_PARTIAL_DATE = re.compile(r"\d{4}(-?\d{2})?|\d{4}-?W\d{2}")


def _parse(value: str, param: str) -> dt.date | dt.datetime:
    """An ISO-8601 string as a date (no time part) or a datetime."""
    text = value.strip()
    if _PARTIAL_DATE.fullmatch(text):  # fromisoformat would read a week as its Monday
        raise ParameterError(param, f"{value!r} is a partial date: give the full day, e.g. '2026-08-01'")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ParameterError(param, f"{value!r} is not an ISO-8601 date or date-time") from None


def to_datetime(value: DateLike, param: str) -> dt.datetime:
    """An aware datetime; a `date` means its midnight in UTC. Naive values are refused."""
    if isinstance(value, str):
        value = _parse(value, param)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ParameterError(
                param, "naive datetime: give it a timezone (e.g. datetime(..., tzinfo=timezone.utc)) or pass a date"
            )
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    raise ParameterError(param, f"expected a date, an aware datetime or an ISO-8601 string, not {type(value).__name__}")


def to_date(value: DateLike, param: str) -> dt.date:
    """A calendar date; an aware datetime gives its own (local) date. Naive datetimes are refused."""
    if isinstance(value, str):
        value = _parse(value, param)
    if isinstance(value, dt.datetime):
        return to_datetime(value, param).date()
    if isinstance(value, dt.date):
        return value
    raise ParameterError(param, f"expected a date, an aware datetime or an ISO-8601 string, not {type(value).__name__}")
