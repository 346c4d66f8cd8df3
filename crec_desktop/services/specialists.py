"""Specialists: create, edit, deactivate (or delete one without history); their list, and what
their form shows beside the fields (absences, load this month). Administrators only.

    out = create_specialist(db, user, SpecialistState(key="mlavoie", name="Marie-Ève Lavoie", …))
    update_specialist(db, user, "mlavoie", version, title="Avocate", domains=("law",))
    deactivate_specialist(db, user, "mlavoie", version)
    list_specialists(db)          # SpecialistRow, by name
    specialist_record(db, "mlavoie")   # the state and version the editor starts from
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from crec_desktop.domain import validation as v
from crec_desktop.domain.messages import Message, define, msg
from crec_desktop.services import permissions
from crec_desktop.services.availability import SpecialistLoad, compute_loads
from crec_desktop.services.changes import Outcome
from crec_desktop.services.records import (
    KEEP,
    NOT_KEY,
    Record,
    RecordError,
    RecordKind,
    ascii_lower,
    count,
    dec,
    dec_text,
    free_key,
    normalised,
    read_record,
    reference_messages,
    replaced,
    save,
)
from crec_desktop.services.users import ADMIN, CurrentUser, normalise_login
from crec_desktop.services.writer import Plan, register
from crec_desktop.store.db import Database
from crec_desktop.store.models import (
    ROLES,
    Absence,
    Booking,
    DomainOfExpertise,
    Engagement,
    Specialist,
    specialist_domain,
)

SPECIALIST = "specialist"

define({
    "field.title": ("Titre", "Title"),
    "field.login": ("Identifiant de connexion", "Login"),
    "field.role": ("Rôle", "Role"),
    "field.weekly_hours": ("Heures par semaine", "Hours per week"),
    "field.workday": ("Heures de travail", "Working hours"),
    "field.colour": ("Couleur", "Colour"),
    "field.domains": ("Domaines", "Domains"),
    "specialist.bad_role": ("rôle inconnu : « {value} »", "unknown role: \"{value}\""),
    "specialist.last_admin": ("Il doit rester au moins un administrateur actif.",
                              "There must remain at least one active administrator."),
    "action.specialist.create": ("ajouter le spécialiste", "add the specialist"),
    "action.specialist.edit": ("modifier le spécialiste", "edit the specialist"),
    "action.specialist.deactivate": ("désactiver le spécialiste", "deactivate the specialist"),
    "action.specialist.reactivate": ("réactiver le spécialiste", "reactivate the specialist"),
    "action.specialist.delete": ("supprimer le spécialiste", "delete the specialist"),
})

LABELS = {name: msg(f"field.{label}") for name, label in (
    ("key", "key"), ("name", "name"), ("title", "title"), ("email", "email"), ("phone", "phone"),
    ("login", "login"), ("role", "role"), ("hourly_rate", "hourly_rate"), ("weekly_hours", "weekly_hours"),
    ("workday_start", "workday"), ("workday_end", "workday"), ("colour", "colour"), ("domains", "domains"))}


@dataclasses.dataclass(frozen=True)
class SpecialistState:
    """A specialist's editable fields (amounts and hours as strings: see services.records)."""

    key: str
    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    login: str | None = None
    role: str = "specialist"
    hourly_rate: str | None = None
    weekly_hours: str = "35.00"
    workday_start: dt.time = dt.time(8, 30)
    workday_end: dt.time = dt.time(16, 30)
    colour: str | None = None
    active: bool = True
    domains: tuple[str, ...] = ()  # domain codes, main one first


