"""The planning grid against bare_grid.py, in one process: paint, drag step, drop, scroll.

PERFORMANCE.md's targets:
- full repaint of a month view, 25 rows, ≥ 500 visible bookings: ≤ 2 × bare_grid.py's render,
  and the same (± 20 %) on the 1-year and the 5-year demo databases;
- one mouse-move step while dragging ≤ 8 ms; the drop (checks, write, audit, repaint) ≤ 30 ms;
- one month further on the 5-year database (query + layout + paint) ≤ 50 ms.

    .venv/bin/python benchmarks/bench_grid.py [--rounds 21] [--db1 URL --db5 URL]

Without URLs, the 1-year and 5-year demo databases are made once in a temporary folder
(`crec-desktop demo`). The demo has 15 specialists; the benchmark adds 10 more whose bookings
around the measured month copy those of 10 others (25 rows, as the target says). The bare grid
(bare_grid.py, copied here from the shared baselines) is built and rendered in the same process
at the same size (1600 × 900 viewport), rounds alternating with ours.

"Full repaint" re-renders everything (the cached static layer is thrown away first); the
cached repaint (what a drag frame or a tooltip costs) is printed too. Scrolling is measured
cold (the month must be queried) and warm (already prefetched while the user paused).
Once a view is open, the objects made so far are frozen out of the cyclic garbage collector,
as the application does after start-up (app._startup_without_gc): a full collection then
visits only what was made since, as it does in the application.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = pathlib.Path(__file__).resolve().parent.parent
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bare_grid  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsView  # noqa: E402

MONTH = dt.date(2026, 11, 1)
W, H = 1600, 900


def ms(values) -> str:
    return f"median {statistics.median(values):6.2f} ms (min {min(values):.2f}, max {max(values):.2f})"


def make_demo(folder: pathlib.Path, years: int) -> str:
    url = f"sqlite:///{folder / f'demo{years}.sqlite3'}"
    subprocess.run([sys.executable, "-m", "crec_desktop", "--db", url, "demo", "--years", str(years)], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL, env={**os.environ, "CREC_HOME": str(folder / "home")})
    return url


def add_rows(db, extra: int = 10) -> None:
    """Ten more specialists whose bookings around MONTH copy ten others' (benchmark set-up only)."""
    from sqlalchemy import select, text

    from crec_desktop.domain.timeutil import range_bounds
    from crec_desktop.store.models import Specialist
    lo, hi = range_bounds(MONTH - dt.timedelta(days=75), MONTH + dt.timedelta(days=150))
    with db.write() as s:
        people = s.execute(select(Specialist).where(Specialist.active.is_(True)).order_by(Specialist.id)).scalars().all()
        if len(people) >= 25:
            return
        for i, model in enumerate(people[:extra]):
            twin = Specialist(key=f"{model.key}-b{i}", name=f"{model.name} (bis)", title=model.title, role="specialist",
                              weekly_hours=model.weekly_hours, workday_start=model.workday_start,
                              workday_end=model.workday_end, domains=list(model.domains))
            s.add(twin)
            s.flush()
            params = {"twin": twin.id, "model": model.id, "lo": lo, "hi": hi, "suffix": f"-b{i}"}
            s.execute(text(
                'INSERT INTO booking (uid, specialist_id, engagement_id, start, "end", status, location, note, rrule, '
                'exdates, series_end, version) SELECT uid || :suffix, :twin, engagement_id, start, "end", status, '
                'location, note, NULL, NULL, "end", 1 FROM booking WHERE specialist_id = :model AND rrule IS NULL '
                'AND start >= :lo AND start < :hi'), {**params, "lo": lo.strftime("%Y-%m-%d %H:%M:%S.%f"),
                                                     "hi": hi.strftime("%Y-%m-%d %H:%M:%S.%f")})
            s.execute(text(
                'INSERT INTO occurrence (booking_id, specialist_id, start, "end", status) SELECT id, specialist_id, '
                'start, "end", status FROM booking WHERE specialist_id = :twin'), params)


def bare_render(app, scene_view: QGraphicsView) -> float:
    t0 = time.perf_counter()
    scene_view.viewport().grab()
    return (time.perf_counter() - t0) * 1000


def send(vp, kind, pos: QPoint, button=Qt.LeftButton, buttons=Qt.LeftButton) -> None:
    QApplication.sendEvent(vp, QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons,
                                           Qt.NoModifier))


