"""The scheduling services on the 5-year demo database, against bare programs (PERFORMANCE.md).

    .venv/bin/python benchmarks/bench_scheduling.py [--db sqlite:///PATH | postgresql+psycopg://…] [--runs 50]

Without --db, a fresh SQLite file in a temporary folder gets `demo --years 5` (crec_desktop.store.demo).
With --db, that database is used; it gets the demo first if it holds no bookings (the week
measured is the busiest around the middle of its data). On PostgreSQL the raw sqlite3 figures
on the same data are not shown; the bare_sqlite.py baseline still is.

1. The week's occurrences for everyone: `services.agenda.occurrences_between` (joined to booking,
   engagement, member, specialist; frozen items; conflicts flagged) vs the week query of
   ../shared/baselines/bare_sqlite.py, copied as it is into benchmarks/bare_sqlite.py (100,000
   synthetic rows in memory).
   Also shown: the same raw SQL run by sqlite3 on the demo's own occurrence table.
2. A move end to end: `services.scheduling.move_booking` (permission, version guard, rules,
   overlap check, write, occurrences, warnings, audit, undo data, commit) vs a raw sqlite3
   UPDATE of one row of the same database, committed (WAL, synchronous=NORMAL, as the store);
   then moves of bookings of engagements with a budget, for members with an hour bank (what a
   drop usually is: the budget and hour-bank warnings are computed too).

Medians; the ratio is ours over the baseline. Target for (1): ≤ 5×. For (2): the drop of a drag
has 30 ms in all (PERFORMANCE.md).
"""
from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sqlite3
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bare_sqlite  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from crec_desktop.domain.messages import UserError  # noqa: E402
from crec_desktop.domain.timeutil import TZ, UTC, local, range_bounds, week_start  # noqa: E402
from crec_desktop.services import agenda  # noqa: E402
from crec_desktop.services import scheduling as S  # noqa: E402
from crec_desktop.services.changes import OccurrenceRef  # noqa: E402
from crec_desktop.services.users import CurrentUser  # noqa: E402
from crec_desktop.store import migrate  # noqa: E402
from crec_desktop.store.db import init_db  # noqa: E402
from crec_desktop.store.models import Booking, Engagement, Member, Occurrence, Specialist  # noqa: E402

# --- helpers ------------------------------------------------------------------------------------

def median_ms(fn, runs: int, warm: int = 3) -> tuple[float, object]:
    result = None
    times = []
    for i in range(runs + warm):
        t0 = time.perf_counter()
        result = fn()
        if i >= warm:
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def demo_database(url: str) -> str:
    """url, migrated and holding the 5-year demo (loaded when it holds no bookings yet)."""
    from crec_desktop.store import demo  # noqa: PLC0415
    from crec_desktop.store.models import Booking  # noqa: PLC0415

    db = init_db(url)
    migrate.upgrade(db)
    with db.read() as s:
        empty = s.execute(select(func.count(Booking.id))).scalar() == 0
    if empty:
        t0 = time.perf_counter()
        counts = demo.load_demo(db, years=5)
        print(f"demo --years 5: {counts['bookings']} bookings in {time.perf_counter() - t0:.1f} s")
    db.dispose()
    return url


def busiest_week(db) -> tuple[dt.date, dt.date]:
    with db.read() as s:
        first, last = s.execute(select(func.min(Occurrence.start), func.max(Occurrence.start))).one()
        middle = (first + (last - first) / 2).astimezone(TZ).date()
        best, best_count = None, -1
        for w in range(-4, 5):
            monday = week_start(middle) + dt.timedelta(weeks=w)
            lo, hi = range_bounds(monday, monday + dt.timedelta(days=6))
            count = s.execute(select(func.count()).where(Occurrence.start >= lo, Occurrence.start < hi)).scalar()
            if count > best_count:
                best, best_count = monday, count
    return best, best + dt.timedelta(days=6)


def sqlite_path(url: str) -> str | None:
    parsed = make_url(url)
    return parsed.database if parsed.get_backend_name() == "sqlite" else None


# --- the measures -------------------------------------------------------------------------------

def week_query(db, url: str, runs: int) -> None:
    first, last = busiest_week(db)
    lo, hi = range_bounds(first, last)
    bare_ms, bare_rows = bare_sqlite.week_query()
    ours_ms, items = median_ms(lambda: agenda.occurrences_between(db, lo, hi), runs)
    print(f"\nweek of {first} (everyone), {len(items)} occurrences, {sum(i.conflict for i in items)} in conflict")
    print(f"  services.agenda.occurrences_between   {ours_ms:8.3f} ms")
    print(f"  bare_sqlite.py week query             {bare_ms:8.3f} ms  ({bare_rows} rows)")
    print(f"  ratio                                 {ours_ms / bare_ms:8.2f} x   (target <= 5 x)")
    path = sqlite_path(url)
    if path:
        raw = sqlite3.connect(path)
        fmt = lambda v: v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # noqa: E731
        params = (fmt(lo - dt.timedelta(days=1)), fmt(hi), fmt(lo))
        raw_ms, rows = median_ms(lambda: raw.execute(
            'SELECT * FROM occurrence WHERE start >= ? AND start < ? AND "end" > ?', params).fetchall(), runs)
        print(f"  (same raw SQL on the demo's occurrence table: {raw_ms:.3f} ms, {len(rows)} rows; "
              f"ratio {ours_ms / raw_ms:.1f} x)")
        raw.close()


