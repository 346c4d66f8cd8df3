"""Choosing engagements: a searchable list to pick one (the Mandats menu's « Lettre d'entente… »).

    number = choose_engagement(parent, db)    # the chosen engagement's number, or None

Typing filters the list at once on number, title and member (every word, accents ignored);
Down moves from the filter into the list, Enter or a double click chooses.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.services import planning
from crec_desktop.ui.letters.models import NUMBER_ROLE, EngagementFilter, EngagementListModel

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database


def engagement_table(model, parent: QWidget | None = None) -> QTableView:
    """A table of engagements as both letter screens show it."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.resizeSection(0, 110)
    header.resizeSection(1, 360)
    header.resizeSection(2, 150)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


def newest_first(engagements: list) -> list:
    """The latest engagements (highest numbers) at the top, where they are looked for."""
    return sorted(engagements, key=lambda e: e.number, reverse=True)


class EngagementChooserDialog(QDialog):
    """Pick one engagement."""

    def __init__(self, engagements, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choisir un mandat"))
        self.model = EngagementListModel(engagements, parent=self)
        self.proxy = EngagementFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Numéro, titre ou membre…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        label = QLabel(self.tr("&Rechercher :"))
        label.setBuddy(self.filter)
        self.table = engagement_table(self.proxy, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._filter_changed("")

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def chosen(self) -> str | None:
        """The selected engagement's number (None: nothing selected)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(NUMBER_ROLE) if rows else None

    def choose(self, number: str) -> bool:
        """Select number in the list (if shown)."""
        row = self.model.row_of(number)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """From the search field, Down and Up move in the list (the field keeps the focus)."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.table.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)


def choose_engagement(parent: QWidget | None, db: Database, current: str | None = None) -> str | None:
    """Ask for an engagement (current preselected); its number, or None if the user cancels."""
    dialog = EngagementChooserDialog(newest_first(planning.engagements(db)), parent)
    if current:
        dialog.choose(current)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
