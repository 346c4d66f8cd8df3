"""The hours report: who got how much of whose time over a period, for the director and the board.

Three views over the local days first..last, built only from the scheduling services' own sums
(`availability.compute_loads`, `budgets`, `hour_bank`), never a second way of counting hours:

- **specialists**: expected hours (weekly hours over the working days; statutory holidays,
  closures and absences reduce them), confirmed and tentative booked hours within the period
  (split at local midnight), utilisation = booked / expected;
- **members**: hours of the occurrences starting in the period (confirmed, tentative, done), and
  the hour bank of the fiscal year that contains the period's last day (bank, carried in from
  the year before by the organisation's carry-over rule, used, planned, left, carried out);
- **engagements**: budget, hours in the period, planned and done over the whole engagement, left,
  rate and value of the work done (before taxes);
- and the **pivot** specialist × member (hours of the occurrences starting in the period, internal
  time apart), with each specialist's share of time per member.

`HoursReport.tables(lang)` gives the same views as plain `Table`s (named, typed columns, rows,
totals: `report_tables`) that the XLSX and CSV writers (`report_files`) and the Reports dialog
all show.

    report = hours_report(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    report.specialists[0].utilisation, report.members[0].left, report.pivot_hours(sid, mid)
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from crec_desktop.domain.formatting import format_date
from crec_desktop.domain.messages import UserError, define, msg, tr
from crec_desktop.domain.money import to_money
from crec_desktop.domain.rules import LocalDate
from crec_desktop.services.availability import ABSENCE, CLOSURE, HOLIDAY, compute_loads, minutes_to_hours
from crec_desktop.services.budgets import (
    fiscal_start_month,
    fiscal_year,
    read_engagement_use,
    read_member_use,
    specialist_engagement_minutes,
)
from crec_desktop.services.hour_bank import read_hour_banks
from crec_desktop.services.report_tables import COUNT, HOURS, MONEY, PERCENT, TEXT, Column, Table, ratio, report_tables
from crec_desktop.store.db import Database
from crec_desktop.store.models import DomainOfExpertise, Engagement, Member, Organization, Specialist

OPEN_STATUSES = ("sent", "signed", "in_progress")
MAX_DAYS = 3 * 366 + 1   # a report covers at most about three years
_ZERO = Decimal("0.00")

define({
    "report.bad_range": ("la période se termine avant de commencer : du {first} au {last}",
                         "the period ends before it starts: from {first} to {last}"),
    "report.too_long": ("la période est trop longue : au plus trois ans", "the period is too long: three years at most"),
    "report.title": ("{org} — heures du {first} au {last}", "{org} — hours from {first} to {last}"),
})


# --- typed rows -----------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class SpecialistHours:
    specialist_id: int
    key: str
    name: str
    expected: Decimal
    confirmed: Decimal
    tentative: Decimal
    absence_days: int
    closed_days: int   # statutory holidays and closures on weekdays

    @property
    def booked(self) -> Decimal:
        return self.confirmed + self.tentative

    @property
    def utilisation(self) -> Decimal | None:
        return ratio(self.booked, self.expected)


@dataclasses.dataclass(frozen=True)
class MemberHours:
    member_id: int
    key: str
    name: str
    confirmed: Decimal   # occurrences starting in the period
    tentative: Decimal
    done: Decimal
    bank: Decimal | None  # the fiscal year's hour bank (None: the member has none)
    carried_in: Decimal | None = None
    used: Decimal | None = None
    planned: Decimal | None = None
    carry_out: Decimal | None = None

    @property
    def booked(self) -> Decimal:
        return self.confirmed + self.tentative

    @property
    def available(self) -> Decimal | None:
        return None if self.bank is None else self.bank + self.carried_in

    @property
    def left(self) -> Decimal | None:
        return None if self.bank is None else self.available - self.used - self.planned

    @property
    def share_used(self) -> Decimal | None:
        return None if self.bank is None else ratio(self.used + self.planned, self.available)


@dataclasses.dataclass(frozen=True)
class EngagementHours:
    engagement_id: int
    number: str
    title: str
    member: str
    domain_fr: str
    domain_en: str
    lead: str | None
    status: str
    budget: Decimal | None
    in_range: Decimal       # booked hours of occurrences starting in the period
    planned: Decimal        # the whole engagement: confirmed and tentative
    done: Decimal           # confirmed, already over
    rate: Decimal | None

    @property
    def left(self) -> Decimal | None:
        return None if self.budget is None else self.budget - self.planned

    def domain(self, lang: str = "fr") -> str:
        return self.domain_en if lang == "en" else self.domain_fr

    @property
    def value_done(self) -> Decimal | None:
        return None if self.rate is None else to_money(self.done * self.rate)


@dataclasses.dataclass(frozen=True)
class HoursReport:
    organisation: str
    first: dt.date
    last: dt.date
    fiscal_first: dt.date
    fiscal_last: dt.date
    carry_rule: str
    carry_cap: Decimal | None
    specialists: tuple[SpecialistHours, ...]
    members: tuple[MemberHours, ...]
    engagements: tuple[EngagementHours, ...]
    pivot: dict[tuple[int, int | None], Decimal]   # (specialist id, member id or None) -> booked hours

    def pivot_hours(self, specialist_id: int, member_id: int | None) -> Decimal:
        return self.pivot.get((specialist_id, member_id), _ZERO)

    def title(self, lang: str = "fr") -> str:
        return tr("report.title", lang, org=self.organisation, first=format_date(self.first, lang),
                  last=format_date(self.last, lang))

    def tables(self, lang: str = "fr") -> list[Table]:
        """The views as plain tables: specialists, members, pivot (h), pivot (%), engagements."""
        return report_tables(self, lang)

    def pivot_members(self) -> list[MemberHours]:
        """The members that got time in the period (pivot columns), in the member view's order."""
        got = {mid for (_, mid), h in self.pivot.items() if mid is not None and h}
        return [m for m in self.members if m.member_id in got]

    def pivot_specialists(self) -> list[SpecialistHours]:
        got = {sid for (sid, _), h in self.pivot.items() if h}
        return [s for s in self.specialists if s.specialist_id in got]

