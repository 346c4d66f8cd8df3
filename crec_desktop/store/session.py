"""Opening the database the way the application and its commands do.

Connects, turns "cannot connect" into a clear message, and brings the schema up to date as
start-up must (store.migrate.ensure_current): an empty database gets the schema, an older SQLite
file is copied aside then upgraded, a newer schema is refused.
"""
from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, OperationalError

from crec_desktop.config import Paths, display_url
from crec_desktop.domain.clock import Clock
from crec_desktop.domain.messages import UserError, msg
from crec_desktop.store import migrate
from crec_desktop.store.db import Database, init_db

log = logging.getLogger(__name__)


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def open_database(url: str, paths: Paths, *, upgrade: bool = True, clock: Clock | None = None) -> Database:
    """A ready-to-use Database at url (reading the time from `clock`), or a UserError that says why not."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:" and url == f"sqlite:///{paths.database_file}":
        paths.ensure()  # the default file lives in the user data folder: create the folder
    db = init_db(url, clock=clock)
    try:
        if upgrade:
            copy = migrate.ensure_current(db, paths.backup_dir)
            if copy:
                log.info("database %s upgraded; the previous copy is %s", display_url(url), copy)
        else:
            migrate.state(db)  # connects: reports an unreachable server now, not later
    except (OperationalError, DBAPIError) as exc:
        db.dispose()
        log.warning("cannot open %s: %s", display_url(url), exc)
        raise UserError(msg("db.unreachable", url=display_url(url), reason=_reason(exc))) from None
    except UserError:
        db.dispose()
        raise
    return db
