"""Loose search and sorting for the records' lists.

`fold("Côté")` (domain.text) gives "cote" — so typing `cote` finds Côté, `LEVIS` finds Lévis, `oeuvre` finds Œuvre. `RecordProxy` filters a
`RecordTableModel` by every word typed (each must appear somewhere in the row) and by a
predicate (the list's filter: active only, open engagements…), and sorts by each column's sort
key (numbers as numbers, dates as dates, empty values last).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from crec_desktop.domain.text import fold


def words(query: str) -> list[str]:
    return fold(query).split()


class RecordProxy(QSortFilterProxyModel):
    """Filter by typed words (accents and case ignored) and a predicate; sort by sort keys."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        wanted = words(text)
        if wanted != self._words:
            self.beginFilterChange()
            self._words = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if source_parent.isValid() or model is None:
            return False
        if self._predicate is not None and not self._predicate(model.row_at(source_row)):
            return False
        if not self._words:
            return True
        haystack = model.search_text(source_row)
        return all(w in haystack for w in self._words)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        a = model.sort_key(left.row(), left.column())
        b = model.sort_key(right.row(), right.column())
        # empty values after the others, whichever the order
        if a is None or b is None:
            return (a is not None) if self.sortOrder() == Qt.SortOrder.AscendingOrder else (a is None and b is not None)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()
