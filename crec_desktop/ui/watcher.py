"""One watcher of the planning's change stamp for every view of the planning.

What other workstations save reaches this one through a cheap stamp (services.planning.
change_stamp: it changes with every booking, absence, closure, specialist and audited edit).
One `ChangeWatcher` reads it once per tick and tells every view that shows the planning (the
grid, the records window); each view compares the stamp with the one its data was read at and
reads again only when they differ, keeping its place.

    watcher = ChangeWatcher(source.change_token, interval_ms=2500, parent=window)
    watcher.ticked.connect(view.refresh_if_changed)
    watcher.start()
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
POLL_MS = 2500


class ChangeWatcher(QObject):
    ticked = Signal(object)  # the stamp read at this tick

    def __init__(self, read: Callable[[], object], interval_ms: int = POLL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._read = read
        self.last: object | None = None
        self.timer = QTimer(self, interval=interval_ms, timeout=self.check)

    def start(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def check(self) -> object | None:
        """Read the stamp once and tell the views; None (and nothing told) when it cannot be read
        (a dropped connection: the next tick tries again)."""
        try:
            stamp = self._read()
        except Exception:  # noqa: BLE001 - whatever the database said, the next tick tries again
            log.warning("cannot read the planning's change stamp", exc_info=True)
            return None
        self.last = stamp
        self.ticked.emit(stamp)
        return stamp
