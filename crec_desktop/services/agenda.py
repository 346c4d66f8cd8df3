"""What is planned in a window of time: booking occurrences (repeating bookings expanded),
absences and closures, as light frozen values for the grid, the `agenda` command and reports.

One indexed query on `occurrence` joined to its booking, engagement, member and specialist,
bounded below by `start >= window start - 24 h` (no booking lasts longer), which is what lets
the (specialist, start) and (start) indexes serve it (PERFORMANCE.md: 14x slower without it).
Each occurrence says whether it is in conflict: it overlaps another occurrence of the same
specialist (a tentative one overlapping anything; confirmed ones never should).

    items = occurrences_between(db, lo, hi)                # aware instants, [lo, hi)
    items = agenda(db, dt.date(2026, 11, 23), dt.date(2026, 11, 29), specialist_ids=[3])
    items[0].ref                                           # what scheduling operations take
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Sequence

from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from crec_desktop.domain import rules
from crec_desktop.domain.timeutil import MAX_BOOKING, UTC, range_bounds, to_utc
from crec_desktop.services.changes import OccurrenceRef
from crec_desktop.store.coltypes import UTCDateTime
from crec_desktop.store.db import Database
from crec_desktop.store.models import Absence, Booking, Closure, DomainOfExpertise, Engagement, Member, Occurrence, Specialist

_O, _B, _E, _M, _S, _D = (t.__table__.c for t in (Occurrence, Booking, Engagement, Member, Specialist, DomainOfExpertise))
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
_RAW_START, _RAW_END = type_coerce(_O.start, String).label("start"), type_coerce(_O.end, String).label("end")
_COLUMNS = (_O.id, _O.booking_id, _B.uid, _B.version, _O.specialist_id, _S.key, _S.name, _RAW_START, _RAW_END,
            _O.status, _B.rrule, _B.engagement_id, _E.number, _E.title, _E.member_id, _M.key, _M.short_name,
            _M.name, _D.code, _B.location, _B.note)
_FROM = (Occurrence.__table__.join(Booking.__table__, _B.id == _O.booking_id)
         .join(Specialist.__table__, _S.id == _O.specialist_id)
         .outerjoin(Engagement.__table__, _E.id == _B.engagement_id)
         .outerjoin(Member.__table__, _M.id == _E.member_id)
         .outerjoin(DomainOfExpertise.__table__, _D.id == _E.domain_id))
_WINDOW = (_O.start >= bindparam("earliest", type_=UTCDateTime()), _O.start < bindparam("hi", type_=UTCDateTime()),
           _O.end > bindparam("lo", type_=UTCDateTime()))
_ORDER = (_O.specialist_id, _O.start, _O.id)
_ALL = select(*_COLUMNS).select_from(_FROM).where(*_WINDOW).order_by(*_ORDER)
_SOME = _ALL.where(_O.specialist_id.in_(bindparam("ids", expanding=True)))


def _utc_sqlite(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=UTC)


def _utc_postgresql(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is UTC else value.astimezone(UTC)


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


def _items(rows, utc) -> list[AgendaItem]:
    build = _build_item
    return [build((oid, bid, uid, version, sid, skey, sname, utc(start), utc(end), status, bool(rrule), eid,
                   number, title, mid, mkey, mshort or mname, dcode, location, note, False))
            for (oid, bid, uid, version, sid, skey, sname, start, end, status, rrule, eid, number, title, mid,
                 mkey, mshort, mname, dcode, location, note) in rows]


def _flag_conflicts(items: list[AgendaItem], neighbours: Sequence[tuple[int, dt.datetime, dt.datetime]] = ()) -> list[AgendaItem]:
    intervals = [(it.specialist_id, it.start, it.end, i) for i, it in enumerate(items)]
    intervals += [(sid, s, e, -1 - j) for j, (sid, s, e) in enumerate(neighbours)]
    hit = set()
    for earlier, later in rules.find_overlaps(intervals):
        hit.add(earlier[3])
        hit.add(later[3])
    if not hit:
        return items
    return [dataclasses.replace(it, conflict=True) if i in hit else it for i, it in enumerate(items)]


def read_occurrences(session: Session, start: dt.datetime, end: dt.datetime,
                     specialist_ids: Sequence[int] | None = None) -> list[AgendaItem]:
    """Occurrences overlapping [start, end), by specialist then start, conflicts flagged."""
    lo, hi = to_utc(start), to_utc(end)
    params = {"earliest": lo - MAX_BOOKING, "hi": hi, "lo": lo}
    if specialist_ids is not None:
        params["ids"] = list(specialist_ids)
    connection = session.connection()
    rows = connection.execute(_ALL if specialist_ids is None else _SOME, params)
    items = _items(rows, _utc_sqlite if connection.dialect.name == "sqlite" else _utc_postgresql)
    neighbours: list[tuple[int, dt.datetime, dt.datetime]] = []
    edge_lo = min((it.start for it in items if it.start < lo), default=lo)
    edge_hi = max((it.end for it in items if it.end > hi), default=hi)
    if edge_lo < lo or edge_hi > hi:  # blocks crossing the window's edges: see who they overlap outside it
        ids = sorted({it.specialist_id for it in items if it.start < lo or it.end > hi})
        seen = {it.occurrence_id for it in items}
        rows = session.execute(
            select(_O.id, _O.specialist_id, _O.start, _O.end)
            .where(_O.specialist_id.in_(ids), _O.start >= edge_lo - MAX_BOOKING, _O.start < edge_hi, _O.end > edge_lo))
        neighbours = [(sid, s, e) for oid, sid, s, e in rows if oid not in seen]
    return _flag_conflicts(items, neighbours)


def occurrences_between(db: Database, start: dt.datetime, end: dt.datetime,
                        specialist_ids: Sequence[int] | None = None) -> list[AgendaItem]:
    """Every occurrence overlapping the instants [start, end) (optionally of some specialists)."""
    with db.read() as session:
        return read_occurrences(session, start, end, specialist_ids)


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


def absences_between(db: Database, first: dt.date, last: dt.date,
                     specialist_ids: Sequence[int] | None = None) -> list[AbsenceItem]:
    """Absences touching the days first..last, by specialist then start."""
    a = Absence.__table__.c
    query = (select(a.id, a.version, a.specialist_id, a.start_date, a.end_date, a.kind, a.note)
             .where(a.start_date <= last, a.end_date >= first).order_by(a.specialist_id, a.start_date, a.id))
    if specialist_ids is not None:
        query = query.where(a.specialist_id.in_(list(specialist_ids)))
    with db.read() as session:
        return [AbsenceItem(*row) for row in session.execute(query)]


def closures_between(db: Database, first: dt.date, last: dt.date) -> list[ClosureItem]:
    c = Closure.__table__.c
    with db.read() as session:
        return [ClosureItem(*row) for row in session.execute(
            select(c.id, c.version, c.date, c.name).where(c.date >= first, c.date <= last).order_by(c.date, c.id))]


def specialist_id_for_key(db: Database, key: str) -> int | None:
    with db.read() as session:
        return session.execute(select(_S.id).where(_S.key == key)).scalar()