def open_view(app, url: str, tmp: pathlib.Path):
    from crec_desktop.services.users import CurrentUser
    from crec_desktop.store.db import init_db
    from crec_desktop.ui.grid.geometry import Zoom
    from crec_desktop.ui.grid.prefs import GridPrefs
    from crec_desktop.ui.grid.source import ServiceSource
    from crec_desktop.ui.grid.view import PlanningView

    db = init_db(url)
    add_rows(db)
    prefs = GridPrefs(QSettings(str(tmp / f"grid-{abs(hash(url))}.ini"), QSettings.Format.IniFormat))
    view = PlanningView(ServiceSource(db, CurrentUser.system(), "fr"), QUndoStack(), prefs=prefs, poll_ms=0)
    view.editor.scope_chooser = lambda blocks, action: "this"
    view.resize(W, H)
    view.show()
    app.processEvents()
    vp = view.area.viewport()
    for _ in range(3):                                          # the grid's viewport as big as bare_grid's
        view.resize(view.width() + W - vp.width(), view.height() + H - vp.height())
        app.processEvents()
    view.set_group_by_domain(True)
    view.set_zoom(Zoom.MONTH)
    view.go_to(MONTH)
    app.processEvents()
    gc.freeze()          # as the application does once its window is up (app._startup_without_gc)
    return db, view


def visible_blocks(view) -> int:
    from crec_desktop.ui.grid.geometry import day_index
    first, last = view.visible_days()
    shown = {r.specialist_id for r in view.area.rows_shown}
    rows_in_view = {s.row.specialist_id for s in view.area.layout_rows.visible(view.area.scroll_y(),
                    view.area.scroll_y() + view.area.body_height) if s.row}
    return sum(1 for sid, rb in view.data.rows.items() if sid in shown and sid in rows_in_view
               for _ in rb.in_range(day_index(first), day_index(last) + 1))


def measure_paint(app, view, bare_view, rounds: int):
    ours, cached, bare = [], [], []
    for i in range(rounds + 3):
        view.area.invalidate()
        t0 = time.perf_counter()
        view.area.viewport().grab()
        full = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        view.area.viewport().grab()
        again = (time.perf_counter() - t0) * 1000
        b = bare_render(app, bare_view)
        if i >= 3:
            ours.append(full)
            cached.append(again)
            bare.append(b)
    return ours, cached, bare


def drag_candidates(view, days: list[dt.date]):
    """Confirmed single blocks on those days, in view: (placed, centre)."""
    found = []
    for placed in sorted(view.data.by_key.values(), key=lambda p: (p.block.start, p.block.specialist_id)):
        b = placed.block
        if b.status == "confirmed" and not b.repeating and b.start.date() in days and not b.conflict \
                and 3 <= b.hours <= 4:
            rect = view.area.widget_rect(placed.x0, placed.x1, b.specialist_id, placed.lane, placed.lanes)
            if rect is not None and view.area.viewport().rect().contains(rect.center()):
                found.append((placed, rect.center()))
    return found


