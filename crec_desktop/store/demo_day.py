"""One working day of a demo specialist: what is taken, and how the day is filled.

A day gets its main work first: a full day (7 h), or one or two half days (3–3.5 h), with a
member or on internal work, and what goes with a session with a member: its preparation, the
travel to the member's city when it takes place there (the CREC is in Lévis; members farther
than three hours away are met remotely, or on full days travelled to outside working hours),
sometimes the report written right after. Then short blocks up to the day's goal: calls and
follow-ups with members (30–90 min), writing, short internal meetings and administration.

By hours, half days and full days dominate; by count, short blocks do, as in a real agenda.
Everything goes in the day's free slots, inside working hours (a short block never spans
lunch, travel may), and never beyond the week's room: so the confirmed bookings of one
specialist never overlap and no week is over its capacity, by construction.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from crec_desktop.store import demo_data as data
from crec_desktop.store import demo_texts as texts

D = dt.date
FULL_DAY, HALF_DAY, LONG_HALF = 420, 180, 210   # minutes
NOON, AFTER_LUNCH = 12 * 60, 13 * 60
STEP = 15                                       # short blocks start on the quarter hour
SHORT_DAYS = 0.12                               # share of days of short blocks only
MAX_TRAVEL = 180                                # farther: met remotely (or travelled to off hours)


def minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


@dataclasses.dataclass
class Block:
    """A booking (or the first occurrence of a series) in local wall-clock minutes."""

    specialist: str
    day: D
    start: int
    end: int
    engagement: Any            # demo_schedule.Engagement or None (internal time)
    status: str
    note: str
    location: str
    occurrences: list[D] | None = None   # all occurrence days of a series, exdates included
    exdates: list[D] | None = None
    use_until: bool = False


class Agenda:
    """One specialist's days: what is taken, what is free."""

    def __init__(self, spec: data.SpecialistData):
        self.spec = spec
        self.ws, self.we = minutes(spec.workday_start), minutes(spec.workday_end)
        self.taken: dict[D, list[tuple[int, int]]] = {}

    def is_free(self, day: D, start: int, end: int) -> bool:
        if start < self.ws or end > self.we:
            return False
        return all(end <= s or start >= e for s, e in self.taken.get(day, ()))

    def take(self, day: D, start: int, end: int) -> None:
        self.taken.setdefault(day, []).append((start, end))

    def empty(self, day: D) -> bool:
        return not self.taken.get(day)


def travel_minutes(member: data.MemberData) -> int:
    """One way, by road from Lévis, to the member's city (0 in Lévis)."""
    return 0 if member.city == data.ORGANIZATION["city"] else data.TRAVEL_MINUTES[member.region]


