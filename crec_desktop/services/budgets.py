"""Hours per engagement against its budget, and per member against its hour bank.

Hours are the real elapsed time of booking occurrences, summed by the database (one aggregate
query, whatever the number of bookings). *Planned* counts confirmed and tentative occurrences;
*done* counts confirmed occurrences already over. A member's hour bank is per fiscal year (its
first month is the organisation setting `fiscal_year_start_month`); what carries over from one
year to the next is the records screens' business and is not added here.

    use = engagement_use(db, [engagement_id])[engagement_id]
    use.planned_hours, use.budget_hours, use.over
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import bindparam, case, extract, func, select
from sqlalchemy.orm import Session

from crec_desktop.domain.timeutil import range_bounds
from crec_desktop.services.availability import minutes_to_hours
from crec_desktop.store.coltypes import UTCDateTime
from crec_desktop.store.db import Database, session_clock
from crec_desktop.store.models import Booking, Engagement, Member, Occurrence, Organization


@dataclasses.dataclass(frozen=True, slots=True)
class BudgetUse:
    """Booked time against a budget (an engagement's budgeted hours or a member's hour bank)."""

    budget_hours: Decimal | None
    confirmed_minutes: int
    tentative_minutes: int
    done_minutes: int

    @property
    def planned_minutes(self) -> int:
        return self.confirmed_minutes + self.tentative_minutes

    @property
    def planned_hours(self) -> Decimal:
        return minutes_to_hours(self.planned_minutes)

    @property
    def confirmed_hours(self) -> Decimal:
        return minutes_to_hours(self.confirmed_minutes)

    @property
    def done_hours(self) -> Decimal:
        return minutes_to_hours(self.done_minutes)

    @property
    def remaining_hours(self) -> Decimal | None:
        return None if self.budget_hours is None else self.budget_hours - self.planned_hours

    @property
    def over(self) -> bool:
        """More planned than budgeted (never when there is no budget)."""
        return self.budget_hours is not None and self.planned_minutes > self.budget_hours * 60


_O, _B, _E = Occurrence.__table__.c, Booking.__table__.c, Engagement.__table__.c
_STATEMENTS: dict[tuple[str, str], object] = {}


def _minutes(dialect: str):
    """SQL for an occurrence's real elapsed minutes, in that dialect."""
    if dialect == "sqlite":
        return func.round((func.julianday(_O.end) - func.julianday(_O.start)) * 1440)
    return extract("epoch", _O.end - _O.start) / 60


def _sum_statement(dialect: str, by: str):
    """The summing query, built once per dialect: by engagement (all its occurrences) or by member
    (occurrences starting in [lo, hi)). Parameters: ids, now (and lo, hi)."""
    found = _STATEMENTS.get((dialect, by))
    if found is not None:
        return found
    minutes = _minutes(dialect)
    confirmed = _O.status == "confirmed"
    now = bindparam("now", type_=UTCDateTime())
    group_col = _B.engagement_id if by == "engagement" else _E.member_id
    query = (select(group_col,
                    func.sum(case((confirmed, minutes), else_=0)),
                    func.sum(case((confirmed, 0), else_=minutes)),
                    func.sum(case(((confirmed & (_O.end <= now)), minutes), else_=0)))
             .select_from(Occurrence.__table__.join(Booking.__table__, _B.id == _O.booking_id)))
    if by == "engagement":
        query = query.where(_B.engagement_id.in_(bindparam("ids", expanding=True)))
    else:
        query = (query.join(Engagement.__table__, _E.id == _B.engagement_id)
                 .where(_E.member_id.in_(bindparam("ids", expanding=True)),
                        _O.start >= bindparam("lo", type_=UTCDateTime()), _O.start < bindparam("hi", type_=UTCDateTime())))
    found = _STATEMENTS[(dialect, by)] = query.group_by(group_col)
    return found


def _sums(session: Session, by: str, params: dict) -> dict[int, tuple[int, int, int]]:
    """{engagement or member id: (confirmed, tentative, done) minutes}."""
    statement = _sum_statement(session.get_bind().dialect.name, by)
    return {key: tuple(int(round(v or 0)) for v in values) for key, *values in session.execute(statement, params)}


def engagement_minutes(session: Session, engagement_ids: Sequence[int], *,
                       now: dt.datetime | None = None) -> dict[int, tuple[int, int, int]]:
    """{engagement id: (confirmed, tentative, done) minutes} of all its occurrences (those with any)."""
    return _sums(session, "engagement", {"ids": list(engagement_ids), "now": now or session_clock(session).now()})


