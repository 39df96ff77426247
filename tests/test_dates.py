"""User dates: date, aware datetime or ISO-8601 string; naive datetimes refused."""

from __future__ import annotations

import datetime as dt

import pytest

from payclients import ParameterError
from payclients._dates import to_date, to_datetime

BRT = dt.timezone(dt.timedelta(hours=-3))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 5, 1), dt.datetime(2026, 5, 1, tzinfo=dt.UTC)),
        (dt.datetime(2026, 5, 1, 12, tzinfo=BRT), dt.datetime(2026, 5, 1, 12, tzinfo=BRT)),
        ("2026-05-01", dt.datetime(2026, 5, 1, tzinfo=dt.UTC)),
        ("2026-05-01T12:30:00Z", dt.datetime(2026, 5, 1, 12, 30, tzinfo=dt.UTC)),
        ("2026-05-01T12:30:00-03:00", dt.datetime(2026, 5, 1, 12, 30, tzinfo=BRT)),
    ],
)
def test_to_datetime_accepts(value: object, expected: dt.datetime) -> None:
    assert to_datetime(value, "when") == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [dt.datetime(2026, 5, 1, 12), "2026-05-01T12:30:00", "yesterday", 20260501])
def test_to_datetime_refuses(value: object) -> None:
    with pytest.raises(ParameterError) as caught:
        to_datetime(value, "when")  # type: ignore[arg-type]
    assert caught.value.param == "when"


def test_naive_datetime_error_says_how_to_fix_it() -> None:
    with pytest.raises(ParameterError, match="timezone"):
        to_datetime(dt.datetime(2026, 5, 1), "billing_date")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-05-01", dt.date(2026, 5, 1)),
        (dt.date(2026, 5, 1), dt.date(2026, 5, 1)),
        (dt.datetime(2026, 5, 1, 23, tzinfo=BRT), dt.date(2026, 5, 1)),
        ("2026-05-01T23:00:00-03:00", dt.date(2026, 5, 1)),
    ],
)
def test_to_date(value: object, expected: dt.date) -> None:
    assert to_date(value, "day") == expected  # type: ignore[arg-type]


def test_to_date_refuses_naive_datetimes() -> None:
    with pytest.raises(ParameterError):
        to_date("2026-05-01T23:00:00", "day")


@pytest.mark.parametrize("value", ["2026-08", "2026", "202608", "2026-W31"])
def test_partial_dates_are_refused_not_read_as_the_first(value: str) -> None:
    for convert in (to_date, to_datetime):
        with pytest.raises(ParameterError, match="partial date") as caught:
            convert(value, "day")
        assert caught.value.param == "day"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20260801", dt.date(2026, 8, 1)),
        ("2026-W31-6", dt.date(2026, 8, 1)),
        (" 2026-08-01 ", dt.date(2026, 8, 1)),
        ("2026-08-01T10:00:00.5+00:00", dt.date(2026, 8, 1)),
        ("2026-08-01 10:00Z", dt.date(2026, 8, 1)),
    ],
)
def test_other_iso_forms(value: str, expected: dt.date) -> None:
    assert to_date(value, "day") == expected


def test_a_datetime_string_keeps_its_time_and_offset() -> None:
    assert to_datetime("2026-08-01T10:00:00.25-03:00", "when") == dt.datetime(2026, 8, 1, 10, 0, 0, 250000, tzinfo=BRT)
