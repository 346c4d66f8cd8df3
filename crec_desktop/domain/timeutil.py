"""Instants and local days in the organisation's time zone, America/Toronto.

Rule of the house: every instant handled by the program is time-zone aware. Instants are stored
in UTC; they are shown, exported and repeated in local time, so a weekly 09:00 booking stays at
09:00 across the clock changes while its durations stay real elapsed time.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TZ = ZoneInfo("America/Toronto")
UTC = dt.UTC
MAX_BOOKING = dt.timedelta(hours=24)


class NaiveInstantError(ValueError):
    """A datetime without a time zone reached code that needs to know which instant it is."""


def require_aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveInstantError(f"naive datetime {value!r}: instants must carry a time zone")
    return value


def to_utc(value: dt.datetime) -> dt.datetime:
    return require_aware(value).astimezone(UTC)


def to_local(value: dt.datetime) -> dt.datetime:
    return require_aware(value).astimezone(TZ)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """The instant at that wall-clock time in Toronto (a time skipped in March moves forward)."""
    return at_local(dt.date(year, month, day), dt.time(hour, minute))


def at_local(day: dt.date, clock: dt.time) -> dt.datetime:
    """Combine a local date and wall-clock time into an aware instant.

    A wall time that does not exist (the skipped hour in March) is normalised forward by a round
    trip through UTC; an ambiguous one (the repeated hour in November) takes its first meaning.
    """
    naive = dt.datetime.combine(day, clock)
    aware = naive.replace(tzinfo=TZ, fold=0)
    return aware.astimezone(UTC).astimezone(TZ)


def local_date(value: dt.datetime) -> dt.date:
    return to_local(value).date()


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where a local day starts and ends (23 or 25 hours on change days)."""
    start = at_local(day, dt.time())
    end = at_local(day + dt.timedelta(days=1), dt.time())
    return start.astimezone(UTC), end.astimezone(UTC)


def range_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants covering the local days first..last inclusive."""
    return day_bounds(first)[0], day_bounds(last)[1]


def parse_instant(text: str) -> dt.datetime:
    """An RFC 3339 instant with its offset ('Z' or ±HH:MM); naive text is refused."""
    value = dt.datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    return require_aware(value)


def format_instant(value: dt.datetime) -> str:
    """RFC 3339 in local time with its offset, to the second: 2026-12-02T09:00:00-05:00."""
    return to_local(value).replace(microsecond=0).isoformat()


def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def is_whole_minute(value: dt.datetime) -> bool:
    return value.second == 0 and value.microsecond == 0


def hours_between(start: dt.datetime, end: dt.datetime) -> float:
    """Real elapsed hours (a night across the November change counts its extra hour)."""
    return (to_utc(end) - to_utc(start)).total_seconds() / 3600.0


def week_start(day: dt.date) -> dt.date:
    """The Monday of day's week (ISO weeks, as Quebec calendars number them)."""
    return day - dt.timedelta(days=day.weekday())
