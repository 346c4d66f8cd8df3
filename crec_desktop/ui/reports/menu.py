"""The Rapports menu's entries, and what they open.

    reports = install_reports_menu(window)   # in MainWindow._build_menus, on window.menu_reports

Adds « Heures par spécialiste, membre et mandat… » (window.action_hours_report) and « Suggérer une
ressource… » (window.action_suggest). The dialogs are imported when first opened, so that
start-up does not pay for them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class ReportsMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action_hours_report = QAction(self.tr("&Heures par spécialiste, membre et mandat…"), window)
        self.action_hours_report.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action_hours_report.setStatusTip(self.tr(
            "Heures attendues et réservées, banques d'heures, répartition par membre et mandats d'une période ; "
            "enregistrement en Excel ou CSV."))
        self.action_hours_report.triggered.connect(self.open_hours_report)
        self.action_suggest = QAction(self.tr("&Suggérer une ressource…"), window)
        self.action_suggest.setStatusTip(self.tr(
            "Qui pourrait faire un travail pour un membre, et quand : classement, raisons et créneaux."))
        self.action_suggest.triggered.connect(self.open_suggest)
        window.action_hours_report = self.action_hours_report
        window.action_suggest = self.action_suggest
        window.menu_reports.addActions([self.action_hours_report, self.action_suggest])

    def open_hours_report(self):
        from crec_desktop.ui.reports.report_dialog import HoursReportDialog  # noqa: PLC0415

        return HoursReportDialog.open_for(self.window, self.window.db, self.window.lang)

    def open_suggest(self):
        from crec_desktop.ui.reports.suggest_dialog import SuggestDialog  # noqa: PLC0415

        return SuggestDialog.open_for(self.window, self.window.db, self.window.user, self.window.lang,
                                      undo_stack=self.window.undo_stack)


def install_reports_menu(window) -> ReportsMenu:
    return ReportsMenu(window)
