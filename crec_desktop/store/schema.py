"""The tables, as SQLAlchemy Core `Table` objects on one `MetaData` (no ORM).

The ORM classes of `store.models` are mapped onto these tables; the reads on the window's
start-up path (`services.users`, `planning`, `agenda`, `availability`) use them directly, with
`Database.connect()`, so that opening the window imports neither `sqlalchemy.orm` nor the
models (together about a sixth of start-up). Alembic's migrations must give exactly this
schema (tests/store/test_migrations.py compares them on SQLite and PostgreSQL).

Conventions:
- `required(...)` is a NOT NULL column; a plain `Column` may be null;
- instants are `UTCDateTime` (aware, UTC in the database); local days are `Date`;
- money is `Numeric(10, 2)` read as Decimal; hours are `Numeric(9, 2)`;
- every record a person edits carries `version` (optimistic locking: the ORM refuses to save
  over a row someone else changed) and `updated_at` / `updated_by` (`_versioned()`, last);
- stable keys (`key`, `number`, `uid`) are what the interchange format and the user see; integer
  ids are internal.

A repeating booking is one `booking` row (its first occurrence, its RRULE and exceptions) and one
`occurrence` row per occurrence, kept in step by the store. The occurrences serve "what overlaps
this window" with one indexed range query, and on PostgreSQL carry the exclusion constraint that
keeps confirmed bookings of one specialist from overlapping, even between two workstations.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    DDL,
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
    UniqueConstraint,
    event,
)

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

metadata = MetaData(naming_convention=NAMING)


def required(name: str, *args, **kwargs) -> Column:
    """A NOT NULL column."""
    return Column(name, *args, nullable=False, **kwargs)


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _refers(name: str, target: str, ondelete: str, *, nullable: bool = False, **kwargs) -> Column:
    """An integer column referring to target ('table.id')."""
    return Column(name, Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, **kwargs)


def _versioned() -> tuple[Column, ...]:
    """Optimistic locking and who-changed-it, for records that people edit (see models.Versioned)."""
    return (required("version", Integer, default=1), Column("updated_at", UTCDateTime),
            Column("updated_by", String(200)))


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


organization = Table(
    "organization", metadata,  # the organisation's settings: one row (id 1)
    _id(),
    required("name", String(200)),
    Column("short_name", String(200)),
    Column("address", Text),
    Column("city", String(200)),
    Column("phone", String(200)),
    Column("email", String(200)),
    Column("gst_number", String(200)),
    Column("qst_number", String(200)),
    Column("signatory_name", String(200)),
    Column("signatory_title", String(200)),
    Column("logo_png", LargeBinary),
    required("easter_holiday", String(20), default="good_friday"),
    required("fiscal_year_start_month", Integer, default=4),
    required("carry_over", String(10), default="none"),
    Column("carry_over_cap_hours", Hours),
    required("payment_terms_days", Integer, default=30),
    *_versioned(),
    CheckConstraint(_in("easter_holiday", EASTER_CHOICES), name="easter"),
    CheckConstraint(_in("carry_over", CARRY_OVER_RULES), name="carry_over"),
    CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_month"),
)

domain = Table(
    "domain", metadata,  # a domain of expertise
    _id(),
    required("code", String(40), unique=True),
    required("name_fr", String(200)),
    Column("name_en", String(200)),
    *_versioned(),
)

specialist = Table(
    "specialist", metadata,
    _id(),
    required("key", String(40), unique=True),
    required("name", String(200)),
    Column("title", String(200)),
    Column("email", String(200)),
    Column("phone", String(200)),
    Column("login", String(200), unique=True),
    required("role", String(20), default="specialist"),
    Column("hourly_rate", Money),
    required("weekly_hours", Hours, default=Decimal("35")),
    required("workday_start", Time, default=dt.time(8, 30)),
    required("workday_end", Time, default=dt.time(16, 30)),
    Column("colour", String(7)),
    required("active", Boolean, default=True),
    *_versioned(),
    CheckConstraint(_in("role", ROLES), name="role"),
    CheckConstraint("weekly_hours >= 0 AND weekly_hours <= 80", name="weekly_hours"),
)

specialist_domain = Table(
    "specialist_domain", metadata,  # a specialist's domains, in their order (position)
    Column("specialist_id", ForeignKey("specialist.id", ondelete="CASCADE"), primary_key=True),
    Column("domain_id", ForeignKey("domain.id", ondelete="RESTRICT"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)

member = Table(
    "member", metadata,
    _id(),
    required("key", String(40), unique=True),
    required("name", String(200)),
    Column("short_name", String(200)),
    required("kind", String(20)),
    Column("sector", String(200)),
    Column("region", String(2)),
    Column("contact_name", String(200)),
    Column("contact_title", String(200)),
    Column("email", String(200)),
    Column("phone", String(200)),
    Column("address", Text),
    Column("hour_bank", Hours),
    required("active", Boolean, default=True),
    *_versioned(),
    CheckConstraint(_in("kind", MEMBER_KINDS), name="kind"),
)

engagement = Table(
    "engagement", metadata,
    _id(),
    required("number", String(40), unique=True),
    _refers("member_id", "member.id", "RESTRICT", index=True),
    _refers("domain_id", "domain.id", "RESTRICT"),
    _refers("lead_id", "specialist.id", "RESTRICT", nullable=True),
    required("title", String(200)),
    Column("scope", Text),
    # Sections of the engagement letter beyond the scope (not in the interchange format).
    Column("context", Text),
    Column("deliverables", Text),
    Column("exclusions", Text),
    Column("budget_hours", Hours),
    Column("hourly_rate", Money),
    required("taxable", Boolean, default=True),
    required("language", String(2), default="fr"),
    required("status", String(20), default="draft"),
    Column("start_date", Date),
    Column("end_date", Date),
    *_versioned(),
    CheckConstraint(_in("status", ENGAGEMENT_STATUSES), name="status"),
    CheckConstraint(_in("language", ("fr", "en")), name="language"),
    CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"),
)

booking = Table(
    "booking", metadata,  # a block of a specialist's time; with rrule, the first of a series
    _id(),
    required("uid", String(64), unique=True),
    _refers("specialist_id", "specialist.id", "RESTRICT"),
    _refers("engagement_id", "engagement.id", "RESTRICT", nullable=True, index=True),
    required("start", UTCDateTime),
    required("end", UTCDateTime),
    required("status", String(20), default="confirmed"),
    Column("location", String(200)),
    Column("note", Text),
    Column("rrule", String(500)),
    Column("exdates", InstantList, default=list),
    # End of the last occurrence (== end for a single booking): bounds the series in queries.
    required("series_end", UTCDateTime),
    *_versioned(),
    CheckConstraint(_in("status", BOOKING_STATUSES), name="status"),
    CheckConstraint('"end" > start', name="order"),
    Index("ix_booking_specialist_start", "specialist_id", "start"),
    Index("ix_booking_start", "start"),
)

occurrence = Table(
    "occurrence", metadata,  # one occurrence of a booking (a single booking has one): derived, never edited
    _id(),
    _refers("booking_id", "booking.id", "CASCADE", index=True),
    _refers("specialist_id", "specialist.id", "RESTRICT"),
    required("start", UTCDateTime),
    required("end", UTCDateTime),
    required("status", String(20)),
    CheckConstraint('"end" > start', name="order"),
    Index("ix_occurrence_start", "start"),
    Index("ix_occurrence_specialist_start", "specialist_id", "start"),
)

absence = Table(
    "absence", metadata,  # time off: whole local days, end inclusive
    _id(),
    _refers("specialist_id", "specialist.id", "RESTRICT"),
    required("start_date", Date),
    required("end_date", Date),
    required("kind", String(20)),
    Column("note", Text),
    *_versioned(),
    CheckConstraint(_in("kind", ABSENCE_KINDS), name="kind"),
    CheckConstraint("end_date >= start_date", name="dates"),
    Index("ix_absence_specialist_start", "specialist_id", "start_date"),
)

closure = Table(
    "closure", metadata,  # a day the organisation is closed beyond the statutory holidays
    _id(),
    required("date", Date, index=True),
    required("name", String(200)),
    *_versioned(),
)

issued_letter = Table(
    "issued_letter", metadata,  # an engagement letter as issued: kept, never changed
    _id(),
    _refers("engagement_id", "engagement.id", "RESTRICT"),
    required("number", String(60)),
    required("version", Integer),
    required("language", String(2)),
    required("issued_at", UTCDateTime),
    required("issued_by", String(200)),
    required("pdf", LargeBinary),
    required("sha256", String(64)),
    required("data_json", Text),
    UniqueConstraint("engagement_id", "version", name="engagement_version"),
)

audit_entry = Table(
    "audit_entry", metadata,  # who changed what, when, with the record before and after (JSON)
    _id(),
    required("at", UTCDateTime, index=True),
    required("actor", String(200)),
    required("action", String(60)),
    required("entity", String(40)),
    Column("entity_key", String(100)),
    Column("before_json", Text),
    Column("after_json", Text),
    Index("ix_audit_entity", "entity", "entity_key"),
)

# PostgreSQL itself refuses two confirmed occurrences of one specialist that overlap (half-open
# ranges: back-to-back blocks are fine); needs btree_gist. Plain DDL rather than the dialect's
# ExcludeConstraint so that importing the schema does not load the PostgreSQL dialect (start-up).
# The migration 0001 creates the same constraint; this serves metadata.create_all.
OVERLAP_CONSTRAINT = "no_confirmed_overlap"
event.listen(occurrence, "before_create",
             DDL("CREATE EXTENSION IF NOT EXISTS btree_gist").execute_if(dialect="postgresql"))
event.listen(occurrence, "after_create", DDL(
    f'ALTER TABLE occurrence ADD CONSTRAINT {OVERLAP_CONSTRAINT} EXCLUDE USING gist '
    "(specialist_id WITH =, tstzrange(start, \"end\") WITH &&) WHERE (status = 'confirmed')"
).execute_if(dialect="postgresql"))
