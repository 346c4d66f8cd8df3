"""Absences (a specialist's days off) and closures (days the organisation is closed):
create, change, delete — checked, version-guarded, audited and undoable like bookings.

An absence covers whole local days, end inclusive; a specialist may record their own, a
coordinator anyone's. Closures are organisation settings (administrators). Both warn, without
refusing, when bookings already fall on those days.

    out = create_absence(db, user, specialist_id=7, start_date=d1, end_date=d2, kind="vacation")
    change_absence(db, user, out.main.key, out.main.version, end_date=d3)
    undo(db, user, out.undo)        # scheduling.undo works too
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crec_desktop.domain import rules
from crec_desktop.domain.messages import Message, define, msg
from crec_desktop.domain.timeutil import MAX_BOOKING, range_bounds
from crec_desktop.services import permissions
from crec_desktop.services.changes import ABSENCE, CLOSURE, AbsenceState, ClosureState, Outcome
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.wording import date_param
from crec_desktop.services.writer import Plan, apply, load_for_edit, register, run
from crec_desktop.store.db import Database
from crec_desktop.store.models import ABSENCE_KINDS, Absence, Closure, Occurrence, Specialist

define({
    "absence.bad_kind": ("type d'absence invalide : « {value} »", "invalid kind of absence: \"{value}\""),
    "closure.no_name": ("la fermeture doit avoir un nom", "the closure needs a name"),
    "closure.name_too_long": ("le nom de la fermeture dépasse 200 caractères", "the closure's name is longer than 200 characters"),
    "warn.absence_bookings": ("{specialist} a {count} {count|réservation|réservations} pendant cette absence (à partir du {date})",
                              "{specialist} has {count} {count|booking|bookings} during this absence (from {date})"),
    "warn.closure_bookings": ("{count} {count|réservation tombe|réservations tombent} sur cette fermeture ({date})",
                              "{count} {count|booking falls|bookings fall} on this closure ({date})"),
})

_KEEP = object()


def _bookings_between(session: Session, first: dt.date, last: dt.date, specialist_id: int | None = None) -> int:
    lo, hi = range_bounds(first, last)
    o = Occurrence.__table__.c
    query = select(func.count()).select_from(Occurrence).where(o.start >= lo - MAX_BOOKING, o.start < hi, o.end > lo)
    if specialist_id is not None:
        query = query.where(o.specialist_id == specialist_id)
    return session.execute(query).scalar() or 0


class _Simple:
    """What absences and closures share: rows by id, no derived data, no overlap rule."""

    model: type

    def find(self, session: Session, key):
        return session.get(self.model, key) if key is not None else None

    def key_of(self, row) -> int:
        return row.id

    def new_row(self, state, key=None):
        row = self.model() if key is None else self.model(id=key)  # an undone deletion keeps its id
        self.assign(row, state)
        return row

    def check_plans(self, session: Session, plans: Sequence[Plan]) -> None:
        pass

    def before_delete(self, session: Session, row) -> None:
        pass

    def after_flush(self, session: Session, plans: Sequence[Plan]) -> None:
        pass

    def conflict_error(self, session: Session, plans):
        raise RuntimeError("absences and closures have no database conflict rule")


class AbsenceKind(_Simple):
    entity = ABSENCE
    model = Absence

    def snapshot(self, row: Absence) -> AbsenceState:
        return AbsenceState(row.specialist_id, row.start_date, row.end_date, row.kind, row.note)

    def assign(self, row: Absence, state: AbsenceState) -> None:
        row.specialist_id, row.start_date, row.end_date = state.specialist_id, state.start_date, state.end_date
        row.kind, row.note = state.kind, state.note

    def require(self, user: CurrentUser, before, after) -> None:
        owners = {s.specialist_id for s in (before, after) if s is not None}
        permissions.require(user, permissions.ABSENCE_EDIT, *sorted(owners))

    def problems(self, session: Session, state: AbsenceState) -> list[Message]:
        out = []
        if session.get(Specialist, state.specialist_id) is None:
            out.append(msg("rules.unknown_specialist", value=state.specialist_id))
        problem = rules.date_range(state.start_date, state.end_date)
        if problem is not None:
            out.append(problem)
        if state.kind not in ABSENCE_KINDS:
            out.append(msg("absence.bad_kind", value=state.kind))
        return out

    def warnings(self, session: Session, plans: Sequence[Plan]) -> list[Message]:
        out = []
        for p in plans:
            a = p.after
            if a is None or a.end_date < a.start_date:
                continue
            count = _bookings_between(session, a.start_date, a.end_date, a.specialist_id)
            if count:
                name = session.get(Specialist, a.specialist_id).name
                out.append(msg("warn.absence_bookings", specialist=name, count=count, date=date_param(a.start_date)))
        return out


class ClosureKind(_Simple):
    entity = CLOSURE
    model = Closure

    def snapshot(self, row: Closure) -> ClosureState:
        return ClosureState(row.date, row.name)

    def assign(self, row: Closure, state: ClosureState) -> None:
        row.date, row.name = state.date, state.name

    def require(self, user: CurrentUser, before, after) -> None:
        permissions.require(user, permissions.CLOSURE_EDIT)

    def problems(self, session: Session, state: ClosureState) -> list[Message]:
        name = (state.name or "").strip()
        if not name:
            return [msg("closure.no_name")]
        if len(name) > 200:
            return [msg("closure.name_too_long")]
        return []

    def warnings(self, session: Session, plans: Sequence[Plan]) -> list[Message]:
        out = []
        for p in plans:
            if p.after is not None:
                count = _bookings_between(session, p.after.date, p.after.date)
                if count:
                    out.append(msg("warn.closure_bookings", count=count, date=date_param(p.after.date)))
        return out


ABSENCES = register(AbsenceKind())
CLOSURES = register(ClosureKind())


def _change(db: Database, user: CurrentUser, kind, action: str, key: int | None, version: int | None,
            make_after) -> Outcome:
    def work(session: Session) -> Outcome:
        row = load_for_edit(session, kind, key, version) if key is not None else None
        before = kind.snapshot(row) if row is not None else None
        return apply(session, user, kind, action, [Plan(row, before, make_after(before))])

    return run(db, work)


def _replaced(state, **changes):
    return dataclasses.replace(state, **{k: v for k, v in changes.items() if v is not _KEEP})


def create_absence(db: Database, user: CurrentUser, *, specialist_id: int, start_date: dt.date, end_date: dt.date,
                   kind: str = "vacation", note: str | None = None) -> Outcome:
    state = AbsenceState(specialist_id, start_date, end_date, kind, note or None)
    return _change(db, user, ABSENCES, "absence.create", None, None, lambda _: state)


def change_absence(db: Database, user: CurrentUser, absence_id: int, version: int, *, specialist_id=_KEEP,
                   start_date=_KEEP, end_date=_KEEP, kind=_KEEP, note=_KEEP) -> Outcome:
    return _change(db, user, ABSENCES, "absence.edit", absence_id, version, lambda before: _replaced(
        before, specialist_id=specialist_id, start_date=start_date, end_date=end_date, kind=kind, note=note))


def delete_absence(db: Database, user: CurrentUser, absence_id: int, version: int) -> Outcome:
    return _change(db, user, ABSENCES, "absence.delete", absence_id, version, lambda _: None)


def create_closure(db: Database, user: CurrentUser, *, date: dt.date, name: str) -> Outcome:
    state = ClosureState(date, (name or "").strip())
    return _change(db, user, CLOSURES, "closure.create", None, None, lambda _: state)


def change_closure(db: Database, user: CurrentUser, closure_id: int, version: int, *, date=_KEEP,
                   name=_KEEP) -> Outcome:
    return _change(db, user, CLOSURES, "closure.edit", closure_id, version,
                   lambda before: _replaced(before, date=date, name=name.strip() if isinstance(name, str) else name))


def delete_closure(db: Database, user: CurrentUser, closure_id: int, version: int) -> Outcome:
    return _change(db, user, CLOSURES, "closure.delete", closure_id, version, lambda _: None)
