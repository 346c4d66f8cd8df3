"""The one path by which scheduling operations write: checks, write, audit, undo — in one transaction.

An operation (see `scheduling`, `absences`) reads the records it acts on inside a write
transaction (`Database.write()`: BEGIN IMMEDIATE on SQLite), compares their versions with the
ones the user saw (`load_for_edit`: StaleEdit otherwise), computes the new states, and hands
`apply()` a list of `Plan`s (record, state before, state after). `apply()`:

1. checks the user's permission for every record before and after;
2. refuses, with every reason at once, states that break the rules (the record kind's `problems`
   and `check_plans`: for bookings, the instants, references, repetition and the confirmed-overlap
   rule against what the database holds in this same transaction);
3. writes the rows (updated_by / updated_at set, versions bumped by SQLAlchemy) and what derives
   from them (occurrences);
4. computes the warnings that do not refuse;
5. writes one audit entry per record, before and after;
6. returns an `Outcome` whose `undo` restores the states before, guarded by the versions after.

`restore()` runs such an undo (or redo) through the very same steps. `run()` wraps a whole
operation: PostgreSQL's exclusion-constraint refusal and a concurrent save (StaleDataError)
become the same user messages as the checks give; a transaction PostgreSQL cancelled to break a
deadlock with another workstation (two bookings inserted into the same slot at the same
instant can wait on each other in the exclusion constraint) is run again from the start, and its
checks then see what the other one committed.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.services import audit
from crec_desktop.services.changes import Changed, Outcome, Restore, RestoreItem, StaleEdit, State, unique_messages
from crec_desktop.services.users import CurrentUser, normalise_login
from crec_desktop.services.wording import date_param, time_param
from crec_desktop.store.db import RACE_ATTEMPTS, Database, lost_race, retried, session_clock
from crec_desktop.store.models import Specialist

define({
    "write.busy": ("un autre poste écrivait au même moment et la base de données a annulé cette modification ; "
                   "rien n'a été changé, réessayez",
                   "another workstation was writing at the same moment and the database cancelled this change; "
                   "nothing was changed, try again"),
})

ATTEMPTS = RACE_ATTEMPTS


class Kind(Protocol):
    """How the writer handles one kind of record (bookings, absences, closures)."""

    entity: str

    def find(self, session: Session, key) -> object | None: ...
    def key_of(self, row) -> str | int: ...
    def snapshot(self, row) -> State: ...
    def new_row(self, state: State, key=None) -> object: ...
    def assign(self, row, state: State) -> None: ...
    def require(self, user: CurrentUser, before: State | None, after: State | None) -> None: ...
    def problems(self, session: Session, state: State) -> list[Message]: ...
    def check_plans(self, session: Session, plans: Sequence[Plan]) -> None: ...
    def before_delete(self, session: Session, row) -> None: ...
    def after_flush(self, session: Session, plans: Sequence[Plan]) -> None: ...
    def warnings(self, session: Session, plans: Sequence[Plan]) -> list[Message]: ...
    def conflict_error(self, session: Session, plans: Sequence[Plan]) -> UserError: ...


@dataclasses.dataclass
class Plan:
    """One record to change: its row (None to create), its state before (None: new) and after
    (None: delete)."""

    row: object | None
    before: State | None
    after: State | None
    row_id: int | None = None  # the existing row's id and key, kept for messages after a rollback
    row_key: str | int | None = None
    new_key: str | int | None = None  # the key to create the record under (undo of a deletion)


class _ConcurrentSave(Exception):
    """StaleDataError inside a flush: someone else saved the row between our read and our write."""

    def __init__(self, entity: str, key):
        super().__init__(entity, key)
        self.entity, self.key = entity, key


def stale_error(session: Session, kind: Kind, key, row=None) -> StaleEdit:
    """The StaleEdit message naming who changed (or deleted) the record, and when."""
    if row is None:
        row = kind.find(session, key)
    if row is None:
        gone = audit.last_deletion(session, kind.entity, key)
        if gone is None:
            return StaleEdit(msg("stale.deleted_unknown"))
        return StaleEdit(msg("stale.deleted", who=_person(session, gone.actor), date=date_param(gone.at), time=time_param(gone.at)))
    if row.updated_by and row.updated_at:
        return StaleEdit(msg("stale.changed", who=_person(session, row.updated_by), date=date_param(row.updated_at),
                             time=time_param(row.updated_at)))
    return StaleEdit(msg("stale.changed_unknown"))


def _person(session: Session, login: str) -> str:
    """'Marie Tremblay (mtremblay)' when the login is a specialist's, else the login."""
    name = session.execute(select(Specialist.name).where(func.lower(Specialist.login) == normalise_login(login))).scalar()
    return f"{name} ({login})" if name else login


def load_for_edit(session: Session, kind: Kind, key, seen_version: int | None):
    """The row to change, refused with StaleEdit when its version is not the one the user saw
    (seen_version None: the record must not exist)."""
    row = kind.find(session, key)
    if seen_version is None:
        if row is not None:
            raise StaleEdit(msg("stale.exists"))
        return None
    if row is None or row.version != seen_version:
        raise stale_error(session, kind, key, row)
    return row