# --- reading ---------------------------------------------------------------------------------------

def check_range(first: dt.date, last: dt.date) -> None:
    """Refuse a period that ends before it starts, or one too long to be a report."""
    if last < first:
        raise UserError(msg("report.bad_range", first=LocalDate("d", {"date": first}),
                            last=LocalDate("d", {"date": last})))
    if (last - first).days + 1 > MAX_DAYS:
        raise UserError(msg("report.too_long"))


def _specialists(session: Session, first: dt.date, last: dt.date, with_hours: set[int]) -> list[SpecialistHours]:
    ids = [i for i, in session.execute(select(Specialist.id).where(
        or_(Specialist.active.is_(True), Specialist.id.in_(sorted(with_hours)))))]
    out = []
    for load in compute_loads(session.connection(), first, last, ids):
        total = load.total()
        out.append(SpecialistHours(
            load.specialist_id, load.key, load.name, total.expected_hours, total.confirmed_hours,
            total.tentative_hours, sum(1 for d in load.days if d.off == ABSENCE),
            sum(1 for d in load.days if d.off in (HOLIDAY, CLOSURE))))
    return out


def _members(session: Session, first: dt.date, last: dt.date, with_hours: set[int],
             now: dt.datetime | None) -> list[MemberHours]:
    rows = session.execute(select(Member.id, Member.key, Member.name, Member.short_name)
                           .where(or_(Member.active.is_(True), Member.id.in_(sorted(with_hours))))
                           .order_by(Member.key)).all()
    ids = [r.id for r in rows]
    uses = read_member_use(session, ids, first, last, now=now)
    banks = read_hour_banks(session, ids, last, now=now)
    out = []
    for r in sorted(rows, key=lambda r: ((r.short_name or r.name).casefold(), r.key)):
        use = uses[r.id]
        bank = banks.get(r.id)
        year = bank.current if bank is not None else None
        extra = {} if year is None else dict(carried_in=year.carried_in, used=year.used, planned=year.planned,
                                             carry_out=year.carry_out)
        out.append(MemberHours(r.id, r.key, r.short_name or r.name, use.confirmed_hours,
                               minutes_to_hours(use.tentative_minutes), use.done_hours,
                               year.bank if year is not None else None, **extra))
    return out


