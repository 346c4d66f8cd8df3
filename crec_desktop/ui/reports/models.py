"""Item models of the Reports screens (flat tables, checked with qtmodeltester in the tests).

- `ReportTableModel`: one view of the hours report (`services.reports.Table`): its named, typed
  columns, its rows and its totals row (bold, last), numbers in Quebec formats, right-aligned;
- `SuggestionModel`: the ranked specialists of a suggestion (rank, name, score, free hours,
  hours of slots);
- `SlotModel`: the slots of one suggestion (day, from, to, hours, tentative or not).

Each column has a name (`column_names()`, from `ui.flat_model.FlatTableModel`), so tests and
code ask for « free_hours », not 3.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crec_desktop.domain.formatting import format_date, format_hours, format_time
from crec_desktop.domain.money import NBSP, format_money, format_number
from crec_desktop.domain.timeutil import to_local
from crec_desktop.services.report_tables import COUNT, HOURS, MONEY, PERCENT, Table
from crec_desktop.services.suggestions import Slot, Suggestion
from crec_desktop.ui.flat_model import FlatTableModel

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1   # the raw value (numbers as Decimal) for sorting and tests
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
SOFT = QColor("#8a6d00")


def format_cell(value: Any, kind: str, lang: str) -> str:
    """A report cell as text: hours 1 234,50 / 1,234.50; 87,5 % / 87.5%; money; counts."""
    if value is None or value == "":
        return ""
    if kind == HOURS:
        return format_number(Decimal(value), lang, 2)
    if kind == PERCENT:
        text = format_number(Decimal(value) * 100, lang, 1)
        return f"{text}{NBSP}%" if lang == "fr" else f"{text}%"
    if kind == MONEY:
        return format_money(Decimal(value), lang)
    if kind == COUNT:
        return str(int(value))
    return str(value)


class ReportTableModel(FlatTableModel):
    """One view of the report; the totals row is the last row, in bold."""

    def __init__(self, table: Table | None = None, lang: str = "fr", parent=None):
        super().__init__((), parent)
        self.lang = lang
        self.table: Table | None = None
        if table is not None:
            self.set_table(table)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = [*table.rows, table.total]
        self.endResetModel()

    def column_names(self) -> list[str]:
        return [c.key for c in self.table.columns] if self.table else []

    def headers(self) -> list[str]:
        return self.table.headers(self.lang) if self.table else []

    def is_total(self, row: int) -> bool:
        return row == len(self._rows) - 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None or index.row() >= len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        kind = self.table.columns[index.column()].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, kind, self.lang)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if kind == "text" else _RIGHT
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and kind == "text" and value:
            return str(value)
        return None


class SuggestionModel(FlatTableModel):
    """The ranked specialists."""

    COLUMNS = ("rank", "name", "score", "free_hours", "slot_hours")

    def __init__(self, suggestions: Sequence[Suggestion] = (), lang: str = "fr", parent=None):
        super().__init__(suggestions, parent)
        self.lang = lang

    def set_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        self.set_rows(suggestions)

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Rang"), self.tr("Spécialiste"), self.tr("Score"), self.tr("Heures libres"),
                self.tr("Créneaux proposés")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        s = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        values = {"rank": index.row() + 1, "name": s.specialist_name, "score": s.score, "free_hours": s.free_hours,
                  "slot_hours": s.slot_hours}
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[name]
            if name in ("free_hours", "slot_hours"):
                return format_hours(value, self.lang)
            if name == "score":
                return f"{value}/100"
            return str(value)
        if role == SORT_ROLE:
            return values[name]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if name == "name" else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"+{r.points}  {r.text(self.lang)}" for r in s.reasons)
        return None


class SlotModel(FlatTableModel):
    """The slots of one suggestion, in order."""

    COLUMNS = ("day", "start", "end", "hours", "soft")

    def __init__(self, slots: Sequence[Slot] = (), lang: str = "fr", parent=None):
        super().__init__(slots, parent)
        self.lang = lang

    def set_slots(self, slots: Sequence[Slot]) -> None:
        self.set_rows(slots)

    def slots(self) -> list[Slot]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [self.tr("Jour"), self.tr("De"), self.tr("À"), self.tr("Heures"), self.tr("Remarque")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        slot = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "day":
                return format_date(to_local(slot.start).date(), self.lang, weekday=True)
            if name == "start":
                return format_time(slot.start, self.lang)
            if name == "end":
                return format_time(slot.end, self.lang)
            if name == "hours":
                return format_hours(slot.hours, self.lang)
            return self.tr("sur une réservation provisoire") if slot.soft else ""
        if role == SORT_ROLE:
            return {"day": slot.start, "start": slot.start, "end": slot.end, "hours": slot.hours,
                    "soft": slot.soft}[name]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if name == "hours" else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and slot.soft:
            return QBrush(SOFT)
        return None
