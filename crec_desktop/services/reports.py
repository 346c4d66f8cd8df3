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
totals) that the XLSX and CSV writers (`report_files`) and the Reports dialog all show.

    report = hours_report(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    report.specialists[0].utilisation, report.members[0].bank_left, report.pivot_hours(sid, mid)
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from crec_desktop.domain.formatting import format_date, format_hours
from crec_desktop.domain.messages import UserError, define, msg, tr
from crec_desktop.domain.money import to_money
from crec_desktop.domain.rules import LocalDate
from crec_desktop.domain.workflow import status_label
from crec_desktop.services.availability import ABSENCE, CLOSURE, HOLIDAY, compute_loads, minutes_to_hours
from crec_desktop.services.budgets import (fiscal_start_month, fiscal_year, read_engagement_use, read_member_use,
                                           specialist_engagement_minutes)
from crec_desktop.services.hour_bank import read_hour_banks
from crec_desktop.store.db import Database
from crec_desktop.store.models import DomainOfExpertise, Engagement, Member, Organization, Specialist

TEXT, HOURS, PERCENT, MONEY, COUNT = "text", "hours", "percent", "money", "count"
OPEN_STATUSES = ("sent", "signed", "in_progress")
MAX_DAYS = 3 * 366 + 1   # a report covers at most about three years
_ZERO = Decimal("0.00")

define({
    "report.bad_range": ("la période se termine avant de commencer : du {first} au {last}",
                         "the period ends before it starts: from {first} to {last}"),
    "report.too_long": ("la période est trop longue : au plus trois ans", "the period is too long: three years at most"),
    "report.title": ("{org} — heures du {first} au {last}", "{org} — hours from {first} to {last}"),
    "report.view.specialists": ("Spécialistes", "Specialists"),
    "report.view.members": ("Membres", "Members"),
    "report.view.pivot": ("Spécialiste × membre (h)", "Specialist × member (h)"),
    "report.view.share": ("Spécialiste × membre (%)", "Specialist × member (%)"),
    "report.view.engagements": ("Mandats", "Engagements"),
    "report.note.specialists": ("Heures attendues : heures hebdomadaires réparties du lundi au vendredi, moins les jours "
                                "fériés, les fermetures et les absences. Heures réservées : durée réelle dans la période.",
                                "Expected hours: weekly hours spread Monday to Friday, less statutory holidays, closures "
                                "and absences. Booked hours: real elapsed time within the period."),
    "report.note.members": ("Heures : réservations commençant dans la période. Banque d'heures : exercice du {first} "
                            "au {last} ; report : {rule}.",
                            "Hours: bookings starting in the period. Hour bank: fiscal year from {first} to {last}; "
                            "carry-over: {rule}."),
    "report.note.pivot": ("Heures réservées (confirmées et provisoires) commençant dans la période, par spécialiste "
                          "et par membre.",
                          "Booked hours (confirmed and tentative) starting in the period, by specialist and member."),
    "report.note.share": ("Part du temps réservé de chaque spécialiste consacrée à chaque membre.",
                          "Share of each specialist's booked time given to each member."),
    "report.note.engagements": ("Heures dans la période : réservations commençant dans la période. Prévues, réalisées, "
                                "restantes : tout le mandat. Valeur : heures réalisées × taux, avant taxes.",
                                "Hours in the period: bookings starting in the period. Planned, done, left: the whole "
                                "engagement. Value: hours done × rate, before taxes."),
    "report.rule.none": ("aucun", "none"),
    "report.rule.all": ("toutes les heures restantes", "all hours left"),
    "report.rule.cap": ("jusqu'à {cap}", "up to {cap}"),
    "report.total": ("Total", "Total"),
    "report.internal": ("Temps interne", "Internal time"),
    "report.col.key": ("Clé", "Key"),
    "report.col.name": ("Nom", "Name"),
    "report.col.specialist": ("Spécialiste", "Specialist"),
    "report.col.member": ("Membre", "Member"),
    "report.col.expected": ("Heures attendues", "Expected hours"),
    "report.col.confirmed": ("Heures confirmées", "Confirmed hours"),
    "report.col.tentative": ("Heures provisoires", "Tentative hours"),
    "report.col.booked": ("Heures réservées", "Booked hours"),
    "report.col.done": ("Heures réalisées", "Hours done"),
    "report.col.utilisation": ("Taux d'utilisation", "Utilisation"),
    "report.col.absence_days": ("Jours d'absence", "Days of absence"),
    "report.col.closed_days": ("Jours fériés ou fermés", "Holidays and closures (days)"),
    "report.col.bank": ("Banque annuelle", "Yearly bank"),
    "report.col.carried_in": ("Report reçu", "Carried in"),
    "report.col.available": ("Disponible", "Available"),
    "report.col.used": ("Utilisées", "Used"),
    "report.col.planned": ("Prévues", "Planned"),
    "report.col.left": ("Restantes", "Left"),
    "report.col.carry_out": ("Report à l'exercice suivant", "Carried to next year"),
    "report.col.share_used": ("Part utilisée ou prévue", "Share used or planned"),
    "report.col.number": ("Numéro", "Number"),
    "report.col.title": ("Titre", "Title"),
    "report.col.domain": ("Domaine", "Domain"),
    "report.col.lead": ("Responsable", "Lead"),
    "report.col.status": ("Statut", "Status"),
    "report.col.budget": ("Budget (h)", "Budget (h)"),
    "report.col.in_range": ("Heures dans la période", "Hours in the period"),
    "report.col.rate": ("Taux horaire", "Hourly rate"),
    "report.col.value_done": ("Valeur réalisée", "Value of work done"),
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
        return _ratio(self.booked, self.expected)


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
        return None if self.bank is None else _ratio(self.used + self.planned, self.available)


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


# --- tables: what every output shows ----------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    kind: str
    label: str | None = None   # a literal header (pivot: a member's short name)

    def header(self, lang: str) -> str:
        return self.label if self.label is not None else tr(f"report.col.{self.key}", lang)


@dataclasses.dataclass(frozen=True)
class Table:
    """One view: its name, a note saying what is counted, typed columns, rows and the totals row."""

    key: str
    title: str
    note: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...]

    def headers(self, lang: str) -> list[str]:
        return [c.header(lang) for c in self.columns]


def _ratio(part: Decimal, whole: Decimal | None) -> Decimal | None:
    if whole is None or whole <= 0:
        return None
    return (part / whole).quantize(Decimal("0.0001"))


def _sum(values) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, _ZERO) if present else None


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
        pivot, share = self._pivot_tables(lang)
        return [self._specialist_table(lang), self._member_table(lang), pivot, share, self._engagement_table(lang)]

    def _specialist_table(self, lang: str) -> Table:
        cols = (Column("key", TEXT), Column("name", TEXT), Column("expected", HOURS), Column("confirmed", HOURS),
                Column("tentative", HOURS), Column("booked", HOURS), Column("utilisation", PERCENT),
                Column("absence_days", COUNT), Column("closed_days", COUNT))
        rows = tuple((s.key, s.name, s.expected, s.confirmed, s.tentative, s.booked, s.utilisation, s.absence_days,
                      s.closed_days) for s in self.specialists)
        expected = _sum(s.expected for s in self.specialists) or _ZERO
        booked = _sum(s.booked for s in self.specialists) or _ZERO
        total = (tr("report.total", lang), "", expected, _sum(s.confirmed for s in self.specialists) or _ZERO,
                 _sum(s.tentative for s in self.specialists) or _ZERO, booked, _ratio(booked, expected),
                 sum(s.absence_days for s in self.specialists), sum(s.closed_days for s in self.specialists))
        return Table("specialists", tr("report.view.specialists", lang), tr("report.note.specialists", lang),
                     cols, rows, total)

    def _member_table(self, lang: str) -> Table:
        cols = (Column("key", TEXT), Column("name", TEXT), Column("confirmed", HOURS), Column("tentative", HOURS),
                Column("booked", HOURS), Column("done", HOURS), Column("bank", HOURS), Column("carried_in", HOURS),
                Column("available", HOURS), Column("used", HOURS), Column("planned", HOURS), Column("left", HOURS),
                Column("carry_out", HOURS), Column("share_used", PERCENT))
        ms = self.members
        rows = tuple((m.key, m.name, m.confirmed, m.tentative, m.booked, m.done, m.bank, m.carried_in, m.available,
                      m.used, m.planned, m.left, m.carry_out, m.share_used) for m in ms)
        used, planned, available = (_sum(getattr(m, n) for m in ms) for n in ("used", "planned", "available"))
        total = (tr("report.total", lang), "", _sum(m.confirmed for m in ms) or _ZERO,
                 _sum(m.tentative for m in ms) or _ZERO, _sum(m.booked for m in ms) or _ZERO,
                 _sum(m.done for m in ms) or _ZERO, _sum(m.bank for m in ms), _sum(m.carried_in for m in ms),
                 available, used, planned, _sum(m.left for m in ms), _sum(m.carry_out for m in ms),
                 None if available is None else _ratio(used + planned, available))
        cap = format_hours(self.carry_cap or 0, lang)
        rule = tr(f"report.rule.{self.carry_rule}", lang, cap=cap) if self.carry_rule == "cap" else \
            tr(f"report.rule.{self.carry_rule}", lang)
        note = tr("report.note.members", lang, first=format_date(self.fiscal_first, lang),
                  last=format_date(self.fiscal_last, lang), rule=rule)
        return Table("members", tr("report.view.members", lang), note, cols, rows, total)

    def pivot_members(self) -> list[MemberHours]:
        """The members that got time in the period (pivot columns), in the member view's order."""
        got = {mid for (_, mid), h in self.pivot.items() if mid is not None and h}
        return [m for m in self.members if m.member_id in got]

    def pivot_specialists(self) -> list[SpecialistHours]:
        got = {sid for (sid, _), h in self.pivot.items() if h}
        return [s for s in self.specialists if s.specialist_id in got]

    def _pivot_tables(self, lang: str) -> tuple[Table, Table]:
        members = self.pivot_members()
        ids: list[int | None] = [m.member_id for m in members] + [None]
        cols = ((Column("specialist", TEXT),) + tuple(Column(f"m{m.member_id}", HOURS, m.name) for m in members)
                + (Column("internal", HOURS, tr("report.internal", lang)), Column("total", HOURS, tr("report.total", lang))))
        people = self.pivot_specialists()
        hours = [[self.pivot_hours(s.specialist_id, mid) for mid in ids] for s in people]
        rows = tuple((s.name, *h, sum(h, _ZERO)) for s, h in zip(people, hours))
        col_totals = [sum((h[i] for h in hours), _ZERO) for i in range(len(ids))]
        grand = sum(col_totals, _ZERO)
        total = (tr("report.total", lang), *col_totals, grand)
        pivot = Table("pivot", tr("report.view.pivot", lang), tr("report.note.pivot", lang), cols, rows, total)
        pcols = tuple(c if c.kind == TEXT else dataclasses.replace(c, kind=PERCENT) for c in cols)
        prows = tuple((row[0], *(_ratio(v, row[-1]) for v in row[1:])) for row in rows)
        ptotal = (total[0], *(_ratio(v, grand) for v in total[1:]))
        share = Table("share", tr("report.view.share", lang), tr("report.note.share", lang), pcols, prows, ptotal)
        return pivot, share

    def _engagement_table(self, lang: str) -> Table:
        cols = (Column("number", TEXT), Column("title", TEXT), Column("member", TEXT), Column("domain", TEXT),
                Column("lead", TEXT), Column("status", TEXT), Column("budget", HOURS), Column("in_range", HOURS),
                Column("planned", HOURS), Column("done", HOURS), Column("left", HOURS), Column("rate", MONEY),
                Column("value_done", MONEY))
        es = self.engagements
        rows = tuple((e.number, e.title, e.member, e.domain(lang), e.lead or "", status_label(e.status).text(lang), e.budget,
                      e.in_range, e.planned, e.done, e.left, e.rate, e.value_done) for e in es)
        total = (tr("report.total", lang), "", "", "", "", "", _sum(e.budget for e in es),
                 _sum(e.in_range for e in es) or _ZERO, _sum(e.planned for e in es) or _ZERO,
                 _sum(e.done for e in es) or _ZERO, _sum(e.left for e in es), None, _sum(e.value_done for e in es))
        return Table("engagements", tr("report.view.engagements", lang), tr("report.note.engagements", lang),
                     cols, rows, total)


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
    for load in compute_loads(session, first, last, ids):
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


def hours_report(db: Database, first: dt.date, last: dt.date, *,
                 now: dt.datetime | None = None) -> HoursReport:
    """The report over the local days first..last (inclusive); `now` separates done from planned."""
    check_range(first, last)
    with db.read() as session:
        return read_hours_report(session, first, last, now=now)


__all__ = ["COUNT", "Column", "EngagementHours", "HOURS", "HoursReport", "LAST_MONTH", "MONEY", "MemberHours", "PERCENT",
           "PRESETS", "SpecialistHours", "TEXT", "THIS_FISCAL_YEAR", "THIS_MONTH", "Table", "check_range", "hours_report",
           "preset_period", "read_hours_report", "report_period"]
