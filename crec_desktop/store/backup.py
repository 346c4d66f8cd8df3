"""`crec-desktop backup -o FILE`: a consistent copy of the database while others keep working.

- SQLite: SQLite's online backup API copies the whole database (letters and audit log included)
  page by page from a consistent snapshot, whatever other workstations are writing;
- PostgreSQL: an interchange export (every record the format carries) of one snapshot; the
  server's own tools (pg_dump) remain the administrator's full backup.

Either way the file appears complete or not at all: the copy is written beside it under a
temporary name, then renamed over it.
"""
from __future__ import annotations

import os
import pathlib
import sqlite3

from crec_desktop.domain.causes import os_cause
from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.store.db import Database

define({
    "backup.cannot_write": ("impossible d'écrire la copie {path} : {reason}", "cannot write the copy {path}: {reason}"),
    "backup.sqlite_failed": ("SQLite n'a pas pu copier la base", "SQLite could not copy the database"),
})


def backup(db: Database, path: pathlib.Path | str) -> pathlib.Path:
    """Write a consistent copy of db to path (replacing it) and return the path."""
    path = pathlib.Path(path).expanduser().resolve()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if db.is_sqlite:
            _sqlite_copy(db, tmp)
        else:
            from crec_desktop.store import interchange  # noqa: PLC0415

            tmp.write_text(interchange.export_text(db), encoding="utf-8")
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        reason = os_cause(exc) if isinstance(exc, OSError) else msg("backup.sqlite_failed")
        raise UserError(msg("backup.cannot_write", path=str(path), reason=reason)) from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _sqlite_copy(db: Database, target: pathlib.Path) -> None:
    target.unlink(missing_ok=True)
    dst = sqlite3.connect(str(target))
    try:
        with db.engine.connect() as conn:
            conn.connection.driver_connection.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        dst.commit()
    finally:
        dst.close()
