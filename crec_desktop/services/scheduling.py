"""Booking operations: create, move, resize, copy, delete, confirm / make tentative, edit.

Every operation takes the database, the current user and what the user acted on (an
`OccurrenceRef`: booking uid, the version they saw, and for a repeating booking the occurrence),
and returns an `Outcome` (warnings, what changed, the `undo`). It refuses with a UserError in the
user's language — nothing changed — when a rule would break, when the user may not do it
(`PermissionDenied`) or when someone else saved first (`StaleEdit`). For a repeating booking,
`scope` says what to change: THIS occurrence (it leaves the series as a single booking), this
and the FOLLOWING ones (the series is split in two bookings), or the whole SERIES.

    out = move_booking(db, user, item.ref, start=new_start, specialist_id=other_id)
    out.warnings          # shown, not blocking
    undo(db, user, out.undo)

All writing goes through `writer.apply` (checks, rows, occurrences, audit, undo), one transaction
per operation; `change_bookings` applies several edits at once (a multi-selection drag) with one
undo.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from crec_desktop.domain.messages import UserError, msg
from crec_desktop.services.booking_kind import BOOKINGS
from crec_desktop.services.changes import (
    FOLLOWING,
    SCOPES,
    SERIES,
    THIS,
    BookingState,
    OccurrenceRef,
    Outcome,
    Restore,
    new_uid,
)
from crec_desktop.services.series import Edit, apply_edit, detach, occurrence_of, split
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import Plan, apply, load_for_edit, restore, run
from crec_desktop.store.db import Database

__all__ = [
    "Edit", "FOLLOWING", "SERIES", "THIS", "OccurrenceRef", "Outcome", "change_bookings", "copy_booking",
    "create_booking", "delete_booking", "edit_booking", "get_booking", "move_booking", "resize_booking",
    "set_status", "undo",
]


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and (not isinstance(value, dt.datetime) or value.tzinfo is None):
        raise UserError(msg("sched.naive_instant"))
    return value


def _check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")


class _Loaded:
    """The bookings one operation works on: each row once, its state evolving as edits apply."""

    def __init__(self, session: Session):
        self.session = session
        self.rows: dict[str, object] = {}
        self.before: dict[str, BookingState] = {}
        self.current: dict[str, BookingState | None] = {}
        self.created: list[BookingState] = []

    def state(self, ref: OccurrenceRef) -> BookingState:
        if ref.uid not in self.rows:
            row = load_for_edit(self.session, BOOKINGS, ref.uid, ref.version)
            self.rows[ref.uid] = row
            self.before[ref.uid] = self.current[ref.uid] = BOOKINGS.snapshot(row)
        state = self.current[ref.uid]
        if state is None:
            raise UserError(msg("series.no_occurrence"))
        return state

    def plans(self) -> list[Plan]:
        plans = [Plan(self.rows[uid], self.before[uid], self.current[uid]) for uid in self.rows]
        return plans + [Plan(None, None, s) for s in self.created]


def _edit_into(loaded: _Loaded, ref: OccurrenceRef, edit: Edit, scope: str) -> None:
    state = loaded.state(ref)
    if not state.rrule:
        loaded.current[ref.uid] = apply_edit(state, edit)
        return
    _, anchor = occurrence_of(state, ref.occurrence_start)
    if scope == THIS:
        rest, single = detach(state, ref.occurrence_start, new_uid())
        if rest is None:  # the only occurrence left: the booking itself becomes single
            loaded.current[ref.uid] = apply_edit(single.replace(uid=state.uid), edit)
        else:
            loaded.current[ref.uid] = rest
            loaded.created.append(apply_edit(single, edit))
    elif scope == FOLLOWING:
        head, tail = split(state, ref.occurrence_start, new_uid())
        if head is None:
            loaded.current[ref.uid] = apply_edit(tail, edit, anchor)
        else:
            loaded.current[ref.uid] = head
            loaded.created.append(apply_edit(tail, edit, anchor))
    else:
        loaded.current[ref.uid] = apply_edit(state, edit, anchor)


def change_bookings(db: Database, user: CurrentUser, edits: Sequence[tuple[OccurrenceRef, Edit]], *,
                    scope: str = THIS, action: str = "booking.edit") -> Outcome:
    """Apply several edits in one transaction (one undo). Occurrences of one series are changed one
    after the other (with scope THIS each leaves the series)."""
    _check_scope(scope)
    for _, edit in edits:
        _aware(edit.start), _aware(edit.end)

    def work(session: Session) -> Outcome:
        loaded = _Loaded(session)
        for ref, edit in edits:
            _edit_into(loaded, ref, edit, scope)
        return apply(session, user, BOOKINGS, action, loaded.plans())

    return run(db, work)


def edit_booking(db: Database, user: CurrentUser, ref: OccurrenceRef, edit: Edit, *, scope: str = THIS,
                 action: str = "booking.edit") -> Outcome:
    """Change any of a booking's fields (the edit dialog): see series.Edit."""
    return change_bookings(db, user, [(ref, edit)], scope=scope, action=action)


