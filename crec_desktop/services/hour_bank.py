"""Members' hour banks per fiscal year, with what carries over from one year to the next.

The hours come from `services.budgets.read_member_use` (one summing query per fiscal year for
every member asked about); the arithmetic is `domain.hour_bank`. The organisation's settings say
when the fiscal year starts and what carries over (none, all, or up to a cap).

Years are chained from the fiscal year of the member's first booking (at most MAX_YEARS back)
to the year asked about, each passing what it leaves to the next by the rule; with the rule
`none`, only the year asked about is read.

    bank = member_hour_banks(db, [member_id], dt.date(2026, 11, 26))[member_id]
    bank.current.used, bank.current.planned, bank.current.left, bank.current.carry_out
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crec_desktop.domain.hour_bank import NONE, BankYear, YearUse, bank_years
from crec_desktop.domain.timeutil import UTC, local_date
from crec_desktop.services.budgets import fiscal_year, read_member_use
from crec_desktop.store.db import Database, session_clock
from crec_desktop.store.models import Booking, Engagement, Member, Occurrence, Organization

MAX_YEARS = 10


@dataclasses.dataclass(frozen=True)
class CarryRule:
    """The organisation's settings the hour banks depend on."""

    start_month: int = 4
    rule: str = NONE
    cap: Decimal | None = None


@dataclasses.dataclass(frozen=True)
class HourBank:
    """A member's hour bank: the fiscal years read, oldest first; the last is the one asked about."""

    member_id: int
    rule: CarryRule
    years: tuple[BankYear, ...]

    @property
    def current(self) -> BankYear:
        return self.years[-1]


def read_carry_rule(session: Session) -> CarryRule:
    row = session.execute(select(Organization.fiscal_year_start_month, Organization.carry_over,
                                 Organization.carry_over_cap_hours).where(Organization.id == 1)).first()
    if row is None:
        return CarryRule()
    return CarryRule(row[0] or 4, row[1] or NONE, row[2])


def _first_booking_days(session: Session, member_ids: Sequence[int]) -> dict[int, dt.date]:
    rows = session.execute(
        select(Engagement.member_id, func.min(Occurrence.start))
        .select_from(Occurrence).join(Booking, Booking.id == Occurrence.booking_id)
        .join(Engagement, Engagement.id == Booking.engagement_id)
        .where(Engagement.member_id.in_(list(member_ids))).group_by(Engagement.member_id))
    out = {}
    for member_id, start in rows:
        if start is None:
            continue
        if isinstance(start, str):  # SQLite's min() gives the stored text
            start = dt.datetime.fromisoformat(start).replace(tzinfo=UTC)
        elif start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        out[member_id] = local_date(start)
    return out


def read_hour_banks(session: Session, member_ids: Sequence[int], day: dt.date, *,
                    now: dt.datetime | None = None) -> dict[int, HourBank | None]:
    """Each member's hour bank for the fiscal year containing day (None: the member has no bank)."""
    now = now or session_clock(session).now()
    today = local_date(now)
    rule = read_carry_rule(session)
    banks = dict(session.execute(select(Member.id, Member.hour_bank).where(Member.id.in_(list(member_ids)))).all())
    ids = [i for i in member_ids if banks.get(i) is not None]
    out: dict[int, HourBank | None] = {i: None for i in member_ids if i in banks}
    if not ids:
        return out
    current = fiscal_year(day, rule.start_month)
    starts = {i: current[0] for i in ids}
    if rule.rule != NONE:
        for member_id, first_day in _first_booking_days(session, ids).items():
            first = fiscal_year(first_day, rule.start_month)[0]
            oldest = current[0].replace(year=current[0].year - MAX_YEARS)
            starts[member_id] = min(current[0], max(first, oldest))
    years: list[tuple[dt.date, dt.date]] = []
    first = min(starts.values())
    while first <= current[0]:
        years.append(fiscal_year(first, rule.start_month))
        first = first.replace(year=first.year + 1)
    uses: dict[int, list[YearUse]] = {i: [] for i in ids}
    for y_first, y_last in years:
        wanted = [i for i in ids if starts[i] <= y_first]
        for member_id, use in read_member_use(session, wanted, y_first, y_last, now=now).items():
            planned = Decimal("0.00") if y_last < today else use.planned_hours - use.done_hours
            uses[member_id].append(YearUse(y_first, y_last, use.done_hours, planned))
    for member_id in ids:
        chain = bank_years(Decimal(banks[member_id]), uses[member_id], rule.rule, rule.cap)
        out[member_id] = HourBank(member_id, rule, tuple(chain))
    return out


def member_hour_banks(db: Database, member_ids: Sequence[int], day: dt.date | None = None) -> dict[int, HourBank | None]:
    """Each member's hour bank for the fiscal year containing day (default: today)."""
    with db.read() as session:
        return read_hour_banks(session, member_ids, day or db.clock.today())


def member_hour_bank(db: Database, member_id: int, day: dt.date | None = None) -> HourBank | None:
    return member_hour_banks(db, [member_id], day).get(member_id)
