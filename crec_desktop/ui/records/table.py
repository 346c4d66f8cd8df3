"""The item model under every records list: a flat table of plain rows with named columns.

A subclass says what its columns are (`make_columns`, with translated titles and the formats of
`self.ctx`, the records' context) and gets the rest: display text, tooltips, alignment, a colour
swatch, greyed inactive rows, loose search text and sort keys (for `search.RecordProxy`). Checked
by pytest-qt's qtmodeltester in the tests.

    class SpecialistModel(RecordTableModel):
        def make_columns(self):
            return [Column("name", self.tr("Nom"), lambda r: r.name), …]
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap

from crec_desktop.domain.text import fold
from crec_desktop.ui.records.context import RecordsContext

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 40
INACTIVE = QColor("#8a8f98")


@dataclasses.dataclass(frozen=True)
class Column:
    """One named column: its title, its text for a row, and optionally its sort key (default: the
    folded text), tooltip, swatch colour and background, and whether it is a number."""

    name: str
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tip: Callable[[Any], str | None] | None = None
    colour: Callable[[Any], str | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    number: bool = False
    hidden: bool = False  # hidden until the user shows it


_SWATCHES: dict[str, QIcon] = {}


def swatch(colour: str) -> QIcon:
    icon = _SWATCHES.get(colour)
    if icon is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(colour))
        icon = _SWATCHES[colour] = QIcon(pixmap)
    return icon


class RecordTableModel(QAbstractTableModel):
    def __init__(self, ctx: RecordsContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.columns: list[Column] = self.make_columns()
        self._names = [c.name for c in self.columns]
        self._rows: list[Any] = []
        self._search: list[str | None] = []

    def make_columns(self) -> list[Column]:  # pragma: no cover - every list has its own
        raise NotImplementedError

    def is_active(self, row: Any) -> bool:
        """Inactive rows are shown greyed."""
        return bool(getattr(row, "active", True))

    # --- rows ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [None] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def column(self, name: str) -> int:
        return self._names.index(name)

    def search_text(self, row: int) -> str:
        """Every column's text of the row, folded (computed once per row)."""
        text = self._search[row]
        if text is None:
            item = self._rows[row]
            text = self._search[row] = " ".join(fold(c.text(item)) for c in self.columns) + " " + fold(
                self.extra_search(item))
        return text

    def extra_search(self, row: Any) -> str:
        """Words a row is also found by, beyond its columns' text."""
        return ""

    def sort_key(self, row: int, column: int):
        col, item = self.columns[column], self._rows[row]
        if col.sort is not None:
            return col.sort(item)
        text = col.text(item)
        return fold(text) if text else None

    # --- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.columns):
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(item) if column.tip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(item)
            return swatch(colour) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(item)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_active(item):
            return QBrush(INACTIVE)
        if role == ROW_ROLE:
            return index.row()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