class SpecialistKind(RecordKind):
    entity = SPECIALIST
    model = Specialist
    key_column = "key"
    permission = permissions.SPECIALIST_EDIT
    labels = LABELS

    def snapshot(self, row: Specialist) -> SpecialistState:
        return SpecialistState(row.key, row.name, row.title, row.email, row.phone, row.login, row.role,
                               dec_text(row.hourly_rate), dec_text(row.weekly_hours), row.workday_start,
                               row.workday_end, row.colour, bool(row.active), tuple(d.code for d in row.domains))

    def assign(self, row: Specialist, state: SpecialistState) -> None:
        for name in ("key", "name", "title", "email", "phone", "login", "role", "workday_start", "workday_end",
                     "colour", "active"):
            setattr(row, name, getattr(state, name))
        row.hourly_rate = dec(state.hourly_rate)
        row.weekly_hours = dec(state.weekly_hours)

    def display_name(self, row) -> str:
        return row.name

    def field_problems(self, session: Session, s: SpecialistState) -> list[tuple[str, Message]]:
        checks = [
            ("key", v.key_problem(s.key)),
            ("name", v.text_problem(s.name, required=True)),
            ("title", v.text_problem(s.title)),
            ("email", v.email_problem(s.email)),
            ("phone", v.phone_problem(s.phone)),
            ("login", v.login_problem(s.login)),
            ("role", None if s.role in ROLES else msg("specialist.bad_role", value=s.role)),
            ("hourly_rate", v.money_problem(dec(s.hourly_rate))),
            ("weekly_hours", v.hours_problem(dec(s.weekly_hours), required=True, maximum=v.MAX_WEEKLY_HOURS)),
            ("workday_end", v.times_problem(s.workday_start, s.workday_end)),
            ("colour", v.colour_problem(s.colour)),
        ]
        out = [(name, problem) for name, problem in checks if problem is not None]
        known = set(session.scalars(select(DomainOfExpertise.code)))
        for code in s.domains:
            if code not in known:
                out.append(("domains", msg("rules.unknown_domain", value=code)))
        if len(set(s.domains)) != len(s.domains):
            out.append(("domains", msg("rules.duplicate_domain", value=next(c for c in s.domains if s.domains.count(c) > 1))))
        return out

    def check_plans(self, session: Session, plans: Sequence[Plan]) -> None:
        for p in plans:
            after, row_id = p.after, p.row_id
            if after is None:
                continue
            if after.login:
                other = session.execute(select(Specialist.id, Specialist.name).where(
                    func.lower(Specialist.login) == normalise_login(after.login))).first()
                if other is not None and other.id != row_id:
                    self.refuse("login", msg("rules.login_taken", value=after.login, other=other.name))
            if p.before is not None and p.before.role == ADMIN and p.before.active and (
                    after.role != ADMIN or not after.active):
                admins = session.execute(select(func.count()).where(
                    Specialist.role == ADMIN, Specialist.active.is_(True), Specialist.id != row_id)).scalar()
                if not admins:
                    self.refuse("role" if after.active else "active", msg("specialist.last_admin"))

    def refuse(self, field: str, problem: Message) -> None:
        raise RecordError([(field, problem)], self.labels)

    def after_flush(self, session: Session, plans: Sequence[Plan]) -> None:
        """The domains, in order (the position column the relationship does not write)."""
        for p in plans:
            if p.after is None or (p.before is not None and p.before.domains == p.after.domains):
                continue
            ids = dict(session.execute(select(DomainOfExpertise.code, DomainOfExpertise.id)).all())
            session.execute(delete(specialist_domain).where(specialist_domain.c.specialist_id == p.row.id))
            session.execute(insert(specialist_domain), [
                {"specialist_id": p.row.id, "domain_id": ids[code], "position": i}
                for i, code in enumerate(p.after.domains)])
            session.expire(p.row, ["domains"])

    def references(self, session: Session, row: Specialist) -> list[Message]:
        return reference_messages([
            ("bookings", count(session, Booking.specialist_id, row.id)),
            ("absences", count(session, Absence.specialist_id, row.id)),
            ("led", count(session, Engagement.lead_id, row.id)),
        ])


SPECIALISTS = register(SpecialistKind())


def _state(**fields) -> dict:
    """The values an editor or a script gives, tidied (see records.normalised)."""
    if "domains" in fields and fields["domains"] is not KEEP:
        fields["domains"] = tuple(fields["domains"])
    if isinstance(fields.get("colour"), str) and fields["colour"].strip():
        checked = v.parse_colour(fields["colour"])
        fields["colour"] = checked.value if checked.ok else fields["colour"].strip()
    return normalised(SPECIALISTS, fields, texts=("title", "email", "login", "colour"), required=("name", "key"),
                      phones=("phone",), amounts=("hourly_rate",), hours=("weekly_hours",))


def create_specialist(db: Database, user: CurrentUser, state: SpecialistState) -> Outcome:
    state = SpecialistState(**_state(**dataclasses.asdict(state)))
    return save(db, user, SPECIALISTS, "specialist.create", state.key, None, lambda _: state)


