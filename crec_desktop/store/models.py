"""The tables, as SQLAlchemy 2 typed declarative models.

Conventions:
- instants are `UTCDateTime` (aware, UTC in the database); local days are `Date`;
- money is `Numeric(10, 2)` read as Decimal; hours are `Numeric(9, 2)`;
- every record a person edits carries `version` (optimistic locking: SQLAlchemy refuses to save
  over a row someone else changed) and `updated_at` / `updated_by`;
- stable keys (`key`, `number`, `uid`) are what the interchange format and the user see; integer
  ids are internal.

A repeating booking is one `Booking` row (its first occurrence, its RRULE and exceptions) and one
`Occurrence` row per occurrence, kept in step by the store. The occurrences serve "what overlaps
this window" with one indexed range query, and on PostgreSQL carry the exclusion constraint that
keeps confirmed bookings of one specialist from overlapping, even between two workstations.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Time,
    DDL,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from crec_desktop.store.coltypes import InstantList, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(10, 2, asdecimal=True)
Hours = Numeric(9, 2, asdecimal=True)

ROLES = ("specialist", "coordinator", "manager", "admin")
MEMBER_KINDS = ("federation", "cdr", "other")
ENGAGEMENT_STATUSES = ("draft", "sent", "signed", "in_progress", "completed", "cancelled")
BOOKING_STATUSES = ("tentative", "confirmed")
ABSENCE_KINDS = ("vacation", "sick", "training", "personal", "other")
EASTER_CHOICES = ("good_friday", "easter_monday")
CARRY_OVER_RULES = ("none", "all", "cap")
BUILTIN_DOMAINS = ("hr", "government", "law", "ohs", "marketing", "finance", "events")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic locking and who-changed-it for records that people edit."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(String(200))

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}


class Organization(Versioned, Base):
    """The organisation's settings: one row (id 1)."""

    __tablename__ = "organization"
    __table_args__ = (
        CheckConstraint(_in("easter_holiday", EASTER_CHOICES), name="easter"),
        CheckConstraint(_in("carry_over", CARRY_OVER_RULES), name="carry_over"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    gst_number: Mapped[str | None] = mapped_column(String(200))
    qst_number: Mapped[str | None] = mapped_column(String(200))
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_title: Mapped[str | None] = mapped_column(String(200))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    easter_holiday: Mapped[str] = mapped_column(String(20), default="good_friday")
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=4)
    carry_over: Mapped[str] = mapped_column(String(10), default="none")
    carry_over_cap_hours: Mapped[Decimal | None] = mapped_column(Hours)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)


class DomainOfExpertise(Versioned, Base):
    __tablename__ = "domain"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))

    def name(self, lang: str = "fr") -> str:
        return (self.name_en or self.name_fr) if lang == "en" else self.name_fr


