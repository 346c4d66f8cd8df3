"""Migrations: from empty to exactly the models' schema, and what start-up and `db upgrade` do
with a database behind or ahead of this version (on SQLite and on PostgreSQL).

A database "behind" is made with a test-only revision stacked on the real head: the real
migrations are copied into a temporary folder with one more revision, and the application is
pointed at that folder, so the database the real head made is one revision old.
"""
from __future__ import annotations

import itertools
import os
import shutil
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from crec_desktop import cli
from crec_desktop.config import Paths
from crec_desktop.domain.messages import UserError
from crec_desktop.store import migrate, models
from crec_desktop.store.db import init_db
from crec_desktop.store.session import open_database

BUILTIN_DOMAINS = {"hr", "government", "law", "ohs", "marketing", "finance", "events"}
NEXT_REVISION = "9999_test_next"
_names = itertools.count()


@pytest.fixture
def empty_url(tmp_path, backend):
    """The URL of a database with nothing in it (not even the schema)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    base = make_url(os.environ["CREC_TEST_DATABASE_URL"])
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"crec_mig_{os.getpid()}_{next(_names)}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")


@pytest.fixture
def step_ahead(tmp_path, monkeypatch):
    """Call it to make this version one revision ahead of the real head (a test-only revision);
    it returns the real head, the revision of databases made before the call."""
    real_head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{NEXT_REVISION}.py").write_text(
        f'"""Test only: one revision after the real head."""\n'
        f"from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = {NEXT_REVISION!r}\ndown_revision = {real_head!r}\n"
        f"branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade():\n    op.create_table('test_next', sa.Column('id', sa.Integer, primary_key=True))\n\n\n"
        f"def downgrade():\n    op.drop_table('test_next')\n",
        encoding="utf-8")

    def step() -> str:
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
        # start-up's shortcut constant, if present, moves with the head as in a real new version
        monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT_REVISION, raising=False)
        assert migrate.head_revision() == NEXT_REVISION
        return real_head

    return step


def schema_differences(db, metadata=models.Base.metadata) -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        return compare_metadata(context, metadata)


def snapshot(db) -> tuple:
    """What 'left untouched' is checked against: revision, tables, and the domains' rows."""
    with db.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        domains = conn.execute(text("SELECT id, code, name_fr, version FROM domain ORDER BY id")).all()
    return revision, sorted(inspect(db.engine).get_table_names()), domains


def mark_newer(db, revision: str = "ffff_from_the_future") -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


# --- from empty -----------------------------------------------------------------------------------

def test_migrations_from_empty_give_exactly_the_models_schema(empty_url):
    db = init_db(empty_url)
    try:
        assert migrate.state(db) == "empty"
        assert migrate.upgrade(db) is None
        assert migrate.state(db) == "current"
        assert migrate.current_revision(db) == migrate.head_revision()
        assert schema_differences(db) == []
    finally:
        db.dispose()


def test_schema_comparison_notices_a_model_change_without_a_migration(db):
    changed = MetaData()
    for table in models.Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["member"].append_column(Column("added_without_migration", Integer))
    differences = schema_differences(db, changed)
    assert [(d[0], d[3].name) for d in differences] == [("add_column", "added_without_migration")]


def test_upgrading_a_current_database_changes_nothing(db):
    before = snapshot(db)
    assert migrate.upgrade(db) == migrate.head_revision()
    assert snapshot(db) == before


def test_builtin_domains_and_organization_exist_after_migration(db):
    with db.read() as session:
        codes = set(session.scalars(select(models.DomainOfExpertise.code)))
        organizations = session.scalars(select(models.Organization)).all()
    assert codes == BUILTIN_DOMAINS
    assert [o.id for o in organizations] == [1]


def test_opening_an_empty_database_creates_the_schema(empty_url, paths):
    paths.ensure()
    db = open_database(empty_url, paths)
    try:
        assert migrate.state(db) == "current"
        assert not paths.backup_dir.exists()  # nothing to copy aside
    finally:
        db.dispose()


