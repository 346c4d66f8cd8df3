"""Unexpected faults: never a silent crash, never a bare traceback as the only trace.

`FaultHandler` is installed as `sys.excepthook` early at start-up (before the database is
opened). On an uncaught exception — including one raised in a Qt slot, which PySide6 hands to
sys.excepthook — it logs the full report to the log file, then:

- with a running QApplication and an interactive window: shows `FaultDialog`, which explains
  what happened, shows the report and has a button that copies it to the clipboard;
- otherwise (before the window exists, or for `screenshot`): prints a short message and the
  log file's path on stderr.

Tests drive `FaultDialog` (ui.fault_dialog) with pytest-qt directly, and call the handler with
`present` replaced, so nothing ever blocks.

This module imports no Qt: it is installed before the database is opened, and PySide6 makes
every module imported after it slower to import (its feature hook reads each one's source).
"""
from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from crec_desktop import __version__

log = logging.getLogger(__name__)


def fault_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *,
                 database: str, log_file: str) -> str:
    """The text a user copies into an e-mail to support: what, where, and on what versions."""
    import platform  # noqa: PLC0415 - only when something went wrong

    lines = [
        f"crec-desktop {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        qt_versions(),
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Database: {database}",
        f"Log: {log_file}",
        "",
        "".join(traceback.format_exception_only(exc_type, exc)).rstrip(),
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines) + "\n"


def qt_versions() -> str:
    """'Qt 6.11.3, PySide6 6.11.3', or 'Qt not loaded' for a fault before the window."""
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return "Qt not loaded"
    return f"Qt {core.qVersion()}, PySide6 {sys.modules['PySide6'].__version__}"


def _running_application():
    """The QApplication if one runs (never imports Qt itself)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return None
    app = widgets.QApplication.instance()
    return app if isinstance(app, widgets.QApplication) else None


def database_kind(url: str) -> str:
    """'SQLite' or 'PostgreSQL' (the report never carries the URL's password)."""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(scheme, scheme or "?")


class FaultHandler:
    """sys.excepthook for the application: log, then tell the user (dialog or stderr)."""

    def __init__(self, *, database_url: str, log_file: str, interactive: bool = True,
                 stderr=None):
        self.database = database_kind(database_url)
        self.log_file = log_file
        self.interactive = interactive
        self.stderr = stderr
        self.previous: Callable | None = None
        self.reports: list[str] = []  # every report of this session, newest last
        self._showing = False

    def install(self) -> FaultHandler:
        self.previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous or sys.__excepthook__

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self.previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        report = fault_report(exc_type, exc, tb, database=self.database, log_file=self.log_file)
        self.reports.append(report)
        log.critical("unexpected fault\n%s", report)
        try:
            if self.interactive and not self._showing and _running_application() is not None:
                self._showing = True  # a fault while the dialog is up goes to stderr, not a new dialog
                try:
                    self.present(report)
                finally:
                    self._showing = False
            else:
                self.tell_stderr(exc_type, exc)
        except Exception:  # noqa: BLE001 - the handler itself must never fail silently
            log.exception("the fault dialog could not be shown")
            self.tell_stderr(exc_type, exc)

    def present(self, report: str) -> None:
        from crec_desktop.ui.fault_dialog import FaultDialog  # noqa: PLC0415 - Qt, only now

        FaultDialog(report, self.log_file, _running_application().activeWindow()).exec()

    def tell_stderr(self, exc_type, exc) -> None:
        stream = self.stderr or sys.stderr
        print(f"crec-desktop: {exc_type.__name__}: {exc}\n"
              f"(details / détails : {self.log_file})", file=stream)