def member_minutes(session: Session, member_ids: Sequence[int], first: dt.date, last: dt.date, *,
                   now: dt.datetime | None = None) -> dict[int, tuple[int, int, int]]:
    """{member id: (confirmed, tentative, done) minutes} of occurrences starting on local days first..last."""
    lo, hi = range_bounds(first, last)
    return _sums(session, "member", {"ids": list(member_ids), "lo": lo, "hi": hi, "now": now or session_clock(session).now()})


_PAIRS: dict[str, object] = {}


def specialist_engagement_minutes(session: Session, first: dt.date, last: dt.date, *,
                                  now: dt.datetime | None = None) -> dict[tuple[int, int | None], tuple[int, int, int]]:
    """{(specialist id, engagement id — None for internal time): (confirmed, tentative, done) minutes}
    of the occurrences starting on local days first..last: who gave time to what (reports, suggestions)."""
    dialect = session.get_bind().dialect.name
    statement = _PAIRS.get(dialect)
    if statement is None:
        minutes = _minutes(dialect)
        confirmed = _O.status == "confirmed"
        now_param = bindparam("now", type_=UTCDateTime())
        statement = _PAIRS[dialect] = (
            select(_O.specialist_id, _B.engagement_id,
                   func.sum(case((confirmed, minutes), else_=0)),
                   func.sum(case((confirmed, 0), else_=minutes)),
                   func.sum(case(((confirmed & (_O.end <= now_param)), minutes), else_=0)))
            .select_from(Occurrence.__table__.join(Booking.__table__, _B.id == _O.booking_id))
            .where(_O.start >= bindparam("lo", type_=UTCDateTime()), _O.start < bindparam("hi", type_=UTCDateTime()))
            .group_by(_O.specialist_id, _B.engagement_id))
    lo, hi = range_bounds(first, last)
    rows = session.execute(statement, {"lo": lo, "hi": hi, "now": now or session_clock(session).now()})
    return {(sid, eid): tuple(int(round(v or 0)) for v in values) for sid, eid, *values in rows}


def read_engagement_use(session: Session, engagement_ids: Sequence[int], *,
                        now: dt.datetime | None = None) -> dict[int, BudgetUse]:
    """Each engagement's booked hours (all its occurrences, any date) against budget_hours."""
    ids = list(engagement_ids)
    budgets = dict(session.execute(select(Engagement.id, Engagement.budget_hours).where(Engagement.id.in_(ids))).all())
    sums = engagement_minutes(session, ids, now=now)
    return {i: BudgetUse(budgets[i], *sums.get(i, (0, 0, 0))) for i in ids if i in budgets}


def fiscal_year(day: dt.date, start_month: int) -> tuple[dt.date, dt.date]:
    """The fiscal year containing day (first and last day), starting on the 1st of start_month."""
    year = day.year if day.month >= start_month else day.year - 1
    first = dt.date(year, start_month, 1)
    last = dt.date(year + 1, start_month, 1) - dt.timedelta(days=1)
    return first, last


def fiscal_start_month(session: Session) -> int:
    value = session.execute(select(Organization.fiscal_year_start_month).where(Organization.id == 1)).scalar()
    return value or 4


def read_member_use(session: Session, member_ids: Sequence[int], first: dt.date, last: dt.date, *,
                    now: dt.datetime | None = None) -> dict[int, BudgetUse]:
    """Each member's booked hours (occurrences starting on local days first..last) against hour_bank."""
    ids = list(member_ids)
    banks = dict(session.execute(select(Member.id, Member.hour_bank).where(Member.id.in_(ids))).all())
    sums = member_minutes(session, ids, first, last, now=now)
    return {i: BudgetUse(banks[i], *sums.get(i, (0, 0, 0))) for i in ids if i in banks}


def engagement_use(db: Database, engagement_ids: Sequence[int]) -> dict[int, BudgetUse]:
    with db.read() as session:
        return read_engagement_use(session, engagement_ids)


def member_use(db: Database, member_ids: Sequence[int], day: dt.date) -> dict[int, BudgetUse]:
    """Each member's hour bank use over the fiscal year that contains day."""
    with db.read() as session:
        first, last = fiscal_year(day, fiscal_start_month(session))
        return read_member_use(session, member_ids, first, last)


__all__ = ["BudgetUse", "engagement_minutes", "engagement_use", "fiscal_year", "fiscal_start_month", "member_minutes",
           "member_use", "read_engagement_use", "read_member_use", "specialist_engagement_minutes"]
