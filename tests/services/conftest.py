"""A small organisation for the service tests: people in each role, a member, engagements."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from crec_desktop.services.users import CurrentUser, resolve_user
from crec_desktop.store.models import DomainOfExpertise, Engagement, Member, Specialist


@dataclasses.dataclass
class Org:
    db: object
    ids: dict[str, int]            # specialist key -> id
    engagements: dict[str, int]    # number -> id
    member_id: int
    users: dict[str, CurrentUser]  # login -> user

    def user(self, login: str) -> CurrentUser:
        return self.users[login]


PEOPLE = [
    # key, name, login, role, weekly hours
    ("admin", "Alice Admin", "alice", "admin", "35"),
    ("coord", "Chloé Coordonnatrice", "chloe", "coordinator", "35"),
    ("mgr", "Marc Gestionnaire", "marc", "manager", "35"),
    ("sophie", "Sophie Tremblay", "sophie", "specialist", "35"),
    ("jean", "Jean Côté", "jean", "specialist", "28"),
]


def build_org(db) -> Org:
    with db.write() as s:
        hr = s.execute(select(DomainOfExpertise).where(DomainOfExpertise.code == "hr")).scalar_one()
        people = {key: Specialist(key=key, name=name, login=login, role=role, weekly_hours=Decimal(hours),
                                  workday_start=dt.time(8, 30), workday_end=dt.time(16, 30))
                  for key, name, login, role, hours in PEOPLE}
        s.add_all(people.values())
        member = Member(key="fcsdsq", name="Fédération des coopératives de services à domicile",
                        short_name="FCSDSQ", kind="federation", hour_bank=Decimal("40"))
        s.add(member)
        s.flush()
        engagements = [
            Engagement(number="2026-001", member=member, domain=hr, title="Politique RH", budget_hours=Decimal("10"),
                       hourly_rate=Decimal("95.00")),
            Engagement(number="2026-002", member=member, domain=hr, title="Formation", budget_hours=None),
        ]
        s.add_all(engagements)
        s.flush()
        ids = {k: p.id for k, p in people.items()}
        eng = {e.number: e.id for e in engagements}
        member_id = member.id
    users = {login: resolve_user(db, login) for _, _, login, _, _ in PEOPLE}
    users["nobody"] = resolve_user(db, "nobody")
    return Org(db, ids, eng, member_id, users)


@pytest.fixture
def org(db) -> Org:
    return build_org(db)
