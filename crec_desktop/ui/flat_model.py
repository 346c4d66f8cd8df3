"""The base of the letters' and the reports' item models: a read-only flat table of rows under
named columns (checked with qtmodeltester in their tests).

A model names its columns (`COLUMNS`, or `column_names()` when they vary), gives their headers
(`headers()`, translated in its own class) and its `data()`; rows, counts, header and flags come
from here.

    class SlotModel(FlatTableModel):
        COLUMNS = ("day", "start", "end", "hours", "soft")
        def headers(self): return [self.tr("Jour"), …]
        def data(self, index, role): …   # self._rows[index.row()], self.COLUMNS[index.column()]
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """A read-only flat table with named columns."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, rows: Iterable[Any] = (), parent=None):
        super().__init__(parent)
        self._rows: list[Any] = list(rows)

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def column_names(self) -> list[str]:
        return list(self.COLUMNS)

    def headers(self) -> list[str]:  # pragma: no cover - each model has its own
        raise NotImplementedError

    def column(self, name: str) -> int:
        return self.column_names().index(name)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.column_names())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
