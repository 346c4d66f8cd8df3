"""The ORM classes: SQLAlchemy 2 declarative models mapped onto the Core tables of `store.schema`.

Each class takes its table from `schema` (`__table__`; `Base.metadata` is `schema.metadata`), so
the schema is written once. The `Mapped[...]` annotations give the attributes' types (SQLAlchemy
ignores one that names no column: tests/store/test_schema.py checks that they name exactly the
table's columns, optional where the column may be null); the relationships are declared here.
Records that people edit carry `version` as the mapper's version counter: the ORM refuses to
save over a row someone else changed. The constants (ROLES, BOOKING_STATUSES, BUILTIN_DOMAINS,
...) live in `schema` and are re-exported here.

The writing services and most reads use these classes; the window's start-up path reads with
the schema's tables instead and never imports this module (nor `sqlalchemy.orm`).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, relationship

from crec_desktop.store import schema
from crec_desktop.store.schema import (  # noqa: F401 - re-exported: `from store.models import ROLES` keeps working
    ABSENCE_KINDS,
    BOOKING_STATUSES,
    BUILTIN_DOMAINS,
    CARRY_OVER_RULES,
    EASTER_CHOICES,
    ENGAGEMENT_STATUSES,
    MEMBER_KINDS,
    NAMING,
    OVERLAP_CONSTRAINT,
    ROLES,
    Hours,
    Money,
    specialist_domain,
)


class Base(DeclarativeBase):
    metadata = schema.metadata


class Versioned:
    """Optimistic locking and who-changed-it for records that people edit."""

    version: Mapped[int]
    updated_at: Mapped[dt.datetime | None]
    updated_by: Mapped[str | None]

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}


class Organization(Versioned, Base):
    """The organisation's settings: one row (id 1)."""

    __table__ = schema.organization

    id: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str | None]
    address: Mapped[str | None]
    city: Mapped[str | None]
    phone: Mapped[str | None]
    email: Mapped[str | None]
    gst_number: Mapped[str | None]
    qst_number: Mapped[str | None]
    signatory_name: Mapped[str | None]
    signatory_title: Mapped[str | None]
    logo_png: Mapped[bytes | None]
    easter_holiday: Mapped[str]
    fiscal_year_start_month: Mapped[int]
    carry_over: Mapped[str]
    carry_over_cap_hours: Mapped[Decimal | None]
    payment_terms_days: Mapped[int]


class DomainOfExpertise(Versioned, Base):
    __table__ = schema.domain

    id: Mapped[int]
    code: Mapped[str]
    name_fr: Mapped[str]
    name_en: Mapped[str | None]

    def name(self, lang: str = "fr") -> str:
        return (self.name_en or self.name_fr) if lang == "en" else self.name_fr


class Specialist(Versioned, Base):
    __table__ = schema.specialist

    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    title: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    login: Mapped[str | None]
    role: Mapped[str]
    hourly_rate: Mapped[Decimal | None]
    weekly_hours: Mapped[Decimal]
    workday_start: Mapped[dt.time]
    workday_end: Mapped[dt.time]
    colour: Mapped[str | None]
    active: Mapped[bool]

    domains: Mapped[list[DomainOfExpertise]] = relationship(
        secondary=specialist_domain, order_by=specialist_domain.c.position, lazy="selectin")


class Member(Versioned, Base):
    __table__ = schema.member

    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    short_name: Mapped[str | None]
    kind: Mapped[str]
    sector: Mapped[str | None]
    region: Mapped[str | None]
    contact_name: Mapped[str | None]
    contact_title: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    address: Mapped[str | None]
    hour_bank: Mapped[Decimal | None]
    active: Mapped[bool]


class Engagement(Versioned, Base):
    __table__ = schema.engagement

    id: Mapped[int]
    number: Mapped[str]
    member_id: Mapped[int]
    domain_id: Mapped[int]
    lead_id: Mapped[int | None]
    title: Mapped[str]
    scope: Mapped[str | None]
    context: Mapped[str | None]
    deliverables: Mapped[str | None]
    exclusions: Mapped[str | None]
    budget_hours: Mapped[Decimal | None]
    hourly_rate: Mapped[Decimal | None]
    taxable: Mapped[bool]
    language: Mapped[str]
    status: Mapped[str]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]

    member: Mapped[Member] = relationship(lazy="joined")
    domain: Mapped[DomainOfExpertise] = relationship(lazy="joined")
    lead: Mapped[Specialist | None] = relationship(lazy="joined")


class Booking(Versioned, Base):
    """A block of a specialist's time; with `rrule`, the first of a series."""

    __table__ = schema.booking

    id: Mapped[int]
    uid: Mapped[str]
    specialist_id: Mapped[int]
    engagement_id: Mapped[int | None]
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    status: Mapped[str]
    location: Mapped[str | None]
    note: Mapped[str | None]
    rrule: Mapped[str | None]
    exdates: Mapped[list[dt.datetime]]
    series_end: Mapped[dt.datetime]

    specialist: Mapped[Specialist] = relationship(lazy="joined")
    engagement: Mapped[Engagement | None] = relationship(lazy="joined")


class Occurrence(Base):
    """One occurrence of a booking (a single booking has exactly one), derived, never edited."""

    __table__ = schema.occurrence

    id: Mapped[int]
    booking_id: Mapped[int]
    specialist_id: Mapped[int]
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    status: Mapped[str]


class Absence(Versioned, Base):
    """Time off: whole local days, end inclusive."""

    __table__ = schema.absence

    id: Mapped[int]
    specialist_id: Mapped[int]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    kind: Mapped[str]
    note: Mapped[str | None]

    specialist: Mapped[Specialist] = relationship(lazy="joined")


class Closure(Versioned, Base):
    """A day the organisation is closed beyond the statutory holidays."""

    __table__ = schema.closure

    id: Mapped[int]
    date: Mapped[dt.date]
    name: Mapped[str]


class IssuedLetter(Base):
    """An engagement letter as issued: kept, never changed."""

    __table__ = schema.issued_letter

    id: Mapped[int]
    engagement_id: Mapped[int]
    number: Mapped[str]
    version: Mapped[int]
    language: Mapped[str]
    issued_at: Mapped[dt.datetime]
    issued_by: Mapped[str]
    pdf: Mapped[bytes]
    sha256: Mapped[str]
    data_json: Mapped[str]


class AuditEntry(Base):
    """Who changed what, when, with the record before and after (JSON)."""

    __table__ = schema.audit_entry

    id: Mapped[int]
    at: Mapped[dt.datetime]
    actor: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_key: Mapped[str | None]
    before_json: Mapped[str | None]
    after_json: Mapped[str | None]
