"""What is planned in a window of time: booking occurrences (repeating bookings expanded),
absences and closures, as light frozen values for the grid, the `agenda` command and reports.

One indexed query on `occurrence` joined to its booking, bounded below by `start >= window
start - 24 h` (no booking lasts longer), which is what lets the (specialist, start) and (start)
indexes serve it (PERFORMANCE.md: 14x slower without it); then the engagements (with their
member and domain) and the specialists named, on the same connection.
Each occurrence says whether it is in conflict: it overlaps another occurrence of the same
specialist (a tentative one overlapping anything; confirmed ones never should).
Read with the tables of store.schema on Core connections (`db.connect()`, or the caller's
`session.connection()`): the window's start-up path imports neither the ORM nor the models.

    items = occurrences_between(db, lo, hi)                # aware instants, [lo, hi)
    items = agenda(db, dt.date(2026, 11, 23), dt.date(2026, 11, 29), specialist_ids=[3])
    items[0].ref                                           # what scheduling operations take
    rows, in_conflict = occurrence_rows(db, lo, hi)        # the same as plain tuples (ROW_FIELDS)
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Connection, String, bindparam, select, type_coerce

from crec_desktop.domain import rules
from crec_desktop.domain.timeutil import MAX_BOOKING, range_bounds, to_utc
from crec_desktop.services.availability import instant_reader
from crec_desktop.store import schema
from crec_desktop.store.coltypes import UTCDateTime
from crec_desktop.store.db import Database

if TYPE_CHECKING:  # the scheduling side's values are imported when used: the grid opens without them
    from crec_desktop.services.changes import OccurrenceRef

_O, _B, _E, _M, _S, _D = (t.c for t in (schema.occurrence, schema.booking, schema.engagement, schema.member,
                                         schema.specialist, schema.domain))
_SECONDS_PER_HOUR = Decimal(3600)


@dataclasses.dataclass(frozen=True, slots=True)
class AgendaItem:
    """One occurrence of a booking, with what the grid and the lists show of it."""

    occurrence_id: int
    booking_id: int
    uid: str
    version: int
    specialist_id: int
    specialist_key: str
    specialist_name: str
    start: dt.datetime
    end: dt.datetime
    status: str
    repeats: bool
    engagement_id: int | None
    engagement_number: str | None
    engagement_title: str | None
    member_id: int | None
    member_key: str | None
    member_name: str | None  # short name when there is one
    domain_code: str | None
    location: str | None
    note: str | None
    conflict: bool = False

    @property
    def ref(self) -> OccurrenceRef:
        """What to pass to the scheduling operations for this occurrence."""
        from crec_desktop.services.changes import OccurrenceRef  # noqa: PLC0415

        return OccurrenceRef(self.uid, self.version, self.start if self.repeats else None)

    @property
    def tentative(self) -> bool:
        return self.status == "tentative"

    @property
    def hours(self) -> Decimal:
        """Real elapsed hours."""
        return (Decimal((self.end - self.start).total_seconds()) / _SECONDS_PER_HOUR).quantize(Decimal("0.01"))


# The week query is the hottest read of the application (every scroll of the grid): built once,
# with its instants read as the driver gives them (text on SQLite, timestamptz on PostgreSQL) and
# turned into aware UTC datetimes here, which is several times faster than per-value type hooks.
# It reads the occurrences with their bookings only; the engagements (number, title, member,
# domain) and the specialists they name come from two small queries after it: a month names a
# few hundred engagements for well over a thousand occurrences, and a wide join repeated their
# columns on every row (a third of the time).
_RAW_START, _RAW_END = type_coerce(_O.start, String).label("start"), type_coerce(_O.end, String).label("end")
_COLUMNS = (_O.id, _O.booking_id, _B.uid, _B.version, _O.specialist_id, _RAW_START, _RAW_END, _O.status, _B.rrule,
            _B.engagement_id, _B.location, _B.note)
_FROM = schema.occurrence.join(schema.booking, _B.id == _O.booking_id)
_WINDOW = (_O.start >= bindparam("earliest", type_=UTCDateTime()), _O.start < bindparam("hi", type_=UTCDateTime()),
           _O.end > bindparam("lo", type_=UTCDateTime()))
_ORDER = (_O.specialist_id, _O.start, _O.id)
_BASE = select(*_COLUMNS).select_from(_FROM).where(*_WINDOW).order_by(*_ORDER)
# "every specialist" said as an IN on their ids, like a chosen few: SQLite then walks the
# (specialist, start) index one specialist after the other and needs no sort for the order.
_ALL = _BASE.where(_O.specialist_id.in_(select(_S.id).scalar_subquery()))
_SOME = _BASE.where(_O.specialist_id.in_(bindparam("ids", expanding=True)))
_SPECIALISTS = select(_S.id, _S.key, _S.name)
_ENGAGEMENTS = (select(_E.id, _E.number, _E.title, _E.member_id, _M.key, _M.short_name, _M.name, _D.code)
                .select_from(schema.engagement.join(schema.member, _M.id == _E.member_id)
                             .outerjoin(schema.domain, _D.id == _E.domain_id))
                .where(_E.id.in_(bindparam("ids", expanding=True))))
_CHUNK = 500            # ids per IN (...) list
_NO_ENGAGEMENT = (None,) * 6


def _engagement_details(connection, ids) -> dict[int, tuple]:
    """{engagement id: (number, title, member id, member key, member name (short if any), domain code)}."""
    ids = sorted(ids)
    details = {}
    for i in range(0, len(ids), _CHUNK):
        for eid, number, title, mid, mkey, mshort, mname, dcode in connection.execute(
                _ENGAGEMENTS, {"ids": ids[i:i + _CHUNK]}):
            details[eid] = (number, title, mid, mkey, mshort or mname, dcode)
    return details


def _frozen_builder(cls):
    """A fast constructor for a frozen slots dataclass from a sequence of all its field values.

    A frozen dataclass's own __init__ sets each field through object.__setattr__, about 5 µs for
    twenty fields; setting the slots directly is a few times faster and the result is the same
    frozen, comparable, hashable object."""
    names = [f.name for f in dataclasses.fields(cls)]
    setters = {f"set_{n}": getattr(cls, n).__set__ for n in names}
    body = "".join(f"    set_{n}(obj, values[{i}])\n" for i, n in enumerate(names))
    namespace = {"new": object.__new__, "cls": cls, **setters}
    exec(f"def build(values):\n    obj = new(cls)\n{body}    return obj\n", namespace)  # noqa: S102
    return namespace["build"]


_build_item = _frozen_builder(AgendaItem)

# The fields of a row of read_rows(): those of AgendaItem, in order, but the last (conflict).
ROW_FIELDS = tuple(f.name for f in dataclasses.fields(AgendaItem))[:-1]


def _conflicting(rows: list[tuple], neighbours: Sequence[tuple[int, dt.datetime, dt.datetime]] = ()) -> set[int]:
    """Positions of the rows that overlap another row or a neighbour of the same specialist."""
    intervals = [(row[4], row[7], row[8], i) for i, row in enumerate(rows)]
    intervals += [(sid, s, e, -1 - j) for j, (sid, s, e) in enumerate(neighbours)]
    hit = set()
    for earlier, later in rules.find_overlaps(intervals):
        hit.add(earlier[3])
        hit.add(later[3])
    return {i for i in hit if i >= 0}


def read_rows(connection: Connection, start: dt.datetime, end: dt.datetime,
              specialist_ids: Sequence[int] | None = None) -> tuple[list[tuple], set[int]]:
    """What read_occurrences reads, before it becomes AgendaItems: one plain tuple per occurrence
    overlapping [start, end) holding the AgendaItem fields but `conflict` (ROW_FIELDS, in that
    order), by specialist then start; and the positions of the rows in conflict. For callers
    that make their own values of them (the planning grid reads a month of them per scroll)."""
    lo, hi = to_utc(start), to_utc(end)
    params = {"earliest": lo - MAX_BOOKING, "hi": hi, "lo": lo}
    if specialist_ids is not None:
        params["ids"] = list(specialist_ids)
    utc = instant_reader(connection)
    found = connection.execute(_ALL if specialist_ids is None else _SOME, params).all()
    if not found:
        return [], set()
    specialists = {sid: (key, name) for sid, key, name in connection.execute(_SPECIALISTS)}
    details = _engagement_details(connection, {row[9] for row in found if row[9] is not None})
    no_engagement = _NO_ENGAGEMENT
    rows = []
    for oid, bid, uid, version, sid, start, end, status, rrule, eid, location, note in found:
        number, title, mid, mkey, mname, dcode = details.get(eid, no_engagement)
        skey, sname = specialists.get(sid) or ("", "")   # (deleted since, on another workstation)
        rows.append((oid, bid, uid, version, sid, skey, sname, utc(start), utc(end), status, bool(rrule), eid,
                     number, title, mid, mkey, mname, dcode, location, note))
    neighbours: list[tuple[int, dt.datetime, dt.datetime]] = []
    edge_lo = min((row[7] for row in rows if row[7] < lo), default=lo)
    edge_hi = max((row[8] for row in rows if row[8] > hi), default=hi)
    if edge_lo < lo or edge_hi > hi:  # blocks crossing the window's edges: see who they overlap outside it
        ids = sorted({row[4] for row in rows if row[7] < lo or row[8] > hi})
        seen = {row[0] for row in rows}
        found = connection.execute(
            select(_O.id, _O.specialist_id, _O.start, _O.end)
            .where(_O.specialist_id.in_(ids), _O.start >= edge_lo - MAX_BOOKING, _O.start < edge_hi, _O.end > edge_lo))
        neighbours = [(sid, s, e) for oid, sid, s, e in found if oid not in seen]
    return rows, _conflicting(rows, neighbours)


def read_occurrences(connection: Connection, start: dt.datetime, end: dt.datetime,
                     specialist_ids: Sequence[int] | None = None) -> list[AgendaItem]:
    """Occurrences overlapping [start, end), by specialist then start, conflicts flagged."""
    rows, hit = read_rows(connection, start, end, specialist_ids)
    build = _build_item
    return [build(row + (i in hit,)) for i, row in enumerate(rows)]


def occurrence_rows(db: Database, start: dt.datetime, end: dt.datetime,
                    specialist_ids: Sequence[int] | None = None) -> tuple[list[tuple], set[int]]:
    """read_rows() on a connection of its own."""
    with db.connect() as connection:
        return read_rows(connection, start, end, specialist_ids)


def occurrences_between(db: Database, start: dt.datetime, end: dt.datetime,
                        specialist_ids: Sequence[int] | None = None) -> list[AgendaItem]:
    """Every occurrence overlapping the instants [start, end) (optionally of some specialists)."""
    with db.connect() as connection:
        return read_occurrences(connection, start, end, specialist_ids)


def agenda(db: Database, first: dt.date, last: dt.date, specialist_ids: Sequence[int] | None = None) -> list[AgendaItem]:
    """Every occurrence overlapping the local days first..last (inclusive)."""
    lo, hi = range_bounds(first, last)
    return occurrences_between(db, lo, hi, specialist_ids)


@dataclasses.dataclass(frozen=True, slots=True)
class AbsenceItem:
    id: int
    version: int
    specialist_id: int
    start_date: dt.date
    end_date: dt.date
    kind: str
    note: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class ClosureItem:
    id: int
    version: int
    date: dt.date
    name: str


def read_absences(connection: Connection, first: dt.date, last: dt.date,
                  specialist_ids: Sequence[int] | None = None) -> list[AbsenceItem]:
    """Absences touching the days first..last, by specialist then start."""
    a = schema.absence.c
    query = (select(a.id, a.version, a.specialist_id, a.start_date, a.end_date, a.kind, a.note)
             .where(a.start_date <= last, a.end_date >= first).order_by(a.specialist_id, a.start_date, a.id))
    if specialist_ids is not None:
        query = query.where(a.specialist_id.in_(list(specialist_ids)))
    return [AbsenceItem(*row) for row in connection.execute(query)]


def absences_between(db: Database, first: dt.date, last: dt.date,
                     specialist_ids: Sequence[int] | None = None) -> list[AbsenceItem]:
    """Absences touching the days first..last, by specialist then start."""
    with db.connect() as connection:
        return read_absences(connection, first, last, specialist_ids)


def closures_between(db: Database, first: dt.date, last: dt.date) -> list[ClosureItem]:
    c = schema.closure.c
    with db.connect() as connection:
        return [ClosureItem(*row) for row in connection.execute(
            select(c.id, c.version, c.date, c.name).where(c.date >= first, c.date <= last).order_by(c.date, c.id))]


def specialist_id_for_key(db: Database, key: str) -> int | None:
    with db.connect() as connection:
        return connection.execute(select(_S.id).where(_S.key == key)).scalar()
