"""Bringing a database's schema to this version's: `crec-desktop db upgrade` and start-up.

- an empty database is given the whole schema;
- an SQLite file behind this version is copied aside (online backup) and then upgraded;
- a PostgreSQL database behind this version is upgraded by `crec-desktop db upgrade` only (an
  administrator's act: other workstations may still run the older version);
- a database whose schema is newer than this version knows is refused, never touched.
"""
from __future__ import annotations

import pathlib
import sqlite3

from sqlalchemy import inspect

from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.store.db import Database

define({
    "db.schema_newer": (
        "la base de données a été créée par une version plus récente de crec-desktop (schéma {found}) ; "
        "installez la dernière version de l'application",
        "the database was made by a newer version of crec-desktop (schema {found}); "
        "install the latest version of the application"),
    "db.schema_older": (
        "le schéma de la base de données ({found}) est plus ancien que celui de cette version ({head}) ; "
        "l'administrateur doit lancer « crec-desktop db upgrade »",
        "the database schema ({found}) is older than this version's ({head}); "
        "the administrator must run \"crec-desktop db upgrade\""),
    "db.not_crec": ("cette base de données contient des tables qui ne sont pas celles de crec-desktop",
                    "this database holds tables that are not crec-desktop's"),
})

MIGRATIONS = pathlib.Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Start-up compares the database's stamp with it
# in plain SQL, so that opening a current database does not import Alembic (about a third of
# start-up); tests/ui/test_startup.py checks it against Alembic's real head.
HEAD_REVISION = "0001"


def _config(connection=None):
    from alembic.config import Config  # noqa: PLC0415 - Alembic only when migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def state(db: Database) -> str:
    """'empty', 'current', 'older', 'newer' or 'foreign'."""
    revision = current_revision(db)
    if revision is None:
        tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
        return "foreign" if tables else "empty"
    if revision == head_revision():
        return "current"
    return "older" if revision in known_revisions() else "newer"


def upgrade(db: Database) -> str | None:
    """Upgrade to head (refusing a newer schema). Returns the revision it started from."""
    found = current_revision(db)
    status = state(db)
    if status == "newer":
        raise UserError(msg("db.schema_newer", found=found))
    if status == "foreign":
        raise UserError(msg("db.not_crec"))
    if status == "current":
        return found
    from alembic import command  # noqa: PLC0415

    with db.engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    return found


def backup_sqlite(db: Database, folder: pathlib.Path, reason: str = "backup") -> pathlib.Path:
    """A consistent copy of an SQLite database through SQLite's online backup API."""
    source_path = db.engine.url.database
    folder.mkdir(parents=True, exist_ok=True)
    stamp = db.clock.local_now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{pathlib.Path(source_path).stem}-{reason}-{stamp}.sqlite3"
    copy_sqlite(pathlib.Path(source_path), target)
    return target


def copy_sqlite(source: pathlib.Path, target: pathlib.Path) -> None:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def stamped_revision(db: Database) -> str | None:
    """The revision stamped in alembic_version, read in plain SQL (None if there is none)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        stamps = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return stamps[0] if len(stamps) == 1 else None


def ensure_current(db: Database, backup_folder: pathlib.Path) -> pathlib.Path | None:
    """What start-up does: create or upgrade an SQLite file (copying it aside first), refuse
    a newer schema, and ask for `db upgrade` on an older shared PostgreSQL database.

    Returns the path of the copy made before an upgrade, if any.
    """
    if stamped_revision(db) == HEAD_REVISION:  # the usual case, decided without Alembic
        return None
    status = state(db)
    if status == "current":
        return None
    if status == "newer":
        raise UserError(msg("db.schema_newer", found=current_revision(db)))
    if status == "foreign":
        raise UserError(msg("db.not_crec"))
    if status == "empty":
        upgrade(db)
        return None
    if not db.is_sqlite:
        raise UserError(msg("db.schema_older", found=current_revision(db), head=head_revision()))
    copy = backup_sqlite(db, backup_folder, reason="before-upgrade")
    upgrade(db)
    return copy