def apply(session: Session, user: CurrentUser, kind: Kind, action: str, plans: Sequence[Plan], *,
          mode: str = "do") -> Outcome:
    """Check, write, warn, audit; returns the Outcome with its undo. Raises UserError on refusal.

    mode is "do" for an operation, "undo" or "redo" when running a Restore: it names the audit
    action ("booking.move.undo") and makes the returned Restore a redo after an undo."""
    plans = [p for p in plans if p.before != p.after or p.row is None and p.after is not None]
    for p in plans:
        if p.row is not None:
            p.row_id, p.row_key = p.row.id, kind.key_of(p.row)
    for p in plans:
        kind.require(user, p.before, p.after)
    problems: list[Message] = []
    for p in plans:
        if p.after is not None:
            problems.extend(kind.problems(session, p.after))
    if problems:
        raise UserError(*unique_messages(problems))
    kind.check_plans(session, plans)

    now = session_clock(session).now()
    before_versions = {id(p): (p.row.version if p.row is not None else None) for p in plans}
    for p in plans:
        if p.after is None:
            if p.row is not None:
                kind.before_delete(session, p.row)
                session.delete(p.row)
            continue
        if p.row is None:
            p.row = kind.new_row(p.after, p.new_key)
            session.add(p.row)
        else:
            kind.assign(p.row, p.after)
        p.row.updated_by = user.login
        p.row.updated_at = now
    try:
        session.flush()
        kind.after_flush(session, plans)
    except StaleDataError:
        stale = next((p for p in plans if p.row_key is not None), None)
        raise _ConcurrentSave(kind.entity, stale.row_key if stale else None) from None
    except IntegrityError as exc:
        raise _Conflict(kind, plans, exc) from None

    warnings = kind.warnings(session, plans)
    changed, items = [], []
    for p in plans:
        key = kind.key_of(p.row)
        version = p.row.version if p.after is not None else None
        audit.record(session, user, action if mode == "do" else f"{action}.{mode}", kind.entity, key, p.before, p.after, at=now,
                     before_version=before_versions[id(p)], after_version=version)
        changed.append(Changed(kind.entity, key, version, p.before, p.after))
        items.append(RestoreItem(kind.entity, key, version, p.before, p.after))
    session.flush()
    return Outcome(action, tuple(changed), unique_messages(warnings),
                   Restore(action, tuple(items), redo=(mode == "undo")))


class _Conflict(Exception):
    """The database refused the write (PostgreSQL exclusion constraint): turned into a UserError
    once the transaction is rolled back."""

    def __init__(self, kind: Kind, plans, exc: IntegrityError):
        super().__init__(str(exc))
        self.kind, self.plans, self.exc = kind, plans, exc


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    KINDS[kind.entity] = kind
    return kind


def run(db: Database, work: Callable[[Session], Outcome]) -> Outcome:
    """Run an operation in one write transaction, turning concurrent-write failures into UserErrors.
    `work` is run again, in a new transaction, when the database cancelled the first to break a
    deadlock (up to ATTEMPTS times; then the user is told nothing changed)."""
    try:
        return retried(lambda: _run_once(db, work), attempts=ATTEMPTS)
    except DBAPIError as exc:
        if lost_race(exc):
            raise UserError(msg("write.busy")) from None
        raise


def _run_once(db: Database, work: Callable[[Session], Outcome]) -> Outcome:
    try:
        with db.write() as session:
            return work(session)
    except _ConcurrentSave as exc:
        kind = KINDS[exc.entity]
        with db.read() as session:
            raise stale_error(session, kind, exc.key) from None
    except _Conflict as exc:
        with db.read() as session:
            raise exc.kind.conflict_error(session, exc.plans) from exc.exc


def _own_undo_chain(kind: Kind, row, item: RestoreItem, user: CurrentUser) -> bool:
    """The record moved on only through this user's operations undone since (see RestoreItem)."""
    return (item.expected is not None and normalise_login(row.updated_by or "") == normalise_login(user.login)
            and kind.snapshot(row) == item.expected)


def restore(db: Database, user: CurrentUser, undo: Restore) -> Outcome:
    """Undo (or redo) an operation: put back the states of `undo`, checked like any operation."""
    if not undo.items:
        return Outcome(undo.action, (), (), Restore(undo.action, (), redo=not undo.redo))
    kind = KINDS[undo.items[0].entity]

    def work(session: Session) -> Outcome:
        plans = []
        for item in undo.items:
            row = kind.find(session, item.key)
            if item.version is None:
                if row is not None:
                    raise StaleEdit(msg("stale.exists"))
            elif row is None:
                raise stale_error(session, kind, item.key)
            elif row.version != item.version and not _own_undo_chain(kind, row, item, user):
                raise stale_error(session, kind, item.key, row)
            before = kind.snapshot(row) if row is not None else None
            plans.append(Plan(row, before, item.state, new_key=item.key))
        return apply(session, user, kind, undo.action, plans, mode="redo" if undo.redo else "undo")

    return run(db, work)
