"""Item models of the grid's lists: the filter choices and the colour legend.

Both are flat QAbstractListModels over plain `Choice` values (data.py), checked with pytest-qt's
qtmodeltester. A filter combo box shows a ChoiceModel whose first entry is "all" (id None).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from crec_desktop.ui.grid.data import Choice

ID_ROLE = Qt.UserRole + 1
DETAIL_ROLE = Qt.UserRole + 2


class ChoiceModel(QAbstractListModel):
    """Choices for a filter or a dialog field: label, tooltip detail, the id in ID_ROLE."""

    def __init__(self, choices: list[Choice] | None = None, parent=None):
        super().__init__(parent)
        self._items: list[Choice] = list(choices or [])

    def set_choices(self, choices: list[Choice]) -> None:
        self.beginResetModel()
        self._items = list(choices)
        self.endResetModel()

    def choices(self) -> list[Choice]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.DisplayRole, Qt.EditRole):
            return item.label
        if role == Qt.ToolTipRole:
            return item.detail or item.label
        if role == ID_ROLE:
            return item.id
        if role == DETAIL_ROLE:
            return item.detail
        if role == Qt.DecorationRole and item.colour:
            return _swatch(item.colour)
        return None

    def row_of(self, value) -> int:
        for i, item in enumerate(self._items):
            if item.id == value:
                return i
        return -1


class LegendModel(QAbstractListModel):
    """What each colour means in view (members or domains), with a swatch as decoration."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Choice] = []

    def set_entries(self, entries: list[Choice]) -> None:
        if entries == self._items:
            return
        self.beginResetModel()
        self._items = list(entries)
        self.endResetModel()

    def entries(self) -> list[Choice]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.DisplayRole:
            return item.label
        if role == Qt.ToolTipRole:
            return item.detail or item.label
        if role == Qt.DecorationRole:
            return _swatch(item.colour or "#888888")
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled


_SWATCHES: dict[str, QIcon] = {}


def _swatch(colour: str) -> QIcon:
    icon = _SWATCHES.get(colour)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(colour))
        icon = _SWATCHES[colour] = QIcon(pixmap)
    return icon
