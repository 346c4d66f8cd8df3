"""Unexpected faults: a dialog with a copyable report, the report in the log, never silence."""
from __future__ import annotations

import io
import logging
import sys

import pytest
from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication

from crec_desktop import __version__
from crec_desktop.ui.fault import FaultHandler, database_kind, fault_report
from crec_desktop.ui.fault_dialog import FaultDialog


def _raise_and_catch():
    try:
        {}["missing booking"]
    except KeyError:
        return sys.exc_info()
    raise AssertionError("unreachable")


def test_report_says_what_where_and_on_which_versions():
    report = fault_report(*_raise_and_catch(), database="PostgreSQL", log_file="/var/log/crec.log")
    assert f"crec-desktop {__version__}" in report
    assert f"Python {sys.version.split()[0]}" in report
    assert f"Qt {qVersion()}, PySide6 {PYSIDE_VERSION}" in report
    assert "Database: PostgreSQL" in report
    assert "Log: /var/log/crec.log" in report
    assert "KeyError: 'missing booking'" in report
    assert "Traceback (most recent call last)" in report and "_raise_and_catch" in report


@pytest.mark.parametrize(("url", "kind"), [
    ("sqlite:////home/me/crec.sqlite3", "SQLite"),
    ("postgresql+psycopg://crec:secret@host/db", "PostgreSQL"),
    ("postgresql://h/db", "PostgreSQL"),
])
def test_database_kind_never_carries_the_url(url, kind):
    assert database_kind(url) == kind


def test_dialog_shows_the_report_and_copies_it(qtbot, qapp):
    report = fault_report(*_raise_and_catch(), database="SQLite", log_file="/tmp/x.log")
    dialog = FaultDialog(report, "/tmp/x.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Erreur inattendue"
    assert dialog.text.toPlainText() == report and dialog.text.isReadOnly()
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert dialog.confirmation.text() == "Le rapport est copié dans le presse-papiers."
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_dialog_in_english(qtbot, use_lang):
    use_lang("en")
    dialog = FaultDialog("report", "/tmp/x.log")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Unexpected error"
    assert dialog.copy_button.text() == "Copy the report"


@pytest.fixture
def handler(qapp):
    shown: list[str] = []
    h = FaultHandler(database_url="sqlite:////tmp/t.sqlite3", log_file="/tmp/t.log", stderr=io.StringIO())
    h.present = shown.append  # the dialog would block: record what it would show
    h.shown = shown
    h.install()
    yield h
    h.uninstall()


def test_handler_logs_and_shows_the_report(handler, caplog):
    assert sys.excepthook is handler
    with caplog.at_level(logging.CRITICAL, logger="crec_desktop.ui.fault"):
        sys.excepthook(*_raise_and_catch())
    assert len(handler.shown) == 1 and "KeyError: 'missing booking'" in handler.shown[0]
    assert "Database: SQLite" in handler.shown[0]
    assert any("missing booking" in r.getMessage() for r in caplog.records)
    assert handler.stderr.getvalue() == ""


def test_a_fault_in_a_qt_slot_reaches_the_handler(handler, qtbot):
    def slot():
        raise RuntimeError("boom in a slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: len(handler.shown) == 1, timeout=2000)
    assert "RuntimeError: boom in a slot" in handler.shown[0]


def test_without_a_window_the_handler_writes_a_short_message(qapp):
    err = io.StringIO()
    h = FaultHandler(database_url="sqlite://", log_file="/tmp/t.log", interactive=False, stderr=err)
    h.present = lambda report: pytest.fail("no dialog for a non-interactive run")
    h(*_raise_and_catch())
    text = err.getvalue()
    assert "KeyError: 'missing booking'" in text and "/tmp/t.log" in text
    assert "Traceback" not in text
    assert h.reports and "Traceback" in h.reports[0]


def test_a_dialog_that_fails_falls_back_to_stderr(handler):
    def broken(report):
        raise OSError("no display")

    handler.present = broken
    handler(*_raise_and_catch())
    assert "KeyError" in handler.stderr.getvalue()


def test_uninstall_restores_the_previous_hook(qapp):
    before = sys.excepthook
    h = FaultHandler(database_url="sqlite://", log_file="x").install()
    assert sys.excepthook is h
    h.uninstall()
    assert sys.excepthook is before
