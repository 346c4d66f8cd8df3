"""Who could do a piece of work for a member, and when: ranked specialists with concrete slots.

Given a member, a domain of expertise, a number of hours and a period, every active specialist
of that domain is looked at:

- **free time**: their working half-days in the period — the morning starts when their workday
  starts, the afternoon ends when it ends, each half of their daily hours (weekly hours / 5,
  rounded down to the quarter hour) — on working days only (weekends, statutory holidays,
  closures and their absences have none, as `availability` says), after `now`, less their
  confirmed bookings. Tentative bookings are *soft*: that time counts as free but is used only
  when the rest does not suffice, and is flagged;
- **slots**: the free pieces of those half-days, at least an hour each (a whole half-day when
  nothing is booked in it), earliest first, pieces free of tentative bookings first, adding up
  to the hours asked for (the last one cut to fit). A slot never overlaps a confirmed booking,
  an absence, a holiday or a closure;
- **score** out of 100, each part with its reason in the user's language:
  enough free time to finish within the period (40), a low load over the period (25) and over
  the three months before it (15) — fairness —, having already worked for that member in the
  past twelve months (10) — continuity —, leading an open engagement of that member in that
  domain (5), that domain being their main one (5).

Specialists with no free time at all are not proposed; an empty list means nobody fits.

    result = suggest(db, "fcsdsq", "hr", Decimal("10"), dt.date(2026, 11, 2), dt.date(2026, 11, 13))
    result.suggestions[0].specialist_key, .score, .reasons, .slots
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from crec_desktop.domain.formatting import format_hours
from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.domain.money import NBSP, format_number
from crec_desktop.domain.rules import LocalDate
from crec_desktop.domain.timeutil import UTC, at_local, range_bounds
from crec_desktop.services.agenda import read_occurrences
from crec_desktop.services.availability import compute_loads, daily_expected_minutes, minutes_to_hours
from crec_desktop.services.budgets import specialist_engagement_minutes
from crec_desktop.store.db import Database, session_clock
from crec_desktop.store.models import DomainOfExpertise, Engagement, Member, Specialist, specialist_domain

MAX_DAYS = 366
MAX_HOURS = Decimal(2000)
MIN_SLOT = 60          # minutes
QUARTER = 15
CAPACITY, LOAD, RECENT, CONTINUITY, LEAD, PRIMARY = 40, 25, 15, 10, 5, 5
OPEN_STATUSES = ("draft", "sent", "signed", "in_progress")

define({
    "suggest.unknown_member": ("aucun membre n'a la clé « {value} »", "no member has the key \"{value}\""),
    "suggest.unknown_domain": ("domaine d'expertise inconnu : « {code} » (codes : {codes})",
                               "unknown domain of expertise: \"{code}\" (codes: {codes})"),
    "suggest.bad_hours": ("nombre d'heures invalide : « {value} » (un nombre plus grand que 0, au plus {max})",
                          "invalid number of hours: \"{value}\" (a number greater than 0, at most {max})"),
    "suggest.bad_range": ("la période se termine avant de commencer : du {first} au {last}",
                          "the period ends before it starts: from {first} to {last}"),
    "suggest.too_long": ("la période est trop longue : au plus un an", "the period is too long: one year at most"),
    "suggest.reason.enough": ("peut faire les {hours} demandées dans la période, en créneaux d'une heure ou plus "
                              "({free} libres en tout)",
                              "can do the {hours} asked within the period, in slots of an hour or more ({free} free "
                              "in all)"),
    "suggest.reason.partial": ("seulement {slots} en créneaux d'une heure ou plus dans la période pour les {hours} "
                               "demandées ({free} libres en tout)",
                               "only {slots} in slots of an hour or more within the period for the {hours} asked "
                               "({free} free in all)"),
    "suggest.reason.soft": ("dont {soft} sur des réservations provisoires, comptées à moitié",
                            "of which {soft} over tentative bookings, counted half"),
    "suggest.reason.load": ("réservé à {pct} de ses heures attendues dans la période",
                            "booked for {pct} of their expected hours in the period"),
    "suggest.reason.no_expected": ("aucune heure attendue dans la période", "no expected hours in the period"),
    "suggest.reason.recent": ("réservé à {pct} de ses heures attendues les trois mois précédents",
                              "booked for {pct} of their expected hours in the three months before"),
    "suggest.reason.no_recent": ("aucune heure attendue les trois mois précédents",
                                 "no expected hours in the three months before"),
    "suggest.reason.continuity": ("a déjà travaillé {hours} pour ce membre dans les douze derniers mois",
                                  "already worked {hours} for this member in the past twelve months"),
    "suggest.reason.new_member": ("n'a pas travaillé pour ce membre dans les douze derniers mois",
                                  "has not worked for this member in the past twelve months"),
    "suggest.reason.lead": ("responsable du mandat {number} de ce membre dans ce domaine",
                            "leads engagement {number} of this member in this domain"),
    "suggest.reason.primary": ("{domain} est son domaine principal", "{domain} is their main domain"),
    "suggest.reason.secondary": ("{domain} est un de ses autres domaines", "{domain} is one of their other domains"),
})


@dataclasses.dataclass(frozen=True)
class Slot:
    start: dt.datetime    # aware
    end: dt.datetime
    soft: bool = False    # overlaps a tentative booking

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def hours(self) -> Decimal:
        return minutes_to_hours(self.minutes)


@dataclasses.dataclass(frozen=True)
class Reason:
    points: int
    message: Message

    def text(self, lang: str = "fr") -> str:
        return self.message.text(lang)


@dataclasses.dataclass(frozen=True)
class Suggestion:
    specialist_id: int
    specialist_key: str
    specialist_name: str
    score: int
    reasons: tuple[Reason, ...]
    free_hours: Decimal          # working half-days less confirmed bookings (tentative time included)
    soft_hours: Decimal          # the part of free_hours over tentative bookings
    utilisation: Decimal | None  # over the period
    recent_utilisation: Decimal | None
    slots: tuple[Slot, ...]

    @property
    def slot_hours(self) -> Decimal:
        return minutes_to_hours(sum(s.minutes for s in self.slots))


@dataclasses.dataclass(frozen=True)
class Request:
    member_id: int
    member_key: str
    member_name: str
    domain_id: int
    domain_code: str
    domain_fr: str
    domain_en: str
    hours: Decimal
    first: dt.date
    last: dt.date

    def domain_name(self, lang: str = "fr") -> str:
        return self.domain_en if lang == "en" else self.domain_fr


@dataclasses.dataclass(frozen=True)
class Result:
    request: Request
    suggestions: tuple[Suggestion, ...]
    candidates: int = 0   # active specialists of the domain (0: nobody has it)


# --- intervals --------------------------------------------------------------------------------

Interval = tuple[dt.datetime, dt.datetime]


def subtract(pieces: Sequence[Interval], busy: Sequence[Interval]) -> list[Interval]:
    """The parts of pieces (sorted, disjoint) that no busy interval covers. Linear once the busy
    intervals are merged: both lists are then walked once, side by side."""
    merged: list[list[dt.datetime]] = []
    for b_start, b_end in sorted(busy):
        if merged and b_start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b_end)
        elif b_end > b_start:
            merged.append([b_start, b_end])
    out: list[Interval] = []
    first = 0
    for start, end in pieces:
        while first < len(merged) and merged[first][1] <= start:
            first += 1  # ends before this piece, so before every later one
        cursor = start
        for b_start, b_end in merged[first:]:
            if b_start >= end:
                break
            if b_start > cursor:
                out.append((cursor, b_start))
            cursor = max(cursor, b_end)
            if cursor >= end:
                break
        if cursor < end:
            out.append((cursor, end))
    return out


def _minutes(pieces: Sequence[Interval]) -> int:
    return sum(int((e - s).total_seconds() // 60) for s, e in pieces)


def half_days(day: dt.date, weekly_hours: Decimal, start: dt.time, end: dt.time) -> list[Interval]:
    """The morning and afternoon windows of a working day (see the module's docstring)."""
    half = daily_expected_minutes(weekly_hours) // 2 // QUARTER * QUARTER
    if half <= 0:
        return []
    day_start, day_end = at_local(day, start), at_local(day, end)
    if day_end <= day_start:
        return []
    middle = day_start + (day_end - day_start) / 2
    morning = (day_start, min(day_start + dt.timedelta(minutes=half), middle))
    afternoon = (max(day_end - dt.timedelta(minutes=half), middle), day_end)
    return [w for w in (morning, afternoon) if w[1] > w[0]]


def _next_quarter(instant: dt.datetime) -> dt.datetime:
    instant = instant.astimezone(UTC).replace(second=0, microsecond=0) + (
        dt.timedelta(minutes=1) if instant.second or instant.microsecond else dt.timedelta())
    return instant + dt.timedelta(minutes=(-instant.minute) % QUARTER)


def choose_slots(clean: Sequence[Interval], soft: Sequence[Interval], minutes: int) -> list[Slot]:
    """Earliest pieces of at least MIN_SLOT, tentative-free ones first, cut to add up to minutes."""
    chosen: list[Slot] = []
    left = minutes
    for pieces, is_soft in ((clean, False), (soft, True)):
        for start, end in pieces:
            if left <= 0:
                break
            length = int((end - start).total_seconds() // 60)
            if length < min(MIN_SLOT, left):
                continue
            take = min(length, left)
            chosen.append(Slot(start, start + dt.timedelta(minutes=take), is_soft))
            left -= take
    return sorted(chosen, key=lambda s: s.start)


# --- the request ------------------------------------------------------------------------------

def _read_request(session: Session, member_key: str, domain_code: str, hours: Decimal, first: dt.date,
                  last: dt.date) -> Request:
    member = session.execute(select(Member.id, Member.key, Member.name, Member.short_name)
                             .where(Member.key == member_key)).first()
    if member is None:
        raise UserError(msg("suggest.unknown_member", value=member_key))
    domain = session.execute(select(DomainOfExpertise.id, DomainOfExpertise.code, DomainOfExpertise.name_fr,
                                    DomainOfExpertise.name_en).where(DomainOfExpertise.code == domain_code)).first()
    if domain is None:
        codes = ", ".join(c for c, in session.execute(select(DomainOfExpertise.code).order_by(DomainOfExpertise.code)))
        raise UserError(msg("suggest.unknown_domain", code=domain_code, codes=codes))
    return Request(member.id, member.key, member.short_name or member.name, domain.id, domain.code, domain.name_fr,
                   domain.name_en or domain.name_fr, hours, first, last)


def check_input(hours: Decimal, first: dt.date, last: dt.date) -> None:
    if not isinstance(hours, Decimal) or not hours.is_finite() or hours <= 0 or hours > MAX_HOURS:
        raise UserError(msg("suggest.bad_hours", value=hours, max=MAX_HOURS))
    if last < first:
        raise UserError(msg("suggest.bad_range", first=LocalDate("d", {"date": first}),
                            last=LocalDate("d", {"date": last})))
    if (last - first).days + 1 > MAX_DAYS:
        raise UserError(msg("suggest.too_long"))


class _Percent(Message):
    def text(self, lang: str = "fr") -> str:
        value = self.params["ratio"] * 100
        return f"{format_number(value, 'fr', 0)}{NBSP}%" if lang == "fr" else f"{format_number(value, 'en', 0)}%"


class _Hours(Message):
    def text(self, lang: str = "fr") -> str:
        return format_hours(self.params["hours"], lang)


class _Domain(Message):
    def text(self, lang: str = "fr") -> str:
        return self.params["en"] if lang == "en" else self.params["fr"]


def _pct(ratio: Decimal) -> Message:
    return _Percent("pct", {"ratio": ratio})


def _h(hours: Decimal) -> Message:
    return _Hours("h", {"hours": hours})


def _points(share: Decimal, weight: int) -> int:
    share = min(Decimal(1), max(Decimal(0), share))
    return int((share * weight).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- reading and ranking ----------------------------------------------------------------------

def read_suggestions(session: Session, member_key: str, domain_code: str, hours: Decimal, first: dt.date,
                     last: dt.date, *, now: dt.datetime | None = None) -> Result:
    check_input(hours, first, last)
    request = _read_request(session, member_key, domain_code, hours, first, last)
    now = now or session_clock(session).now()
    sd = specialist_domain.c
    candidates = session.execute(
        select(Specialist.id).join(specialist_domain, sd.specialist_id == Specialist.id)
        .where(sd.domain_id == request.domain_id, Specialist.active.is_(True))).scalars().all()
    if not candidates:
        return Result(request, ())
    first_domain: dict[int, tuple[int, int]] = {}
    for sid, domain_id, position in session.execute(select(sd.specialist_id, sd.domain_id, sd.position)
                                                     .where(sd.specialist_id.in_(candidates))):
        if sid not in first_domain or (position, domain_id) < first_domain[sid]:
            first_domain[sid] = (position, domain_id)
    connection = session.connection()
    loads = compute_loads(connection, first, last, candidates)
    recent_first = first - relativedelta(months=3)
    recent = {ld.specialist_id: ld.total() for ld in compute_loads(connection, recent_first, first - dt.timedelta(days=1),
                                                                    candidates)}
    lo, hi = range_bounds(first, last)
    busy: dict[int, list[Interval]] = {}
    tentative: dict[int, list[Interval]] = {}
    for item in read_occurrences(connection, lo, hi, candidates):
        (tentative if item.tentative else busy).setdefault(item.specialist_id, []).append((item.start, item.end))
    member_engagements = dict(session.execute(
        select(Engagement.id, Engagement.number).where(Engagement.member_id == request.member_id)).all())
    past = specialist_engagement_minutes(session, first - relativedelta(years=1), first - dt.timedelta(days=1), now=now)
    worked: dict[int, int] = {}
    for (sid, eid), (confirmed, _tentative, _done) in past.items():
        if eid in member_engagements:
            worked[sid] = worked.get(sid, 0) + confirmed
    leads = dict(session.execute(
        select(Engagement.lead_id, Engagement.number)
        .where(Engagement.member_id == request.member_id, Engagement.domain_id == request.domain_id,
               Engagement.status.in_(OPEN_STATUSES), Engagement.lead_id.in_(candidates))
        .order_by(Engagement.number.desc())).all())
    wanted = int((hours * 60).to_integral_value(rounding=ROUND_HALF_UP))
    start_from = _next_quarter(now)
    domain = _Domain("domain", {"fr": request.domain_fr, "en": request.domain_en})
    out = []
    for load in loads:
        windows = [w for d in load.days if d.off is None
                   for w in half_days(d.day, load.weekly_hours, load.workday_start, load.workday_end)]
        windows = [(max(s, start_from), e) for s, e in windows if e > start_from]
        free = subtract(windows, busy.get(load.specialist_id, []))
        clean = subtract(free, tentative.get(load.specialist_id, []))
        soft = subtract(free, clean)
        free_min, clean_min = _minutes(free), _minutes(clean)
        if free_min == 0:
            continue
        slots = choose_slots(clean, soft, wanted)
        reasons = [_capacity_reason(slots, free_min, wanted, request.hours)]
        total, before = load.total(), recent[load.specialist_id]
        reasons.append(_load_reason(total.utilisation, LOAD, "suggest.reason.load", "suggest.reason.no_expected"))
        reasons.append(_load_reason(before.utilisation, RECENT, "suggest.reason.recent", "suggest.reason.no_recent"))
        minutes_worked = worked.get(load.specialist_id, 0)
        reasons.append(Reason(CONTINUITY, msg("suggest.reason.continuity", hours=_h(minutes_to_hours(minutes_worked))))
                       if minutes_worked > 0 else Reason(0, msg("suggest.reason.new_member")))
        if load.specialist_id in leads:
            reasons.append(Reason(LEAD, msg("suggest.reason.lead", number=leads[load.specialist_id])))
        primary = first_domain.get(load.specialist_id, (0, request.domain_id))[1] == request.domain_id
        reasons.append(Reason(PRIMARY, msg("suggest.reason.primary", domain=domain)) if primary
                       else Reason(0, msg("suggest.reason.secondary", domain=domain)))
        out.append(Suggestion(load.specialist_id, load.key, load.name, sum(r.points for r in reasons), tuple(reasons),
                              minutes_to_hours(free_min), minutes_to_hours(free_min - clean_min), total.utilisation,
                              before.utilisation, tuple(slots)))
    out.sort(key=lambda s: (-s.score, -s.free_hours, s.specialist_name, s.specialist_key))
    return Result(request, tuple(out), len(candidates))


def _capacity_reason(slots: Sequence[Slot], free_min: int, wanted: int, hours: Decimal) -> Reason:
    """Points for the share of the hours the slots cover (time over tentative bookings counts half)."""
    soft_min = sum(s.minutes for s in slots if s.soft)
    total = sum(s.minutes for s in slots)
    effective = Decimal(total - soft_min) + Decimal(soft_min) / 2
    key = "suggest.reason.enough" if total >= wanted else "suggest.reason.partial"
    message = msg(key, free=_h(minutes_to_hours(free_min)), hours=_h(hours), slots=_h(minutes_to_hours(total)))
    if soft_min:
        message = _Joined("joined", {"first": message, "second": msg("suggest.reason.soft",
                                                                      soft=_h(minutes_to_hours(soft_min)))})
    return Reason(_points(effective / wanted, CAPACITY), message)


class _Joined(Message):
    def text(self, lang: str = "fr") -> str:
        return f"{self.params['first'].text(lang)} ({self.params['second'].text(lang)})"


def _load_reason(utilisation: Decimal | None, weight: int, key: str, none_key: str) -> Reason:
    if utilisation is None:
        return Reason(weight // 2, msg(none_key))
    return Reason(_points(1 - utilisation, weight), msg(key, pct=_pct(utilisation)))


def suggest(db: Database, member_key: str, domain_code: str, hours: Decimal, first: dt.date,
            last: dt.date) -> Result:
    """Ranked suggestions (see the module's docstring); UserError for bad input."""
    check_input(hours, first, last)
    with db.read() as session:
        return read_suggestions(session, member_key, domain_code, hours, first, last)


__all__ = ["Reason", "Request", "Result", "Slot", "Suggestion", "choose_slots", "half_days", "read_suggestions",
           "subtract", "suggest"]
