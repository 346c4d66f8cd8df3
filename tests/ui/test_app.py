"""app.run_window: the start-up of the window — a database that cannot be used is explained in a
message box (exit 2, no traceback); a good one opens the window, which remembers its geometry."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from crec_desktop import app as app_module
from crec_desktop.cli import Context
from crec_desktop.config import Paths
from crec_desktop.ui.main_window import MainWindow
from crec_desktop.ui.settings import Settings


def make_ctx(url: str, lang: str = "fr") -> Context:
    return Context(argparse.Namespace(db=url, lang=lang, command=None), Paths.default())


@pytest.fixture
def boxes(monkeypatch, qapp, use_lang):
    """Message boxes shown (title, text, icon) instead of blocking on exec()."""
    shown: list[tuple[str, str, QMessageBox.Icon]] = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.icon()))
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.mark.parametrize(("url", "lang", "expected"), [
    ("postgresql+psycopg://crec@127.0.0.1:1/nowhere", "fr", "impossible d'ouvrir la base de données"),
    ("postgresql+psycopg://crec@127.0.0.1:1/nowhere", "en", "cannot open the database"),
    ("sqlite:////no/such/folder/crec.sqlite3", "fr", "le dossier de la base de données n'existe pas"),
    ("oracle://scott@host/db", "en", "unsupported database type: oracle"),
    ("this is not a url", "fr", "adresse de base de données invalide"),
])
def test_a_database_that_cannot_be_opened_is_explained(crec_home, boxes, capsys, url, lang, expected):
    ctx = make_ctx(url, lang)
    assert app_module.run_window(ctx) == 2
    assert len(boxes) == 1
    title, message, icon = boxes[0]
    assert expected in message
    assert title == ("Cannot open the database" if lang == "en" else "Impossible d'ouvrir la base de données")
    assert icon == QMessageBox.Icon.Critical
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_the_message_never_shows_the_password(crec_home, boxes):
    assert app_module.run_window(make_ctx("postgresql+psycopg://crec:s3cret@127.0.0.1:1/nowhere")) == 2
    assert "crec:***@127.0.0.1:1" in boxes[0][1] and "s3cret" not in boxes[0][1]


def test_a_newer_schema_is_refused_in_the_users_language(crec_home, boxes, db, capsys):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert app_module.run_window(make_ctx(db.url, "en")) == 2
    assert "newer version of crec-desktop" in boxes[0][1]
    with db.engine.connect() as conn:  # refused, never touched
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"


def test_the_window_opens_and_remembers_its_geometry(crec_home, boxes, db, qapp):
    seen: list[MainWindow] = []

    def close_it():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        windows[0].resize(640, 480)
        windows[0].action_quit.trigger()

    QTimer.singleShot(0, close_it)
    ctx = make_ctx(db.url, "fr")
    assert app_module.run_window(ctx) == 0
    assert not boxes
    assert len(seen) == 1
    window = seen[0]
    assert window.database_label.text().startswith("Base de données : ")
    settings = Settings.open(ctx.paths)
    assert not settings.window_geometry.isEmpty()
    assert QApplication.windowIcon().availableSizes()  # the application icon is set


def test_the_excepthook_is_installed_while_the_window_runs(crec_home, boxes, db, qapp):
    import sys

    from crec_desktop.ui.fault import FaultHandler

    hooks = []

    def look():
        hooks.append(sys.excepthook)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                w.close()

    before = sys.excepthook
    QTimer.singleShot(0, look)
    assert app_module.run_window(make_ctx(db.url)) == 0
    assert isinstance(hooks[0], FaultHandler) and hooks[0].interactive
    assert sys.excepthook is before  # uninstalled afterwards
