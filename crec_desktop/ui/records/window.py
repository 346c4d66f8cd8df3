"""The records window: the lists of specialists, members, engagements and absences in tabs,
beside the planning (not in front of it: it is a window of its own).

    window = RecordsWindow(ctx, watcher=grid.watcher)
    window.show_list("members")
    window.changed.connect(central.refresh)   # something was saved: the planning reads again

What other workstations save (and bookings moved on the grid, which change engagements' hours
and members' banks) reaches the lists as it reaches the grid, through the same watcher of the
planning's change stamp (ui.watcher, every 2.5 s; the window makes its own when it has none):
while the window is shown, the list in view reads again (keeping its search, filter, sort,
selection and scroll); the others read again when next shown. F5 does it at once.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from crec_desktop.services import planning
from crec_desktop.ui.records.absences import AbsenceList
from crec_desktop.ui.records.context import RecordsContext
from crec_desktop.ui.records.engagements import EngagementList
from crec_desktop.ui.records.members import MemberList
from crec_desktop.ui.records.specialists import SpecialistList
from crec_desktop.ui.watcher import POLL_MS, ChangeWatcher

log = logging.getLogger(__name__)


class RecordsWindow(QMainWindow):
    changed = Signal()

    def __init__(self, ctx: RecordsContext, parent: QWidget | None = None, *,
                 watcher: ChangeWatcher | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Dossiers — crec-desktop"))
        self.lists = {
            "specialists": SpecialistList(ctx),
            "members": MemberList(ctx),
            "engagements": EngagementList(ctx),
            "absences": AbsenceList(ctx),
        }
        titles = {"specialists": self.tr("&Spécialistes"), "members": self.tr("&Membres"),
                  "engagements": self.tr("Man&dats"), "absences": self.tr("&Absences")}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, view in self.lists.items():
            self.tabs.addTab(view, titles[name])
            view.changed.connect(self._changed)
        self.setCentralWidget(self.tabs)
        self._loaded: set[QWidget] = set()  # the lists whose rows are read
        self.tabs.currentChanged.connect(lambda _i: self._ensure_loaded())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self.close)
        self.resize(1400, 760)
        self._stamp = self._read_stamp()
        if watcher is None:  # on its own: a watcher of its own
            watcher = ChangeWatcher(lambda: planning.change_stamp(self.ctx.db), poll_ms, self)
            watcher.start()
        self.watcher = watcher
        watcher.ticked.connect(self.refresh_if_changed)

    def show_list(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.lists[name])
        self._ensure_loaded()

    def current_list(self):
        return self.tabs.currentWidget()

    def _ensure_loaded(self) -> None:
        """A list reads its rows the first time it is shown (and on refresh)."""
        view = self.current_list()
        if view not in self._loaded:
            view.refresh()
            view.fit_columns()
            self._loaded.add(view)

    def refresh(self) -> None:
        self._loaded.clear()
        self._ensure_loaded()

    def refresh_if_changed(self, stamp: object | None = None) -> bool:
        """Read the list in view again when the watcher's stamp (or, None, one read now) differs
        from the one it was read at (another workstation, the grid). True when it did."""
        if not self.isVisible():
            return False
        if stamp is None:
            stamp = self._read_stamp()
        if stamp is None or stamp == self._stamp:
            return False
        self._stamp = stamp
        self.current_list().refresh()
        self._loaded = {self.current_list()}  # the others read again when next shown
        return True

    def _read_stamp(self) -> tuple | None:
        try:
            return planning.change_stamp(self.ctx.db)
        except Exception:  # noqa: BLE001 - a dropped connection: try again at the next tick
            log.warning("records window: cannot read the change stamp", exc_info=True)
            return None

    def _changed(self) -> None:
        """A list saved something: the other lists read again when next shown."""
        self._loaded = {self.current_list()}
        self._stamp = self._read_stamp() or self._stamp  # our own change: nothing to read again
        self.changed.emit()