def move(db, url: str, runs: int) -> None:
    user = CurrentUser.system("bench")
    with db.read() as s:
        specialist_id = s.execute(select(Specialist.id).order_by(Specialist.id)).scalars().first()
    first, _ = busiest_week(db)
    saturday = first + dt.timedelta(days=5)  # a free evening, in the busiest week
    slots = [local(saturday.year, saturday.month, saturday.day, h) for h in (19, 20)]
    out = S.create_booking(db, user, specialist_id=specialist_id, start=slots[0],
                           end=slots[0] + dt.timedelta(hours=1), note="bench")
    uid, version = out.main.key, out.main.version
    times = []
    for i in range(runs + 3):
        t0 = time.perf_counter()
        moved = S.move_booking(db, user, OccurrenceRef(uid, version), start=slots[(i + 1) % 2])
        if i >= 3:
            times.append((time.perf_counter() - t0) * 1000)
        version = moved.main.version
    ours_ms = statistics.median(times)
    print("\nmove of one booking end to end (checks, write, occurrences, warnings, audit, undo data, commit)")
    print(f"  services.scheduling.move_booking       {ours_ms:8.3f} ms   (drop budget 30 ms)")
    path = sqlite_path(url)
    if path:  # the same booking row, moved by a bare UPDATE (no checks, no occurrences, no audit)
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = NORMAL")
        row_id = raw.execute("SELECT id FROM booking WHERE uid = ?", (uid,)).fetchone()[0]
        fmt = lambda v: v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # noqa: E731
        values = [(fmt(s), fmt(s + dt.timedelta(hours=1))) for s in slots]
        raw_times = []
        for i in range(runs + 3):
            t0 = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute('UPDATE booking SET start = ?, "end" = ? WHERE id = ?', (*values[i % 2], row_id))
            raw.execute("COMMIT")
            if i >= 3:
                raw_times.append((time.perf_counter() - t0) * 1000)
        raw.close()
        raw_ms = statistics.median(raw_times)
        print(f"  raw sqlite3 UPDATE of one row, committed {raw_ms:6.3f} ms")
        print(f"  ratio                                 {ours_ms / raw_ms:8.1f} x")
    S.delete_booking(db, user, OccurrenceRef(uid, version))
    engagement_move(db, runs)


def engagement_move(db, runs: int) -> None:
    """What a drop on the grid usually is: a booking of an engagement with a budget, for a member
    with an hour bank, moved by a day and back (so the budget and hour-bank warnings are
    computed too: the engagement's total, the member's fiscal-year total)."""
    user = CurrentUser.system("bench")
    first, last = busiest_week(db)
    lo, hi = range_bounds(first, last)
    with db.read() as s:
        rows = s.execute(
            select(Booking.uid, Booking.version, Booking.start)
            .join(Engagement, Engagement.id == Booking.engagement_id).join(Member, Member.id == Engagement.member_id)
            .where(Booking.start >= lo, Booking.start < hi, Booking.rrule.is_(None), Booking.status == "confirmed",
                   Engagement.budget_hours.is_not(None), Member.hour_bank.is_not(None))
            .order_by(Booking.start)).all()
    times = []
    for uid, version, start in rows:
        if len(times) >= runs:
            break
        for step in (dt.timedelta(days=7), dt.timedelta(0)):  # a week later (same weekday) and back
            t0 = time.perf_counter()
            try:
                moved = S.move_booking(db, user, OccurrenceRef(uid, version), start=start + step)
            except UserError:  # that spot is taken: try another booking
                break
            times.append((time.perf_counter() - t0) * 1000)
            version = moved.main.version
    if not times:
        print("\n(no booking of an engagement with a budget and an hour bank to move)")
        return
    print(f"\nmove of a booking of an engagement with a budget, member with an hour bank ({len(times)} moves)")
    print(f"  services.scheduling.move_booking       {statistics.median(times):8.3f} ms   (drop budget 30 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL holding the 5-year demo (default: build one in a temporary folder)")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = demo_database(args.db or f"sqlite:///{pathlib.Path(folder) / 'demo5.sqlite3'}")
        print(f"database: {make_url(url).get_backend_name()}")
        db = init_db(url)
        try:
            week_query(db, url, args.runs)
            move(db, url, args.runs)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
