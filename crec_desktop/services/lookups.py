"""Reference rows a booking operation consults, read once per write transaction.

Checking and warning about a booking change needs a few facts about the records it points at:
the specialist (name, weekly hours, working day), the engagement (number, budget, member) and
its member (name, hour bank), and the organisation's settings (Easter holiday, first month of
the fiscal year). Loading them as ORM objects would also load their relationships (a
specialist's domains, an engagement's member, domain and lead): here each is one small Core
query on the columns needed, kept in `session.info` for the rest of the transaction.

Only rows found are remembered, never an absence (a record created later in the same
transaction is then found). Booking operations never change these records; code that edits
them in a session must not rely on these values afterwards (`forget(session)` drops them).

    spec = specialist(session, specialist_id)      # None when there is no such specialist
    spec.name, spec.weekly_hours, spec.workday_start
    eng = engagement(session, engagement_id)       # with its member's name and hour bank
    org = organisation(session)                    # easter, fiscal_start_month
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from crec_desktop.domain.holidays import GOOD_FRIDAY
from crec_desktop.store.models import Engagement, Member, Organization, Specialist

_KEY = "crec.lookups"


@dataclasses.dataclass(frozen=True, slots=True)
class SpecialistFacts:
    id: int
    key: str
    name: str
    weekly_hours: Decimal
    workday_start: dt.time
    workday_end: dt.time


@dataclasses.dataclass(frozen=True, slots=True)
class EngagementFacts:
    id: int
    number: str
    budget_hours: Decimal | None
    member_id: int
    member_name: str
    member_short_name: str | None
    member_hour_bank: Decimal | None

    @property
    def member_label(self) -> str:
        return self.member_short_name or self.member_name


@dataclasses.dataclass(frozen=True, slots=True)
class OrganisationFacts:
    easter: str
    fiscal_start_month: int


_S, _E, _M, _O = (t.__table__.c for t in (Specialist, Engagement, Member, Organization))
_SPECIALIST = select(_S.id, _S.key, _S.name, _S.weekly_hours, _S.workday_start, _S.workday_end).where(
    _S.id == bindparam("id"))
_ENGAGEMENT = (select(_E.id, _E.number, _E.budget_hours, _E.member_id, _M.name, _M.short_name, _M.hour_bank)
               .select_from(Engagement.__table__.join(Member.__table__, _M.id == _E.member_id))
               .where(_E.id == bindparam("id")))
_ORGANISATION = select(_O.easter_holiday, _O.fiscal_year_start_month).where(_O.id == 1)


def _memo(session: Session) -> dict:
    memo = session.info.get(_KEY)
    if memo is None:
        memo = session.info[_KEY] = {}
    return memo


def _lookup(session: Session, kind: str, key, statement, build):
    memo = _memo(session)
    found = memo.get((kind, key))
    if found is None:
        row = session.execute(statement, {"id": key} if key is not None else {}).first()
        if row is None:
            return None
        found = memo[(kind, key)] = build(row)
    return found


def specialist(session: Session, specialist_id: int) -> SpecialistFacts | None:
    return _lookup(session, "specialist", specialist_id, _SPECIALIST, lambda r: SpecialistFacts(*r))


def engagement(session: Session, engagement_id: int) -> EngagementFacts | None:
    return _lookup(session, "engagement", engagement_id, _ENGAGEMENT, lambda r: EngagementFacts(*r))


def organisation(session: Session) -> OrganisationFacts:
    found = _lookup(session, "organisation", None, _ORGANISATION,
                    lambda r: OrganisationFacts(r[0] or GOOD_FRIDAY, r[1] or 4))
    return found or OrganisationFacts(GOOD_FRIDAY, 4)


def forget(session: Session) -> None:
    """Drop what this session remembered (after editing specialists, engagements, members or settings)."""
    session.info.pop(_KEY, None)
