"""The summary the main window shows before the planning grid: what the database holds and
how booked each specialist is over a period (a week or a month).

    ov = overview(db, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    ov.specialists, ov.bookings, ov.booked_hours, ov.loads[0].load

Hours are real elapsed time of the booking occurrences overlapping the period, clipped to it.
Capacity is the specialist's weekly hours spread over the weekdays of the period, less their
absences (statutory holidays and closures are the scheduling core's business, not counted here).
No Qt here; the ui shows what this returns.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from crec_desktop.domain.timeutil import MAX_BOOKING, range_bounds
from crec_desktop.store.db import Database
from crec_desktop.store.models import (
    Absence,
    DomainOfExpertise,
    Engagement,
    Member,
    Occurrence,
    Specialist,
    specialist_domain,
)

OPEN_ENGAGEMENT_STATUSES = ("sent", "signed", "in_progress")
HOUR = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class SpecialistLoad:
    """One active specialist over the period."""

    key: str
    name: str
    domain: str | None  # code of the first domain, e.g. 'hr'
    domain_fr: str | None
    domain_en: str | None
    confirmed_hours: Decimal
    tentative_hours: Decimal
    capacity_hours: Decimal
    absent_days: int

    def domain_name(self, lang: str = "fr") -> str:
        return (self.domain_en or self.domain_fr or "") if lang == "en" else (self.domain_fr or "")

    @property
    def booked_hours(self) -> Decimal:
        return self.confirmed_hours + self.tentative_hours

    @property
    def load(self) -> Decimal | None:
        """Booked hours over capacity (1 = fully booked); None without capacity."""
        if self.capacity_hours <= 0:
            return None
        return (self.booked_hours / self.capacity_hours).quantize(HOUR)


@dataclasses.dataclass(frozen=True)
class Overview:
    first: dt.date  # the local days of the period, last inclusive
    last: dt.date
    specialists: int  # active
    members: int  # active
    engagements: int  # all
    open_engagements: int  # sent, signed or in progress
    bookings: int  # occurrences overlapping the period
    booked_hours: Decimal
    loads: tuple[SpecialistLoad, ...]

    @property
    def is_empty(self) -> bool:
        return self.specialists == 0 and self.members == 0 and self.engagements == 0


def weekdays_between(first: dt.date, last: dt.date) -> int:
    """Monday-to-Friday days from first to last inclusive."""
    full_weeks, extra = divmod((last - first).days + 1, 7)
    count = full_weeks * 5
    for i in range(extra):
        if (first + dt.timedelta(days=full_weeks * 7 + i)).weekday() < 5:
            count += 1
    return count


def _hours(seconds: float) -> Decimal:
    return (Decimal(seconds) / 3600).quantize(HOUR)


def overview(db: Database, first: dt.date, last: dt.date) -> Overview:
    """The summary of the database over the local days first..last (inclusive)."""
    if last < first:
        raise ValueError("the period ends before it starts")
    start, end = range_bounds(first, last)
    weekdays = weekdays_between(first, last)
    with db.read() as session:
        specialists = session.execute(
            select(Specialist.id, Specialist.key, Specialist.name, Specialist.weekly_hours)
            .where(Specialist.active.is_(True)).order_by(Specialist.name)
        ).all()
        first_domain: dict[int, tuple[str, str, str | None]] = {}
        for sid, *names in session.execute(
                select(specialist_domain.c.specialist_id, DomainOfExpertise.code,
                       DomainOfExpertise.name_fr, DomainOfExpertise.name_en)
                .join(DomainOfExpertise, DomainOfExpertise.id == specialist_domain.c.domain_id)
                .order_by(specialist_domain.c.specialist_id, specialist_domain.c.position)):
            first_domain.setdefault(sid, tuple(names))
        members = session.scalar(select(func.count()).select_from(Member).where(Member.active.is_(True)))
        engagements = session.scalar(select(func.count()).select_from(Engagement))
        open_engagements = session.scalar(
            select(func.count()).select_from(Engagement).where(Engagement.status.in_(OPEN_ENGAGEMENT_STATUSES)))
        # The lower bound on start lets the index on start serve the overlap query.
        occurrences = session.execute(
            select(Occurrence.specialist_id, Occurrence.start, Occurrence.end, Occurrence.status)
            .where(Occurrence.start >= start - MAX_BOOKING, Occurrence.start < end, Occurrence.end > start)
        ).all()
        absences = session.execute(
            select(Absence.specialist_id, Absence.start_date, Absence.end_date)
            .where(Absence.start_date <= last, Absence.end_date >= first)
        ).all()

    seconds: dict[tuple[int, str], float] = {}
    total = 0.0
    for sid, o_start, o_end, status in occurrences:
        span = (min(o_end, end) - max(o_start, start)).total_seconds()
        seconds[sid, status] = seconds.get((sid, status), 0.0) + span
        total += span
    absent: dict[int, int] = {}
    for sid, a_first, a_last in absences:
        absent[sid] = absent.get(sid, 0) + weekdays_between(max(a_first, first), min(a_last, last))

    loads = []
    for sid, key, name, weekly in specialists:
        days = min(absent.get(sid, 0), weekdays)
        capacity = (Decimal(weekly or 0) / 5 * (weekdays - days)).quantize(HOUR)
        code, name_fr, name_en = first_domain.get(sid, (None, None, None))
        loads.append(SpecialistLoad(
            key=key, name=name, domain=code, domain_fr=name_fr, domain_en=name_en,
            confirmed_hours=_hours(seconds.get((sid, "confirmed"), 0.0)),
            tentative_hours=_hours(seconds.get((sid, "tentative"), 0.0)),
            capacity_hours=capacity, absent_days=days))
    return Overview(
        first=first, last=last, specialists=len(specialists), members=members or 0,
        engagements=engagements or 0, open_engagements=open_engagements or 0,
        bookings=len(occurrences), booked_hours=_hours(total), loads=tuple(loads))
