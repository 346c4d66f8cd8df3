"""The records window: the lists of specialists, members, engagements and absences in tabs,
beside the planning (not in front of it: it is a window of its own).

    window = RecordsWindow(ctx)
    window.show_list("members")
    window.changed.connect(central.refresh)   # something was saved: the planning reads again
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from crec_desktop.ui.records.absences import AbsenceList
from crec_desktop.ui.records.context import RecordsContext
from crec_desktop.ui.records.engagements import EngagementList
from crec_desktop.ui.records.members import MemberList
from crec_desktop.ui.records.specialists import SpecialistList

class RecordsWindow(QMainWindow):
    changed = Signal()

    def __init__(self, ctx: RecordsContext, parent: QWidget | None = None):
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

    def _changed(self) -> None:
        """A list saved something: the other lists read again when next shown."""
        self._loaded = {self.current_list()}
        self.changed.emit()
