"""The main window's central area: the period bar (previous, today, next, week or month) over
a stack of views that show that period.

A view is any QWidget with a `show_period(period: ui.period.Period)` method. Today the stack
holds the database overview; the planning grid drops in beside it:

    central.add_view(grid)           # grid.show_period(period) is called now and on every change
    central.set_current_view(grid)

The navigation actions (`action_week`, `action_month`, `action_today`, `action_previous`,
`action_next`, `action_refresh`) belong to this area; the main window puts them in its menus.
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from crec_desktop.domain.clock import Clock
from crec_desktop.ui.period import VIEWS, Period

log = logging.getLogger(__name__)


class CentralArea(QWidget):
    periodChanged = Signal(object)  # the new Period

    def __init__(self, clock: Clock, lang: str = "fr", period: Period | None = None, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.lang = lang
        self.period = period or Period.containing(clock.today(), "week")

        self.action_week = QAction(self.tr("&Semaine"), self, checkable=True)
        self.action_week.setShortcut(QKeySequence("Ctrl+1"))
        self.action_month = QAction(self.tr("&Mois"), self, checkable=True)
        self.action_month.setShortcut(QKeySequence("Ctrl+2"))
        self.view_group = QActionGroup(self)
        for action in (self.action_week, self.action_month):
            self.view_group.addAction(action)
        (self.action_month if self.period.view == "month" else self.action_week).setChecked(True)
        self.action_today = QAction(self.tr("Au&jourd'hui"), self)
        self.action_today.setShortcut(QKeySequence("Ctrl+T"))
        self.action_previous = QAction(self.tr("Période &précédente"), self)
        self.action_previous.setShortcut(QKeySequence("Alt+Left"))
        self.action_next = QAction(self.tr("Période &suivante"), self)
        self.action_next.setShortcut(QKeySequence("Alt+Right"))
        self.action_refresh = QAction(self.tr("&Actualiser"), self)
        self.action_refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.action_week.triggered.connect(lambda: self.set_view("week"))
        self.action_month.triggered.connect(lambda: self.set_view("month"))
        self.action_today.triggered.connect(lambda: self.go_to(self.clock.today()))
        self.action_previous.triggered.connect(lambda: self.set_period(self.period.shifted(-1)))
        self.action_next.triggered.connect(lambda: self.set_period(self.period.shifted(1)))
        self.action_refresh.triggered.connect(self.refresh)

        bar = QHBoxLayout()
        for action, text in ((self.action_previous, "◀"), (self.action_today, None), (self.action_next, "▶")):
            button = QToolButton()
            button.setDefaultAction(action)
            if text:
                button.setText(text)
                button.setToolTip(action.text().replace("&", ""))
            bar.addWidget(button)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        for action in (self.action_week, self.action_month):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        self.views = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        self._update_title()

    # --- views --------------------------------------------------------------------------------

    def add_view(self, view: QWidget) -> None:
        self.views.addWidget(view)
        if self.views.count() == 1:
            self._show(view)

    def set_current_view(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        self._show(view)

    def current_view(self) -> QWidget | None:
        return self.views.currentWidget()

    # --- the period ---------------------------------------------------------------------------

    def set_period(self, period: Period) -> None:
        self.period = period
        (self.action_month if period.view == "month" else self.action_week).setChecked(True)
        self._update_title()
        self.refresh()
        self.periodChanged.emit(period)

    def set_view(self, view: str) -> None:
        """Week or month, around the day in view (today when it is in the period)."""
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        now = self.clock.today()
        anchor = now if now in self.period else self.period.first
        self.set_period(Period.containing(anchor, view))

    def go_to(self, day: dt.date, view: str | None = None) -> None:
        self.set_period(Period.containing(day, view or self.period.view))

    def refresh(self) -> None:
        view = self.current_view()
        if view is not None:
            self._show(view)

    def _show(self, view: QWidget) -> None:
        show = getattr(view, "show_period", None)
        if show is not None:
            show(self.period)

    def _update_title(self) -> None:
        p = self.period
        if p.view == "month":
            text = p.month_title(self.lang)
        else:
            start, end = p.range_parts(self.lang)
            text = (self.tr("Semaine %1, du %2 au %3").replace("%1", str(p.week_number))
                    .replace("%2", start).replace("%3", end))
        self.title.setText(text)