class DayFiller:
    """Fills the days of one specialist. `builder` gives the statuses, locations and the list
    the blocks go to (demo_schedule.Builder); `assignments` are (engagement, weight) pairs."""

    def __init__(self, builder, agenda: Agenda, assignments, rng: random.Random):
        self.builder, self.agenda, self.assignments, self.rng = builder, agenda, assignments, rng
        self.spec = agenda.spec
        self.room = 0
        self._day: D | None = None
        self._active: tuple[list, list] = ([], [])

    def fill(self, day: D, goal: float, room: float) -> int:
        """About `goal` minutes of work on day, at most `room`; returns the minutes placed."""
        self.room = room
        rng, agenda = self.rng, self.agenda
        placed = 0
        if goal >= 360 and agenda.empty(day) and room >= FULL_DAY and rng.random() < 0.45:
            placed += self._session(day, [self._full_day()])
        if placed == 0 and goal >= 150 and rng.random() >= SHORT_DAYS:
            placed += self._session(day, self._halves())
            if goal - placed >= 240 and rng.random() < 0.12:
                placed += self._session(day, self._halves())
        misses = 0
        while goal - placed >= 30 and misses < 3:
            got = self._short(day, goal - placed)
            placed += got
            misses = misses + 1 if got == 0 else 0
        return placed

    # --- main work --------------------------------------------------------------------------

    def _full_day(self) -> tuple[int, int]:
        ws, we = self.agenda.ws, self.agenda.we
        start = ws + 30 if ws + 30 + FULL_DAY <= we else ws
        return start, start + FULL_DAY

    def _halves(self) -> list[tuple[int, int]]:
        ws = self.agenda.ws
        halves = [(s, s + LONG_HALF) for s in (ws, ws + 30) if s + LONG_HALF <= NOON] + \
                 [(s, s + LONG_HALF) for s in (AFTER_LUNCH, AFTER_LUNCH + 30)] + \
                 [(s, s + HALF_DAY) for s in (ws, ws + 30, AFTER_LUNCH, AFTER_LUNCH + 30)
                  if s + HALF_DAY <= NOON or s >= AFTER_LUNCH]
        self.rng.shuffle(halves)
        halves.sort(key=lambda slot: -(slot[1] - slot[0]))
        return halves

    def _session(self, day: D, slots: list[tuple[int, int]]) -> int:
        found = next((s for s in slots if s[1] - s[0] <= self.room and self.agenda.is_free(day, *s)), None)
        if found is None:
            return 0
        rng = self.rng
        eng = self._engagement(day, self.spec.internal_share)
        if eng is None:
            return self._internal(day, *found, rng.choices(*_weights(data.INTERNAL_NOTES[self.spec.role]))[0])
        status = self.builder.booking_status(eng, day, rng)
        location = self.builder.location(eng, rng)
        if eng.lead is self.spec and not eng.kicked_off:
            note, eng.kicked_off = texts.KICKOFF[eng.language], True
        else:
            note = rng.choice(texts.SESSION_NOTES[eng.language])
        start, end = found
        self._take(day, start, end)  # first, so the travel and the preparation go around it
        placed = end - start
        lang = eng.language
        if location == _at_member(lang) and end - start < FULL_DAY:
            travel = travel_minutes(eng.member)
            way = (start - travel, start) if start >= AFTER_LUNCH else (end, end + travel)
            if 0 < travel <= MAX_TRAVEL and travel <= self.room and self.agenda.is_free(day, *way):
                city = eng.member.city
                origin, dest = (data.ORGANIZATION["city"], city) if way[1] == start else (city, data.ORGANIZATION["city"])
                placed += self._add(day, *way, eng, status, texts.TRAVEL[lang].format(origin=origin, city=dest),
                                    texts.ON_THE_ROAD[lang])
            elif travel:
                location = rng.choice(data.LOCATIONS_EN[2:] if lang == "en" else data.LOCATIONS_FR[2:])
        self._blocks(day, start, end, eng, status, note, location)
        eng.minutes += end - start
        if rng.random() < 0.7:
            length = rng.choice((30, 45, 45, 60, 90))
            prep = self._slot(day, length, before=start)
            if prep:
                placed += self._add(day, *prep, eng, status, rng.choice(texts.PREPARATION[lang]), _office(lang))
        if rng.random() < 0.35:
            length = rng.choice((30, 45, 60))
            report = self._slot(day, length, after=end)
            if report:
                placed += self._add(day, *report, eng, status, rng.choice(texts.REPORT[lang]), _office(lang))
        return placed

    # --- short blocks -------------------------------------------------------------------------

    def _short(self, day: D, need: float) -> int:
        rng = self.rng
        eng = self._engagement(day, min(0.9, self.spec.internal_share * 1.4))
        if eng is None:
            length = rng.choice((30, 30, 45, 60, 90))
            notes = texts.SHORT_INTERNAL if rng.random() < 0.6 else data.INTERNAL_NOTES[self.spec.role]
            note = rng.choices(*_weights(notes))[0]
        elif rng.random() < 0.6:
            length = rng.choice((30, 30, 30, 45, 45, 60, 90))
            note = rng.choice(texts.CALLS[eng.language])
        else:
            length = rng.choice((45, 60, 60, 90, 120))
            note = rng.choice(texts.WRITING[eng.language])
        length = min(length, max(30, int(need) // STEP * STEP))
        found = self._slot(day, length) or (self._slot(day, 30) if length > 30 else None)
        if found is None:
            return 0
        if eng is None:
            return self._internal(day, *found, note)
        location = rng.choice(texts.CALL_LOCATIONS[eng.language]) if note in texts.CALLS[eng.language] \
            else _office(eng.language)
        return self._add(day, *found, eng, self.builder.booking_status(eng, day, rng), note, location)

    # --- helpers ----------------------------------------------------------------------------

    def _engagement(self, day: D, internal: float):
        if day != self._day:  # the engagements open that day, once per day
            active = [(e, w) for e, w in self.assignments if e.bookable(day)]
            self._day, self._active = day, ([e for e, _ in active], [w for _, w in active])
        engagements, weights = self._active
        if engagements and self.rng.random() >= internal:
            return self.rng.choices(engagements, weights)[0]
        return None

    def _slot(self, day: D, length: int, *, before: int | None = None, after: int | None = None):
        """A free (start, end) of that length on day, not across lunch, within the week's room:
        ending by `before`, or starting at `after` (the block right after), or anywhere."""
        if length > self.room:
            return None
        agenda = self.agenda
        if after is not None:
            starts = [after]
        else:  # the first free one from a random point of the day on, round to the start
            last = (before if before is not None else agenda.we) - length
            starts = list(range(agenda.ws, last + 1, STEP))
            if not starts:
                return None
            k = self.rng.randrange(len(starts))
            starts = starts[k:] + starts[:k]
        for s in starts:
            if (s + length <= NOON or s >= AFTER_LUNCH) and agenda.is_free(day, s, s + length):
                return s, s + length
        return None

    def _take(self, day: D, start: int, end: int) -> None:
        self.agenda.take(day, start, end)
        self.room -= end - start

    def _blocks(self, day: D, start: int, end: int, eng, status: str, note: str, location: str) -> None:
        self.builder.blocks.append(Block(self.spec.key, day, start, end, eng, status, note, location))

    def _add(self, day: D, start: int, end: int, eng, status: str, note: str, location: str) -> int:
        self._take(day, start, end)
        self._blocks(day, start, end, eng, status, note, location)
        eng.minutes += end - start
        return end - start

    def _internal(self, day: D, start: int, end: int, note: str) -> int:
        self._take(day, start, end)
        location = data.LOCATIONS_FR[1] if self.rng.random() < 0.7 else data.LOCATIONS_FR[2]
        self._blocks(day, start, end, None, self.builder.booking_status(None, day, self.rng), note, location)
        return end - start


def _weights(pairs) -> tuple[list, list]:
    return [n for n, _ in pairs], [w for _, w in pairs]


def _at_member(lang: str) -> str:
    return (data.LOCATIONS_EN if lang == "en" else data.LOCATIONS_FR)[0]


def _office(lang: str) -> str:
    return (data.LOCATIONS_EN if lang == "en" else data.LOCATIONS_FR)[1]
