"""The floor for storing and querying bookings: raw sqlite3, as ../shared/baselines/bare_sqlite.py
does it (copied here, so the benchmarks stand without ../shared): one booking table with its two
indexes, rows spread over five years, the insert in one transaction, the week query with its
24-hour lower bound on the start."""
import datetime as dt
import random
import sqlite3
import statistics
import time

ORIGIN = dt.datetime(2022, 1, 3, 13, 0, tzinfo=dt.UTC)


def create(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.executescript("""
    DROP TABLE IF EXISTS booking;
    CREATE TABLE booking (id INTEGER PRIMARY KEY, specialist_id INTEGER, engagement_id INTEGER,
                          start TEXT NOT NULL, "end" TEXT NOT NULL, status TEXT, note TEXT);
    CREATE INDEX booking_start ON booking (start);
    CREATE INDEX booking_specialist_start ON booking (specialist_id, start);
    """)
    return db


def rows(n: int) -> list[tuple]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        start = ORIGIN + dt.timedelta(days=i * 5 * 365 / n, hours=rng.choice([0, 4]))
        end = start + dt.timedelta(hours=rng.choice([1, 3, 3.5, 7]))
        out.append((rng.randrange(25), rng.randrange(300), start.isoformat(), end.isoformat(), "confirmed", "séance"))
    return out


def insert(db: sqlite3.Connection, data: list[tuple]) -> None:
    with db:
        db.executemany('INSERT INTO booking (specialist_id, engagement_id, start, "end", status, note) '
                       'VALUES (?,?,?,?,?,?)', data)


def timed_insert(path: str, n: int) -> float:
    """Seconds to insert n bookings into a new file (the rows made beforehand, not timed)."""
    db = create(path)
    data = rows(n)
    t0 = time.perf_counter()
    insert(db, data)
    elapsed = time.perf_counter() - t0
    db.close()
    return elapsed


def week_query(n: int = 100_000) -> tuple[float, int]:
    """Median ms of the bookings overlapping one week among n in memory, and how many it found."""
    db = create(":memory:")
    insert(db, rows(n))
    week0 = ORIGIN + dt.timedelta(days=900)
    lo, hi, earliest = week0.isoformat(), (week0 + dt.timedelta(days=7)).isoformat(), (week0 - dt.timedelta(days=1)).isoformat()
    query = 'SELECT * FROM booking WHERE start >= ? AND start < ? AND "end" > ?'
    times, found = [], 0
    for i in range(25):
        t0 = time.perf_counter()
        found = len(db.execute(query, (earliest, hi, lo)).fetchall())
        if i >= 3:
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), found