def update_specialist(db: Database, user: CurrentUser, key: str, version: int, **changes) -> Outcome:
    """Change the fields given (the key stays: it is the specialist's identity in exchanges)."""
    changes.pop("key", None)
    fields = _state(**changes)
    return save(db, user, SPECIALISTS, "specialist.edit", key, version, lambda before: replaced(before, **fields))


def deactivate_specialist(db: Database, user: CurrentUser, key: str, version: int) -> Outcome:
    """No longer planned nor able to log in as themselves; their history stays."""
    return save(db, user, SPECIALISTS, "specialist.deactivate", key, version,
                lambda before: replaced(before, active=False))


def reactivate_specialist(db: Database, user: CurrentUser, key: str, version: int) -> Outcome:
    return save(db, user, SPECIALISTS, "specialist.reactivate", key, version,
                lambda before: replaced(before, active=True))


def delete_specialist(db: Database, user: CurrentUser, key: str, version: int) -> Outcome:
    """Only a specialist nothing refers to (entered by mistake); refused with the reason otherwise."""
    return save(db, user, SPECIALISTS, "specialist.delete", key, version, lambda _: None)


# --- reads -------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class SpecialistRow:
    """One line of the specialists' list."""

    id: int
    version: int
    key: str
    name: str
    title: str | None
    email: str | None
    phone: str | None
    login: str | None
    role: str
    hourly_rate: Decimal | None
    weekly_hours: Decimal
    workday_start: dt.time
    workday_end: dt.time
    colour: str | None
    active: bool
    domains: tuple[str, ...]
    month_booked: Decimal | None = None    # hours booked this month (confirmed and tentative)
    month_expected: Decimal | None = None  # hours expected this month
    month_load: Decimal | None = None      # booked / expected


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def list_specialists(db: Database, *, day: dt.date | None = None) -> list[SpecialistRow]:
    """Every specialist (active or not), by name, with their load over the month of day (default: today)."""
    first, last = month_bounds(day or db.clock.today())
    with db.read() as session:
        rows = session.scalars(select(Specialist).order_by(Specialist.name, Specialist.key)).all()
        loads = {load.specialist_id: load.total()
                 for load in compute_loads(session.connection(), first, last, include_inactive=True)}
        out = []
        for r in rows:
            total = loads.get(r.id)
            out.append(SpecialistRow(
                r.id, r.version, r.key, r.name, r.title, r.email, r.phone, r.login, r.role, r.hourly_rate,
                Decimal(r.weekly_hours), r.workday_start, r.workday_end, r.colour, bool(r.active),
                tuple(d.code for d in r.domains),
                total.booked_hours if total else None, total.expected_hours if total else None,
                total.utilisation if total else None))
        return out


def specialist_record(db: Database, key: str) -> Record:
    return read_record(db, SPECIALISTS, key)


@dataclasses.dataclass(frozen=True)
class AbsenceLine:
    id: int
    version: int
    start_date: dt.date
    end_date: dt.date
    kind: str
    note: str | None


def specialist_absences(db: Database, specialist_id: int, *, since: dt.date | None = None) -> list[AbsenceLine]:
    """The specialist's absences (ending on or after `since`, if given), soonest first."""
    with db.read() as session:
        query = select(Absence.id, Absence.version, Absence.start_date, Absence.end_date, Absence.kind,
                       Absence.note).where(Absence.specialist_id == specialist_id)
        if since is not None:
            query = query.where(Absence.end_date >= since)
        return [AbsenceLine(*row) for row in session.execute(query.order_by(Absence.start_date))]


def specialist_month_load(db: Database, specialist_id: int, day: dt.date) -> SpecialistLoad | None:
    """The specialist's days over the month of `day` (expected, booked, why a day is off)."""
    first, last = month_bounds(day)
    with db.read() as session:
        loads = compute_loads(session.connection(), first, last, [specialist_id])
    return loads[0] if loads else None


def suggest_key(db: Database, name: str) -> str:
    """A free key from a name: 'Marie-Ève Lavoie' → 'mlavoie' (then 'mlavoie2', …)."""
    words = [w for w in re.split(r"[\s]+", ascii_lower(name)) if w]
    if not words:
        return ""
    if len(words) == 1:
        base = NOT_KEY.sub("", words[0])
    else:
        base = NOT_KEY.sub("", words[0])[:1] + NOT_KEY.sub("", "".join(words[1:]))
    return free_key(db, Specialist.key, base[:36] or "specialiste")
