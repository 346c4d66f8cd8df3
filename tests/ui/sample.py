"""A small, known organisation for the shell's tests: 3 specialists (one inactive), 2 members,
3 engagements, bookings in the week of Monday 2026-11-23 (and one outside it), one absence.

Expected over that week (Mon 23 – Sun 29 November 2026):
- Marie Tremblay (hr, 35 h/week): 7 h confirmed + 3 h tentative; capacity 35 h
- Luc Gagnon (law, 30 h/week): 4 h confirmed (2 h, and 2 of the 4 h of a booking across
  Sunday midnight); absent Thursday and Friday: capacity 30 − 2 × 6 = 18 h
- Anne Roy is inactive: not listed, but her 1 h booking counts in the period's totals
  (5 occurrences, 15 h)
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import insert, select

from crec_desktop.domain.timeutil import local
from crec_desktop.store.db import Database
from crec_desktop.store.models import (
    Absence,
    Booking,
    DomainOfExpertise,
    Engagement,
    Member,
    Specialist,
    specialist_domain,
)
from crec_desktop.store.occurrences import replace_occurrences

WEEK = (dt.date(2026, 11, 23), dt.date(2026, 11, 29))


def add_sample(db: Database) -> None:
    with db.write() as s:
        domains = {d.code: d for d in s.scalars(select(DomainOfExpertise))}
        marie = Specialist(key="mtremblay", name="Marie Tremblay", login="mtremblay", role="coordinator",
                           weekly_hours=Decimal("35"), domains=[domains["hr"]])
        luc = Specialist(key="lgagnon", name="Luc Gagnon", login="lgagnon", role="specialist",
                         weekly_hours=Decimal("30"))
        anne = Specialist(key="aroy", name="Anne Roy", role="specialist", weekly_hours=Decimal("35"),
                          active=False, domains=[domains["finance"]])
        s.add_all([marie, luc, anne])
        s.flush()
        s.execute(insert(specialist_domain), [  # Luc: law first, then hr
            {"specialist_id": luc.id, "domain_id": domains["hr"].id, "position": 1},
            {"specialist_id": luc.id, "domain_id": domains["law"].id, "position": 0}])
        fed = Member(key="fcsdsq", name="Fédération des coopératives de services à domicile", kind="federation")
        cdr = Member(key="cdr-qc", name="CDR Québec–Appalaches", kind="cdr")
        old = Member(key="ancien", name="Ancien membre", kind="other", active=False)
        s.add_all([fed, cdr, old])
        s.flush()
        e1 = Engagement(number="2026-001", member_id=fed.id, domain_id=domains["hr"].id, title="Politique RH",
                        status="in_progress")
        e2 = Engagement(number="2026-002", member_id=cdr.id, domain_id=domains["law"].id, title="Statuts",
                        status="signed")
        e3 = Engagement(number="2025-014", member_id=cdr.id, domain_id=domains["hr"].id, title="Terminé",
                        status="completed")
        s.add_all([e1, e2, e3])
        s.flush()

        def book(uid, who, eng, start, end, status="confirmed"):
            return Booking(uid=uid, specialist_id=who.id, engagement_id=eng.id if eng else None,
                           start=start, end=end, series_end=end, status=status)

        bookings = [
            book("b1", marie, e1, local(2026, 11, 23, 9), local(2026, 11, 23, 16)),  # 7 h
            book("b2", marie, e1, local(2026, 11, 24, 9), local(2026, 11, 24, 12), "tentative"),  # 3 h
            book("b3", luc, e2, local(2026, 11, 25, 13), local(2026, 11, 25, 15)),  # 2 h
            book("b4", luc, None, local(2026, 11, 29, 22), local(2026, 11, 30, 2)),  # 2 of 4 h in the week
            book("b5", anne, e2, local(2026, 11, 26, 9), local(2026, 11, 26, 10)),  # inactive: 1 h
            book("b6", marie, e1, local(2026, 12, 1, 9), local(2026, 12, 1, 17)),  # next week
        ]
        s.add_all(bookings)
        s.add(Absence(specialist_id=luc.id, start_date=dt.date(2026, 11, 26), end_date=dt.date(2026, 11, 27),
                      kind="vacation"))
        s.flush()
        replace_occurrences(s, [b.id for b in bookings])
