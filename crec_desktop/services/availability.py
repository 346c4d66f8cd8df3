"""Available and booked hours: each specialist's expected hours per day, what is booked, the load.

A specialist works Monday to Friday, `weekly_hours / 5` hours a day, between `workday_start` and
`workday_end`. A statutory holiday, an organisation closure or an absence makes the day's
expected hours zero: holidays and absences reduce what is expected, not only the free time.
Booked hours are the real elapsed time of the booking occurrences (confirmed and tentative apart),
split at local midnight, so a night across the November clock change counts its extra hour.

Everything is counted in whole minutes (bookings fall on whole minutes) and shown as Decimal
hours. One call gives a range for many specialists with four small queries (the grid's load strip
for 25 rows × a month):

    loads = specialist_loads(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    loads[0].days[3].utilisation, loads[0].weeks(), loads[0].total().booked_hours

`org_calendar()` gives the organisation-wide days off (holidays with their names, closures) the
grid shades. Read with the tables of store.schema on Core connections (`db.connect()`, or the
caller's `session.connection()`): the window's start-up path imports no ORM.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import Connection, String, bindparam, select, type_coerce

from crec_desktop.domain.holidays import GOOD_FRIDAY, Holiday, holidays_between
from crec_desktop.domain.timeutil import MAX_BOOKING, TZ, UTC, day_bounds, range_bounds, week_start
from crec_desktop.store import schema
from crec_desktop.store.db import Database

WEEKEND, HOLIDAY, CLOSURE, ABSENCE = "weekend", "holiday", "closure", "absence"


def _sqlite_reader():
    """Instants as SQLite stores them (UTC text), read fast: each distinct text parsed once (a
    month repeats many of its instants)."""
    seen: dict[str, dt.datetime] = {}

    def read(value: str) -> dt.datetime:
        found = seen.get(value)
        if found is None:
            found = seen[value] = dt.datetime.fromisoformat(value).replace(tzinfo=UTC)
        return found

    return read


def _utc_postgresql(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is UTC else value.astimezone(UTC)


_ONE_DAY = dt.timedelta(days=1)
_CENT = Decimal("0.01")


def minutes_to_hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(_CENT)


def _ratio(booked: int, expected: int) -> Decimal | None:
    return (Decimal(booked) / Decimal(expected)).quantize(_CENT) if expected > 0 else None


def days_in(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


# --- the organisation's calendar -------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class OrgCalendar:
    """Statutory holidays and closures between first and last (inclusive)."""

    first: dt.date
    last: dt.date
    easter: str
    holidays: dict[dt.date, Holiday]
    closures: dict[dt.date, tuple[str, ...]]

    def is_closed(self, day: dt.date) -> bool:
        """A statutory holiday or an organisation closure."""
        return day in self.holidays or day in self.closures

    def label(self, day: dt.date, lang: str = "fr") -> str | None:
        """What to write on that day's column: the holiday's name, else the closure's."""
        if day in self.holidays:
            return self.holidays[day].name(lang)
        if day in self.closures:
            return " ; ".join(self.closures[day]) if lang == "fr" else "; ".join(self.closures[day])
        return None


_ORG = schema.organization.c
_EASTER = select(_ORG.easter_holiday).where(_ORG.id == 1)


def easter_setting(connection: Connection) -> str:
    value = connection.execute(_EASTER).scalar()
    return value or GOOD_FRIDAY


_C = schema.closure.c
_CLOSURES = (select(_C.date, _C.name).where(_C.date >= bindparam("first", type_=_C.date.type),
                                            _C.date <= bindparam("last", type_=_C.date.type))
             .order_by(_C.date, _C.name))


