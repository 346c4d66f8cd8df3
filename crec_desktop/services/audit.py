"""The audit log: who changed what, when, with the record before and after, as JSON.

Every scheduling operation writes its entries in the same transaction as the change itself (so
a change without its entry cannot exist). Entries are never edited.

    record(session, user, "booking.move", "booking", uid, before_state, after_state)
    entries(db, "booking", uid)   # newest last
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crec_desktop.domain.timeutil import format_instant
from crec_desktop.services.changes import State
from crec_desktop.services.users import CurrentUser
from crec_desktop.store.db import Database, session_clock
from crec_desktop.store.models import AuditEntry


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return format_instant(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def state_json(state: State | None, version: int | None = None) -> str | None:
    """A state as stable JSON (instants local with their offset), with its version if known."""
    if state is None:
        return None
    data = {k: _plain(v) for k, v in dataclasses.asdict(state).items()}
    if version is not None:
        data["version"] = version
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def record(session: Session, user: CurrentUser, action: str, entity: str, key: str | int | None,
           before: State | None, after: State | None, *, at: dt.datetime | None = None,
           before_version: int | None = None, after_version: int | None = None) -> AuditEntry:
    entry = AuditEntry(at=at or session_clock(session).now(), actor=user.login, action=action, entity=entity,
                       entity_key=None if key is None else str(key),
                       before_json=state_json(before, before_version), after_json=state_json(after, after_version))
    session.add(entry)
    return entry


@dataclasses.dataclass(frozen=True)
class AuditView:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    key: str | None
    before: dict | None
    after: dict | None


def read_entries(session: Session, entity: str | None = None, key: str | int | None = None,
                 limit: int | None = None) -> list[AuditView]:
    """Entries, oldest first (optionally of one entity / record)."""
    query = select(AuditEntry).order_by(AuditEntry.id)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if key is not None:
        query = query.where(AuditEntry.entity_key == str(key))
    rows = session.execute(query).scalars().all()
    if limit is not None:
        rows = rows[-limit:]
    return [AuditView(r.at, r.actor, r.action, r.entity, r.entity_key,
                      json.loads(r.before_json) if r.before_json else None,
                      json.loads(r.after_json) if r.after_json else None) for r in rows]


def entries(db: Database, entity: str | None = None, key: str | int | None = None,
            limit: int | None = None) -> list[AuditView]:
    with db.read() as session:
        return read_entries(session, entity, key, limit)


def last_deletion(session: Session, entity: str, key: str | int) -> AuditView | None:
    """Who deleted that record, and when (for the stale-edit message)."""
    row = session.execute(
        select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_key == str(key),
                                 AuditEntry.after_json.is_(None))
        .order_by(AuditEntry.id.desc()).limit(1)).scalar()
    if row is None:
        return None
    return AuditView(row.at, row.actor, row.action, row.entity, row.entity_key, None, None)
