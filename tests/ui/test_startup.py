"""Start-up stays light: what the window's start-up imports, and what it does not.

Speed itself is measured in benchmarks/bench_startup.py; these tests keep the causes of a slow
start from creeping back: Alembic when the schema is current, the letters' reportlab, openpyxl,
jsonschema, the holidays package, the ORM before the first paint — and Qt for the commands that
need no window.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

from crec_desktop.store import migrate

HEAVY = ("alembic", "reportlab", "openpyxl", "jsonschema", "holidays")


def import_order(args: list[str]) -> tuple[subprocess.CompletedProcess, list[str]]:
    """The modules a run of crec-desktop imports, in the order their imports finished."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "crec_desktop", *args],
                          capture_output=True, text=True, env=env, timeout=120)
    return done, re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", done.stderr, re.MULTILINE)


def imported_modules(args: list[str]) -> tuple[subprocess.CompletedProcess, set[str]]:
    done, names = import_order(args)
    return done, set(names)


def test_head_revision_constant_is_alembics_head():
    """migrate.HEAD_REVISION lets start-up skip Alembic: it must be the real head."""
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_opening_a_current_database_does_not_import_alembic(db):
    code = ("import sys, pathlib; from crec_desktop.store import migrate; from crec_desktop.store.db import init_db;"
            f"db = init_db({db.url!r}); assert migrate.ensure_current(db, pathlib.Path('.')) is None;"
            "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_screenshot_imports_nothing_heavy(crec_home, db, tmp_path):
    done, names = imported_modules(["--db", db.url, "screenshot", "-o", str(tmp_path / "s.png"), "--size", "400x300"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PySide6.QtWidgets" in names and "sqlalchemy" in names  # the measurement works
    heavy = sorted(n for n in names if n.split(".")[0] in HEAVY)
    assert not heavy, f"screenshot imported {heavy}"


def test_commands_without_a_window_do_not_import_qt():
    done, names = imported_modules(["--version"])
    assert done.returncode == 0 and "crec-desktop" in done.stdout
    assert not any(n.startswith("PySide6") for n in names)


def test_screenshot_imports_the_database_layer_before_qt(crec_home, db, tmp_path):
    """PySide6 reads the source of every module imported after it: only the window's own Qt
    modules may come after PySide6, never SQLAlchemy, the store or the services."""
    done, names = import_order(["--db", db.url, "screenshot", "-o", str(tmp_path / "s.png"), "--size", "400x300"])
    assert done.returncode == 0, done.stderr[-2000:]
    first_qt = next(i for i, n in enumerate(names) if n.startswith(("shiboken6", "PySide6")))
    qt_own = ("PySide6", "shiboken6", "shibokensupport", "signature")
    after = [n for n in names[first_qt:] if not n.startswith(qt_own)]
    assert all(n.startswith(("crec_desktop.ui", "crec_desktop.resources")) for n in after), after
    assert len(after) < 80, after  # the window, the grid, the overview: ui modules only


def test_screenshot_leaves_what_its_first_paint_does_not_need(crec_home, db, tmp_path):
    """The writing services, the overview, the dialogs come after the first paint (or when used)."""
    done, names = imported_modules(["--db", db.url, "screenshot", "-o", str(tmp_path / "s.png"), "--size", "400x300"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "crec_desktop.ui.grid.view" in names  # the measurement works
    later = ("crec_desktop.services.scheduling", "crec_desktop.services.series", "crec_desktop.services.changes",
             "crec_desktop.services.overview", "crec_desktop.ui.overview_view", "crec_desktop.ui.grid.dialog",
             "crec_desktop.ui.about")
    assert not sorted(n for n in names if n in later)


def test_screenshot_imports_no_orm(crec_home, db, tmp_path):
    """Start-up reads with the Core tables of store.schema on Core connections: the ORM
    (sqlalchemy.orm) and the mapped classes (store.models) cost a sixth of start-up. The
    screenshot exits once painted, so it never loads them; the window loads them with the
    writing services, after its first paint."""
    done, names = imported_modules(["--db", db.url, "screenshot", "-o", str(tmp_path / "s.png"), "--size", "400x300"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "crec_desktop.store.schema" in names and "crec_desktop.ui.grid.view" in names  # the measurement works
    orm = sorted(n for n in names if n == "crec_desktop.store.models" or n.startswith("sqlalchemy.orm"))
    assert not orm, f"screenshot imported {orm}"
