"""store.schema (Core tables) and store.models (the ORM classes mapped onto them) agree, and
`Database.connect()` reads as `Database.read()` does.

The schema itself is checked against the migrations in test_migrations.py; here: each model
maps its schema table, its `Mapped[...]` annotations name exactly the table's columns (SQLAlchemy
ignores an annotation that names no column), optional exactly where the column may be null; the
constants are the same objects through both modules; the schema and the Core reads import no ORM.
"""
from __future__ import annotations

import subprocess
import sys
import typing

import pytest
from sqlalchemy import insert, inspect, select

from crec_desktop.store import models, schema
from crec_desktop.store.coltypes import InstantList
from crec_desktop.store.schema import BUILTIN_DOMAINS

MAPPED = {
    models.Organization: schema.organization, models.DomainOfExpertise: schema.domain,
    models.Specialist: schema.specialist, models.Member: schema.member, models.Engagement: schema.engagement,
    models.Booking: schema.booking, models.Occurrence: schema.occurrence, models.Absence: schema.absence,
    models.Closure: schema.closure, models.IssuedLetter: schema.issued_letter, models.AuditEntry: schema.audit_entry,
}


def test_every_table_but_the_association_is_mapped_once():
    assert models.Base.metadata is schema.metadata
    mapped = {m.local_table.name for m in models.Base.registry.mappers}
    assert mapped == set(schema.metadata.tables) - {"specialist_domain"}
    assert len(mapped) == len(MAPPED)


@pytest.mark.parametrize("cls", list(MAPPED), ids=lambda c: c.__name__)
def test_a_model_maps_its_table_and_annotates_exactly_its_columns(cls):
    table = MAPPED[cls]
    assert cls.__table__ is table
    hints = typing.get_type_hints(cls, vars(models), include_extras=True)
    relationships = set(inspect(cls).relationships.keys())
    columns = {name: hint for name, hint in hints.items()
               if typing.get_origin(hint) is models.Mapped and name not in relationships}
    assert set(columns) == set(table.c.keys())
    for name, hint in columns.items():
        if isinstance(table.c[name].type, InstantList):
            continue  # NULL in the database, [] in Python: never None
        (inner,) = typing.get_args(hint)
        optional = type(None) in typing.get_args(inner)
        assert optional == table.c[name].nullable, f"{cls.__name__}.{name}: Mapped[{inner}] vs nullable"


def test_versioned_records_use_their_version_column_for_optimistic_locking():
    for cls, table in MAPPED.items():
        versioned = issubclass(cls, models.Versioned)
        assert (inspect(cls).version_id_col is table.c.version) if versioned else inspect(cls).version_id_col is None
        assert versioned == ({"updated_at", "updated_by"} <= set(table.c.keys())), cls.__name__


def test_the_constants_are_the_same_through_models():
    for name in ("ROLES", "MEMBER_KINDS", "ENGAGEMENT_STATUSES", "BOOKING_STATUSES", "ABSENCE_KINDS", "EASTER_CHOICES",
                 "CARRY_OVER_RULES", "BUILTIN_DOMAINS", "OVERLAP_CONSTRAINT", "specialist_domain"):
        assert getattr(models, name) is getattr(schema, name)


def test_the_schema_and_the_core_reads_import_no_orm():
    code = ("import sys; import crec_desktop.store.schema, crec_desktop.store.db, crec_desktop.store.session, "
            "crec_desktop.services.users, crec_desktop.services.planning, crec_desktop.services.agenda, "
            "crec_desktop.services.availability, crec_desktop.services.permissions; "
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.orm') or m == 'crec_desktop.store.models'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _code_of_domain(reader) -> list[str]:
    d = schema.domain.c
    return list(reader.execute(select(d.code).order_by(d.id)).scalars())


def test_connect_reads_as_read_does(db, backend):
    """Another workstation's write between two statements: on SQLite both see one snapshot (a
    deferred transaction from the first statement), on PostgreSQL each statement its own."""
    seen, levels = {}, {}
    for way in ("read", "connect"):
        code = f"x{way}"
        with getattr(db, way)() as reader:
            before = _code_of_domain(reader)
            connection = reader if way == "connect" else reader.connection()
            levels[way] = (connection.get_execution_options().get("isolation_level"),
                           getattr(connection.connection.driver_connection, "autocommit", None))
            with db.write() as session:
                session.execute(insert(schema.domain).values(code=code, name_fr=code))
            seen[way] = (before, _code_of_domain(reader))
        assert before[:len(BUILTIN_DOMAINS)] == list(BUILTIN_DOMAINS)
        with db.connect() as connection:  # committed: a new read sees it
            assert code in _code_of_domain(connection)
    assert levels["read"] == levels["connect"]
    assert (levels["connect"] == ("AUTOCOMMIT", True)) == (backend == "postgresql")
    snapshot = backend == "sqlite"
    for way, (before, after) in seen.items():
        assert (after == before) == snapshot, way
        assert (f"x{way}" in after) != snapshot, way


def test_connect_leaves_nothing_behind(db):
    with db.connect() as connection:
        _code_of_domain(connection)
    assert db.engine.pool.checkedout() == 0
    with pytest.raises(RuntimeError), db.connect() as connection:
        _code_of_domain(connection)
        raise RuntimeError("a failed read")
    assert db.engine.pool.checkedout() == 0
