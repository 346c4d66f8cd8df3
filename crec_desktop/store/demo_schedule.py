"""The demo organisation's calendar: absences, closures, engagements and bookings, year after year.

Deterministic: everything comes from `random.Random` streams seeded by the window and a name,
so the same `today` and number of years give the same calendar.

How the calendar is made, per specialist:

1. the days off: weekends, Quebec statutory holidays (domain.holidays), the organisation's
   closures (Easter Monday, the days around Christmas) and the specialist's absences (summer
   and Christmas vacations, spring break, training, sick days in the past);
2. the engagements they lead, one after the other on a few "lanes" (parallel engagements),
   their status following their dates (completed in the past, in progress today, signed, sent or
   draft in the future, a few cancelled), some with a second specialist in support;
3. weekly series first (the team meeting, engagement committees, weekly calls with a member),
   their occurrences on days off or in conflict left out as exdates, then each week filled up
   to the specialist's target share of their working hours, day by day (store.demo_day): half
   days and full days with their preparation, travel and report, then calls, writing and short
   meetings, taken from the free slots of each day. So confirmed bookings of one specialist
   never overlap, by construction. Tentative bookings are those of engagements not signed yet,
   some far-off sessions, and a few proposed meetings that overlap confirmed work on purpose.

A 5-year window holds about 50,000 bookings (55,000 occurrences): some 9,700 a year, 900 to
1,000 in a month of the 15 specialists (fewer in July, the month of summer vacations).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random

from crec_desktop.domain.holidays import EASTER_MONDAY, GOOD_FRIDAY, holidays_between
from crec_desktop.store import demo_data as data
from crec_desktop.store import demo_texts as texts
from crec_desktop.store.demo_day import Agenda, Block, DayFiller

__all__ = ["Block", "Builder", "Calendar", "Engagement"]

D = dt.date
DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(weeks=1)
LOOKAHEAD_WEEKS = 13          # the window runs to ~3 months after today
TEAM_MEETING = (8 * 60 + 30, 9 * 60 + 30)       # Mondays 08:30–09:30
MAX_DENSITY = 0.9                               # never book more than this share of a week


def mondays(first: D, last: D):
    day = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    while day <= last:
        yield day
        day += WEEK


def years_before(day: D, years: int) -> D:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclasses.dataclass
class Engagement:
    lead: data.SpecialistData
    member: data.MemberData
    domain: str
    language: str
    text: texts.EngagementText
    start: D
    end: D
    status: str = "draft"
    stop: D | None = None          # last day work is booked (cancellation, or end)
    planned: bool = True           # has sessions booked (some drafts do not)
    support: data.SpecialistData | None = None
    taxable: bool = True
    minutes: int = 0               # booked, all specialists
    number: str = ""
    kicked_off: bool = False

    def bookable(self, day: D) -> bool:
        return self.planned and self.start <= day <= (self.stop or self.end)


@dataclasses.dataclass
class Calendar:
    first: D
    last: D
    closures: list[tuple[D, str]]
    absences: list[dict]
    engagements: list[Engagement]
    blocks: list[Block]


class Builder:
    def __init__(self, years: int, today: D):
        self.years, self.today = years, today
        self.first = years_before(today, years) - dt.timedelta(days=years_before(today, years).weekday())
        self.last = today - dt.timedelta(days=today.weekday()) + LOOKAHEAD_WEEKS * WEEK + 4 * DAY
        self.seed = f"crec-demo:{years}:{today.isoformat()}"
        self.holidays = set(holidays_between(self.first, self.last, GOOD_FRIDAY))
        self.closures = self._closures()
        self.org_off = self.holidays | {day for day, _ in self.closures}
        self.absent: dict[str, set[D]] = {}
        self.absences: list[dict] = []
        self.engagements: list[Engagement] = []
        self.blocks: list[Block] = []

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    # --- days off -------------------------------------------------------------------------------

    def _closures(self) -> list[tuple[D, str]]:
        result = []
        easter_mondays = holidays_between(self.first, self.last, EASTER_MONDAY)
        for day, holiday in easter_mondays.items():
            if holiday.code == "easter_monday":
                result.append((day, "Lundi de Pâques"))
        for year in range(self.first.year, self.last.year + 1):
            for day in [D(year, 12, 24)] + [D(year, 12, d) for d in range(26, 32)]:
                if day.weekday() < 5 and day not in self.holidays:
                    result.append((day, "Fermeture des Fêtes"))
        return sorted(r for r in result if self.first <= r[0] <= self.last)

    def works(self, key: str, day: D) -> bool:
        return day.weekday() < 5 and day not in self.org_off and day not in self.absent[key]

    def _add_absence(self, key: str, start: D, end: D, kind: str, note: str | None = None) -> bool:
        days = {start + i * DAY for i in range((end - start).days + 1)}
        if days & self.absent[key] or end < self.first or start > self.last:
            return False
        if not any(d.weekday() < 5 and d not in self.org_off for d in days):
            return False
        self.absent[key] |= days
        record = {"specialist": key, "start": start.isoformat(), "end": end.isoformat(), "kind": kind}
        if note:
            record["note"] = note
        self.absences.append(record)
        return True

    def make_absences(self) -> None:
        training_notes = ("Formation continue", "Colloque de l'ordre professionnel", "Congrès annuel du réseau",
                          "Formation certifiante en ligne")
        for spec in data.SPECIALISTS:
            rng = self.rng(f"absences:{spec.key}")
            self.absent[spec.key] = set()
            for year in range(self.first.year - 1, self.last.year + 1):
                summer = list(mondays(D(year, 6, 26), D(year, 8, 3)))
                weeks = rng.choice((2, 3, 3, 4))
                start = rng.choice(summer)
                if weeks >= 3 and rng.random() < 0.3:
                    self._add_absence(spec.key, start, start + (weeks - 1) * WEEK - 3 * DAY, "vacation",
                                      "Vacances estivales")
                    late = rng.choice(list(mondays(D(year, 8, 17), D(year, 8, 24))))
                    self._add_absence(spec.key, late, late + 4 * DAY, "vacation", "Vacances estivales")
                else:
                    self._add_absence(spec.key, start, start + weeks * WEEK - 3 * DAY, "vacation",
                                      "Vacances estivales")
                if rng.random() < 0.75:
                    start = D(year, 12, rng.choice((18, 19, 20, 21, 22)))
                    end = D(year + 1, 1, rng.choice((2, 3, 4, 5)))
                    self._add_absence(spec.key, start, end, "vacation", "Vacances des Fêtes")
                if rng.random() < 0.35:
                    monday = next(mondays(D(year, 3, 1), D(year, 3, 7)))
                    self._add_absence(spec.key, monday, monday + 4 * DAY, "vacation", "Semaine de relâche")
                for _ in range(rng.randint(1, 2)):
                    day = D(year, rng.randint(2, 11), rng.randint(1, 28))
                    if self.works(spec.key, day):
                        length = rng.choice((0, 0, 1))
                        end = day + length * DAY
                        if self.works(spec.key, end):
                            self._add_absence(spec.key, day, end, "training", rng.choice(training_notes))
                for _ in range(rng.randint(2, 5)):
                    day = D(year, rng.choice((1, 2, 2, 3, 3, 4, 5, 9, 10, 11, 11, 12)), rng.randint(1, 28))
                    end = day + (DAY if rng.random() < 0.25 else dt.timedelta())
                    if end < self.today and self.works(spec.key, day) and self.works(spec.key, end):
                        self._add_absence(spec.key, day, end, "sick")
                if rng.random() < 0.5:
                    day = D(year, rng.randint(1, 12), rng.randint(1, 28))
                    if self.works(spec.key, day):
                        self._add_absence(spec.key, day, day, "personal")

    # --- engagements ----------------------------------------------------------------------------

    def make_engagements(self) -> None:
        weights = [m.weight for m in data.MEMBERS]
        for spec in data.SPECIALISTS:
            rng = self.rng(f"engagements:{spec.key}")
            for _lane in range(spec.lanes):
                day = self.first - rng.randint(1, 12) * WEEK
                while day <= self.last + 6 * WEEK:
                    start = day + rng.randint(0, 3) * DAY
                    end = start + rng.randint(6, 24) * WEEK - rng.randint(1, 3) * DAY
                    member = rng.choices(data.MEMBERS, weights)[0]
                    while not member.active and start > self.today - dt.timedelta(days=270):
                        member = rng.choices(data.MEMBERS, weights)[0]
                    domain = spec.domains[0] if len(spec.domains) == 1 or rng.random() < 0.65 else \
                        rng.choice(spec.domains[1:])
                    language = "en" if member.english and rng.random() < 0.4 else "fr"
                    text = rng.choice(texts.TEXTS[domain][language])
                    eng = Engagement(spec, member, domain, language, text, start, end,
                                     taxable=rng.random() > 0.08)
                    if rng.random() < 0.2:
                        helpers = [s for s in data.SPECIALISTS if s is not spec and domain in s.domains]
                        helpers = helpers or [s for s in data.SPECIALISTS if s is not spec and s.role == "specialist"]
                        eng.support = rng.choice(helpers)
                    self._set_status(eng, rng)
                    self.engagements.append(eng)
                    day = end + DAY + rng.randint(0, 2) * WEEK
                    day -= dt.timedelta(days=day.weekday())
        self._ensure_every_status()
        self._number()

    def _set_status(self, eng: Engagement, rng: random.Random) -> None:
        today = self.today
        if eng.end < today:
            eng.status = "completed"
            if rng.random() < 0.05:
                self._cancel(eng, rng)
        elif eng.start <= today:
            eng.status = "in_progress"
            if rng.random() < 0.03:
                self._cancel(eng, rng)
        else:
            ahead = (eng.start - today).days
            roll = rng.random()
            if ahead <= 21:
                eng.status = "signed" if roll < 0.75 else "sent"
            elif ahead <= 60:
                eng.status = "signed" if roll < 0.35 else "sent" if roll < 0.75 else "draft"
            else:
                eng.status = "sent" if roll < 0.4 else "draft"
            if eng.status == "draft":
                eng.planned = rng.random() < 0.5
            if rng.random() < 0.04:
                eng.status, eng.planned = "cancelled", False
        eng.stop = eng.stop or eng.end

    def _cancel(self, eng: Engagement, rng: random.Random) -> None:
        span = (min(eng.end, self.today - DAY) - eng.start).days
        eng.status = "cancelled"
        eng.stop = eng.start + dt.timedelta(days=max(0, int(span * rng.uniform(0.3, 0.6))))

    def _ensure_every_status(self) -> None:
        """Small windows could miss a status by chance: the demo shows each one."""
        present = {e.status for e in self.engagements}
        by_start = sorted(self.engagements, key=lambda e: (e.start, e.lead.key))
        future = [e for e in by_start if e.start > self.today and e.status not in ("cancelled",)]
        for status in ("draft", "sent", "signed"):
            if status not in present and future:
                eng = future.pop() if status != "signed" else future.pop(0)
                eng.status, eng.planned = status, status != "draft"
                present = {e.status for e in self.engagements}
        if "cancelled" not in present:
            past = [e for e in by_start if e.status == "completed"]
            if past:
                self._cancel(past[len(past) // 2], self.rng("cancel"))

    def _number(self) -> None:
        counters: dict[int, int] = {}
        for eng in sorted(self.engagements, key=lambda e: (e.start, e.lead.key, e.member.key)):
            counters[eng.start.year] = counters.get(eng.start.year, 0) + 1
            eng.number = f"{eng.start.year}-{counters[eng.start.year]:03d}"

    # --- bookings -------------------------------------------------------------------------------

    def booking_status(self, eng: Engagement | None, day: D, rng: random.Random) -> str:
        if eng is None or eng.status in ("completed", "cancelled", "signed"):
            return "confirmed"
        if eng.status in ("draft", "sent"):
            return "tentative"
        return "tentative" if day > self.today + 21 * DAY and rng.random() < 0.25 else "confirmed"

    def make_bookings(self) -> None:
        for spec in data.SPECIALISTS:
            rng = self.rng(f"bookings:{spec.key}")
            agenda = Agenda(spec)
            assignments = [(e, 1.0) for e in self.engagements if e.lead is spec] + \
                          [(e, 0.35) for e in self.engagements if e.support is spec]
            self._team_meetings(agenda, rng)
            self._engagement_series(agenda, [e for e, w in assignments if e.lead is spec], rng)
            filler = DayFiller(self, agenda, assignments, rng)
            for monday in mondays(self.first, self.last):
                self._fill_week(filler, monday)
            self._proposed_meetings(agenda, assignments, rng)

    def _series(self, agenda: Agenda, days: list[D], start: int, end: int, **fields) -> Block | None:
        """A weekly series on those days; days off or taken become exdates. None if mostly lost."""
        key = agenda.spec.key
        while days and not (self.works(key, days[0]) and agenda.is_free(days[0], start, end)):
            days = days[1:]
        if len(days) < 3:
            return None
        kept = [d for d in days if self.works(key, d) and agenda.is_free(d, start, end)]
        if len(kept) * 2 < len(days):
            return None
        for d in kept:
            agenda.take(d, start, end)
        kept_days = set(kept)
        block = Block(key, days[0], start, end, occurrences=days,
                      exdates=[d for d in days if d not in kept_days], **fields)
        self.blocks.append(block)
        return block

    def _team_meetings(self, agenda: Agenda, rng: random.Random) -> None:
        for year in range(self.first.year, self.last.year + 1):
            for season_start, season_end in ((D(year, 1, 8), D(year, 6, 20)), (D(year, 8, 25), D(year, 12, 19))):
                days = list(mondays(max(season_start, self.first), min(season_end, self.last)))
                self._series(agenda, days, *TEAM_MEETING, engagement=None, status="confirmed",
                             note=texts.TEAM_MEETING, location=data.LOCATIONS_FR[1], use_until=rng.random() < 0.5)

    def _engagement_series(self, agenda: Agenda, engagements: list[Engagement], rng: random.Random) -> None:
        slots = ((9 * 60, 11 * 60), (10 * 60, 12 * 60), (13 * 60 + 30, 15 * 60 + 30), (13 * 60, 14 * 60 + 30))
        for eng in engagements:
            if not eng.planned or rng.random() > 0.3:
                continue
            weekday = rng.randint(1, 3)
            first = eng.start + 7 * DAY + dt.timedelta(days=(weekday - eng.start.weekday()) % 7)
            last = min(eng.stop or eng.end, self.last)
            days = [d for d in (first + i * WEEK for i in range(rng.randint(5, 10))) if d <= last]
            if first < self.first or len(days) < 4:
                continue
            start, end = rng.choice(slots)
            status = "tentative" if eng.status in ("draft", "sent") else "confirmed"
            block = self._series(agenda, days, start, end, engagement=eng, status=status,
                                 note=texts.SERIES_NOTES[eng.language],
                                 location=self.location(eng, rng), use_until=rng.random() < 0.4)
            if block:
                eng.minutes += (end - start) * (len(block.occurrences) - len(block.exdates))
        for eng in engagements:  # a weekly 30-minute call with the member, for some
            if not eng.planned or rng.random() > 0.3:
                continue
            first = eng.start + 14 * DAY + dt.timedelta(days=(rng.randint(1, 4) - eng.start.weekday()) % 7)
            last = min(eng.stop or eng.end, self.last)
            days = [d for d in (first + i * WEEK for i in range(rng.randint(6, 14))) if d <= last]
            if first < self.first or len(days) < 4:
                continue
            start = rng.choice((agenda.ws, agenda.ws + 30, 11 * 60 + 30, agenda.we - 30))
            status = "tentative" if eng.status in ("draft", "sent") else "confirmed"
            block = self._series(agenda, days, start, start + 30, engagement=eng, status=status,
                                 note=texts.WEEKLY_CALL[eng.language], location=texts.CALL_LOCATIONS[eng.language][0],
                                 use_until=rng.random() < 0.5)
            if block:
                eng.minutes += 30 * (len(block.occurrences) - len(block.exdates))

    def location(self, eng: Engagement | None, rng: random.Random) -> str:
        names = data.LOCATIONS_EN if eng and eng.language == "en" else data.LOCATIONS_FR
        return rng.choices(names, (4, 2, 5, 1))[0]

    def _fill_week(self, filler: DayFiller, monday: D) -> None:
        agenda, spec, rng = filler.agenda, filler.spec, filler.rng
        days = [monday + i * DAY for i in range(5) if self.works(spec.key, monday + i * DAY)]
        if not days:
            return
        per_day = spec.weekly_hours / 5 * 60
        weeks_ahead = (monday - self.today).days / 7
        taper = 1.0 if weeks_ahead <= 4 else max(0.55, 1 - 0.45 * (weeks_ahead - 4) / 9)
        capacity = len(days) * per_day
        taken = sum(e - s for d in days for s, e in agenda.taken.get(d, ()))
        remaining = capacity * spec.density * rng.uniform(0.95, 1.05) * taper - taken
        room = capacity * MAX_DENSITY - taken
        for i, day in enumerate(days):
            goal = min(per_day * 1.1, remaining / (len(days) - i) * rng.uniform(0.6, 1.4))
            placed = filler.fill(day, goal, room)
            remaining -= placed
            room -= placed

    def _proposed_meetings(self, agenda: Agenda, assignments, rng: random.Random) -> None:
        """A few tentative meetings proposed over confirmed work: the conflicts the grid shows."""
        key = agenda.spec.key
        mine = [b for b in self.blocks if b.specialist == key and b.occurrences is None
                and b.status == "confirmed" and b.day >= self.today and b.end - b.start >= 180]
        for block in mine:
            if rng.random() < 0.06:
                active = [e for e, _ in assignments if e.bookable(block.day) and e is not block.engagement]
                eng = rng.choice(active) if active else None
                start = block.start + rng.choice((0, 30, 60))
                self.blocks.append(Block(key, block.day, start, start + 60, eng, "tentative",
                                         texts.TENTATIVE_NOTES[eng.language if eng else "fr"],
                                         self.location(eng, rng)))
                if eng:
                    eng.minutes += 60

    def build(self) -> Calendar:
        self.make_absences()
        self.make_engagements()
        self.make_bookings()
        return Calendar(self.first, self.last, self.closures, self.absences, self.engagements, self.blocks)
