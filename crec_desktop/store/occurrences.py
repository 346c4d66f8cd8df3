"""Keeping `occurrence` rows in step with `booking` rows: the ONE place that does it.

A booking (single or repeating) owns one `Occurrence` row per occurrence that takes place
(exceptions left out), carrying the booking's specialist and status; `Booking.series_end` is the
end of its last occurrence. Both are derived from the booking's start, end, rrule and exdates by
`domain.recurrence`, and must be refreshed whenever any of those, the specialist or the status
changes. Every writer goes through here:

    # ORM: set the derived column before the INSERT/UPDATE, then rewrite the occurrences
    booking.series_end = series_end_of(booking)
    session.flush()
    replace_occurrences(session, [booking.id])

    # deleting a booking: its occurrences go with it (ON DELETE CASCADE on SQLite with foreign
    # keys on and PostgreSQL), or call delete_occurrences(session, ids) first to be explicit.

`replace_occurrences` flushes the session, re-reads the bookings' rows, deletes their old
occurrences and inserts the new ones with Core (it also corrects `series_end` if stale), so it
works after ORM edits as well as after Core ones. Bulk writers that already hold plain values
(the import) build rows with `occurrence_rows()` and insert them with `insert_occurrences()`.

On PostgreSQL the exclusion constraint `no_confirmed_overlap` refuses overlapping confirmed
occurrences of one specialist at INSERT time: callers turn `sqlalchemy.exc.IntegrityError` into
a user message (see `is_overlap_violation`). On SQLite the caller must have checked the overlap
inside the same write transaction (`Database.write()` is BEGIN IMMEDIATE).

The rule itself (invalid rrule, more than 500 occurrences...) must have been checked before
(domain.rules); if not, `domain.recurrence.RecurrenceError` (a UserError) comes out of here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from crec_desktop.domain import recurrence
from crec_desktop.store.models import Booking, Occurrence

OCCURRENCE = Occurrence.__table__
BOOKING = Booking.__table__
_CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


def occurrence_rows(booking_id: int, specialist_id: int, status: str, start: dt.datetime, end: dt.datetime,
                    rrule: str | None, exdates: Sequence[dt.datetime] | None) -> list[dict]:
    """Plain dicts for `occurrence` INSERTs: one per occurrence that takes place."""
    return [{"booking_id": booking_id, "specialist_id": specialist_id, "start": s, "end": e, "status": status}
            for s, e in recurrence.expand(start, end, rrule, exdates)]


def series_end_of(booking: Booking) -> dt.datetime:
    """The value `booking.series_end` must hold (end of its last occurrence, UTC)."""
    return recurrence.series_end(booking.start, booking.end, booking.rrule, booking.exdates)


def insert_occurrences(session: Session, rows: list[dict]) -> None:
    """Bulk INSERT of occurrence rows (executemany)."""
    if rows:
        session.execute(insert(OCCURRENCE), rows)


def delete_occurrences(session: Session, booking_ids: Iterable[int]) -> None:
    """Delete every occurrence of these bookings (Core: Occurrence objects loaded in the session,
    if any, are stale afterwards — occurrences are derived data, not meant to be edited)."""
    ids = list(booking_ids)
    for i in range(0, len(ids), _CHUNK):
        session.execute(delete(OCCURRENCE).where(OCCURRENCE.c.booking_id.in_(ids[i:i + _CHUNK])))


def replace_occurrences(session: Session, booking_ids: Iterable[int]) -> int:
    """Recompute the occurrences (and series_end) of these bookings from their current rows.

    Flushes the session first, so pending ORM changes are taken into account. Ids of bookings
    that no longer exist just lose their occurrences. Returns the number of occurrences written.
    """
    ids = sorted(set(booking_ids))
    if not ids:
        return 0
    session.flush()
    delete_occurrences(session, ids)
    c = BOOKING.c
    rows: list[dict] = []
    stale_ends: list[dict] = []
    for i in range(0, len(ids), _CHUNK):
        result = session.execute(
            select(c.id, c.specialist_id, c.status, c.start, c.end, c.rrule, c.exdates, c.series_end)
            .where(c.id.in_(ids[i:i + _CHUNK])))
        for bid, spec, status, start, end, rrule, exdates, old_end in result:
            occs = occurrence_rows(bid, spec, status, start, end, rrule, exdates)
            rows.extend(occs)
            new_end = max((o["end"] for o in occs), default=end)
            if new_end != old_end:
                stale_ends.append({"b_id": bid, "b_series_end": new_end})
    if stale_ends:
        session.execute(
            update(BOOKING).where(c.id == bindparam("b_id")).values(series_end=bindparam("b_series_end")),
            stale_ends)
        for row in stale_ends:  # keep loaded Booking objects right, without making them dirty
            obj = session.identity_map.get(identity_key(Booking, row["b_id"]))
            if obj is not None:
                set_committed_value(obj, "series_end", row["b_series_end"])
    insert_occurrences(session, rows)
    return len(rows)


def is_overlap_violation(exc: IntegrityError) -> bool:
    """True when PostgreSQL refused an INSERT/UPDATE because of `no_confirmed_overlap`."""
    text = str(getattr(exc, "orig", exc))
    return "no_confirmed_overlap" in text
