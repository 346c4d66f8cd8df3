"""A small planned organisation for the report, calendar feed and suggestion tests.

On top of `build_org` (five specialists, member FCSDSQ with a 40 h bank, engagements 2026-001
budget 10 h at 95 $ and 2026-002 without budget) it adds member FCSQ (no bank) and engagement
2026-003 (budget 20 h, 100 $/h, led by Sophie), a closure on Wednesday 11 November 2026, Jean's
absence on 12–13 November, and bookings in and around the period 2–13 November 2026. `NOW`
(Friday 6 November, noon) separates done from planned. Every number the tests expect is worked
out by hand from the list below, not by the services.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import insert, select, update

from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import scheduling as S
from crec_desktop.store.models import DomainOfExpertise, Engagement, Member, Organization, specialist_domain
from tests.services.conftest import Org, build_org

FIRST, LAST = dt.date(2026, 11, 2), dt.date(2026, 11, 13)
NOW = local(2026, 11, 6, 12)
CLOSURE_DAY = dt.date(2026, 11, 11)
ORG_NAME = "Consortium de ressources et d'expertises coopératives"


@dataclasses.dataclass
class Planned:
    org: Org
    fcsq_id: int
    e3_id: int
    uids: dict[str, str]

    @property
    def db(self):
        return self.org.db


def build_planned(db, *, carry_over: str = "cap", cap: str | None = "20") -> Planned:
    org = build_org(db)
    with db.write() as s:
        s.execute(update(Organization).where(Organization.id == 1).values(
            name=ORG_NAME, short_name="CREC", carry_over=carry_over,
            carry_over_cap_hours=Decimal(cap) if cap else None, fiscal_year_start_month=4))
        hr = s.execute(select(DomainOfExpertise).where(DomainOfExpertise.code == "hr")).scalar_one()
        fcsq = Member(key="fcsq", name="Fédération des coopératives de santé du Québec", short_name="FCSQ",
                      kind="federation", hour_bank=None)
        s.add(fcsq)
        s.flush()
        e3 = Engagement(number="2026-003", member_id=fcsq.id, domain_id=hr.id, title="Climat de travail, équipe",
                        budget_hours=Decimal("20"), hourly_rate=Decimal("100.00"), status="in_progress",
                        lead_id=org.ids["sophie"])
        s.add(e3)
        s.flush()
        fcsq_id, e3_id = fcsq.id, e3.id
        # Sophie and Jean do human resources (Sophie's main domain; Jean's second one).
        law = s.execute(select(DomainOfExpertise).where(DomainOfExpertise.code == "law")).scalar_one()
        s.execute(insert(specialist_domain), [
            {"specialist_id": org.ids["sophie"], "domain_id": hr.id, "position": 0},
            {"specialist_id": org.ids["jean"], "domain_id": law.id, "position": 0},
            {"specialist_id": org.ids["jean"], "domain_id": hr.id, "position": 1}])
    user = org.user("chloe")
    e1, e2 = org.engagements["2026-001"], org.engagements["2026-002"]
    sophie, jean = org.ids["sophie"], org.ids["jean"]
    uids = {}

    def book(name, **kw):
        uids[name] = S.create_booking(db, user, **kw).main.key

    # FCSDSQ, previous fiscal year (2025-04-01 .. 2026-03-31): 4 h done -> bank 40 - 4 = 36 left, 20 carried (cap).
    book("last_year", specialist_id=sophie, engagement_id=e1, start=local(2026, 1, 15, 9), end=local(2026, 1, 15, 13))
    # Before the period: 2 h on 2026-001 (counts in the engagement's and the bank's totals, not in the period).
    book("before", specialist_id=sophie, engagement_id=e1, start=local(2026, 10, 30, 9), end=local(2026, 10, 30, 11))
    # In the period.
    book("weekly", specialist_id=sophie, engagement_id=e1, start=local(2026, 11, 2, 9), end=local(2026, 11, 2, 12),
         rrule="FREQ=WEEKLY;COUNT=2", location="Lévis, salle 2", note="Rencontre; suivi, étape 1")   # Nov 2 and 9: 3 h each
    book("tentative", specialist_id=sophie, engagement_id=e3_id, start=local(2026, 11, 3, 13),
         end=local(2026, 11, 3, 16, 30), status="tentative")                                          # 3.5 h tentative
    book("jean_e2", specialist_id=jean, engagement_id=e2, start=local(2026, 11, 4, 8, 30), end=local(2026, 11, 4, 12))
    book("jean_internal", specialist_id=jean, start=local(2026, 11, 5, 9), end=local(2026, 11, 5, 10))  # 1 h internal
    # After the period: 1.5 h planned on 2026-003.
    book("after", specialist_id=sophie, engagement_id=e3_id, start=local(2026, 11, 16, 9), end=local(2026, 11, 16, 10, 30))
    admin = org.user("alice")
    A.create_absence(db, admin, specialist_id=jean, start_date=dt.date(2026, 11, 12), end_date=dt.date(2026, 11, 13))
    A.create_closure(db, admin, date=CLOSURE_DAY, name="Journée de planification")
    return Planned(org, fcsq_id, e3_id, uids)


def working_days(first: dt.date, last: dt.date, off: set[dt.date] = frozenset()) -> int:
    """Weekdays from first to last that are not in off (worked out independently of the services)."""
    count, day = 0, first
    while day <= last:
        if day.weekday() < 5 and day not in off:
            count += 1
        day += dt.timedelta(days=1)
    return count
