"""Item models of the letter screens (flat tables on `ui.flat_model.FlatTableModel`, checked
with qtmodeltester in the tests).

- `EngagementListModel`: the engagements (number, title, member, status), optionally checkable,
  for the engagement chooser and the batch of letters;
- `EngagementFilter`: its proxy, keeping the rows whose number, title or member contain every
  word typed (case and accents ignored: « cote » finds « Côté »);
- `IssuedVersionsModel`: the issued versions of one letter (version, language, date, who).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from crec_desktop.domain.formatting import format_date, format_short_date, format_time
from crec_desktop.domain.text import fold
from crec_desktop.domain.timeutil import to_local
from crec_desktop.services.letters import IssuedInfo
from crec_desktop.services.planning import EngagementChoice
from crec_desktop.ui.flat_model import FlatTableModel

_Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1   # the row's text folded for searching (column 0)
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2   # the engagement number (every column)


class EngagementListModel(FlatTableModel):
    """One row per engagement, in number order; column 0 checkable when `checkable`."""

    COLUMNS = ("number", "title", "member", "status")

    def __init__(self, engagements: Sequence[EngagementChoice] = (), *, checkable: bool = False, parent=None):
        super().__init__((), parent)
        self.checkable = checkable
        self._search: list[str] = []
        self._checked: set[str] = set()
        self.set_engagements(engagements)

    def set_engagements(self, engagements: Iterable[EngagementChoice]) -> None:
        self.beginResetModel()
        self._rows = list(engagements)
        self._search = [fold(f"{e.number} {e.title} {e.member_label}") for e in self._rows]
        self._checked &= {e.number for e in self._rows}
        self.endResetModel()

    def status_text(self, status: str) -> str:
        return {
            "draft": self.tr("Brouillon"),
            "sent": self.tr("Envoyé"),
            "signed": self.tr("Signé"),
            "in_progress": self.tr("En cours"),
            "completed": self.tr("Terminé"),
            "cancelled": self.tr("Annulé"),
        }.get(status, status)

    def engagement(self, row: int) -> EngagementChoice:
        return self._rows[row]

    def row_of(self, number: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.number == number), -1)

    # --- checking -----------------------------------------------------------------------------

    def checked_numbers(self) -> list[str]:
        """The checked engagements' numbers, in the list's order."""
        return [e.number for e in self._rows if e.number in self._checked]

    def set_checked(self, numbers: Iterable[str], checked: bool = True) -> None:
        numbers = set(numbers)
        changed = [i for i, e in enumerate(self._rows)
                   if e.number in numbers and (e.number in self._checked) != checked]
        if checked:
            self._checked |= numbers & {e.number for e in self._rows}
        else:
            self._checked -= numbers
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    # --- Qt model API -------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Numéro"), self.tr("Titre"), self.tr("Membre"), self.tr("Statut")]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        e = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"number": e.number, "title": e.title, "member": e.member_label,
                    "status": self.status_text(e.status)}[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "member"):
            return e.title if column == "title" else e.member_label
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and column == "number":
            return Qt.CheckState.Checked if e.number in self._checked else Qt.CheckState.Unchecked
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == NUMBER_ROLE:
            return e.number
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or not self.checkable or index.column() != 0
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        number = self._rows[index.row()].number
        if state == Qt.CheckState.Checked:
            self._checked.add(number)
        else:
            self._checked.discard(number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class EngagementFilter(QSortFilterProxyModel):
    """Rows whose number, title and member hold every word of the filter (accents ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt API
        if not self._words:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in text for word in self._words)

    def visible_numbers(self) -> list[str]:
        return [self.index(row, 0).data(NUMBER_ROLE) for row in range(self.rowCount())]


class IssuedVersionsModel(FlatTableModel):
    """The issued versions of one letter, oldest first."""

    COLUMNS = ("version", "language", "issued_at", "issued_by")

    def __init__(self, lang: str = "fr", parent=None):
        super().__init__((), parent)
        self.lang = lang

    def set_versions(self, versions: Iterable[IssuedInfo]) -> None:
        self.set_rows(versions)

    def version_at(self, row: int) -> IssuedInfo:
        return self._rows[row]

    def versions(self) -> list[IssuedInfo]:
        return list(self._rows)

    def issued_text(self, info: IssuedInfo) -> str:
        """« 26 novembre 2026, 9 h 30 » in local time."""
        when = to_local(info.issued_at)
        return f"{format_date(when.date(), self.lang)}, {format_time(when, self.lang)}"

    def short_issued_text(self, info: IssuedInfo) -> str:
        """« 26 nov. 2026, 9 h 30 » / « Nov 26, 2026, 9:30 AM » (the table's column)."""
        when = to_local(info.issued_at)
        day = format_short_date(when.date(), self.lang)
        day = f"{day}, {when.year}" if self.lang == "en" else f"{day} {when.year}"
        return f"{day}, {format_time(when, self.lang)}"

    def language_text(self, code: str) -> str:
        return {"fr": self.tr("Français"), "en": self.tr("Anglais")}.get(code, code)

    def headers(self) -> list[str]:
        return [self.tr("Version"), self.tr("Langue"), self.tr("Émise le"), self.tr("Par")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        info = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"version": str(info.version), "language": self.language_text(info.language),
                    "issued_at": self.short_issued_text(info), "issued_by": info.issued_by}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "version":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("SHA-256 : %1").replace("%1", info.sha256)
        return None
