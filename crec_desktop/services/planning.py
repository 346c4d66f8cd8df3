"""The reads the planning grid needs beside the agenda: who the rows are, what filters and the
booking dialog offer, and a cheap "has anything changed?" stamp to poll.

    people(db)          # every specialist with their domains (in order), hours and working day
    domains(db, lang)   # (code, name) in the built-in order
    members(db)         # MemberChoice: id, key, short name, name, active
    engagements(db)     # EngagementChoice: id, number, title, member, status
    change_stamp(db)    # compare two stamps: different means something changed since
    window(db, first, last)   # the days' occurrences (agenda rows), absences and calendar at once

The stamp is a handful of indexed maxima in one round trip (audit log, occurrences, absences,
closures, specialists): every scheduling operation and every import writes an audit entry and
replaces occurrence rows, so another workstation's change moves it. No Qt here.

All of it is read with the tables of store.schema on Core connections (`db.connect()`): the
window's start-up path imports neither the ORM nor the models.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from crec_desktop.domain import palette
from crec_desktop.domain.timeutil import range_bounds
from crec_desktop.services import agenda
from crec_desktop.services.availability import OrgCalendar, read_org_calendar
from crec_desktop.store import schema
from crec_desktop.store.db import Database


@dataclasses.dataclass(frozen=True, slots=True)
class Person:
    id: int
    key: str
    name: str
    title: str | None
    login: str | None
    role: str
    domain_codes: tuple[str, ...]
    colour: str | None
    weekly_hours: Decimal
    workday_start: dt.time
    workday_end: dt.time
    active: bool


@dataclasses.dataclass(frozen=True, slots=True)
class MemberChoice:
    id: int
    key: str
    short_name: str | None
    name: str
    active: bool

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclasses.dataclass(frozen=True, slots=True)
class EngagementChoice:
    id: int
    number: str
    title: str
    member_id: int
    member_label: str
    domain_code: str
    status: str


@dataclasses.dataclass(frozen=True)
class PlanningWindow:
    """What the grid shows of the local days first..last, read on one connection."""

    first: dt.date
    last: dt.date
    rows: list[tuple]               # agenda.read_rows(): occurrences overlapping the days (ROW_FIELDS)
    in_conflict: set[int]           # positions of the rows in conflict
    absences: list[agenda.AbsenceItem]
    calendar: OrgCalendar


def window(db: Database, first: dt.date, last: dt.date) -> PlanningWindow:
    """The occurrences, absences, holidays and closures of the local days first..last."""
    lo, hi = range_bounds(first, last)
    with db.connect() as connection:
        rows, in_conflict = agenda.read_rows(connection, lo, hi)
        absences = agenda.read_absences(connection, first, last)
        calendar = read_org_calendar(connection, first, last)
    return PlanningWindow(first, last, rows, in_conflict, absences, calendar)


def people(db: Database, *, include_inactive: bool = True) -> list[Person]:
    s = schema.specialist.c
    d = schema.domain.c
    sd = schema.specialist_domain.c
    with db.connect() as connection:
        codes: dict[int, list[str]] = {}
        for sid, code in connection.execute(select(sd.specialist_id, d.code).join(schema.domain, d.id == sd.domain_id)
                                            .order_by(sd.specialist_id, sd.position, d.id)):
            codes.setdefault(sid, []).append(code)
        query = select(s.id, s.key, s.name, s.title, s.login, s.role, s.colour, s.weekly_hours, s.workday_start,
                       s.workday_end, s.active).order_by(s.name, s.key)
        if not include_inactive:
            query = query.where(s.active.is_(True))
        return [Person(r.id, r.key, r.name, r.title, r.login, r.role, tuple(codes.get(r.id, ())), r.colour,
                       Decimal(r.weekly_hours), r.workday_start, r.workday_end, bool(r.active))
                for r in connection.execute(query)]


def domains(db: Database, lang: str = "fr") -> list[tuple[str, str]]:
    d = schema.domain.c
    with db.connect() as connection:
        rows = connection.execute(select(d.code, d.name_fr, d.name_en).order_by(d.id)).all()
        return [(code, (name_en or name_fr) if lang == "en" else name_fr) for code, name_fr, name_en in rows]


def members(db: Database) -> list[MemberChoice]:
    m = schema.member.c
    with db.connect() as connection:
        return [MemberChoice(*row) for row in connection.execute(
            select(m.id, m.key, m.short_name, m.name, m.active).order_by(func.coalesce(m.short_name, m.name)))]


def engagements(db: Database) -> list[EngagementChoice]:
    e = schema.engagement.c
    m = schema.member.c
    d = schema.domain.c
    with db.connect() as connection:
        rows = connection.execute(
            select(e.id, e.number, e.title, e.member_id, func.coalesce(m.short_name, m.name), d.code, e.status)
            .join(schema.member, m.id == e.member_id).join(schema.domain, d.id == e.domain_id)
            .order_by(e.number))
        return [EngagementChoice(*row) for row in rows]


def _top(column):
    return select(func.max(column)).scalar_subquery()


# Polled every few seconds and read after every edit: built once.
_STAMP = select(_top(schema.audit_entry.c.id), _top(schema.occurrence.c.id), _top(schema.absence.c.id),
                _top(schema.closure.c.id), _top(schema.specialist.c.updated_at),
                select(func.count()).select_from(schema.absence).scalar_subquery())


def change_stamp(db: Database) -> tuple:
    """A value that changes whenever bookings, absences, closures or specialists change — and,
    through the audit log every edit writes to, any record (members, engagements, letters issued)."""
    with db.connect() as connection:
        return tuple(connection.execute(_STAMP).one())


def member_colours(db: Database) -> dict[str, str]:
    """{member key: colour}: each member's one colour on every screen and page (domain.palette)."""
    m = schema.member.c
    with db.connect() as connection:
        rows = connection.execute(select(m.id, m.key)).all()
    return palette.member_colours((row.id, row.key) for row in rows)