class Timed:
    """Wraps a source method to add up the time spent in it (the services' share)."""

    def __init__(self, source, name: str):
        self.inner = getattr(source, name, None)
        self.total = 0.0
        if self.inner is not None:
            setattr(source, name, self)

    def __call__(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return self.inner(*args, **kwargs)
        finally:
            self.total += (time.perf_counter() - t0) * 1000

    def take(self) -> float:
        value, self.total = self.total, 0.0
        return value


def measure_drag(app, view, rounds: int):
    vp = view.area.viewport()
    steps, drops, services, reads = [], [], [], []
    move, fetch, fetch_rows = Timed(view.source, "move"), Timed(view.source, "fetch"), Timed(view.source, "fetch_blocks")
    # Friday blocks dropped on the Saturday: a free spot in the dense demo schedule (weekend warning only)
    fridays = [MONTH + dt.timedelta(days=i) for i in range(0, 28) if (MONTH + dt.timedelta(days=i)).weekday() == 4]
    done = 0
    view.editor.dialog_driver = lambda dialog: False          # never a modal dialog in a benchmark
    for placed, centre in drag_candidates(view, fridays):
        if done >= rounds:
            break
        if view.area.hit(centre)[0] is None:
            continue
        target = centre + QPoint(round(view.area.day_w * 1), 0)
        send(vp, QEvent.MouseButtonPress, centre)
        app.processEvents()
        pos = QPoint(centre)
        for i in range(12):
            pos = pos + QPoint(max(1, round(view.area.day_w / 12)), 0)
            t0 = time.perf_counter()
            send(vp, QEvent.MouseMove, pos, Qt.NoButton, Qt.LeftButton)
            app.processEvents()                        # the partial repaint of the ghosts
            steps.append((time.perf_counter() - t0) * 1000)
        count = view.undo_stack.count()
        view.area._prefetch_timer.stop()               # no neighbouring month loaded in the middle of a drop
        move.take(), fetch.take(), fetch_rows.take()
        t0 = time.perf_counter()
        send(vp, QEvent.MouseButtonRelease, target, Qt.LeftButton, Qt.NoButton)
        app.processEvents()
        vp.repaint()
        elapsed = (time.perf_counter() - t0) * 1000
        if view.undo_stack.count() == count + 1:       # a refused drop is not a drop
            drops.append(elapsed)
            services.append(move.take())
            reads.append(fetch.take() + fetch_rows.take())
            view.undo_stack.undo()
            app.processEvents()
            done += 1
    for timed, name in ((move, "move"), (fetch, "fetch"), (fetch_rows, "fetch_blocks")):
        if timed.inner is not None:
            setattr(view.source, name, timed.inner)
    return steps, drops, services, reads


def measure_scroll(app, view, rounds: int):
    from crec_desktop.ui.grid.geometry import Zoom
    cold, warm, reads = [], [], []
    fetch = Timed(view.source, "fetch")
    view.set_zoom(Zoom.MONTH)
    start = MONTH - dt.timedelta(days=400)
    view.go_to(start)
    app.processEvents()
    for i in range(rounds):
        fetch.take()
        t0 = time.perf_counter()
        view.page(1)                                   # query the new month, lay it out
        view.area.viewport().grab()                    # and paint it
        cold.append((time.perf_counter() - t0) * 1000)
        reads.append(fetch.take())
    view.go_to(start - dt.timedelta(days=700))     # another stretch of the database, not loaded yet
    app.processEvents()
    for i in range(rounds):
        view.area._prefetch()                          # what a pause does (not timed)
        fetch.take()
        t0 = time.perf_counter()
        view.page(1)
        view.area.viewport().grab()
        warm.append((time.perf_counter() - t0) * 1000)
        assert fetch.take() == 0.0, "the prefetched month was fetched again"
    view.source.fetch = fetch.inner
    return cold, warm, reads


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--db1")
    parser.add_argument("--db5")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="bench-grid-"))
    urls = {1: args.db1 or make_demo(tmp, 1), 5: args.db5 or make_demo(tmp, 5)}

    scene, days = bare_grid.build(5000)
    bare_view = QGraphicsView(scene)
    bare_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    bare_view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    bare_view.resize(W, H)
    bare_view.show()
    app.processEvents()
    bare_view.horizontalScrollBar().setValue(int(max(0.0, days / 2 - bare_grid.DAYS_SHOWN / 2) * bare_grid.DAY_W))
    app.processEvents()

    paint = {}
    for years, url in urls.items():
        db, view = open_view(app, url, tmp)
        rows = len(view.area.rows_shown)
        n = visible_blocks(view)
        ours, cached, bare = measure_paint(app, view, bare_view, args.rounds)
        paint[years] = statistics.median(ours)
        ratio = statistics.median(ours) / statistics.median(bare)
        print(f"{years}-year database: month view, {rows} rows, {n} visible bookings, viewport "
              f"{view.area.viewport().width()}x{view.area.viewport().height()}")
        print(f"  full repaint    {ms(ours)}")
        print(f"  bare_grid       {ms(bare)}   ratio {ratio:.2f} (target <= 2)")
        print(f"  cached repaint  {ms(cached)}")
        if years == 5:
            steps, drops, services, reads = measure_drag(app, view, max(5, args.rounds // 2))
            print(f"  drag step       {ms(steps)}   (target <= 8 ms)")
            print(f"  drop            {ms(drops)}   (target <= 30 ms; checks, write, audit, reload, repaint)")
            print(f"    of which the services' move (checks, write, audit) {ms(services)}")
            print(f"    and reading the touched rows' days back            {ms(reads)}")
            cold, warm, reads = measure_scroll(app, view, 12)
            print(f"  month further   {ms(cold)}   (target <= 50 ms; query + layout + paint)")
            print(f"    of which the query (services.agenda, calendar)     {ms(reads)}")
            print(f"  month further, prefetched while the user paused {ms(warm)}")
        view.close()
        view.deleteLater()
        app.processEvents()
        db.dispose()
    print(f"1-year vs 5-year full repaint: {paint[5] / paint[1]:.2f} (target 0.8 to 1.2)")


if __name__ == "__main__":
    main()