specialist_domain = Table(
    "specialist_domain",
    Base.metadata,
    Column("specialist_id", ForeignKey("specialist.id", ondelete="CASCADE"), primary_key=True),
    Column("domain_id", ForeignKey("domain.id", ondelete="RESTRICT"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class Specialist(Versioned, Base):
    __tablename__ = "specialist"
    __table_args__ = (
        CheckConstraint(_in("role", ROLES), name="role"),
        CheckConstraint("weekly_hours >= 0 AND weekly_hours <= 80", name="weekly_hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(200))
    login: Mapped[str | None] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="specialist")
    hourly_rate: Mapped[Decimal | None] = mapped_column(Money)
    weekly_hours: Mapped[Decimal] = mapped_column(Hours, default=Decimal("35"))
    workday_start: Mapped[dt.time] = mapped_column(Time, default=dt.time(8, 30))
    workday_end: Mapped[dt.time] = mapped_column(Time, default=dt.time(16, 30))
    colour: Mapped[str | None] = mapped_column(String(7))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    domains: Mapped[list[DomainOfExpertise]] = relationship(
        secondary=specialist_domain, order_by=specialist_domain.c.position, lazy="selectin")


class Member(Versioned, Base):
    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint(_in("kind", MEMBER_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    sector: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(2))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    hour_bank: Mapped[Decimal | None] = mapped_column(Hours)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Engagement(Versioned, Base):
    __tablename__ = "engagement"
    __table_args__ = (
        CheckConstraint(_in("status", ENGAGEMENT_STATUSES), name="status"),
        CheckConstraint(_in("language", ("fr", "en")), name="language"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domain.id", ondelete="RESTRICT"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("specialist.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str | None] = mapped_column(Text)
    # Sections of the engagement letter beyond the scope (not in the interchange format).
    context: Mapped[str | None] = mapped_column(Text)
    deliverables: Mapped[str | None] = mapped_column(Text)
    exclusions: Mapped[str | None] = mapped_column(Text)
    budget_hours: Mapped[Decimal | None] = mapped_column(Hours)
    hourly_rate: Mapped[Decimal | None] = mapped_column(Money)
    taxable: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(2), default="fr")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship(lazy="joined")
    domain: Mapped[DomainOfExpertise] = relationship(lazy="joined")
    lead: Mapped[Specialist | None] = relationship(lazy="joined")


class Booking(Versioned, Base):
    """A block of a specialist's time; with `rrule`, the first of a series."""

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint(_in("status", BOOKING_STATUSES), name="status"),
        CheckConstraint('"end" > start', name="order"),
        Index("ix_booking_specialist_start", "specialist_id", "start"),
        Index("ix_booking_start", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("specialist.id", ondelete="RESTRICT"))
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagement.id", ondelete="RESTRICT"), index=True)
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end: Mapped[dt.datetime] = mapped_column("end", UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="confirmed")
    location: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    rrule: Mapped[str | None] = mapped_column(String(500))
    exdates: Mapped[list[dt.datetime]] = mapped_column(InstantList, nullable=True, default=list)
    # End of the last occurrence (== end for a single booking): bounds the series in queries.
    series_end: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    specialist: Mapped[Specialist] = relationship(lazy="joined")
    engagement: Mapped[Engagement | None] = relationship(lazy="joined")


class Occurrence(Base):
    """One occurrence of a booking (a single booking has exactly one), derived, never edited."""

    __tablename__ = "occurrence"
    __table_args__ = (
        CheckConstraint('"end" > start', name="order"),
        Index("ix_occurrence_start", "start"),
        Index("ix_occurrence_specialist_start", "specialist_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id", ondelete="CASCADE"), index=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("specialist.id", ondelete="RESTRICT"))
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end: Mapped[dt.datetime] = mapped_column("end", UTCDateTime)
    status: Mapped[str] = mapped_column(String(20))


class Absence(Versioned, Base):
    """Time off: whole local days, end inclusive."""

    __tablename__ = "absence"
    __table_args__ = (
        CheckConstraint(_in("kind", ABSENCE_KINDS), name="kind"),
        CheckConstraint("end_date >= start_date", name="dates"),
        Index("ix_absence_specialist_start", "specialist_id", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    specialist_id: Mapped[int] = mapped_column(ForeignKey("specialist.id", ondelete="RESTRICT"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)

    specialist: Mapped[Specialist] = relationship(lazy="joined")


class Closure(Versioned, Base):
    """A day the organisation is closed beyond the statutory holidays."""

    __tablename__ = "closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(200))


class IssuedLetter(Base):
    """An engagement letter as issued: kept, never changed."""

    __tablename__ = "issued_letter"
    __table_args__ = (UniqueConstraint("engagement_id", "version", name="engagement_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id", ondelete="RESTRICT"))
    number: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(String(200))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    data_json: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what, when, with the record before and after (JSON)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str | None] = mapped_column(String(100))
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)


# PostgreSQL itself refuses two confirmed occurrences of one specialist that overlap (half-open
# ranges: back-to-back blocks are fine); needs btree_gist. Plain DDL rather than the dialect's
# ExcludeConstraint so that importing the models does not load the PostgreSQL dialect (start-up).
# The migration 0001 creates the same constraint; this serves metadata.create_all.
OVERLAP_CONSTRAINT = "no_confirmed_overlap"
event.listen(Occurrence.__table__, "before_create",
             DDL("CREATE EXTENSION IF NOT EXISTS btree_gist").execute_if(dialect="postgresql"))
event.listen(Occurrence.__table__, "after_create", DDL(
    f'ALTER TABLE occurrence ADD CONSTRAINT {OVERLAP_CONSTRAINT} EXCLUDE USING gist '
    "(specialist_id WITH =, tstzrange(start, \"end\") WITH &&) WHERE (status = 'confirmed')"
).execute_if(dialect="postgresql"))
