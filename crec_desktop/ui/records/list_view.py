"""A records list: a search box (accents and case ignored), a filter, the table (sortable by
any column; columns chosen from the header's context menu), and the list's buttons. What it
remembers — hidden columns, sort, filter — goes to `prefs.ListPrefs`.

Each list (specialists, members, engagements, absences) is a subclass that gives its model,
its filters, how to load its rows, its editor and its buttons:

    class MemberList(RecordListView):
        name = "members"
        def make_model(self): …
        def filters(self): return [("active", self.tr("Actifs"), lambda r: r.state.active), …]
        def load_rows(self): return list_members(self.ctx.db, …)
        def editor(self): return MemberDialog      # new_record() and open_row(row) ask it
        def make_buttons(self): … self.add_button(self.tr("Supprimer…"), self.delete_selected) …

A button's service call goes through `apply(change, row)`: refused, the user reads why and the
list is read again; done, the list follows the change.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.messages import UserError
from crec_desktop.ui.records.context import RecordsContext, Words
from crec_desktop.ui.records.prefs import ListPrefs
from crec_desktop.ui.records.search import RecordProxy
from crec_desktop.ui.records.table import RecordTableModel

Filter = tuple[str, str, Callable[[Any], bool] | None]


class RecordListView(QWidget):
    changed = Signal()  # something was saved from this list (the other lists and views refresh)

    name = "records"
    default_sort: tuple[str, bool] = ("name", True)

    def __init__(self, ctx: RecordsContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.words = Words(self)
        self.prefs = ListPrefs(ctx.store, self.name)
        self.model: RecordTableModel = self.make_model()
        self.proxy = RecordProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Rechercher (les accents sont facultatifs)…"))
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._search_changed)
        self.filter = QComboBox()
        self._filters = self.filters()
        for code, label, _predicate in self._filters:
            self.filter.addItem(label, code)
        codes = tuple(code for code, _, _ in self._filters)
        self.filter.setCurrentIndex(codes.index(self.prefs.filter(codes[0], codes)))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel()
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        names = [c.name for c in self.model.columns]
        wide = next((n for n in ("name", "title") if n in names), None)
        if wide is not None:  # the long text takes the room left, not whatever column comes last
            header.setSectionResizeMode(names.index(wide), QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Clic droit : choisir les colonnes"))
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

        self.button_bar = QHBoxLayout()
        self.button_bar.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter, 1)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_bar)
        self.make_buttons()
        self._apply_filter()
        self._restore_columns()

    # --- what a list gives ----------------------------------------------------------------------
    def make_model(self) -> RecordTableModel:  # pragma: no cover
        raise NotImplementedError

    def filters(self) -> list[Filter]:
        return [("all", self.tr("Tous"), None)]

    def load_rows(self) -> list[Any]:  # pragma: no cover
        raise NotImplementedError

    def make_buttons(self) -> None:
        pass

    def editor(self) -> type:  # pragma: no cover - the dialog class, imported when first needed
        """The list's editor: a dialog class with `ask(parent, ctx, key, **options)` → Outcome or None."""
        raise NotImplementedError

    def row_key(self, row: Any):
        return getattr(row, "key", None)

    def update_buttons(self) -> None:
        pass

    # --- buttons --------------------------------------------------------------------------------
    def add_button(self, text: str, slot: Callable, *, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        self.button_bar.addWidget(button)
        return button

    # --- editing --------------------------------------------------------------------------------
    def new_record(self) -> None:
        self.edit(None)

    def open_row(self, row: Any) -> None:
        self.edit(self.row_key(row))

    def edit(self, key, **options) -> None:
        """The editor on the record under key (None: a new record); the list follows what it saved."""
        outcome = self.editor().ask(self, self.ctx, key, **options)
        if outcome is not None:
            self.saved(outcome)

    def apply(self, change: Callable, row: Any, *, refused_title: str | None = None) -> None:
        """A service's `change(db, user, key, version)` on row. Refused: the user reads why (under
        refused_title) and the list is read again; done: the list follows the change."""
        try:
            outcome = change(self.ctx.db, self.ctx.user, self.row_key(row), row.version)
        except UserError as exc:
            self.refused(exc, refused_title)
            self.refresh()
            return
        self.saved(outcome)

    # --- rows -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the rows again, keeping the selection and where the table was scrolled to."""
        selected = self.selected_row()
        key = self.row_key(selected) if selected is not None else None
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(self.load_rows())
        self._update_count()
        if key is not None:
            self.select(lambda r: self.row_key(r) == key)
        self.table.verticalScrollBar().setValue(scrolled)
        self.update_buttons()

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row()) if source.isValid() else None

    def select(self, predicate: Callable[[Any], bool]) -> bool:
        row = self.model.find(predicate)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def visible_rows(self) -> list[Any]:
        return [self.model.row_at(self.proxy.source_row(r)) for r in range(self.proxy.rowCount())]

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)

    def saved(self, outcome=None) -> None:
        """After an editor saved: read again, tell the others."""
        self.refresh()
        if outcome is not None and getattr(outcome, "main", None) is not None:
            key = outcome.main.key
            self.select(lambda r: self.row_key(r) == key)
        self.changed.emit()

    def refused(self, error: UserError, title: str | None = None) -> None:
        QMessageBox.warning(self, title or self.tr("Opération refusée"), error.text(self.lang))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- search, filter, sort, columns ----------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _filter_changed(self, _index: int) -> None:
        self._apply_filter()
        self.prefs.set_filter(self.filter.currentData())

    def _apply_filter(self) -> None:
        code = self.filter.currentData()
        predicate = next((p for c, _, p in self._filters if c == code), None)
        self.proxy.set_predicate(predicate)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 sur %2").replace("%1", str(shown)).replace("%2", str(total)))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.model.columns):
            self.prefs.set_sort(self.model.columns[section].name, order == Qt.SortOrder.AscendingOrder)

    def _restore_columns(self) -> None:
        default_hidden = {c.name for c in self.model.columns if c.hidden}
        hidden = self.prefs.hidden_columns(default_hidden)
        for i, column in enumerate(self.model.columns):
            self.table.setColumnHidden(i, column.name in hidden)
        name, ascending = self.prefs.sort(self.default_sort)
        names = [c.name for c in self.model.columns]
        section = names.index(name) if name in names else names.index(self.default_sort[0])
        self.table.sortByColumn(section, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)

    def hidden_columns(self) -> set[str]:
        return {c.name for i, c in enumerate(self.model.columns) if self.table.isColumnHidden(i)}

    def set_column_visible(self, name: str, visible: bool) -> None:
        section = self.model.column(name)
        if not visible and len(self.model.columns) - len(self.hidden_columns()) <= 1:
            return  # keep at least one column
        self.table.setColumnHidden(section, not visible)
        self.prefs.set_hidden_columns(self.hidden_columns())

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        title = menu.addAction(self.tr("Colonnes affichées"))
        title.setEnabled(False)
        for i, column in enumerate(self.model.columns):
            action = QAction(column.title, menu, checkable=True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, n=column.name: self.set_column_visible(n, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Colonnes par défaut"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def reset_columns(self) -> None:
        default_hidden = {c.name for c in self.model.columns if c.hidden}
        for i, column in enumerate(self.model.columns):
            self.table.setColumnHidden(i, column.name in default_hidden)
        self.prefs.set_hidden_columns(default_hidden)

    def fit_columns(self) -> None:
        """Columns as wide as their contents (within reason), the last one filling the rest."""
        shown = [i for i in range(len(self.model.columns)) if not self.table.isColumnHidden(i)]
        for i in shown[:-1]:
            self.table.resizeColumnToContents(i)
            self.table.setColumnWidth(i, min(self.table.columnWidth(i) + 12, 230))


class ActiveRecordListView(RecordListView):
    """A list of records that are deactivated rather than deleted once they have a history
    (specialists, members): New, Edit (Consult for who may not edit), Deactivate/Reactivate and
    Delete, enabled by `edit_permission`. A subclass gives `new_label()`, `is_active(row)`,
    `set_active(active)` (the service call) and `delete_selected()`."""

    edit_permission = ""

    def new_label(self) -> str:  # pragma: no cover
        raise NotImplementedError

    def is_active(self, row: Any) -> bool:  # pragma: no cover
        raise NotImplementedError

    def set_active(self, active: bool) -> Callable:  # pragma: no cover
        """The service's `change(db, user, key, version)` that (de)activates a record."""
        raise NotImplementedError

    def make_buttons(self) -> None:
        editable = self.ctx.may(self.edit_permission)
        tip = "" if editable else self.ctx.refusal(self.edit_permission)
        self.new_button = self.add_button(self.new_label(), self.new_record, tip=tip)
        self.open_button = self.add_button(self.tr("Modifier…") if editable else self.tr("Consulter…"),
                                           self.open_selected)
        self.active_button = self.add_button(self.tr("Désactiver"), self.toggle_active, tip=tip)
        self.delete_button = self.add_button(self.tr("Supprimer…"), self.delete_selected, tip=tip)
        self.new_button.setEnabled(editable)
        self.update_buttons()

    def update_buttons(self) -> None:
        if not hasattr(self, "delete_button"):
            return
        row = self.selected_row()
        editable = self.ctx.may(self.edit_permission)
        self.open_button.setEnabled(row is not None)
        self.active_button.setEnabled(editable and row is not None)
        self.delete_button.setEnabled(editable and row is not None)
        self.active_button.setText(self.tr("Réactiver") if row is not None and not self.is_active(row)
                                   else self.tr("Désactiver"))

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.apply(self.set_active(not self.is_active(row)), row)

    def delete_selected(self) -> None:  # pragma: no cover
        raise NotImplementedError
