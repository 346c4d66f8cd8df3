"""Memory: the resident set after opening the 5-year database and scrolling a year, against
bare_window.py (PERFORMANCE.md: at most 3x), each a whole process, peak RSS from wait4.

    .venv/bin/python benchmarks/bench_memory.py [--db URL] [--runs 3]

Without --db, a 5-year demo database is made once in a temporary folder (`crec-desktop demo`).
The application side opens the real main window (the planning grid at month zoom), lets it
finish its after-paint work, then pages forward twelve months one at a time, letting the idle
prefetch run between steps as a user's pauses would, and exits.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
HERE = pathlib.Path(__file__).resolve().parent
TARGET = 3.0

SCROLL_A_YEAR = r"""
import datetime as dt, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from crec_desktop import config
from crec_desktop.store.session import open_database
from crec_desktop.services.users import resolve_user
paths = config.Paths.default()
db = open_database(sys.argv[1], paths)
user = resolve_user(db)
from crec_desktop.ui.application import create_application
app = create_application("fr")
from crec_desktop.ui.main_window import MainWindow
from crec_desktop.ui.grid.geometry import Zoom
window = MainWindow(db, lang="fr", paths=paths, user=user)
window.resize(1600, 900)
window.show()

def settle(seconds=0.4):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)

settle(1.0)
window.grid.set_zoom(Zoom.MONTH)
window.grid.go_to(dt.date(2025, 11, 1))
settle()
for _ in range(12):
    window.grid.page(1)
    window.grid.area.viewport().repaint()
    settle()
print(window.grid.visible_days()[0])
"""


def peak_rss(argv: list[str], env: dict, cwd: pathlib.Path) -> tuple[float, str]:
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read().decode(errors="replace")
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv[:3])} failed:\n{err}")
    return usage.ru_maxrss / 1024, out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="database URL (default: a fresh 5-year demo in a temporary folder)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CREC_HOME=str(folder / "home"))
        url = args.db or f"sqlite:///{folder / 'demo5.sqlite3'}"
        if not args.db:
            subprocess.run([sys.executable, "-m", "crec_desktop", "--db", url, "demo", "--years", "5"],
                           env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        bare, app, last = [], [], ""
        for i in range(args.runs):
            bare.append(peak_rss([sys.executable, str(HERE / "bare_window.py"), str(folder / f"b{i}.png"),
                                  "1600x900"], env, ROOT)[0])
            rss, last = peak_rss([sys.executable, "-c", SCROLL_A_YEAR, url], env, ROOT)
            app.append(rss)
        b, a = statistics.median(bare), statistics.median(app)
        print(f"memory, peak resident set, median of {args.runs} (5-year database, month view, 12 months scrolled "
              f"to {last})")
        print(f"  bare_window.py                      {b:7.1f} MiB")
        print(f"  crec-desktop, opened and scrolled    {a:7.1f} MiB")
        print(f"  ratio {a / b:.2f} x  (target <= {TARGET:g} x)  {'ok' if a / b <= TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
