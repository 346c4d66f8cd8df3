"""Import of a 5-year file into an empty database against raw sqlite3 inserting as many rows,
and the week's occurrences through the store against the raw query (PERFORMANCE.md).

    .venv/bin/python benchmarks/bench_import.py [--runs 3] [--synthetic 70000] [--pg URL]

Documents: the demo (`store.demo.build_demo_document(5)`) when it exists, and a synthetic one of
--synthetic bookings (25 specialists, half days, full days, short meetings, weekly series,
tentative bookings), since the 5-year target is 50,000–80,000 bookings. For each: export-shaped
text written to a file, then per run a fresh migrated SQLite file and
- import: `interchange.import_file` (read, parse, schema, every rule, write, commit);
- baseline: the insert loop of ../shared/baselines/bare_sqlite.py (copied into benchmarks/bare_sqlite.py) writing as
  many rows as the file has bookings, into a file in the same folder, in this process;
medians, and the ratio (target ≤ 10×, and under 10 s). Then the week query (occurrences
overlapping one week, everyone) on the imported database: through SQLAlchemy Core on the store's
tables vs raw sqlite3, same SQL shape (start ≥ week − 24 h lower bound).

With --pg (a server URL whose user may CREATE DATABASE), the import also runs on a scratch
PostgreSQL database, created and dropped here.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bare_sqlite  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from crec_desktop.domain import timeutil  # noqa: E402
from crec_desktop.store import interchange, migrate  # noqa: E402
from crec_desktop.store.db import init_db  # noqa: E402
from crec_desktop.store.models import Booking, Occurrence  # noqa: E402

# --- documents --------------------------------------------------------------------------------

def demo_document(today: dt.date) -> dict | None:
    try:
        from crec_desktop.store.demo import build_demo_document  # noqa: PLC0415
    except ImportError:
        return None
    return build_demo_document(5, today=today)


def synthetic_document(n: int, today: dt.date, specialists: int = 25) -> dict:
    """n bookings over 5 years for `specialists` people, no confirmed overlaps, some series."""
    rng = random.Random(11)
    keys = [f"s{i:02d}" for i in range(specialists)]
    doc = {"format": "crec-desktop/1", "organization": {"name": "Banc d'essai"},
           "specialists": [{"key": k, "name": f"Spécialiste {k}", "domains": [rng.choice(["hr", "law", "ohs"])],
                            "hourly_rate": "95.00"} for k in keys],
           "members": [{"key": f"m{i:02d}", "name": f"Membre {i}", "kind": "federation", "hour_bank": 120}
                       for i in range(30)],
           "engagements": [{"number": f"E-{i:04d}", "member": f"m{i % 30:02d}", "domain": "hr", "title": f"Mandat {i}",
                            "budget_hours": 40, "status": "in_progress"} for i in range(300)],
           "bookings": [], "absences": [], "closures": []}
    first = today - dt.timedelta(days=5 * 365)
    days = [first + dt.timedelta(days=d) for d in range(5 * 365 + 90) if (first + dt.timedelta(days=d)).weekday() < 5]
    per_day = n / (len(days) * specialists)  # blocks per specialist-day
    slots = [((9, 0), (12, 0)), ((13, 0), (16, 30)), ((9, 0), (16, 0)), ((8, 30), (9, 30)), ((10, 0), (11, 30)),
             ((14, 0), (15, 0))]
    count = 0
    taken: set[tuple[str, dt.date]] = set()
    for day in days:
        for key in keys:
            want = int(per_day) + (1 if rng.random() < per_day - int(per_day) else 0)
            if (key, day) in taken or not want:
                continue
            choices = [slots[0], slots[1]] if want >= 2 else [rng.choice(slots)]
            for (h1, m1), (h2, m2) in choices[:want]:
                start = timeutil.at_local(day, dt.time(h1, m1))
                end = timeutil.at_local(day, dt.time(h2, m2))
                rec = {"id": f"syn-{count:06d}", "specialist": key, "engagement": f"E-{rng.randrange(300):04d}",
                       "start": timeutil.format_instant(start), "end": timeutil.format_instant(end),
                       "status": "tentative" if rng.random() < 0.1 else "confirmed"}
                if rng.random() < 0.3:
                    rec["location"] = "Chez le membre"
                if rng.random() < 0.01:  # a weekly series, 8 weeks (that day kept free for it)
                    rec["rrule"] = "FREQ=WEEKLY;COUNT=8"
                    for w in range(1, 8):
                        taken.add((key, day + dt.timedelta(weeks=w)))
                doc["bookings"].append(rec)
                count += 1
    return doc


# --- measurements -----------------------------------------------------------------------------

def fresh_sqlite(template: pathlib.Path, folder: pathlib.Path, name: str) -> str:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        pathlib.Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


def import_once(url: str, file: pathlib.Path) -> float:
    db = init_db(url)
    try:
        t0 = time.perf_counter()
        interchange.import_file(db, file, actor="bench")
        return time.perf_counter() - t0
    finally:
        db.dispose()


def week_query(url: str, week: dt.date, runs: int = 25) -> tuple[float, float, int]:
    """Median ms of the store (Core) and raw sqlite3 queries of occurrences overlapping a week."""
    lo, hi = timeutil.range_bounds(week, week + dt.timedelta(days=6))
    earliest = lo - timeutil.MAX_BOOKING
    db = init_db(url)
    o, b = Occurrence.__table__, Booking.__table__
    query = (select(o.c.booking_id, o.c.specialist_id, o.c.start, o.c.end, o.c.status, b.c.uid, b.c.engagement_id,
                    b.c.location, b.c.note)
             .join(b, b.c.id == o.c.booking_id)
             .where(o.c.start >= earliest, o.c.start < hi, o.c.end > lo))
    store_times = []
    found = 0
    with db.read() as session:
        for i in range(runs):
            t0 = time.perf_counter()
            found = len(session.execute(query).all())
            if i >= 3:
                store_times.append((time.perf_counter() - t0) * 1000)
    db.dispose()
    raw = sqlite3.connect(make_url(url).database)
    fmt = lambda d: d.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")  # noqa: E731
    sql = ('SELECT o.booking_id, o.specialist_id, o.start, o."end", o.status, b.uid, b.engagement_id, b.location, b.note '
           'FROM occurrence o JOIN booking b ON b.id = o.booking_id WHERE o.start >= ? AND o.start < ? AND o."end" > ?')
    raw_times = []
    for i in range(runs):
        t0 = time.perf_counter()
        raw_found = len(raw.execute(sql, (fmt(earliest), fmt(hi), fmt(lo))).fetchall())
        if i >= 3:
            raw_times.append((time.perf_counter() - t0) * 1000)
    raw.close()
    assert raw_found == found, (raw_found, found)
    return statistics.median(store_times), statistics.median(raw_times), found


def pg_import(server_url: str, file: pathlib.Path) -> float:
    base = make_url(server_url)
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"crec_bench_import_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    try:
        db = init_db(url)
        migrate.upgrade(db)
        db.dispose()
        return import_once(url, file)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench(label: str, doc: dict, folder: pathlib.Path, template: pathlib.Path, runs: int, pg: str | None) -> None:
    file = folder / f"{label}.json"
    file.write_text(interchange.dump(doc), encoding="utf-8")
    n = len(doc["bookings"])
    imports, bases = [], []
    url = ""
    for run in range(runs):
        url = fresh_sqlite(template, folder, f"{label}-{run}.sqlite3")
        imports.append(import_once(url, file))
        bases.append(bare_sqlite.timed_insert(str(folder / f"bare-{label}-{run}.sqlite3"), n))
    db = init_db(url)
    with db.read() as session:
        occs = session.execute(text("SELECT count(*) FROM occurrence")).scalar_one()
    db.dispose()
    imp, base = statistics.median(imports), statistics.median(bases)
    print(f"{label}: {n} bookings ({occs} occurrences), file {file.stat().st_size / 1e6:.1f} MB")
    print(f"  import into empty SQLite: {imp:.2f} s (runs: {', '.join(f'{t:.2f}' for t in imports)})")
    print(f"  bare_sqlite insert of {n} rows: {base:.3f} s (runs: {', '.join(f'{t:.3f}' for t in bases)})")
    print(f"  ratio {imp / base:.1f}x (target <= 10x, and under 10 s); "
          f"vs bare_sqlite inserting {n + occs} rows (bookings + occurrences): "
          f"{imp / bare_sqlite.timed_insert(str(folder / f'bare-{label}-all.sqlite3'), n + occs):.1f}x")
    week = dt.date.fromisoformat(doc["bookings"][len(doc["bookings"]) // 2]["start"][:10])
    store_ms, raw_ms, found = week_query(url, timeutil.week_start(week))
    print(f"  week query ({found} occurrences): store {store_ms:.3f} ms, raw sqlite3 {raw_ms:.3f} ms, "
          f"ratio {store_ms / raw_ms:.1f}x (target <= 5x)")
    if pg:
        t = pg_import(pg, file)
        print(f"  import into empty PostgreSQL: {t:.2f} s (target under 10 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--synthetic", type=int, default=70_000, help="bookings in the synthetic file (0: none)")
    parser.add_argument("--pg", help="PostgreSQL server URL (a scratch database is created and dropped)")
    args = parser.parse_args()
    today = dt.date(2026, 11, 26)
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        template = folder / "template.sqlite3"
        db = init_db(f"sqlite:///{template}")
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        doc = demo_document(today)
        if doc is not None:
            bench("demo-5-years", doc, folder, template, args.runs, args.pg)
        else:
            print("store.demo.build_demo_document not available: synthetic document only")
        if args.synthetic:
            bench(f"synthetic-{args.synthetic}", synthetic_document(args.synthetic, today), folder, template,
                  args.runs, args.pg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
