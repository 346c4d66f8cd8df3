"""Property: no sequence of operations, undos and redos included, ever leaves two confirmed
bookings of one specialist overlapping, or breaks the undo round trip.

A Hypothesis state machine plays a planner on a crowded fortnight around the November clock
change (two specialists, one-hour slots, single and repeating bookings): create, move, resize,
copy, delete, confirm / make tentative — with every scope for series — and undo / redo like
Qt's QUndoStack. After every step: no confirmed overlap, the occurrence rows are exactly what
the bookings expand to; a refused operation changed nothing; an undo puts back exactly the state
before its operation and is never refused; a redo puts back exactly the state after.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import delete, select

from crec_desktop.domain import recurrence, rules
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import agenda
from crec_desktop.services import scheduling as S
from crec_desktop.services.changes import SCOPES
from crec_desktop.store.models import AuditEntry, Booking, Occurrence
from tests.services.conftest import build_org

FIRST = dt.date(2026, 10, 26)  # the Monday before the clock change (1 Nov)
days = st.integers(4, 9)  # Fri 30 Oct to Wed 4 Nov: crowded, across the change
hours = st.integers(8, 16)
lengths = st.sampled_from([30, 60, 90, 120, 180, 240])
statuses = st.sampled_from(["confirmed", "confirmed", "tentative"])
repeats = st.sampled_from([None, None, None, "FREQ=WEEKLY;COUNT=2", "FREQ=DAILY;COUNT=3",
                           "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=3"])
scopes = st.sampled_from(SCOPES)
picks = st.integers(0, 10_000)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    d = FIRST + dt.timedelta(days=day)
    return local(d.year, d.month, d.day, hour, minute)


def state_of(db):
    """The whole schedule, without versions (an undo gives new versions, not new content)."""
    with db.read() as s:
        bookings = sorted(
            (b.uid, b.specialist_id, b.engagement_id, b.start, b.end, b.status, b.location, b.note, b.rrule or None,
             tuple(sorted(b.exdates or ())), b.series_end)
            for b in s.execute(select(Booking)).scalars())
        occurrences = sorted(tuple(r) for r in s.execute(
            select(Occurrence.specialist_id, Occurrence.start, Occurrence.end, Occurrence.status,
                   Booking.uid).join(Booking, Booking.id == Occurrence.booking_id)))
    return bookings, occurrences


class Planner(RuleBasedStateMachine):
    def __init__(self, org):
        super().__init__()
        self.org = org
        self.db = org.db
        self.user = org.user("chloe")
        self.people = [org.ids["sophie"], org.ids["jean"]]
        with self.db.write() as s:  # every example starts from an empty schedule
            s.execute(delete(Occurrence))
            s.execute(delete(Booking))
            s.execute(delete(AuditEntry))
        self.undo_stack: list[tuple[object, object, object]] = []  # (state before, state after, restore)
        self.redo_stack: list[tuple[object, object, object]] = []

    # -- helpers ----------------------------------------------------------------------------------
    def items(self):
        return agenda.occurrences_between(self.db, at(-1, 0), at(30, 0))

    def attempt(self, operation):
        before = state_of(self.db)
        try:
            out = operation()
        except UserError:
            assert state_of(self.db) == before, "a refused operation changed something"
            return
        after = state_of(self.db)
        if out.changed:
            self.undo_stack.append((before, after, out.undo))
            self.redo_stack.clear()
        else:
            assert after == before

    def pick(self, n: int):
        items = self.items()
        return items[n % len(items)] if items else None

    # -- operations -------------------------------------------------------------------------------
    @rule(who=st.integers(0, 1), day=days, hour=hours, minutes=lengths, status=statuses, rrule=repeats)
    def create(self, who, day, hour, minutes, status, rrule):
        start = at(day, hour)
        self.attempt(lambda: S.create_booking(self.db, self.user, specialist_id=self.people[who], start=start,
                                              end=start + dt.timedelta(minutes=minutes), status=status, rrule=rrule))

    @precondition(lambda self: self.items())
    @rule(n=picks, day=days, hour=hours, other=st.booleans(), scope=scopes)
    def move(self, n, day, hour, other, scope):
        item = self.pick(n)
        specialist = self.people[1 - self.people.index(item.specialist_id)] if other else None
        self.attempt(lambda: S.move_booking(self.db, self.user, item.ref, start=at(day, hour),
                                            specialist_id=specialist, scope=scope))

    @precondition(lambda self: self.items())
    @rule(n=picks, minutes=lengths, scope=scopes)
    def resize(self, n, minutes, scope):
        item = self.pick(n)
        self.attempt(lambda: S.resize_booking(self.db, self.user, item.ref,
                                              end=item.start + dt.timedelta(minutes=minutes), scope=scope))

    @precondition(lambda self: self.items())
    @rule(n=picks, day=days, hour=hours)
    def copy(self, n, day, hour):
        item = self.pick(n)
        self.attempt(lambda: S.copy_booking(self.db, self.user, item.ref, start=at(day, hour)))

    @precondition(lambda self: self.items())
    @rule(n=picks, scope=scopes)
    def remove(self, n, scope):
        item = self.pick(n)
        self.attempt(lambda: S.delete_booking(self.db, self.user, item.ref, scope=scope))

    @precondition(lambda self: self.items())
    @rule(n=picks, scope=scopes)
    def toggle_status(self, n, scope):
        item = self.pick(n)
        status = "tentative" if item.status == "confirmed" else "confirmed"
        self.attempt(lambda: S.set_status(self.db, self.user, item.ref, status, scope=scope))

    @precondition(lambda self: self.undo_stack)
    @rule()
    def undo(self):
        before, after, restore = self.undo_stack.pop()
        assert state_of(self.db) == after
        out = S.undo(self.db, self.user, restore)  # never refused: nothing changed since
        assert state_of(self.db) == before, "undo did not put back the state before"
        self.redo_stack.append((before, after, out.undo))

    @precondition(lambda self: self.redo_stack)
    @rule()
    def redo(self):
        before, after, restore = self.redo_stack.pop()
        out = S.undo(self.db, self.user, restore)
        assert state_of(self.db) == after, "redo did not put back the state after"
        self.undo_stack.append((before, after, out.undo))

    # -- invariants -------------------------------------------------------------------------------
    @invariant()
    def no_confirmed_overlap(self):
        with self.db.read() as s:
            rows = s.execute(select(Occurrence.specialist_id, Occurrence.start, Occurrence.end, Occurrence.id)
                             .where(Occurrence.status == "confirmed")).all()
        assert rules.find_overlaps([tuple(r) for r in rows]) == []

    @invariant()
    def occurrences_follow_their_bookings(self):
        bookings, occurrences = state_of(self.db)
        expected = sorted((spec, s, e, status, uid)
                          for uid, spec, _, start, end, status, _, _, rrule, exdates, _ in bookings
                          for s, e in recurrence.expand(start, end, rrule, exdates))
        assert occurrences == expected


def test_no_sequence_of_operations_breaks_the_rules_or_undo(db):
    org = build_org(db)
    run_state_machine_as_test(
        lambda: Planner(org),
        settings=settings(max_examples=30, stateful_step_count=25, deadline=None,
                          suppress_health_check=list(HealthCheck)))
