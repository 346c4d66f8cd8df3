"""A PostgreSQL connection ended by the server (restart, pg_terminate_backend) is replaced when the
pool hands it out next: the next read and the next write work, with no failed action between."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, func, select, text

from crec_desktop.store.db import ended_by_server
from crec_desktop.store.models import Specialist


@pytest.fixture
def pg_db(db, backend):
    if backend != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has no server to lose")
    return db


def _backend_pid(db) -> int:
    with db.read() as session:
        return session.execute(text("SELECT pg_backend_pid()")).scalar()


def _terminate(db, pid: int) -> None:
    """End that backend from another connection, and wait until it is gone (as after a restart)."""
    admin = create_engine(db.engine.url, poolclass=None)
    try:
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
            deadline = time.monotonic() + 15  # a loaded machine may take seconds to end a backend
            while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}).scalar():
                if time.monotonic() > deadline:
                    pytest.fail("the backend did not end")
                time.sleep(0.01)
    finally:
        admin.dispose()


def test_next_read_survives_a_terminated_connection(pg_db):
    pid = _backend_pid(pg_db)
    assert _backend_pid(pg_db) == pid            # one pooled connection, reused
    _terminate(pg_db, pid)
    with pg_db.read() as session:                 # no error: the pool noticed and reconnected
        assert session.execute(select(func.count()).select_from(Specialist)).scalar() >= 0
    assert _backend_pid(pg_db) != pid


def test_next_write_survives_a_terminated_connection(pg_db):
    with pg_db.write() as session:
        session.add(Specialist(key="avant", name="Avant"))
    pid = _backend_pid(pg_db)
    _terminate(pg_db, pid)
    with pg_db.write() as session:
        session.add(Specialist(key="apres", name="Après"))
    with pg_db.read() as session:
        keys = set(session.execute(select(Specialist.key)).scalars())
    assert {"avant", "apres"} <= keys


def test_every_pooled_connection_is_checked(pg_db):
    """After a restart all pooled connections are dead: each is replaced as it is handed out."""
    with pg_db.read() as a, pg_db.read() as b:   # two connections in the pool
        pids = {a.execute(text("SELECT pg_backend_pid()")).scalar(), b.execute(text("SELECT pg_backend_pid()")).scalar()}
    assert len(pids) == 2
    for pid in pids:
        _terminate(pg_db, pid)
    with pg_db.read() as a, pg_db.read() as b:
        now = {a.execute(text("SELECT pg_backend_pid()")).scalar(), b.execute(text("SELECT pg_backend_pid()")).scalar()}
    assert not now & pids


def test_a_live_idle_connection_is_not_taken_for_dead(pg_db):
    with pg_db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        conn.execute(text("SELECT 1"))
        conn.rollback()
        assert not ended_by_server(raw)
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        conn.rollback()
        _terminate(pg_db, pid)
        assert ended_by_server(raw)