# --- a newer schema ---------------------------------------------------------------------------

def test_a_newer_schema_is_refused_by_upgrade_and_left_untouched(db):
    mark_newer(db)
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        migrate.upgrade(db)
    assert "ffff_from_the_future" in refused.value.text("en")
    assert "newer version" in refused.value.text("en")
    assert "plus récente" in refused.value.text("fr")
    assert snapshot(db) == before


def test_a_newer_schema_is_refused_on_opening_and_left_untouched(db, paths):
    mark_newer(db)
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        open_database(db.url, paths)
    assert "newer version" in refused.value.text("en")
    assert snapshot(db) == before
    assert not paths.backup_dir.exists()  # not even copied: nothing was going to change


def test_db_upgrade_command_refuses_a_newer_schema(db, crec_home, capsys):
    mark_newer(db)
    before = snapshot(db)
    assert cli.main(["--db", db.url, "db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert "version plus récente" in err and "ffff_from_the_future" in err
    assert "Traceback" not in err
    assert snapshot(db) == before


# --- an older schema --------------------------------------------------------------------------

def test_an_older_sqlite_file_is_copied_aside_then_upgraded_on_opening(paths, step_ahead):
    # Runs in both runs of the suite: the file is its own, whatever CREC_TEST_DATABASE_URL says.
    paths.ensure()
    url = f"sqlite:///{paths.database_file}"
    old = init_db(url)
    migrate.upgrade(old)
    old.dispose()
    previous = step_ahead()

    db = open_database(url, paths)
    try:
        assert migrate.current_revision(db) == NEXT_REVISION
        assert "test_next" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()

    copies = list(paths.backup_dir.glob("*.sqlite3"))
    assert len(copies) == 1 and "before-upgrade" in copies[0].name
    with sqlite3.connect(copies[0]) as conn:  # the copy opens, at the old revision, with its data
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
        assert {r[0] for r in conn.execute("SELECT code FROM domain")} == BUILTIN_DOMAINS
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'test_next'").fetchall()


def test_older_postgresql_is_not_upgraded_on_opening_but_by_db_upgrade(backend, db, paths, crec_home,
                                                                       step_ahead, capsys):
    if backend != "postgresql":
        pytest.skip("PostgreSQL only: set CREC_TEST_DATABASE_URL (the README's test command does)")
    step_ahead()
    assert migrate.state(db) == "older"
    before = snapshot(db)
    with pytest.raises(UserError) as refused:
        open_database(db.url, paths)
    assert "crec-desktop db upgrade" in refused.value.text("fr")
    assert "crec-desktop db upgrade" in refused.value.text("en")
    assert snapshot(db) == before

    assert cli.main(["--db", db.url, "db", "upgrade"]) == 0
    assert NEXT_REVISION in capsys.readouterr().out
    assert migrate.current_revision(db) == NEXT_REVISION
    assert "test_next" in inspect(db.engine).get_table_names()
    open_database(db.url, paths).dispose()  # and now it opens


def test_the_test_revision_really_makes_the_database_older(db, step_ahead):
    """Guards the two tests above: the database is current, then older once the version steps ahead."""
    assert migrate.state(db) == "current"
    assert step_ahead() == migrate.current_revision(db)
    assert migrate.state(db) == "older"


def test_db_upgrade_command_copies_an_older_sqlite_file_aside_first(crec_home, step_ahead, capsys):
    # Its own SQLite file, whatever CREC_TEST_DATABASE_URL says (like opening, above).
    paths = Paths.default().ensure()
    url = f"sqlite:///{paths.database_file}"
    old = init_db(url)
    migrate.upgrade(old)
    old.dispose()
    previous = step_ahead()

    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    out = capsys.readouterr().out
    copies = list(paths.backup_dir.glob("*before-upgrade*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in out
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
    db = init_db(url)
    try:
        assert migrate.current_revision(db) == NEXT_REVISION
    finally:
        db.dispose()