def _engagements(session: Session, first: dt.date, last: dt.date, pairs: dict,
                 now: dt.datetime | None) -> list[EngagementHours]:
    booked_ids = {eid for (_, eid) in pairs if eid is not None}
    lead = aliased(Specialist)
    e = Engagement
    open_in_range = (e.status.in_(OPEN_STATUSES) & or_(e.start_date.is_(None), e.start_date <= last)
                     & or_(e.end_date.is_(None), e.end_date >= first))
    rows = session.execute(
        select(e.id, e.number, e.title, Member.short_name, Member.name.label("member_name"), DomainOfExpertise.name_fr,
               DomainOfExpertise.name_en, lead.name.label("lead_name"), e.status, e.budget_hours, e.hourly_rate)
        .join(Member, Member.id == e.member_id).join(DomainOfExpertise, DomainOfExpertise.id == e.domain_id)
        .outerjoin(lead, lead.id == e.lead_id)
        .where(or_(e.id.in_(sorted(booked_ids)), open_in_range)).order_by(e.number)).all()
    uses = read_engagement_use(session, [r.id for r in rows], now=now)
    in_range: dict[int, int] = {}
    for (_, eid), (confirmed, tentative, _done) in pairs.items():
        if eid is not None:
            in_range[eid] = in_range.get(eid, 0) + confirmed + tentative
    return [EngagementHours(r.id, r.number, r.title, r.short_name or r.member_name,
                            r.name_fr, r.name_en or r.name_fr, r.lead_name, r.status, r.budget_hours,
                            minutes_to_hours(in_range.get(r.id, 0)), uses[r.id].planned_hours, uses[r.id].done_hours,
                            r.hourly_rate)
            for r in rows]


def read_hours_report(session: Session, first: dt.date, last: dt.date, *,
                      now: dt.datetime | None = None) -> HoursReport:
    check_range(first, last)
    org = session.execute(select(Organization.name, Organization.short_name, Organization.fiscal_year_start_month,
                                 Organization.carry_over, Organization.carry_over_cap_hours)
                          .where(Organization.id == 1)).first()
    pairs = specialist_engagement_minutes(session, first, last, now=now)
    member_of = dict(session.execute(select(Engagement.id, Engagement.member_id)
                                     .where(Engagement.id.in_(sorted({e for _, e in pairs if e is not None})))).all())
    pivot_minutes: dict[tuple[int, int | None], int] = {}
    for (sid, eid), (confirmed, tentative, _done) in pairs.items():
        key = (sid, member_of.get(eid) if eid is not None else None)
        pivot_minutes[key] = pivot_minutes.get(key, 0) + confirmed + tentative
    specialists = _specialists(session, first, last, {sid for sid, _ in pairs})
    members = _members(session, first, last, {m for _, m in pivot_minutes if m is not None}, now)
    engagements = _engagements(session, first, last, pairs, now)
    fiscal_first, fiscal_last = fiscal_year(last, (org.fiscal_year_start_month if org else None) or 4)
    name = (org.short_name or org.name) if org and (org.short_name or org.name) else "CREC"
    return HoursReport(name, first, last, fiscal_first, fiscal_last, (org.carry_over if org else None) or "none",
                       org.carry_over_cap_hours if org else None, tuple(specialists), tuple(members),
                       tuple(engagements), {k: minutes_to_hours(v) for k, v in pivot_minutes.items()})


THIS_MONTH, LAST_MONTH, THIS_FISCAL_YEAR = "this_month", "last_month", "this_fiscal_year"
PRESETS = (THIS_MONTH, LAST_MONTH, THIS_FISCAL_YEAR)


def preset_period(preset: str, today: dt.date, fiscal_start: int = 4) -> tuple[dt.date, dt.date]:
    """This month, last month, or this fiscal year (whole, its months to come included)."""
    if preset == THIS_MONTH:
        first = today.replace(day=1)
    elif preset == LAST_MONTH:
        first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    elif preset == THIS_FISCAL_YEAR:
        return fiscal_year(today, fiscal_start)
    else:
        raise ValueError(f"unknown period {preset!r}")
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def report_period(db: Database, preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """preset_period() with the organisation's first month of the fiscal year."""
    with db.read() as session:
        return preset_period(preset, today, fiscal_start_month(session))


def hours_report(db: Database, first: dt.date, last: dt.date) -> HoursReport:
    """The report over the local days first..last (inclusive); the database's clock separates done
    from planned."""
    check_range(first, last)
    with db.read() as session:
        return read_hours_report(session, first, last)


__all__ = ["COUNT", "Column", "EngagementHours", "HOURS", "HoursReport", "LAST_MONTH", "MONEY", "MemberHours", "PERCENT",
           "PRESETS", "SpecialistHours", "TEXT", "THIS_FISCAL_YEAR", "THIS_MONTH", "Table", "check_range", "hours_report",
           "preset_period", "read_hours_report", "report_period"]