def move_booking(db: Database, user: CurrentUser, ref: OccurrenceRef, *, start: dt.datetime | None = None,
                 specialist_id: int | None = None, scope: str = THIS) -> Outcome:
    """Move in time (the occurrence's new start; its length is kept) and/or to another specialist."""
    edit = Edit(start=start, keep_duration=True,
                **({"specialist_id": specialist_id} if specialist_id is not None else {}))
    return edit_booking(db, user, ref, edit, scope=scope, action="booking.move")


def resize_booking(db: Database, user: CurrentUser, ref: OccurrenceRef, *, start: dt.datetime | None = None,
                   end: dt.datetime | None = None, scope: str = THIS) -> Outcome:
    """New start and/or end for the occurrence (for a series: every occurrence, in local time)."""
    return edit_booking(db, user, ref, Edit(start=start, end=end), scope=scope, action="booking.resize")


def set_status(db: Database, user: CurrentUser, ref: OccurrenceRef, status: str, *, scope: str = THIS) -> Outcome:
    """Confirm ('confirmed') or make tentative ('tentative')."""
    action = "booking.confirm" if status == "confirmed" else "booking.tentative"
    return edit_booking(db, user, ref, Edit(status=status), scope=scope, action=action)


def create_booking(db: Database, user: CurrentUser, *, specialist_id: int, start: dt.datetime, end: dt.datetime,
                   engagement_id: int | None = None, status: str = "confirmed", location: str | None = None,
                   note: str | None = None, rrule: str | None = None, exdates: Sequence[dt.datetime] = (),
                   uid: str | None = None) -> Outcome:
    """A new booking (repeating when rrule is given). `outcome.main.key` is its uid."""
    _aware(start), _aware(end)
    for d in exdates:
        _aware(d)
    state = BookingState(uid=uid or new_uid(), specialist_id=specialist_id, engagement_id=engagement_id,
                         start=start, end=end, status=status, location=location or None, note=note or None,
                         rrule=rrule or None, exdates=tuple(sorted(exdates)))

    def work(session: Session) -> Outcome:
        load_for_edit(session, BOOKINGS, state.uid, None)
        return apply(session, user, BOOKINGS, "booking.create", [Plan(None, None, state)])

    return run(db, work)


def copy_booking(db: Database, user: CurrentUser, ref: OccurrenceRef, *, start: dt.datetime,
                 specialist_id: int | None = None) -> Outcome:
    """A new single booking like the occurrence acted on, starting at start (same length)."""
    _aware(start)

    def work(session: Session) -> Outcome:
        state = _Loaded(session).state(ref)
        _, (s, e) = occurrence_of(state, ref.occurrence_start)
        copy = state.replace(uid=new_uid(), start=start, end=start + (e - s), rrule=None, exdates=(),
                             specialist_id=specialist_id if specialist_id is not None else state.specialist_id)
        return apply(session, user, BOOKINGS, "booking.copy", [Plan(None, None, copy)])

    return run(db, work)


def delete_booking(db: Database, user: CurrentUser, ref: OccurrenceRef, *, scope: str = THIS) -> Outcome:
    """Delete the booking, or for a series this occurrence / this and following / all of it."""
    _check_scope(scope)

    def work(session: Session) -> Outcome:
        loaded = _Loaded(session)
        state = loaded.state(ref)
        if not state.rrule or scope == SERIES:
            after = None
        elif scope == THIS:
            after, _ = detach(state, ref.occurrence_start, new_uid())
        else:
            after, _ = split(state, ref.occurrence_start, new_uid())
        loaded.current[ref.uid] = after
        return apply(session, user, BOOKINGS, "booking.delete", loaded.plans())

    return run(db, work)


def undo(db: Database, user: CurrentUser, restore_: Restore) -> Outcome:
    """Run an Outcome's `undo` (or an undo's `undo`, which redoes). Checked like any operation:
    refused with StaleEdit if someone changed those records since."""
    return restore(db, user, restore_)


def get_booking(db: Database, uid: str) -> tuple[BookingState, int] | None:
    """A booking's state and current version (None if it does not exist)."""
    with db.read() as session:
        row = BOOKINGS.find(session, uid)
        return (BOOKINGS.snapshot(row), row.version) if row is not None else None
