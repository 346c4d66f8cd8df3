"""Shared fixtures: a fresh, migrated database per test, on SQLite or on PostgreSQL.

The suite runs on SQLite by default. With CREC_TEST_DATABASE_URL set to a PostgreSQL URL
(.ci/run starts a throw-away server and sets it), every database fixture is a PostgreSQL
database instead, so the same tests run on both.
"""
from __future__ import annotations

import itertools
import os
import pathlib
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from crec_desktop.domain.clock import Clock  # noqa: E402
from crec_desktop.domain.timeutil import local  # noqa: E402
from crec_desktop.store import migrate  # noqa: E402
from crec_desktop.store.db import Database, init_db  # noqa: E402
from crec_desktop.store.models import Base  # noqa: E402

# In CI the property-based tests run the same examples every time (a red CI run is reproducible,
# never a matter of luck); locally they explore new examples on each run.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

TEST_DB_ENV = "CREC_TEST_DATABASE_URL"
ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def pytest_report_header(config):
    url = os.environ.get(TEST_DB_ENV)
    return f"crec-desktop database under test: {url or 'SQLite (temporary files)'}"


@pytest.fixture(scope="session")
def backend() -> str:
    """'postgresql' when the suite runs against PostgreSQL, else 'sqlite'."""
    url = os.environ.get(TEST_DB_ENV)
    return make_url(url).get_backend_name() if url else "sqlite"


class _PostgresDatabases:
    """Databases on the test server: a migrated template, copied per test (CREATE ... TEMPLATE)."""

    def __init__(self, url: str):
        self.base = make_url(url)
        self.admin = create_engine(self.base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        self.counter = itertools.count()
        self.template = f"crec_tpl_{os.getpid()}"
        self._drop(self.template)
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.template}"'))
        db = init_db(self._url(self.template))
        migrate.upgrade(db)
        db.dispose()

    def _url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def create(self) -> str:
        name = f"crec_t{os.getpid()}_{next(self.counter)}"
        self._drop(name)
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        return self._url(name)

    def drop(self, url: str) -> None:
        self._drop(make_url(url).database)

    def close(self) -> None:
        self._drop(self.template)
        self.admin.dispose()


class _SqliteDatabases:
    """SQLite files copied from one migrated template file."""

    def __init__(self, folder: pathlib.Path):
        self.folder = folder
        self.template = folder / "template.sqlite3"
        self.counter = itertools.count()
        db = init_db(f"sqlite:///{self.template}")
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()

    def create(self) -> str:
        path = self.folder / f"test-{next(self.counter)}.sqlite3"
        shutil.copyfile(self.template, path)
        return f"sqlite:///{path}"

    def drop(self, url: str) -> None:
        path = pathlib.Path(make_url(url).database)
        for suffix in ("", "-wal", "-shm"):
            pathlib.Path(f"{path}{suffix}").unlink(missing_ok=True)

    def close(self) -> None:
        pass


@pytest.fixture(scope="session")
def _databases(tmp_path_factory):
    url = os.environ.get(TEST_DB_ENV)
    if url:
        factory = _PostgresDatabases(url)
    else:
        factory = _SqliteDatabases(tmp_path_factory.mktemp("sqlite"))
    yield factory
    factory.close()


# The instant every test starts at, whatever the day the suite runs: Wednesday 25 November 2026,
# 10:00 in Toronto, in the week of the samples (tests/ui/sample.py, tests/ui/grid/conftest.py).
FROZEN_AT = local(2026, 11, 25, 10)


@pytest.fixture
def clock() -> Clock:
    """The one clock of a test, frozen at FROZEN_AT: every database the test makes reads it, and
    so do the services, the window and the commands run in process. `clock.set(instant)` or
    `clock.advance(delta)` moves it."""
    return Clock.frozen(FROZEN_AT)


@pytest.fixture
def make_db(_databases, clock):
    """Call it to get another fresh, migrated, empty database (a `Database`) on the test's clock."""
    made: list[Database] = []

    def make() -> Database:
        db = init_db(_databases.create(), clock=clock)
        made.append(db)
        return db

    yield make
    for db in made:
        db.dispose()
        _databases.drop(db.url)


@pytest.fixture
def db(make_db) -> Database:
    """A fresh, migrated database holding only the built-in domains and default settings."""
    return make_db()


@pytest.fixture
def db_url(db) -> str:
    return db.url


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path | None:
    """../shared when it exists (tests may compare against it; none may need it)."""
    return SHARED if SHARED.is_dir() else None


@pytest.fixture
def crec_home(tmp_path, monkeypatch) -> pathlib.Path:
    """A private CREC_HOME (data and logs) for tests that run the command line or the app."""
    home = tmp_path / "home"
    monkeypatch.setenv("CREC_HOME", str(home))
    monkeypatch.delenv("CREC_DATABASE_URL", raising=False)
    monkeypatch.delenv("CREC_LANG", raising=False)
    return home


assert Base.metadata.tables  # models imported: the schema exists for migrations
