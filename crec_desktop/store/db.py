"""The database binding: one `init_db(url)` gives a `Database`, with no global state.

SQLite is opened with foreign keys on, WAL, a busy timeout and a page cache big enough for the
5-year database (the checks of a booking change read scattered pages: a member's year, a
specialist's weeks); its write transactions start with BEGIN IMMEDIATE, so two workstations
writing the same file are serialised and every check made inside a write transaction still
holds when it commits. PostgreSQL runs at READ COMMITTED and enforces the no-overlap rule itself
(exclusion constraint, see schema.occurrence).

PostgreSQL connections are pooled without `pool_pre_ping` (a round trip before every session):
when a pooled connection is handed out, its socket is polled without waiting. An idle
connection has nothing to read, so anything readable means the server ended it (a restart, an
administrator's pg_terminate_backend, an idle timeout): the pool then opens a new one, and the
action goes on as if nothing happened. A connection lost silently (a network cut) is caught by
SQLAlchemy's own disconnect handling: the action fails, every pooled connection is replaced, and
the next action works; `pool_recycle` renews connections older than an hour. Reads run in
autocommit on PostgreSQL: at READ COMMITTED each statement sees its own snapshot anyway, so a
read transaction only added a BEGIN and a ROLLBACK round trip.

Three ways in: `read()` and `write()` give ORM sessions; `connect()` gives a Core connection
with the same read semantics as `read()`, for reads written with the tables of `store.schema`
(the window's start-up path). `sqlalchemy.orm` is imported when the first session is made, not
with this module: opening the window needs none (about a tenth of its start-up).
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import pathlib
import select
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, NoSuchModuleError

if TYPE_CHECKING:  # sqlalchemy.orm is imported when the first session is made (see _sessions)
    from sqlalchemy.orm import Session, sessionmaker

from crec_desktop.domain.clock import Clock
from crec_desktop.domain.messages import UserError, define, msg

define({
    "db.bad_url": ("adresse de base de données invalide : {url}", "invalid database URL: {url}"),
    "db.unsupported": ("type de base de données non pris en charge : {name} (SQLite ou PostgreSQL seulement)",
                       "unsupported database type: {name} (SQLite or PostgreSQL only)"),
    "db.missing_folder": ("le dossier de la base de données n'existe pas : {path}",
                          "the database folder does not exist: {path}"),
    "db.unreachable": ("impossible d'ouvrir la base de données {url} : {reason}",
                       "cannot open the database {url}: {reason}"),
})

SQLITE_BUSY_TIMEOUT_MS = 15000
SQLITE_CACHE_KIB = 32768     # per connection, taken as pages are read (the 5-year demo is ~26 MB)
POOL_RECYCLE_S = 3600


@dataclasses.dataclass
class Database:
    """An engine and its sessions. `read()` for queries, `write()` for a transaction,
    `connect()` for Core reads; and the clock every use of this database reads the time from."""

    url: str
    engine: Engine
    _read_bind: Engine     # the engine with the options of reads (autocommit on PostgreSQL)
    _write_bind: Engine    # ... and of writes (BEGIN IMMEDIATE on SQLite)
    clock: Clock = dataclasses.field(default_factory=Clock)
    _makers: tuple[sessionmaker, sessionmaker] | None = dataclasses.field(default=None, repr=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection that reads as `read()` does: on SQLite one deferred transaction
        from its first statement to the end (one consistent snapshot), on PostgreSQL autocommit
        (each statement its own snapshot); rolled back and given back to the pool at the end."""
        with self._read_bind.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """An ORM session for queries (its connection as `connect()` gives them)."""
        with self._sessions()[0](info={"clock": self.clock}) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error."""
        with self._sessions()[1](info={"clock": self.clock}) as session, session.begin():
            yield session

    def _sessions(self) -> tuple[sessionmaker, sessionmaker]:
        """The read and write session factories, made (and sqlalchemy.orm imported) on first use."""
        if self._makers is None:
            from sqlalchemy.orm import sessionmaker  # noqa: PLC0415 - not on the start-up path

            self._makers = (sessionmaker(self._read_bind, expire_on_commit=False),
                            sessionmaker(self._write_bind, expire_on_commit=False))
        return self._makers

    def dispose(self) -> None:
        self.engine.dispose()


def session_clock(session: Session) -> Clock:
    """The clock of the Database that made this session (its `read()` or `write()`): code that
    works inside a session reads the time the way the rest of its database does."""
    try:
        return session.info["clock"]
    except KeyError:
        raise RuntimeError("this session was not made by Database.read() or write(): it has no clock") from None


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy's 'begin' event, not the driver, start transactions.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


RACE_SQLSTATES = ("40P01", "40001")  # PostgreSQL: deadlock detected, serialization failure


def lost_race(exc: BaseException) -> bool:
    """True when the database cancelled this transaction to let a concurrent one through (a
    deadlock PostgreSQL broke, a serialization failure): running it again, in a new
    transaction that sees what the other one committed, is the answer. Two inserts checking the
    same exclusion constraint at once can deadlock that way (PostgreSQL waits on each other's
    uncommitted row)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in RACE_SQLSTATES


