"""An in-memory grid source with the services' shape: for tests of painting and interaction.

It keeps bookings in a dict, refuses overlapping confirmed bookings of one specialist (with a
UserError, as the services do), flags tentative conflicts, and returns undo data that
`revert()` applies — enough to drive the grid without a database.
"""
from __future__ import annotations

import copy
import datetime as dt
import itertools
import random

from crec_desktop.domain.clock import Clock
from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.domain.timeutil import TZ, UTC, at_local
from crec_desktop.ui.grid.data import (
    AbsenceInfo,
    BlockInfo,
    BookingDraft,
    Change,
    Choice,
    DayMark,
    Outcome,
    RowInfo,
    Window,
)
from tests.conftest import FROZEN_AT

define({
    "fake.overlap": ("chevauche une réservation confirmée de {name}", "overlaps a confirmed booking of {name}"),
})

DOMAINS = [("hr", "Ressources humaines"), ("law", "Droit"), ("finance", "Finances et fiscalité"),
           ("ohs", "Santé et sécurité du travail")]
MEMBERS = [(1, "FCSD", "Fédération des coopératives de services à domicile"),
           (2, "FQCF", "Fédération québécoise des coopératives forestières"),
           (3, "CDRQ", "CDR Québec–Appalaches"),
           (4, "FCPQ", "Fédération des coopératives paramédicales du Québec")]


