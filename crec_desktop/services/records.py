"""What the records' services share: specialists, members, engagements and the organisation's
settings go through the same write path as bookings (`services.writer`).

Each kind of record is a `RecordKind` (the writer's `Kind` protocol): found by its stable key
(specialist and member `key`, engagement `number`, organisation id 1), snapshotted into a frozen
state, checked field by field with `domain.validation` (the editors run the same rules), and
written with the permission checked in the service, an audit entry, and the version the user
saw compared with the one in the database (StaleEdit naming who changed it, and when).

Records with history are deactivated, not deleted: deleting one that other records refer to
(bookings, absences, engagements, issued letters) is refused with the reason, counted.

    save(db, user, SPECIALISTS, "specialist.edit", key, version, lambda before: …)  # an Outcome
    RecordError.fields   # {field name: Message}: what the editors show beside each field

Amounts and hours are kept in states as strings ("92.50"), so that the audit log can write them
as JSON; `dec()` reads them back as Decimal. New keys are suggested from names (`ascii_lower`,
`NOT_KEY`) and made free with a number (`free_key`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crec_desktop.domain import validation as v
from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.domain.validation import field_problem
from crec_desktop.services import permissions
from crec_desktop.services.changes import Outcome
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import Plan, apply, load_for_edit, run
from crec_desktop.store.db import Database

define({
    "field.key": ("Identifiant", "Key"),
    "field.name": ("Nom", "Name"),
    "field.email": ("Courriel", "E-mail"),
    "field.phone": ("Téléphone", "Phone"),
    "field.hourly_rate": ("Taux horaire", "Hourly rate"),
    "field.short_name": ("Sigle ou nom court", "Acronym or short name"),
    "field.address": ("Adresse", "Address"),
    "records.conflict": ("Un autre poste vient d'enregistrer un enregistrement avec le même identifiant ; "
                         "rien n'a été changé.",
                         "Another workstation has just saved a record with the same key; nothing was changed."),
    "records.not_found": ("Cet enregistrement n'existe pas : « {value} ».", "No such record: \"{value}\"."),
    "records.delete_refused": ("« {name} » ne peut pas être supprimé : d'autres enregistrements y font "
                               "référence. Désactivez-le plutôt ; son historique restera intact.",
                               "\"{name}\" cannot be deleted: other records refer to it. Deactivate it instead; "
                               "its history will stay intact."),
    "records.refs.bookings": ("— {count} {count|réservation|réservations}", "— {count} {count|booking|bookings}"),
    "records.refs.absences": ("— {count} {count|absence|absences}", "— {count} {count|absence|absences}"),
    "records.refs.engagements": ("— {count} {count|mandat|mandats}", "— {count} {count|engagement|engagements}"),
    "records.refs.led": ("— {count} {count|mandat|mandats} dont il ou elle est responsable",
                         "— {count} {count|engagement|engagements} they lead"),
    "records.refs.letters": ("— {count} {count|lettre d'entente émise|lettres d'entente émises}",
                            "— {count} issued engagement {count|letter|letters}"),
    "records.duplicate_key": ("L'identifiant « {value} » est déjà utilisé par {other}.",
                              "The key \"{value}\" is already used by {other}."),
})

_KEEP = object()
KEEP = _KEEP  # "leave this field as it is" in the update functions


class RecordError(UserError):
    """Refused values, each tied to its field: `fields` maps a field name to its problem (the
    editors show it beside the field); `text()` says them all, each with its field's label."""

    def __init__(self, problems: Sequence[tuple[str, Message]], labels: dict[str, Message]):
        self.fields: dict[str, Message] = {}
        for name, problem in problems:
            self.fields.setdefault(name, problem)
        super().__init__(*(field_problem(labels[n], p) if n in labels else p for n, p in problems))


def dec(value: str | None) -> Decimal | None:
    """A state's amount or hours as Decimal."""
    return None if value is None else Decimal(value)


def dec_text(value: Decimal | str | int | None) -> str | None:
    """An amount or hours as a state keeps it: '92.50'."""
    if value is None or value == "":
        return None
    return f"{Decimal(value).quantize(Decimal('0.01')):f}"


def strip_or_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def normalised(kind: RecordKind, fields: dict, *, texts: Sequence[str] = (), required: Sequence[str] = (),
               phones: Sequence[str] = (), amounts: Sequence[str] = (), hours: Sequence[str] = ()) -> dict:
    """The fields given to a create or update function, tidied the way the editors tidy them:
    text trimmed (empty → None), phone numbers written the Quebec way, amounts and hours as
    state strings ('92.50'); an amount that is not a number is refused here."""
    out = dict(fields)
    for name in texts:
        if isinstance(out.get(name), str):
            out[name] = strip_or_none(out[name])
    for name in required:
        if isinstance(out.get(name), str):
            out[name] = out[name].strip()
    for name in phones:
        if isinstance(out.get(name), str):
            checked = v.parse_phone(out[name])
            out[name] = checked.value if checked.ok else out[name].strip()
    problems = []
    for names, key in ((amounts, "valid.money"), (hours, "valid.hours")):
        for name in names:
            value = out.get(name, _KEEP)
            if value is _KEEP or value is None:
                continue
            if isinstance(value, str):
                if not value.strip():
                    out[name] = None
                    continue
                value = v.read_decimal(value.strip())
                if value is None:
                    problems.append((name, msg(key)))
                    continue
            value = Decimal(value)
            # more than cents stays as it is, for the field's rule to refuse (never rounded silently)
            out[name] = f"{value:f}" if v.decimal_places(value) > 2 else dec_text(value)
    if problems:
        raise RecordError(problems, kind.labels)
    return out


