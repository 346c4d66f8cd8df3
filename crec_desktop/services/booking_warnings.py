"""Warnings that do not refuse a booking change, computed inside its transaction (after the write,
so loads and budgets include it):

- a tentative booking in conflict (it overlaps another booking of the specialist, or a confirmed
  one now overlaps a tentative one);
- outside the specialist's working hours (before workday_start, after workday_end, a weekend);
- during one of the specialist's absences;
- on a statutory holiday or an organisation closure;
- over the specialist's weekly capacity (booked hours beyond the week's expected hours);
- over the engagement's budgeted hours; over the member's hour bank for the fiscal year.

Each kind is reported once per booking, naming the first occurrence concerned. Only what the
change can affect is looked at (a new note warns of nothing).

A drop on the grid waits for these, so they are read in few queries: for each booking changed in
time, one look around its occurrences (`_Around`: the specialist's occurrences, absences and the
closures over the weeks they fall in) serves the conflict, calendar and capacity warnings, with
the loads counted as `services.availability` counts them; the budgets take one summing query per
engagement set and per member's fiscal year, skipped when there is no budget or hour bank. The
specialist, engagement, member and settings come from `services.lookups` (read once per
transaction).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import String, bindparam, select, type_coerce

from crec_desktop.domain import recurrence, rules
from crec_desktop.domain.messages import Message, define, msg
from crec_desktop.domain.timeutil import MAX_BOOKING, TZ, range_bounds, week_start
from crec_desktop.services import lookups
from crec_desktop.services.availability import absent_days, booked_minutes, calendar_of, instant_reader, loads_of
from crec_desktop.services.budgets import BudgetUse, engagement_minutes, fiscal_year, member_minutes
from crec_desktop.services.changes import BookingState
from crec_desktop.services.wording import date_param, hours_param, localized
from crec_desktop.store.coltypes import UTCDateTime
from crec_desktop.store.models import Absence, Closure, Occurrence

define({
    "warn.conflict": ("Réservation provisoire en conflit avec une autre réservation de {specialist} ({when})",
                      "Tentative booking in conflict with another booking of {specialist} ({when})"),
    "warn.outside_hours": ("En dehors des heures de travail de {specialist} ({when})",
                           "Outside {specialist}'s working hours ({when})"),
    "warn.absence": ("{specialist} est absent ou absente ce jour-là ({date})",
                     "{specialist} is away that day ({date})"),
    "warn.holiday": ("Jour férié : {name} ({date})", "Statutory holiday: {name} ({date})"),
    "warn.closure": ("Fermeture de l'organisation : {name} ({date})", "Organisation closed: {name} ({date})"),
    "warn.capacity": ("{specialist} dépasse sa disponibilité la semaine du {date} : {booked} réservées pour {expected}",
                      "{specialist} is over capacity the week of {date}: {booked} booked for {expected} available"),
    "warn.budget": ("Le mandat {number} dépasse ses heures prévues : {planned} planifiées pour {budget}",
                    "Engagement {number} is over its budgeted hours: {planned} planned for {budget}"),
    "warn.hour_bank": ("La banque d'heures de {member} est dépassée pour l'exercice commençant le {date} : "
                       "{planned} planifiées pour {bank}",
                       "{member}'s hour bank is exceeded for the fiscal year starting {date}: {planned} planned for {bank}"),
})

_TIMING_FIELDS = ("specialist_id", "start", "end", "status", "rrule", "exdates")


def _changed(before: BookingState | None, after: BookingState, fields: Sequence[str]) -> bool:
    return before is None or any(getattr(before, f) != getattr(after, f) for f in fields)


def booking_warnings(session, plans) -> list[Message]:
    out: list[Message] = []
    engagements: set[int] = set()
    for p in plans:
        after: BookingState | None = p.after
        if after is None:
            continue
        if after.engagement_id is not None and _changed(p.before, after, _TIMING_FIELDS + ("engagement_id",)):
            engagements.add(after.engagement_id)
        if not _changed(p.before, after, _TIMING_FIELDS):
            continue
        occs = recurrence.expand(after.start, after.end, after.rrule, after.exdates)
        if not occs:
            continue
        spec = lookups.specialist(session, after.specialist_id)
        around = _Around.read(session, spec.id, occs)
        out.extend(_conflicts(spec, after, p.row.id, occs, around))
        out.extend(_calendar(session, spec, occs, around))
        out.extend(_capacity(session, spec, occs, around))
    if engagements:
        out.extend(_budgets(session, plans, sorted(engagements)))
    return out


_O, _A, _C = Occurrence.__table__.c, Absence.__table__.c, Closure.__table__.c
_OCCURRENCES = select(_O.booking_id, type_coerce(_O.start, String), type_coerce(_O.end, String), _O.status).where(
    _O.specialist_id == bindparam("sid"), _O.start >= bindparam("earliest", type_=UTCDateTime()),
    _O.start < bindparam("hi", type_=UTCDateTime()), _O.end > bindparam("lo", type_=UTCDateTime()))
_ABSENCES = select(_A.start_date, _A.end_date).where(
    _A.specialist_id == bindparam("sid"), _A.start_date <= bindparam("last", type_=_A.start_date.type),
    _A.end_date >= bindparam("first", type_=_A.end_date.type))
_CLOSURES = select(_C.date, _C.name).where(
    _C.date >= bindparam("first", type_=_C.date.type), _C.date <= bindparam("last", type_=_C.date.type)
).order_by(_C.date, _C.name)


@dataclasses.dataclass(frozen=True)
class _Around:
    """What surrounds a booking's occurrences for its specialist, over the local days first..last:
    the Monday of the first occurrence's week to the later of the last occurrence's last day and
    the Sunday of its week."""

    first: dt.date
    last: dt.date
    occurrences: list[tuple[int, dt.datetime, dt.datetime, str]]  # (booking id, start, end, status) by start
    absences: list[tuple[dt.date, dt.date]]
    closures: list[tuple[dt.date, str]]                            # by date, then name

    @classmethod
    def read(cls, session, specialist_id: int, occs) -> _Around:
        first = week_start(occs[0][0].astimezone(TZ).date())
        last_end = max(e for _, e in occs)
        last_day = (last_end - dt.timedelta(microseconds=1)).astimezone(TZ).date()
        last = max(last_day, week_start(occs[-1][0].astimezone(TZ).date()) + dt.timedelta(days=6))
        lo, hi = range_bounds(first, last)
        hi = max(hi, last_end)
        connection = session.connection()
        to_utc = instant_reader(connection)
        occurrences = sorted(
            ((bid, to_utc(s), to_utc(e), status) for bid, s, e, status in connection.execute(
                _OCCURRENCES, {"sid": specialist_id, "earliest": lo - MAX_BOOKING, "hi": hi, "lo": lo})),
            key=lambda o: (o[1], o[2]))
        days = {"sid": specialist_id, "first": first, "last": last}
        absences = connection.execute(_ABSENCES, days).all()
        closures = connection.execute(_CLOSURES, days).all()
        return cls(first, last, occurrences, absences, closures)


def _conflicts(spec, after: BookingState, booking_id: int, occs, around: _Around) -> list[Message]:
    others = [(s, e, status) for bid, s, e, status in around.occurrences if bid != booking_id]
    if not others:
        return []
    for start, end in occs:
        for o_start, o_end, o_status in rules.overlapping(others, start, end):
            if after.status == "tentative" or o_status == "tentative":
                return [msg("warn.conflict", specialist=spec.name, when=rules.slot(o_start, o_end))]
    return []


def _calendar(session, spec, occs, around: _Around) -> list[Message]:
    """Working hours, absences, holidays and closures."""
    out: list[Message] = []
    local = [(s.astimezone(TZ), e.astimezone(TZ)) for s, e in occs]
    for s, e in local:
        if (s.weekday() >= 5 or s.time() < spec.workday_start or e.date() != s.date()
                or e.time() > spec.workday_end):
            out.append(msg("warn.outside_hours", specialist=spec.name, when=rules.slot(s, e)))
            break
    days = sorted({d for s, e in local for d in _days(s, e)})
    first, last = days[0], days[-1]
    hit = next((d for d in days if any(a <= d <= b for a, b in around.absences)), None)
    if hit:
        out.append(msg("warn.absence", specialist=spec.name, date=date_param(hit)))
    calendar = calendar_of(first, last, lookups.organisation(session).easter, around.closures)
    holiday = next((d for d in days if d in calendar.holidays), None)
    if holiday:
        h = calendar.holidays[holiday]
        out.append(msg("warn.holiday", name=localized(h.name("fr"), h.name("en")), date=date_param(holiday)))
    closed = next((d for d in days if d in calendar.closures), None)
    if closed:
        out.append(msg("warn.closure", name=", ".join(calendar.closures[closed]), date=date_param(closed)))
    return out


def _days(start: dt.datetime, end: dt.datetime) -> list[dt.date]:
    last = (end - dt.timedelta(microseconds=1)).date()
    return [start.date() + dt.timedelta(days=i) for i in range((last - start.date()).days + 1)]


def _capacity(session, spec, occs, around: _Around) -> list[Message]:
    """The weeks of the occurrences, loaded as services.availability.compute_loads loads them."""
    weeks = sorted({week_start(s.astimezone(TZ).date()) for s, _ in occs})
    first, last = weeks[0], weeks[-1] + dt.timedelta(days=6)
    calendar = calendar_of(first, last, lookups.organisation(session).easter, around.closures)
    absent = absent_days(((spec.id, a, b) for a, b in around.absences), first, last)
    booked = booked_minutes(((spec.id, s, e, status) for _, s, e, status in around.occurrences), first, last)
    load = loads_of([spec], first, last, calendar, absent, booked)[0]
    by_week = {w.first: w for w in load.weeks()}
    for monday in weeks:
        week = by_week.get(monday)
        if week is not None and week.booked_minutes > week.expected_minutes:
            return [msg("warn.capacity", specialist=spec.name, date=date_param(monday),
                        booked=hours_param(week.booked_hours), expected=hours_param(week.expected_hours))]
    return []


def _budgets(session, plans, engagement_ids: list[int]) -> list[Message]:
    out: list[Message] = []
    facts = {eid: lookups.engagement(session, eid) for eid in engagement_ids}
    budgeted = [eid for eid in engagement_ids if facts[eid] is not None and facts[eid].budget_hours is not None]
    sums = engagement_minutes(session, budgeted) if budgeted else {}
    for eid in budgeted:
        use = BudgetUse(facts[eid].budget_hours, *sums.get(eid, (0, 0, 0)))
        if use.over:
            out.append(msg("warn.budget", number=facts[eid].number, planned=hours_param(use.planned_hours),
                           budget=hours_param(use.budget_hours)))
    start_month = lookups.organisation(session).fiscal_start_month
    years: dict[int, set[tuple[dt.date, dt.date]]] = {}
    banks: dict[int, lookups.EngagementFacts] = {}
    for p in plans:
        a = p.after
        if a is None or a.engagement_id not in engagement_ids or facts[a.engagement_id] is None:
            continue
        f = facts[a.engagement_id]
        if f.member_hour_bank is None:   # no hour bank: never over it
            continue
        banks[f.member_id] = f
        for s, _ in recurrence.expand(a.start, a.end, a.rrule, a.exdates):
            years.setdefault(f.member_id, set()).add(fiscal_year(s.astimezone(TZ).date(), start_month))
    for member_id, spans in years.items():
        f = banks[member_id]
        for first, last in sorted(spans):
            use = BudgetUse(f.member_hour_bank, *member_minutes(session, [member_id], first, last).get(member_id, (0, 0, 0)))
            if use.over:
                out.append(msg("warn.hour_bank", member=f.member_label, date=date_param(first),
                               planned=hours_param(use.planned_hours), bank=hours_param(use.budget_hours)))
                break
    return out