class FakeSource:
    lang = "fr"

    def __init__(self, specialists: int = 6, *, bookings_from: dt.date | None = None, days: int = 0,
                 per_day: int = 2, seed: int = 3, clock: Clock | None = None):
        self.clock = clock or Clock.frozen(FROZEN_AT)
        self.row_list = [
            RowInfo(specialist_id=i + 1, key=f"s{i + 1}", name=f"Spécialiste {chr(65 + i % 26)}{i // 26 or ''}",
                    title="Conseillère", domain_code=DOMAINS[i % len(DOMAINS)][0],
                    domain_name=DOMAINS[i % len(DOMAINS)][1], domain_codes=(DOMAINS[i % len(DOMAINS)][0],))
            for i in range(specialists)]
        self.row_list.sort(key=lambda r: (r.domain_name, r.name))
        self.bookings: dict[int, BlockInfo] = {}
        self.absences: list[AbsenceInfo] = []
        self.marks: list[DayMark] = []
        self._ids = itertools.count(1)
        self.version = 0
        self.fetches = 0
        self.user_specialist: int | None = None
        if bookings_from and days:
            self._generate(bookings_from, days, per_day, seed)

    # -- content -----------------------------------------------------------------------------------
    def add(self, specialist_id: int, start: dt.datetime, end: dt.datetime, *, status: str = "confirmed",
            member: int = 1, number: str = "2026-014", title: str = "Révision des politiques") -> BlockInfo:
        bid = next(self._ids)
        m = MEMBERS[(member - 1) % len(MEMBERS)]
        b = BlockInfo(booking_id=bid, uid=f"b{bid}", specialist_id=specialist_id, start=start.astimezone(UTC),
                      end=end.astimezone(UTC), status=status, engagement_id=member * 10,
                      engagement_number=number, engagement_title=title, member_id=m[0], member_key=m[1].lower(),
                      member_short=m[1], member_name=m[2], domain_code="hr")
        self.bookings[bid] = b
        self.version += 1
        return b

    def _generate(self, first: dt.date, days: int, per_day: int, seed: int) -> None:
        rnd = random.Random(seed)
        slots = [(8, 30, 10, 30), (10, 45, 12, 0), (13, 0, 14, 30), (14, 45, 16, 30)]
        for d in range(days):
            day = first + dt.timedelta(days=d)
            if day.weekday() >= 5:
                continue
            for row in self.row_list:
                for h0, m0, h1, m1 in rnd.sample(slots, per_day):
                    self.add(row.specialist_id, at_local(day, dt.time(h0, m0)), at_local(day, dt.time(h1, m1)),
                             status="tentative" if rnd.random() < 0.15 else "confirmed",
                             member=rnd.randint(1, 4), number=f"2026-{rnd.randint(1, 60):03d}")

    # -- what the grid reads --------------------------------------------------------------------
    def rows(self) -> list[RowInfo]:
        return list(self.row_list)

    def change_token(self):
        return self.version

    def fetch(self, first: dt.date, last: dt.date) -> Window:
        self.fetches += 1
        lo = at_local(first, dt.time())
        hi = at_local(last + dt.timedelta(days=1), dt.time())
        blocks = [copy.copy(b) for b in self.bookings.values() if b.start < hi and b.end > lo]
        by_row: dict[int, list[BlockInfo]] = {}
        for b in blocks:
            b.conflict = ""
            by_row.setdefault(b.specialist_id, []).append(b)
        for items in by_row.values():
            items.sort(key=lambda b: b.start)
            for a, b in zip(items, items[1:]):
                if b.start < a.end:
                    b.conflict = a.conflict = "chevauchement"
        available = {}
        for row in self.row_list:
            days = {}
            d = first
            while d <= last:
                off = d.weekday() >= 5 or any(m.day == d for m in self.marks) or any(
                    a.specialist_id == row.specialist_id and a.first <= d <= a.last for a in self.absences)
                days[d] = 0.0 if off else 7.0
                d += dt.timedelta(days=1)
            available[row.specialist_id] = days
        return Window(first, last, blocks,
                      [a for a in self.absences if a.first <= last and a.last >= first],
                      [m for m in self.marks if first <= m.day <= last], available)

    def choices(self, kind: str) -> list[Choice]:
        if kind == "specialist":
            return [Choice(r.specialist_id, r.name) for r in self.row_list]
        if kind == "domain":
            return [Choice(code, name) for code, name in DOMAINS]
        if kind == "member":
            return [Choice(m[0], m[1], m[2]) for m in MEMBERS]
        if kind == "engagement":
            return [Choice(m[0] * 10, f"2026-{m[0]:03d}", f"{m[1]} — mandat") for m in MEMBERS]
        if kind == "status":
            return [Choice("confirmed", "Confirmée"), Choice("tentative", "Provisoire")]
        raise ValueError(kind)

    def can_edit(self, specialist_id: int | None = None) -> bool:
        return self.user_specialist is None or specialist_id == self.user_specialist

    def current_specialist(self) -> int | None:
        return self.user_specialist

    def draft(self, block: BlockInfo) -> BookingDraft:
        b = self.bookings[block.booking_id]
        return BookingDraft(b.specialist_id, b.start, b.end, b.engagement_id, b.status, b.location, b.note, None)

    # -- operations -------------------------------------------------------------------------------
    def _check(self, b: BlockInfo, ignore: set[int]) -> None:
        if b.end <= b.start:
            raise UserError(msg("fake.overlap", name="?"))
        if b.status != "confirmed":
            return
        for other in self.bookings.values():
            if other.booking_id in ignore or other.specialist_id != b.specialist_id or other.status != "confirmed":
                continue
            if other.start < b.end and b.start < other.end:
                name = next(r.name for r in self.row_list if r.specialist_id == b.specialist_id)
                raise UserError(msg("fake.overlap", name=name))

    def _apply(self, new: dict[int, BlockInfo | None]) -> dict[int, BlockInfo | None]:
        """Replace bookings by id (None deletes); all checked first. Returns the previous state."""
        ids = set(new)
        for b in new.values():
            if b is not None:
                self._check(b, ids)
        # also check the new ones against each other
        placed = [b for b in new.values() if b is not None and b.status == "confirmed"]
        for a, b in itertools.combinations(placed, 2):
            if a.specialist_id == b.specialist_id and a.start < b.end and b.start < a.end:
                raise UserError(msg("fake.overlap", name="?"))
        before = {i: self.bookings.get(i) for i in new}
        for i, b in new.items():
            if b is None:
                self.bookings.pop(i, None)
            else:
                self.bookings[i] = b
        self.version += 1
        return before

    def move(self, changes: list[Change], scope: str = "occurrence") -> Outcome:
        new = {}
        for c in changes:
            b = copy.copy(self.bookings[c.block.booking_id])
            b.start, b.end, b.specialist_id = c.start, c.end, c.specialist_id
            new[b.booking_id] = b
        before = self._apply(new)
        return Outcome([], before, [b.key for b in new.values()])

    def copy(self, changes: list[Change]) -> Outcome:
        new = {}
        for c in changes:
            b = copy.copy(self.bookings[c.block.booking_id])
            b.booking_id = next(self._ids)
            b.uid = f"b{b.booking_id}"
            b.start, b.end, b.specialist_id = c.start, c.end, c.specialist_id
            new[b.booking_id] = b
        before = self._apply(new)
        return Outcome([], before, [b.key for b in new.values()])

    def create(self, draft: BookingDraft) -> Outcome:
        bid = next(self._ids)
        m = MEMBERS[0]
        b = BlockInfo(booking_id=bid, uid=f"b{bid}", specialist_id=draft.specialist_id, start=draft.start,
                      end=draft.end, status=draft.status, engagement_id=draft.engagement_id,
                      engagement_number="2026-001" if draft.engagement_id else "",
                      member_short=m[1] if draft.engagement_id else "", member_key=m[1].lower(),
                      location=draft.location, note=draft.note)
        before = self._apply({bid: b})
        return Outcome([], before, [b.key])

    def update(self, block: BlockInfo, draft: BookingDraft, scope: str = "occurrence") -> Outcome:
        b = copy.copy(self.bookings[block.booking_id])
        b.specialist_id, b.start, b.end, b.status = draft.specialist_id, draft.start, draft.end, draft.status
        b.engagement_id, b.location, b.note = draft.engagement_id, draft.location, draft.note
        before = self._apply({b.booking_id: b})
        return Outcome([], before, [b.key])

    def delete(self, blocks: list[BlockInfo], scope: str = "occurrence") -> Outcome:
        before = self._apply({b.booking_id: None for b in blocks})
        return Outcome([], before, [])

    def set_status(self, blocks: list[BlockInfo], status: str, scope: str = "this") -> Outcome:
        new = {}
        for block in blocks:
            b = copy.copy(self.bookings[block.booking_id])
            b.status = status
            new[b.booking_id] = b
        before = self._apply(new)
        return Outcome([], before, [b.key for b in new.values()])

    def revert(self, undo) -> Outcome:
        before = self._apply(dict(undo))
        return Outcome([], before, [b.key for b in undo.values() if b is not None])


def local(y, m, d, h=0, mi=0) -> dt.datetime:
    return at_local(dt.date(y, m, d), dt.time(h, mi)).astimezone(TZ)
