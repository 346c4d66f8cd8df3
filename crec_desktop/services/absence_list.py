"""The absences' list and what the absence editor starts from. The changes themselves go
through `services.absences` (create_absence, change_absence, delete_absence).

    list_absences(db, since=dt.date(2026, 1, 1))   # AbsenceRow, soonest first
    absence_record(db, absence_id)                 # state and version for the editor
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from crec_desktop.domain.messages import UserError, msg
from crec_desktop.services.absences import ABSENCES
from crec_desktop.services.availability import read_org_calendar
from crec_desktop.services.records import Record
from crec_desktop.store.db import Database
from crec_desktop.store.models import Absence, Specialist


@dataclasses.dataclass(frozen=True)
class AbsenceRow:
    id: int
    version: int
    specialist_id: int
    specialist_name: str
    specialist_active: bool
    start_date: dt.date
    end_date: dt.date
    kind: str
    note: str | None
    working_days: int  # weekdays that are neither statutory holidays nor closures


def list_absences(db: Database, *, since: dt.date | None = None,
                  specialist_id: int | None = None) -> list[AbsenceRow]:
    """Absences (ending on or after `since`, of one specialist if given), by start date."""
    with db.read() as session:
        query = (select(Absence.id, Absence.version, Absence.specialist_id, Specialist.name, Specialist.active,
                        Absence.start_date, Absence.end_date, Absence.kind, Absence.note)
                 .join(Specialist, Specialist.id == Absence.specialist_id)
                 .order_by(Absence.start_date, Specialist.name))
        if since is not None:
            query = query.where(Absence.end_date >= since)
        if specialist_id is not None:
            query = query.where(Absence.specialist_id == specialist_id)
        rows = session.execute(query).all()
        if not rows:
            return []
        calendar = read_org_calendar(session.connection(), min(r.start_date for r in rows),
                                     max(r.end_date for r in rows))
    out = []
    for r in rows:
        days, day = 0, r.start_date
        while day <= r.end_date:
            if day.weekday() < 5 and not calendar.is_closed(day):
                days += 1
            day += dt.timedelta(days=1)
        out.append(AbsenceRow(r.id, r.version, r.specialist_id, r.name, bool(r.active), r.start_date, r.end_date,
                              r.kind, r.note, days))
    return out


def absence_record(db: Database, absence_id: int) -> Record:
    with db.read() as session:
        row = ABSENCES.find(session, absence_id)
        if row is None:
            raise UserError(msg("records.not_found", value=absence_id))
        return Record(row.id, ABSENCES.snapshot(row), row.version, row.updated_by, row.updated_at)
