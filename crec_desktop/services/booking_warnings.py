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
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from sqlalchemy import select

from crec_desktop.domain import recurrence, rules
from crec_desktop.domain.messages import Message, define, msg
from crec_desktop.domain.timeutil import MAX_BOOKING, TZ, week_start
from crec_desktop.services.availability import compute_loads, read_org_calendar
from crec_desktop.services.budgets import fiscal_start_month, fiscal_year, read_engagement_use, read_member_use
from crec_desktop.services.changes import BookingState
from crec_desktop.services.wording import date_param, hours_param, localized
from crec_desktop.store.models import Absence, Engagement, Member, Occurrence, Specialist

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
        spec = session.get(Specialist, after.specialist_id)
        out.extend(_conflicts(session, spec, after, p.row.id, occs))
        out.extend(_calendar(session, spec, occs))
        out.extend(_capacity(session, spec, occs))
    if engagements:
        out.extend(_budgets(session, plans, sorted(engagements)))
    return out


def _conflicts(session, spec, after: BookingState, booking_id: int, occs) -> list[Message]:
    o = Occurrence.__table__.c
    lo, hi = occs[0][0], max(e for _, e in occs)
    others = session.execute(
        select(o.start, o.end, o.status).where(o.specialist_id == spec.id, o.booking_id != booking_id,
                                               o.start >= lo - MAX_BOOKING, o.start < hi, o.end > lo)
        .order_by(o.start)).all()
    if not others:
        return []
    for start, end in occs:
        for o_start, o_end, o_status in rules.overlapping(others, start, end):
            if after.status == "tentative" or o_status == "tentative":
                return [msg("warn.conflict", specialist=spec.name, when=rules.slot(o_start, o_end))]
    return []


def _calendar(session, spec, occs) -> list[Message]:
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
    absences = session.execute(
        select(Absence.start_date, Absence.end_date).where(
            Absence.specialist_id == spec.id, Absence.start_date <= last, Absence.end_date >= first)).all()
    hit = next((d for d in days if any(a <= d <= b for a, b in absences)), None)
    if hit:
        out.append(msg("warn.absence", specialist=spec.name, date=date_param(hit)))
    calendar = read_org_calendar(session, first, last)
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


def _capacity(session, spec, occs) -> list[Message]:
    weeks = sorted({week_start(s.astimezone(TZ).date()) for s, _ in occs})
    loads = compute_loads(session, weeks[0], weeks[-1] + dt.timedelta(days=6), [spec.id])
    if not loads:
        return []
    by_week = {w.first: w for w in loads[0].weeks()}
    for monday in weeks:
        week = by_week.get(monday)
        if week is not None and week.booked_minutes > week.expected_minutes:
            return [msg("warn.capacity", specialist=spec.name, date=date_param(monday),
                        booked=hours_param(week.booked_hours), expected=hours_param(week.expected_hours))]
    return []


def _budgets(session, plans, engagement_ids: list[int]) -> list[Message]:
    out: list[Message] = []
    for eid, use in read_engagement_use(session, engagement_ids).items():
        if use.over:
            number = session.get(Engagement, eid).number
            out.append(msg("warn.budget", number=number, planned=hours_param(use.planned_hours),
                           budget=hours_param(use.budget_hours)))
    start_month = fiscal_start_month(session)
    years: dict[int, set[tuple[dt.date, dt.date]]] = {}
    for p in plans:
        a = p.after
        if a is None or a.engagement_id not in engagement_ids:
            continue
        member_id = session.get(Engagement, a.engagement_id).member_id
        for s, _ in recurrence.expand(a.start, a.end, a.rrule, a.exdates):
            years.setdefault(member_id, set()).add(fiscal_year(s.astimezone(TZ).date(), start_month))
    for member_id, spans in years.items():
        for first, last in sorted(spans):
            use = read_member_use(session, [member_id], first, last).get(member_id)
            if use is not None and use.over:
                member = session.get(Member, member_id)
                out.append(msg("warn.hour_bank", member=member.short_name or member.name, date=date_param(first),
                               planned=hours_param(use.planned_hours), bank=hours_param(use.budget_hours)))
                break
    return out

