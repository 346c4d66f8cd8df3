"""The database as files: import and export of interchange files, and the backup copy.

The one way the window and the command line load, write and copy whole databases (the store
does the work; this is where who may do it will be checked):

    summary = import_file(db, user, path, lang="fr")   # all or nothing; UserError listing every problem
    export_file(db, path)                               # every record, written whole or not at all
    copy = backup_copy(db, path)                        # a consistent copy while others keep working
"""
from __future__ import annotations

import pathlib

from crec_desktop.files import write_bytes_atomically
from crec_desktop.services.users import CurrentUser
from crec_desktop.store import backup, interchange
from crec_desktop.store.db import Database
from crec_desktop.store.interchange import ImportSummary


def import_file(db: Database, user: CurrentUser, path: pathlib.Path, *, lang: str = "fr") -> ImportSummary:
    """Load the interchange file at path as user (the audit names them), all or nothing."""
    return interchange.import_file(db, pathlib.Path(path), actor=user.login, lang=lang)


def export_file(db: Database, path: pathlib.Path) -> None:
    """Write every record to path as an interchange file (UTF-8), replacing it whole."""
    write_bytes_atomically(pathlib.Path(path), interchange.export_text(db).encode("utf-8"))


def backup_copy(db: Database, path: pathlib.Path) -> pathlib.Path:
    """A consistent copy of the database at path (SQLite: the file; PostgreSQL: an export)."""
    return backup.backup(db, pathlib.Path(path))


__all__ = ["ImportSummary", "backup_copy", "export_file", "import_file"]
