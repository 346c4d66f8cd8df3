"""Rapports › Heures par spécialiste, membre et mandat…: the hours report on screen, saved as a file.

Choose the period (this month, last month, this fiscal year, or custom dates); the views of the
report (specialists, members, specialist × member in hours and in shares, engagements) show as
tables, one tab each, with their totals row; « Enregistrer… » writes the same report as an Excel
workbook or a CSV file (`services.report_files`, as the `report` command does).

    HoursReportDialog.open_for(window, db, "fr")
"""
from __future__ import annotations

import datetime as dt
import pathlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.messages import UserError
from crec_desktop.files import write_bytes_atomically
from crec_desktop.services import report_files, reports
from crec_desktop.ui.reports.models import ReportTableModel

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database

CUSTOM = "custom"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def report_table(model, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


class HoursReportDialog(QDialog):
    def __init__(self, db: Database, lang: str = "fr", *, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.today = db.clock.today()
        self.report: reports.HoursReport | None = None
        self.setWindowTitle(self.tr("Heures par spécialiste, membre et mandat"))

        self.preset = QComboBox()
        for key, text in ((reports.THIS_MONTH, self.tr("Ce mois-ci")), (reports.LAST_MONTH, self.tr("Le mois dernier")),
                          (reports.THIS_FISCAL_YEAR, self.tr("Cet exercice")), (CUSTOM, self.tr("Dates choisies"))):
            self.preset.addItem(text, key)
        first, last = reports.report_period(db, reports.THIS_MONTH, self.today)
        self.first_edit, self.last_edit = date_edit(first, self), date_edit(last, self)
        period_label = QLabel(self.tr("&Période :"))
        period_label.setBuddy(self.preset)
        from_label, to_label = QLabel(self.tr("&Du")), QLabel(self.tr("a&u"))
        from_label.setBuddy(self.first_edit)
        to_label.setBuddy(self.last_edit)
        self.refresh_button = QPushButton(self.tr("&Actualiser"))
        top = QHBoxLayout()
        for widget in (period_label, self.preset, from_label, self.first_edit, to_label, self.last_edit,
                       self.refresh_button):
            top.addWidget(widget)
        top.addStretch(1)

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.tabs = QTabWidget()
        self.models: dict[str, ReportTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self.tabs.currentChanged.connect(self._tab_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Enregistrer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Enregistrer ce rapport comme classeur Excel (.xlsx) ou fichier CSV."))
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.first_edit.dateChanged.connect(self._dates_edited)
        self.last_edit.dateChanged.connect(self._dates_edited)
        self.refresh_button.clicked.connect(self.refresh)
        self._preset_changed()

    # --- period -------------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return pydate(self.first_edit.date()), pydate(self.last_edit.date())

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def set_period(self, first: dt.date, last: dt.date) -> None:
        """Custom dates (what a user types), then the report for them."""
        self.set_preset(CUSTOM)
        self._show_period(first, last)

    _setting = False  # True while both dates are being set: no report for the first alone

    def _show_period(self, first: dt.date, last: dt.date) -> None:
        self._setting = True
        self.first_edit.setDate(qdate(first))
        self.last_edit.setDate(qdate(last))
        self._setting = False
        self.refresh()

    def _preset_changed(self, *_args) -> None:
        key = self.preset.currentData()
        if key != CUSTOM:
            self._show_period(*reports.report_period(self.db, key, self.today))

    def _dates_edited(self, *_args) -> None:
        if not self._setting:
            self.set_preset(CUSTOM)  # a date typed: the period is the user's own
            self.refresh()

    # --- the report ---------------------------------------------------------------------------

    def refresh(self) -> None:
        first, last = self.period()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = reports.hours_report(self.db, first, last)
        except UserError as exc:
            self.report = None
            self.title.setText(exc.text(self.lang))
            self.save_button.setEnabled(False)
            self._show_tables([])
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.title.setText(self.report.title(self.lang))
        self.save_button.setEnabled(True)
        self._show_tables(self.report.tables(self.lang))

    def _show_tables(self, tables) -> None:
        current = self.tabs.currentIndex()
        if [t.key for t in tables] != list(self.models):
            self.tabs.clear()
            self.models, self.views = {}, {}
            for table in tables:
                model = ReportTableModel(table, self.lang, self)
                view = report_table(model, self)
                self.models[table.key], self.views[table.key] = model, view
                self.tabs.addTab(view, table.title)
        else:
            for table in tables:
                self.models[table.key].set_table(table)
        for view in self.views.values():
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 320))
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        keys = list(self.models)
        self.note.setText(self.models[keys[index]].table.note if 0 <= index < len(keys) else "")

    # --- saving -------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        first, last = self.period()
        stem = self.tr("heures") if self.lang == "fr" else "hours"
        return f"{stem}-{first.isoformat()}-{last.isoformat()}.xlsx"

    def save(self) -> None:
        excel, csv = self.tr("Classeur Excel (*.xlsx)"), self.tr("Fichier CSV (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le rapport"), self.default_file_name(),
                                                   f"{excel};;{csv}")
        if not path:
            return
        if not pathlib.Path(path).suffix:
            path += ".csv" if chosen == csv else ".xlsx"
        try:
            self.save_to(pathlib.Path(path))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Rapport non enregistré"), exc.text(self.lang))

    def save_to(self, path: pathlib.Path) -> None:
        """Write the report shown to path (.xlsx or .csv), in the dialog's language; UserError if not."""
        if self.report is None:
            return
        write_bytes_atomically(path, report_files.report_bytes(self.report, path, self.lang))

    @classmethod
    def open_for(cls, parent: QWidget | None, db: Database, lang: str) -> HoursReportDialog:
        dialog = cls(db, lang, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