class RecordKind:
    """A record found by a stable key column, edited under one permission (the writer's Kind)."""

    entity: str
    model: type
    key_column: str
    permission: str
    labels: dict[str, Message] = {}

    # --- found and written --------------------------------------------------------------------
    def find(self, session: Session, key):
        if key is None:
            return None
        column = getattr(self.model, self.key_column)
        return session.execute(select(self.model).where(column == key)).scalar_one_or_none()

    def key_of(self, row):
        return getattr(row, self.key_column)

    def new_row(self, state, key=None):
        row = self.model()
        self.assign(row, state)
        return row

    def snapshot(self, row):  # pragma: no cover - each kind has its own
        raise NotImplementedError

    def assign(self, row, state) -> None:
        for field in dataclasses.fields(state):
            setattr(row, field.name, self.to_column(field.name, getattr(state, field.name)))

    def to_column(self, name: str, value):
        return value

    # --- checked ------------------------------------------------------------------------------
    def require(self, user: CurrentUser, before, after) -> None:
        permissions.require(user, self.permission)

    def field_problems(self, session: Session, state) -> list[tuple[str, Message]]:
        return []

    def problems(self, session: Session, state) -> list[Message]:
        found = self.field_problems(session, state)
        if found:
            raise RecordError(found, self.labels)
        return []

    def check_plans(self, session: Session, plans: Sequence[Plan]) -> None:
        pass

    def references(self, session: Session, row) -> list[Message]:
        """What refers to row (one message per kind of reference): deletion is refused if any."""
        return []

    def display_name(self, row) -> str:
        return str(self.key_of(row))

    def before_delete(self, session: Session, row) -> None:
        refs = self.references(session, row)
        if refs:
            raise UserError(msg("records.delete_refused", name=self.display_name(row)), *refs)

    def after_flush(self, session: Session, plans: Sequence[Plan]) -> None:
        pass

    def warnings(self, session: Session, plans: Sequence[Plan]) -> list[Message]:
        return []

    def conflict_error(self, session: Session, plans) -> UserError:
        return UserError(msg("records.conflict"))


@dataclasses.dataclass(frozen=True)
class Record:
    """What an editor starts from: the state, its version, who saved it last and when."""

    id: int
    state: object
    version: int
    updated_by: str | None
    updated_at: dt.datetime | None

    @classmethod
    def of(cls, kind: RecordKind, row) -> Record:
        return cls(row.id, kind.snapshot(row), row.version, row.updated_by, row.updated_at)


def read_record(db: Database, kind: RecordKind, key) -> Record:
    """The record under key, for an editor (UserError when there is none)."""
    with db.read() as session:
        row = kind.find(session, key)
        if row is None:
            raise UserError(msg("records.not_found", value=key))
        return Record.of(kind, row)


def count(session: Session, column, value) -> int:
    """How many rows have column == value (a reference count)."""
    return session.execute(select(func.count()).where(column == value)).scalar() or 0


def reference_messages(counts: Iterable[tuple[str, int]]) -> list[Message]:
    return [msg(f"records.refs.{name}", count=n) for name, n in counts if n]


def save(db: Database, user: CurrentUser, kind: RecordKind, action: str, key, version: int | None,
         make_after: Callable) -> Outcome:
    """One record's change in one write transaction: the row the user saw at `version` (None: a
    new record under `key`), its new state `make_after(before)` (None: delete), checked, written,
    audited."""
    def work(session: Session) -> Outcome:
        row = load_for_edit(session, kind, key, version) if version is not None else None
        before = kind.snapshot(row) if row is not None else None
        after = make_after(before)
        if row is None and after is not None:
            existing = kind.find(session, key)
            if existing is not None:
                raise RecordError([(kind.key_column, msg("records.duplicate_key", value=key,
                                                         other=kind.display_name(existing)))], kind.labels)
        return apply(session, user, kind, action, [Plan(row, before, after)])

    return run(db, work)


NOT_KEY = re.compile(r"[^a-z0-9]+")  # what a suggested key leaves out


def ascii_lower(text: str) -> str:
    """text without its accents, in lower case: 'Côté' → 'cote' (what keys are suggested from)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def free_key(db: Database, column, base: str, separator: str = "") -> str:
    """base, if no row has it in column; else the first free of base + separator + 2, 3, …"""
    with db.read() as session:
        taken = set(session.scalars(select(column).where(column.like(f"{base}%"))))
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}{separator}{n}", n + 1
    return candidate


def replaced(state, **changes):
    """state with the fields given (KEEP leaves a field as it is)."""
    return dataclasses.replace(state, **{k: v for k, v in changes.items() if v is not _KEEP})
