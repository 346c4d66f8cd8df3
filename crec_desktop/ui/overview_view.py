"""The central view until the planning grid arrives: what the database holds, and each active
specialist's booked hours against their capacity over the period on screen.

`OverviewView.show_period(period)` asks services.overview for the numbers; `LoadModel` is the
table's item model (named columns, checked by qtmodeltester in the tests).
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.formatting import format_hours
from crec_desktop.domain.money import NBSP, format_number
from crec_desktop.services.overview import Overview, SpecialistLoad, overview
from crec_desktop.ui.period import Period

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database

_Index = QModelIndex | QPersistentModelIndex


def format_percent(ratio: Decimal, lang: str) -> str:
    """85 % (no-break space) in French, 85% in English."""
    number = format_number(ratio * 100, lang, 0)
    return f"{number}{NBSP}%" if lang == "fr" else f"{number}%"


def load_colour(ratio: Decimal | None) -> QColor | None:
    """A quiet heat scale: pale under half, green to full, amber just over, red well over."""
    if ratio is None:
        return None
    if ratio < Decimal("0.5"):
        return QColor("#e8eef7")
    if ratio <= Decimal("1.0"):
        return QColor("#dcefdc")
    if ratio <= Decimal("1.1"):
        return QColor("#fbe7c2")
    return QColor("#f6cdc6")


class LoadModel(QAbstractTableModel):
    """One row per active specialist: booked hours (confirmed, tentative), capacity, load."""

    COLUMNS = ("specialist", "domain", "confirmed", "tentative", "capacity", "load")
    NUMERIC = frozenset({"confirmed", "tentative", "capacity", "load"})

    def __init__(self, lang: str = "fr", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._rows: tuple[SpecialistLoad, ...] = ()

    def set_loads(self, loads: tuple[SpecialistLoad, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(loads)
        self.endResetModel()

    def load_at(self, row: int) -> SpecialistLoad:
        return self._rows[row]

    def column(self, name: str) -> int:
        return self.COLUMNS.index(name)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "specialist": self.tr("Spécialiste"),
            "domain": self.tr("Domaine"),
            "confirmed": self.tr("Confirmées"),
            "tentative": self.tr("Provisoires"),
            "capacity": self.tr("Capacité"),
            "load": self.tr("Charge"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and name == "load":
            return load_colour(item.load)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("load", "capacity"):
            tip = self.tr("%1 réservées sur %2 disponibles").replace(
                "%1", format_hours(item.booked_hours, self.lang)).replace("%2", format_hours(item.capacity_hours, self.lang))
            if item.absent_days:
                tip += "\n" + self.tr("Absences : %n jour(s) ouvrable(s)", "", item.absent_days)
            return tip
        return None

    def _text(self, item: SpecialistLoad, name: str) -> str:
        if name == "specialist":
            return item.name
        if name == "domain":
            return item.domain_name(self.lang)
        if name == "load":
            return "—" if item.load is None else format_percent(item.load, self.lang)
        value = {"confirmed": item.confirmed_hours, "tentative": item.tentative_hours,
                 "capacity": item.capacity_hours}[name]
        return format_hours(value, self.lang)


class _Figure(QFrame):
    """A number and what it counts, as a card."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figure")
        layout = QVBoxLayout(self)
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class OverviewView(QWidget):
    """Figures of the database and the period, and the specialists' load table."""

    def __init__(self, db: Database, lang: str = "fr", parent=None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.current: Overview | None = None
        self.figures = {
            "specialists": _Figure(self.tr("spécialistes actifs")),
            "members": _Figure(self.tr("organisations membres")),
            "engagements": _Figure(self.tr("mandats ouverts")),
            "bookings": _Figure(self.tr("réservations dans la période")),
            "hours": _Figure(self.tr("heures réservées dans la période")),
        }
        cards = QGridLayout()
        for column, figure in enumerate(self.figures.values()):
            cards.addWidget(figure, 0, column)
        self.model = LoadModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr(
            "<h3>La base de données est vide</h3><p>Importez un fichier d'échange (Fichier → "
            "Importer…) ou chargez les données de démonstration avec la commande "
            "<code>crec-desktop demo</code>.</p>"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.note = QLabel(self.tr(
            "Capacité : heures hebdomadaires de chaque spécialiste réparties sur les jours ouvrables "
            "de la période, moins ses absences. La grille de planification remplacera cette vue."))
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        self.table_title = QLabel(self.tr("<b>Charge des spécialistes</b>"))
        layout.addWidget(self.table_title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)

    def show_period(self, period: Period) -> None:
        """Read the figures of period from the database and show them."""
        ov = overview(self.db, period.first, period.last)
        self.current = ov
        lang = self.lang
        self.figures["specialists"].value.setText(format_number(ov.specialists, lang, 0))
        self.figures["members"].value.setText(format_number(ov.members, lang, 0))
        self.figures["engagements"].value.setText(format_number(ov.open_engagements, lang, 0))
        self.figures["engagements"].caption.setText(
            self.tr("mandats ouverts (sur %1)").replace("%1", format_number(ov.engagements, lang, 0)))
        self.figures["bookings"].value.setText(format_number(ov.bookings, lang, 0))
        self.figures["hours"].value.setText(format_hours(ov.booked_hours, lang))
        self.model.set_loads(ov.loads)
        self.body.setCurrentWidget(self.empty if ov.is_empty else self.table)