def read_closures(connection: Connection, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """(date, name) of the organisation's closures from first to last, by date then name."""
    return connection.execute(_CLOSURES, {"first": first, "last": last}).all()


def calendar_of(first: dt.date, last: dt.date, easter: str, closures: Iterable[tuple[dt.date, str]]) -> OrgCalendar:
    """The OrgCalendar of first..last from the Easter setting and closure rows (date, name) in
    date and name order (those outside the days are left out)."""
    by_day: dict[dt.date, list[str]] = {}
    for day, name in closures:
        if first <= day <= last:
            by_day.setdefault(day, []).append(name)
    return OrgCalendar(first, last, easter, holidays_between(first, last, easter),
                       {d: tuple(n) for d, n in by_day.items()})


def read_org_calendar(connection: Connection, first: dt.date, last: dt.date) -> OrgCalendar:
    return calendar_of(first, last, easter_setting(connection), read_closures(connection, first, last))


def org_calendar(db: Database, first: dt.date, last: dt.date) -> OrgCalendar:
    with db.connect() as connection:
        return read_org_calendar(connection, first, last)


# --- loads ------------------------------------------------------------------------------------

class _Hours:
    """Hours and utilisation from a load's expected, confirmed and tentative minutes."""

    __slots__ = ()
    expected_minutes: int
    confirmed_minutes: int
    tentative_minutes: int

    @property
    def booked_minutes(self) -> int:
        return self.confirmed_minutes + self.tentative_minutes

    @property
    def expected_hours(self) -> Decimal:
        return minutes_to_hours(self.expected_minutes)

    @property
    def confirmed_hours(self) -> Decimal:
        return minutes_to_hours(self.confirmed_minutes)

    @property
    def tentative_hours(self) -> Decimal:
        return minutes_to_hours(self.tentative_minutes)

    @property
    def booked_hours(self) -> Decimal:
        return minutes_to_hours(self.booked_minutes)

    @property
    def utilisation(self) -> Decimal | None:
        """Booked over expected (1.00 = fully booked); None when nothing is expected."""
        return _ratio(self.booked_minutes, self.expected_minutes)


@dataclasses.dataclass(frozen=True, slots=True)
class DayLoad(_Hours):
    """One specialist's day: expected and booked minutes, and why it is off (if it is)."""

    day: dt.date
    expected_minutes: int
    confirmed_minutes: int
    tentative_minutes: int
    off: str | None  # None on a working day, else WEEKEND, HOLIDAY, CLOSURE or ABSENCE


@dataclasses.dataclass(frozen=True, slots=True)
class LoadTotal(_Hours):
    """Sums over a span of days (a week, a month, the whole range)."""

    first: dt.date
    last: dt.date
    expected_minutes: int
    confirmed_minutes: int
    tentative_minutes: int


def _total(days: Sequence[DayLoad]) -> LoadTotal:
    return LoadTotal(days[0].day, days[-1].day, sum(d.expected_minutes for d in days),
                     sum(d.confirmed_minutes for d in days), sum(d.tentative_minutes for d in days))


@dataclasses.dataclass(frozen=True)
class SpecialistLoad:
    """A specialist's days over the range asked for, with totals by week and by month."""

    specialist_id: int
    key: str
    name: str
    weekly_hours: Decimal
    workday_start: dt.time
    workday_end: dt.time
    days: tuple[DayLoad, ...]

    def day(self, day: dt.date) -> DayLoad:
        return self.days[(day - self.days[0].day).days]

    def total(self, first: dt.date | None = None, last: dt.date | None = None) -> LoadTotal:
        """Totals over first..last (default: the whole range)."""
        chosen = [d for d in self.days if (first is None or d.day >= first) and (last is None or d.day <= last)]
        return _total(chosen) if chosen else LoadTotal(first or self.days[0].day, last or self.days[-1].day, 0, 0, 0)

    def weeks(self) -> list[LoadTotal]:
        """One total per ISO week (Monday–Sunday) of the range; the end weeks may be partial."""
        return self._grouped(lambda d: week_start(d.day))

    def months(self) -> list[LoadTotal]:
        """One total per calendar month of the range; the end months may be partial."""
        return self._grouped(lambda d: (d.day.year, d.day.month))

    def _grouped(self, key) -> list[LoadTotal]:
        groups: dict[object, list[DayLoad]] = {}
        for d in self.days:
            groups.setdefault(key(d), []).append(d)
        return [_total(g) for g in groups.values()]


def daily_expected_minutes(weekly_hours: Decimal) -> int:
    """A working day's share of the week (Monday to Friday), in whole minutes."""
    return int((Decimal(weekly_hours) * 60 / 5).to_integral_value())


def split_by_local_day(start: dt.datetime, end: dt.datetime) -> Iterable[tuple[dt.date, int]]:
    """(local day, real elapsed minutes) of the part of [start, end) that falls on each day."""
    day = start.astimezone(TZ).date()
    while start < end:
        day_end = day_bounds(day)[1]
        piece_end = min(end, day_end)
        yield day, int((piece_end - start).total_seconds() // 60)
        start, day = piece_end, day + _ONE_DAY


def compute_loads(connection: Connection, first: dt.date, last: dt.date,
                  specialist_ids: Sequence[int] | None = None, *,
                  include_inactive: bool = False) -> list[SpecialistLoad]:
    """Loads of the specialists (all active ones by default) for the local days first..last."""
    if last < first:
        raise ValueError("last day before first day")
    s = schema.specialist.c
    query = select(s.id, s.key, s.name, s.weekly_hours, s.workday_start, s.workday_end).order_by(s.name, s.key)
    if specialist_ids is not None:
        query = query.where(s.id.in_(list(specialist_ids)))
    elif not include_inactive:
        query = query.where(s.active.is_(True))
    people = connection.execute(query).all()
    if not people:
        return []
    ids = [p.id for p in people]
    calendar = read_org_calendar(connection, first, last)
    lo, hi = range_bounds(first, last)
    a = schema.absence.c
    absences = connection.execute(
        select(a.specialist_id, a.start_date, a.end_date)
        .where(a.specialist_id.in_(ids), a.start_date <= last, a.end_date >= first)).all()
    o = schema.occurrence.c
    rows = connection.execute(
        select(o.specialist_id, type_coerce(o.start, String), type_coerce(o.end, String), o.status)
        .where(o.specialist_id.in_(ids), o.start >= lo - MAX_BOOKING, o.start < hi, o.end > lo))
    booked = booked_minutes(rows, first, last, instant_reader(connection))
    return loads_of(people, first, last, calendar, absent_days(absences, first, last), booked)


def instant_reader(connection):
    """How to turn an instant read without SQLAlchemy's type processing (type_coerce(column,
    String): UTC text on SQLite, timestamptz on PostgreSQL) into an aware UTC datetime — several
    times faster than the column type's own hook. On SQLite, a reader for one query's rows: each
    distinct text is parsed once (datetimes are immutable: equal instants share one object)."""
    return _sqlite_reader() if connection.dialect.name == "sqlite" else _utc_postgresql


def absent_days(absences: Iterable[tuple[int, dt.date, dt.date]], first: dt.date,
                last: dt.date) -> dict[int, set[dt.date]]:
    """{specialist: days of first..last they are away} from (specialist, first day, last day) rows."""
    absent: dict[int, set[dt.date]] = {}
    for sid, a_first, a_last in absences:
        days = absent.setdefault(sid, set())
        day = max(a_first, first)
        while day <= min(a_last, last):
            days.add(day)
            day += _ONE_DAY
    return absent


def booked_minutes(rows: Iterable[tuple], first: dt.date, last: dt.date,
                   to_utc=_utc_postgresql) -> dict[tuple[int, dt.date], list[int]]:
    """{(specialist, local day): [confirmed, tentative] minutes} of the occurrence rows
    (specialist, start, end, status) within the local days first..last, split at local midnights
    (real elapsed minutes per day). Rows outside the days count for nothing."""
    lo, hi = range_bounds(first, last)
    dates = days_in(first, last)
    midnights = [day_bounds(d)[0] for d in dates] + [hi]  # UTC instants where each local day starts
    booked: dict[tuple[int, dt.date], list[int]] = {}
    for sid, start, end, status in rows:
        slot = 0 if status == "confirmed" else 1
        start, end = max(to_utc(start), lo), min(to_utc(end), hi)
        i = bisect.bisect_right(midnights, start) - 1
        while start < end:  # split at local midnights: real elapsed minutes per day
            piece_end = min(end, midnights[i + 1])
            booked.setdefault((sid, dates[i]), [0, 0])[slot] += int((piece_end - start).total_seconds() // 60)
            start, i = piece_end, i + 1
    return booked


def loads_of(people: Iterable, first: dt.date, last: dt.date, calendar: OrgCalendar,
             absent: dict[int, set[dt.date]], booked: dict[tuple[int, dt.date], list[int]]) -> list[SpecialistLoad]:
    """The SpecialistLoad of each person (rows with id, key, name, weekly_hours, workday_start,
    workday_end) from what was read: the calendar, absent_days() and booked_minutes()."""
    dates = days_in(first, last)
    org_off = {d: (HOLIDAY if d in calendar.holidays else CLOSURE) for d in dates if calendar.is_closed(d)}
    result = []
    for p in people:
        per_day = daily_expected_minutes(p.weekly_hours)
        mine = absent.get(p.id, ())
        days = []
        for d in dates:
            off = WEEKEND if d.weekday() >= 5 else org_off.get(d) or (ABSENCE if d in mine else None)
            confirmed, tentative = booked.get((p.id, d), (0, 0))
            days.append(DayLoad(d, 0 if off else per_day, confirmed, tentative, off))
        result.append(SpecialistLoad(p.id, p.key, p.name, Decimal(p.weekly_hours), p.workday_start,
                                     p.workday_end, tuple(days)))
    return result


def specialist_loads(db: Database, first: dt.date, last: dt.date,
                     specialist_ids: Sequence[int] | None = None, *,
                     include_inactive: bool = False) -> list[SpecialistLoad]:
    """Each specialist's expected and booked hours for every local day first..last (inclusive)."""
    with db.connect() as connection:
        return compute_loads(connection, first, last, specialist_ids, include_inactive=include_inactive)


__all__ = [
    "ABSENCE", "CLOSURE", "HOLIDAY", "WEEKEND", "DayLoad", "LoadTotal", "OrgCalendar", "SpecialistLoad",
    "absent_days", "booked_minutes", "calendar_of", "compute_loads", "daily_expected_minutes", "instant_reader",
    "loads_of", "minutes_to_hours", "org_calendar", "read_closures", "read_org_calendar", "specialist_loads",
    "split_by_local_day",
]