RACE_ATTEMPTS = 3
T = TypeVar("T")


def retried(attempt: Callable[[], T], *, attempts: int = RACE_ATTEMPTS) -> T:
    """attempt() — one whole write transaction — called again while the database cancels it
    to let a concurrent one through (`lost_race`), up to `attempts` times; the last
    cancellation is raised for the caller to put in its user's words."""
    for number in range(1, attempts + 1):
        try:
            return attempt()
        except DBAPIError as exc:
            if number == attempts or not lost_race(exc):
                raise
            logging.getLogger(__name__).warning("transaction cancelled by the database (%s), attempt %d of %d",
                                                str(exc.orig).splitlines()[0], number, attempts)
    raise AssertionError("not reached")


def ended_by_server(dbapi_conn) -> bool:
    """True when an idle PostgreSQL connection was closed by the server: it is marked closed, or
    its socket has something to read (the server's farewell message, or the end of the stream)."""
    if getattr(dbapi_conn, "closed", False):
        return True
    try:
        fd = dbapi_conn.pgconn.socket
        readable, _, _ = select.select([fd], [], [], 0)
    except Exception:  # noqa: BLE001 - no socket to poll: the connection is unusable
        return True
    return bool(readable)


def _postgresql_setup(engine: Engine) -> None:
    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn, _record, _proxy):
        if ended_by_server(dbapi_conn):
            raise DisconnectionError("the server closed this pooled connection")  # the pool reconnects


def init_db(url: str, *, echo: bool = False, clock: Clock | None = None) -> Database:
    """Bind to the database at url (SQLite file or PostgreSQL). Does not create or migrate.
    `clock` is the time every use of it reads (default: the system's)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(msg("db.bad_url", url=url)) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise UserError(msg("db.unsupported", name=backend))
    kwargs: dict = {"echo": echo}
    if backend == "sqlite":
        path = parsed.database
        if path and path != ":memory:" and not pathlib.Path(path).parent.exists():
            raise UserError(msg("db.missing_folder", path=str(pathlib.Path(path).parent)))
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    else:
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        kwargs.update(pool_recycle=POOL_RECYCLE_S, connect_args={"connect_timeout": 10})
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise UserError(msg("db.bad_url", url=url)) from exc
    if backend == "sqlite":
        _sqlite_setup(engine)
        read_bind, write_bind = engine, engine.execution_options(sqlite_begin="IMMEDIATE")
    else:
        _postgresql_setup(engine)
        read_bind, write_bind = engine.execution_options(isolation_level="AUTOCOMMIT"), engine
    return Database(url=url, engine=engine, _read_bind=read_bind, _write_bind=write_bind, clock=clock or Clock())
