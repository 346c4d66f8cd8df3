"""How long `crec-desktop demo --years N` takes, for 1 and 5 years (target: 5 years under 30 s).

For each N: the whole command as a user runs it (a new process on a fresh SQLite file, start-up
and migrations included), then the same work in process, step by step: building the document,
the import, the letter sections. Prints the bookings, occurrences and rows per year.

    .venv/bin/python benchmarks/bench_demo.py [--years 1,5] [--db postgresql+psycopg://…]

With --db (an empty PostgreSQL database), the in-process steps run there instead of on SQLite.
"""
from __future__ import annotations

import argparse
import collections
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from crec_desktop.domain import timeutil  # noqa: E402
from crec_desktop.store import demo, interchange, migrate, models  # noqa: E402
from crec_desktop.store.db import init_db  # noqa: E402

TARGET_SECONDS = 30.0


def whole_command(years: int, folder: pathlib.Path) -> float:
    path = folder / f"cli-{years}.sqlite3"
    env = dict(os.environ, CREC_HOME=str(folder / "home"))
    env.pop("CREC_DATABASE_URL", None)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "crec_desktop", "--db", f"sqlite:///{path}", "demo", "--years", str(years)],
                   check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def in_process(years: int, url: str) -> dict[str, float]:
    db = init_db(url)
    migrate.upgrade(db)
    if not demo.is_empty(db):
        sys.exit(f"{url} holds data: the benchmark needs an empty database (it empties it again afterwards)")
    today = timeutil.today()
    t0 = time.perf_counter()
    doc, sections = demo._build(years, today)
    t1 = time.perf_counter()
    interchange.import_document(db, doc, actor="bench")
    t2 = time.perf_counter()
    with db.write() as session:
        demo._fill_letter_sections(session, sections)
    t3 = time.perf_counter()
    with db.read() as session:
        starts = session.scalars(select(models.Occurrence.start)).all()
    db.dispose()
    bookings = collections.Counter(b["start"][:4] for b in doc["bookings"])
    occurrences = collections.Counter(str(timeutil.local_date(s).year) for s in starts)
    return {"build": t1 - t0, "import": t2 - t1, "sections": t3 - t2, "bookings": len(doc["bookings"]),
            "occurrences": len(starts), "engagements": len(doc["engagements"]),
            "per_year": {year: (bookings[year], occurrences[year]) for year in sorted(occurrences)}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", default="1,5")
    parser.add_argument("--db", help="an empty PostgreSQL database for the in-process steps (default: SQLite)")
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for years in (int(y) for y in args.years.split(",")):
            total = whole_command(years, folder)
            if args.db:
                url = args.db
            else:
                url = f"sqlite:///{folder / f'steps-{years}.sqlite3'}"
            steps = in_process(years, url)
            if args.db:  # leave the PostgreSQL database empty for the next run
                db = init_db(url)
                with db.write() as session:
                    demo._clear(session)
                db.dispose()
            worst = max(worst, total if years == 5 else 0.0)
            print(f"demo --years {years}: whole command {total:.2f} s (SQLite) | in process: document "
                  f"{steps['build']:.2f} s, import {steps['import']:.2f} s ({'PostgreSQL' if args.db else 'SQLite'}), "
                  f"letter sections {steps['sections']:.2f} s")
            print(f"  {steps['engagements']} engagements, {steps['bookings']} bookings, "
                  f"{steps['occurrences']} occurrences")
            print("  per year (bookings, occurrences): " + ", ".join(
                f"{year} {b}/{o}" for year, (b, o) in steps["per_year"].items()))
    if worst:
        print(f"demo --years 5: {worst:.2f} s against the target of {TARGET_SECONDS:.0f} s "
              f"(ratio {worst / TARGET_SECONDS:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
