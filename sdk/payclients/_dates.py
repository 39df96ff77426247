"""Dates from users: `date`, aware `datetime`, or ISO-8601 strings. Never a guessed timezone."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as date_parser

from ._exceptions import ParameterError

__all__ = ["DateLike", "to_date", "to_datetime"]

DateLike = dt.date | dt.datetime | str


def _parse(value: str, param: str) -> dt.date | dt.datetime:
    """An ISO-8601 string as a date (no time part) or a datetime."""
    try:
        parsed = date_parser.isoparse(value)
    except (ValueError, OverflowError):
        raise ParameterError(param, f"{value!r} is not an ISO-8601 date or date-time") from None
    has_time = "T" in value.upper() or " " in value.strip()
    return parsed if has_time else parsed.date()


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
