"""Records for the letter tests: organisation settings, a member, specialists, an engagement and
its bookings (with their occurrences), inserted with the ORM models into a test database.

    number = add_engagement(db)                       # the default case below
    number = add_engagement(db, number="X-2", taxable=False, sessions=[])
"""
from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from sqlalchemy import select

from crec_desktop.domain.timeutil import local
from crec_desktop.store.models import Booking, DomainOfExpertise, Engagement, Member, Organization, Specialist
from crec_desktop.store.occurrences import replace_occurrences, series_end_of

_uids = itertools.count(1)

ORG = dict(name="Consortium de ressources et d'expertises coopératives", short_name="CREC",
           address="5955, rue Saint-Laurent, bureau 300\nLévis (Québec)  G6V 3P5", city="Lévis",
           phone="418 555-0100", email="info@crec.example", gst_number="812345678 RT0001",
           qst_number="1223456789 TQ0001", signatory_name="Hélène Thibodeau", signatory_title="Directrice générale",
           payment_terms_days=30)

# (local start, hours, specialist key, status, location)
SESSIONS = [
    (local(2026, 12, 1, 9, 0), Decimal("3.5"), "julie", "confirmed", "Salle du conseil"),
    (local(2026, 12, 8, 13, 30), Decimal("2"), "marc", "tentative", "À distance (Teams)"),
]


def set_organisation(db, **values) -> None:
    with db.write() as s:
        org = s.get(Organization, 1)
        for key, value in {**ORG, **values}.items():
            setattr(org, key, value)


def specialist(s, key: str, name: str, *, title: str | None = None, rate: str | None = None,
               domains: tuple[str, ...] = ("hr",)) -> Specialist:
    found = s.scalars(select(Specialist).where(Specialist.key == key)).one_or_none()
    if found is not None:
        return found
    by_code = {d.code: d for d in s.scalars(select(DomainOfExpertise))}
    person = Specialist(key=key, name=name, title=title, hourly_rate=Decimal(rate) if rate else None,
                        domains=[by_code[c] for c in domains])
    s.add(person)
    s.flush()
    return person


def add_engagement(db, number: str = "2026-014", *, title: str = "Révision de la politique RH",
                   status: str = "signed", language: str = "fr", taxable: bool = True,
                   budget_hours: str | None = "10.5", rate: str | None = "113.00", lead_rate: str | None = "90.00",
                   scope: str | None = "Analyser la politique actuelle et proposer une version révisée.",
                   context: str | None = "La fédération veut harmoniser ses pratiques.",
                   deliverables: str | None = "Rapport d'analyse\nPolitique révisée",
                   exclusions: str | None = "Frais d'affichage",
                   start: dt.date | None = dt.date(2026, 12, 1), end: dt.date | None = dt.date(2027, 3, 31),
                   member_name: str = "Fédération des coopératives d'habitation de l'Estrie",
                   contact_name: str | None = "Marie-Ève Côté", contact_title: str | None = "Directrice générale",
                   member_address: str | None = "1000, rue King Ouest\nSherbrooke (Québec)  J1H 1S1",
                   sessions=SESSIONS, organisation: bool = True) -> str:
    """Insert an engagement (and whatever it needs that is not there yet); returns its number."""
    if organisation:
        set_organisation(db)
    with db.write() as s:
        julie = specialist(s, "julie", "Julie Gagnon", title="Conseillère en ressources humaines", rate=lead_rate)
        specialist(s, "marc", "Marc-André Lévesque", title="Conseiller juridique", domains=("law", "hr"))
        member = s.scalars(select(Member).where(Member.name == member_name)).one_or_none()
        if member is None:
            member = Member(key=f"m{next(_uids)}", name=member_name, kind="federation", contact_name=contact_name,
                            contact_title=contact_title, address=member_address)
            s.add(member)
        hr = s.scalars(select(DomainOfExpertise).where(DomainOfExpertise.code == "hr")).one()
        engagement = Engagement(
            number=number, member=member, domain=hr, lead=julie, title=title, status=status, language=language,
            taxable=taxable, budget_hours=Decimal(budget_hours) if budget_hours else None,
            hourly_rate=Decimal(rate) if rate else None, scope=scope, context=context, deliverables=deliverables,
            exclusions=exclusions, start_date=start, end_date=end)
        s.add(engagement)
        s.flush()
        for begins, hours, key, state, location in sessions:
            person = s.scalars(select(Specialist).where(Specialist.key == key)).one()
            add_booking(s, engagement, person, begins, hours, state, location)
    return number


def add_booking(s, engagement: Engagement, person: Specialist, begins: dt.datetime, hours: Decimal,
                status: str = "confirmed", location: str | None = None) -> Booking:
    booking = Booking(uid=f"test-{next(_uids)}", specialist_id=person.id, engagement_id=engagement.id,
                      start=begins, end=begins + dt.timedelta(hours=float(hours)), status=status, location=location)
    booking.series_end = series_end_of(booking)
    s.add(booking)
    s.flush()
    replace_occurrences(s, [booking.id])
    return booking


def change_engagement(db, number: str, **values) -> None:
    with db.write() as s:
        engagement = s.scalars(select(Engagement).where(Engagement.number == number)).one()
        for key, value in values.items():
            setattr(engagement, key, value)
