"""Raw executemany for large writes (the import): rows as tuples, values converted once per
column the way the column types would, straight to the driver.

SQLAlchemy Core's executemany spends most of its time calling each column's bind processor
for each row (three Python calls per instant); for the 100,000+ rows of a 5-year import that is
seconds. Here the conversion is one small function per column and the statement goes to
`cursor.executemany` through `exec_driver_sql`. Only the column types of the bulk-written tables
are supported (integers, strings, booleans, UTCDateTime, InstantList); anything else raises.

On PostgreSQL the rows go through COPY FROM STDIN instead (ten times faster than executemany).

On SQLite, `indexes_deferred` drops a table's secondary indexes before a bulk write into a
(nearly) empty table and builds them again after it, in the same transaction: one build costs
about half of growing them row by row (unique indexes, being checks, stay).

On SQLite an instant must be stored exactly as SQLAlchemy stores it (naive UTC text
`YYYY-MM-DD HH:MM:SS.ffffff`), or range queries, which compare text, would go wrong:
tests/store/test_interchange.py checks both agree.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import BigInteger, Boolean, Integer, String, Table, Text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crec_desktop.store.coltypes import InstantList, UTCDateTime

UTC = dt.UTC
CHUNK = 20_000


def _sqlite_instant(value: dt.datetime | None) -> str | None:
    """SQLAlchemy's SQLite DATETIME text of the UTC instant: 2026-12-02 14:00:00.000000."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        if value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}")
        value = value.astimezone(UTC)
    text = value.isoformat(" ")  # ...+00:00, with .ffffff only when there are microseconds
    return text[:19] + ".000000" if len(text) == 25 else text[:26]


def _memo(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The same instants come back again and again (a booking's and its occurrence's, one
    updated_at for all): convert each once."""
    seen: dict = {}

    def cached(value):
        try:
            return seen[value]
        except KeyError:
            result = seen[value] = convert(value)
            return result
        except TypeError:  # unhashable
            return convert(value)
    return cached


def _pg_instant(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}")
    return value


def _converter(column, dialect) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _sqlite_instant if dialect.name == "sqlite" else _pg_instant
    if isinstance(kind, InstantList):
        process = kind.bind_processor(dialect)
        return process
    if isinstance(kind, (Integer, String, Text, Boolean)):
        return None
    raise TypeError(f"bulk.insert_rows does not handle column {column.name} of type {kind!r}")


def converter(session: Session, table: Table, column: str) -> Callable[[Any], Any]:
    """What insert_rows does to the values of that column (identity if nothing), memoised: for
    callers that build rows already converted (then `insert_rows(..., converted=True)`)."""
    convert = _converter(table.c[column], session.connection().dialect)
    return _memo(convert) if convert else (lambda v: v)


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Iterable[tuple],
                *, converted: bool = False) -> int:
    """INSERT rows (tuples in the order of `columns`) into table; returns how many."""
    conn = session.connection()
    dialect = conn.dialect
    converters = [] if converted else [
        (i, _memo(c)) for i, c in enumerate(_converter(table.c[name], dialect) for name in columns) if c]
    prep = dialect.identifier_preparer
    if dialect.name == "postgresql":
        return _copy(conn, table, columns, rows, converters, prep)
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {prep.format_table(table)} ({', '.join(prep.quote(c) for c in columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    batch: list[tuple] = []
    total = 0
    for row in rows:
        if converters:
            row = list(row)
            for i, convert in converters:
                row[i] = convert(row[i])
        batch.append(tuple(row))
        if len(batch) >= CHUNK:
            conn.exec_driver_sql(sql, batch)
            total += len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        total += len(batch)
    return total


def _pg_type(column) -> str:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "timestamptz"
    if isinstance(kind, (InstantList, String, Text)):
        return "text"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, BigInteger):
        return "int8"
    if isinstance(kind, Integer):
        return "int4"
    raise TypeError(f"bulk.insert_rows does not handle column {column.name} of type {kind!r}")


def _copy(conn, table: Table, columns: Sequence[str], rows: Iterable[tuple], converters, prep) -> int:
    """PostgreSQL: binary COPY ... FROM STDIN (psycopg 3), in the session's transaction;
    constraints, the exclusion constraint included, hold as for INSERT."""
    sql = f"COPY {prep.format_table(table)} ({', '.join(prep.quote(c) for c in columns)}) FROM STDIN (FORMAT BINARY)"
    cursor = conn.connection.driver_connection.cursor()
    total = 0
    try:
        with cursor.copy(sql) as copy:
            copy.set_types([_pg_type(table.c[c]) for c in columns])
            for row in rows:
                if converters:
                    row = list(row)
                    for i, convert in converters:
                        row[i] = convert(row[i])
                copy.write_row(row)
                total += 1
    except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it (IntegrityError...)
        raise DBAPIError.instance(sql, None, exc, conn.dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()
    return total


@contextlib.contextmanager
def indexes_deferred(session: Session, tables: Sequence[Table], rows: int, *, at_least: int = 5000) -> Iterator[None]:
    """Around a bulk write of about `rows` rows into tables (SQLite only, inside the session's
    write transaction): when that is at least `at_least` rows and four times what the tables
    hold, their non-unique indexes are dropped first and created again, from their own
    definitions, at the end. On any error they are created again all the same (the
    transaction is the caller's), then the error goes on. Elsewhere: nothing."""
    conn = session.connection()
    if conn.dialect.name != "sqlite" or rows < at_least:
        yield
        return
    held = sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t.name}"').scalar() for t in tables)
    if held * 4 > rows:
        yield
        return
    names = [t.name for t in tables]
    marks = ", ".join("?" * len(names))
    found = conn.exec_driver_sql(  # sql is NULL for the automatic indexes of UNIQUE and PRIMARY KEY
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY name", tuple(names)).all()
    dropped = [(name, sql) for name, sql in found if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    for name, _sql in dropped:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):  # the first error is the one to tell
            for _name, sql in dropped:
                conn.exec_driver_sql(sql)
        raise
    for _name, sql in dropped:
        conn.exec_driver_sql(sql)
