"""PlanningView: the planning grid as one widget for the main window.

    view = PlanningView(source, undo_stack, parent)      # source: ServiceSource(db, user, lang)
    view.set_zoom(Zoom.MONTH); view.go_to(date); view.today()
    view.set_colour_by("domain"); view.set_filter("member", member_id); view.set_search("FCSD")
    view.statusMessage.connect(statusbar.showMessage)    # refusals, warnings, in the user's language
    view.selectionChanged / openEngagement(int) / openLetter(int) / rangeChanged(first, last)
    view.show_period(period)                             # the main window's period bar drives it
    view.open_own(specialist_id)                         # a specialist's own row and week
    view.print_to(printer) / view.export_pdf(path)       # printing.py

It holds the toolbar and filter bar (toolbar.py), the grid area (area.py) and the legend; edits go through GridEditor (editing.py); it polls the source's
change token so changes made on other workstations appear within seconds, keeping the scroll
position and the selection.

Opening is kept to what the first paint shows: the filters' choices (hundreds of engagements),
the neighbouring months and the writing services come right after it (`_after_first_paint`),
or as soon as something asks for them (`filter_models`, `set_filter`, a saved filter).
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.ui.grid.area import GridArea
from crec_desktop.ui.grid.cache import GridData
from crec_desktop.ui.grid.data import CONFIRMED, TENTATIVE, BlockInfo, Choice, RowInfo
from crec_desktop.ui.grid.editing import GridEditor
from crec_desktop.ui.grid.geometry import Snap, Zoom, date_at, day_index
from crec_desktop.ui.grid.interaction import DragController
from crec_desktop.ui.grid.legend import LegendStrip
from crec_desktop.ui.grid.models import ID_ROLE, LegendModel
from crec_desktop.ui.grid.prefs import FILTER_KINDS, GridPrefs
from crec_desktop.ui.grid.toolbar import GridToolbar
from crec_desktop.ui.watcher import POLL_MS, ChangeWatcher

MUTED_TEXT, WARNING_TEXT, ERROR_TEXT = "#5f6b7a", "#9a6700", "#b42318"

log = logging.getLogger(__name__)


class PlanningView(QWidget):
    statusMessage = Signal(str)
    selectionChanged = Signal(list)
    openEngagement = Signal(int)
    openLetter = Signal(int)
    rangeChanged = Signal(object, object)

    def __init__(self, source, undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 prefs: GridPrefs | None = None, lang: str | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.source = source
        self.undo_stack = undo_stack
        self.lang = lang or getattr(source, "lang", "fr")
        self.prefs = prefs or GridPrefs()
        self.snap: Snap = self.prefs.snap
        self.filters: dict[str, object] = {}
        self.search_text = ""
        self.data = GridData(source)
        self.area = GridArea(self.data, self.lang, source.clock, self)
        self.editor = GridEditor(self)
        self.controller = DragController(self.area, self)
        self.area.controller = self.controller
        self.area.rangeChanged.connect(self._range_changed)
        self.area.loadFailed.connect(lambda text: self.tell(text, error=True))
        self._choices_loaded = False
        self._build()
        self.area.firstPainted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))
        self.data.load_rows()
        self._show_choices({})
        self._apply_prefs()
        # what other workstations save: one watcher of the change stamp, shared with the records window
        self.watcher = ChangeWatcher(source.change_token, poll_ms, self)
        self.watcher.ticked.connect(self.refresh_if_changed)
        self.watcher.start()

    @classmethod
    def for_database(cls, db, user, undo_stack: QUndoStack, *, lang: str = "fr", settings_store=None,
                     parent: QWidget | None = None, poll_ms: int = POLL_MS) -> PlanningView:
        """The grid over the scheduling services of `db` for `user` (services.users.CurrentUser);
        settings_store: the main window's QSettings (Settings.store), so the grid's choices are
        remembered in the same file."""
        from crec_desktop.ui.grid.source import ServiceSource
        return cls(ServiceSource(db, user, lang), undo_stack, parent, prefs=GridPrefs(settings_store), lang=lang,
                   poll_ms=poll_ms)

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = self.toolbar = GridToolbar(self)
        # the toolbar's parts, as the view's own (the main window and the tests reach them here)
        self.nav, self.date_edit, self.zoom_buttons = bar.nav, bar.date_edit, bar.zoom_buttons
        self.colour_combo, self.group_check, self.snap_combo = bar.colour_combo, bar.group_check, bar.snap_combo
        self.search = bar.search
        bar.previous_button.clicked.connect(lambda: self.page(-1))
        bar.next_button.clicked.connect(lambda: self.page(1))
        bar.today_button.clicked.connect(self.today)
        today = self.area.today()
        bar.date_edit.setDate(QDate(today.year, today.month, today.day))
        bar.date_edit.dateChanged.connect(lambda d: self.go_to(d.toPython()))
        bar.zoom_buttons.idClicked.connect(lambda i: self.set_zoom(list(Zoom)[i]))
        bar.colour_combo.currentIndexChanged.connect(lambda _i: self.set_colour_by(bar.colour_combo.currentData()))
        bar.group_check.toggled.connect(self.set_group_by_domain)
        bar.snap_combo.currentIndexChanged.connect(lambda _i: self.set_snap(Snap(bar.snap_combo.currentData())))
        bar.print_button.clicked.connect(self._print_dialog)
        for kind, combo in bar.filter_combos.items():
            combo.currentIndexChanged.connect(lambda _i, k=kind: self._filter_combo_changed(k))
        bar.search.textChanged.connect(self.set_search)
        bar.clear_filters_button.clicked.connect(self.clear_filters)

        self.legend_model = LegendModel(self)
        self.legend = LegendStrip(self.legend_model)
        self.key_label = QLabel(self.tr("▨ provisoire · contour rouge : conflit · bande du bas : charge du jour "
                                        "(bleu faible, vert bonne, jaune pleine, rouge dépassée)"))
        _text_colour(self.key_label, MUTED_TEXT)
        self.message = QLabel()
        _text_colour(self.message, MUTED_TEXT)
        # a message's length must not re-lay the view out (the grid would be resized and repainted)
        self.message.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.message.setMinimumHeight(self.message.fontMetrics().height() + 4)
        self._message_timer = QTimer(self, singleShot=True, interval=8000, timeout=self.message.clear)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.key_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)

    @property
    def filter_models(self) -> dict:
        """The filters' models (kind -> ChoiceModel), their choices loaded."""
        self.ensure_choices()
        return self.toolbar.filter_models

    @property
    def filter_combos(self) -> dict:
        """The filters' combo boxes (kind -> QComboBox), their choices loaded."""
        self.ensure_choices()
        return self.toolbar.filter_combos

    def ensure_choices(self) -> None:
        if not self._choices_loaded:
            self._load_choices()

    def _after_first_paint(self) -> None:
        """What the first paint did not need: the filters' choices, then (in a later turn of the
        event loop, so that neither holds the window up long) the writing services."""
        try:
            self.ensure_choices()
        except Exception:  # a dropped connection: the choices are read when next asked for
            log.warning("reading the filters' choices failed", exc_info=True)
        warm_up = getattr(self.source, "warm_up", None)
        if warm_up is not None:
            QTimer.singleShot(0, warm_up)

    def _load_choices(self) -> None:
        self._show_choices({kind: list(self.source.choices(kind)) for kind in FILTER_KINDS if kind != "status"})
        self._choices_loaded = True

    def _show_choices(self, found: dict[str, list[Choice]]) -> None:
        """Fill the filter combos: "all" first, then the choices found (none yet: "all" only)."""
        alls = {"specialist": self.tr("Tous les spécialistes"), "domain": self.tr("Tous les domaines"),
                "member": self.tr("Tous les membres"), "engagement": self.tr("Tous les mandats"),
                "status": self.tr("Tous les statuts")}
        found["status"] = [Choice(CONFIRMED, self.tr("Confirmées")), Choice(TENTATIVE, self.tr("Provisoires")),
                           Choice("conflict", self.tr("En conflit"))]
        models, combos = self.toolbar.filter_models, self.toolbar.filter_combos
        for kind in FILTER_KINDS:
            combo = combos[kind]
            combo.blockSignals(True)
            models[kind].set_choices([Choice(None, alls[kind])] + found.get(kind, []))
            combo.setCurrentIndex(max(0, models[kind].row_of(self.filters.get(kind))))
            combo.blockSignals(False)

    def _apply_prefs(self) -> None:
        p = self.prefs
        self.area.colour_by = p.colour_by
        self.colour_combo.blockSignals(True)
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(p.colour_by))
        self.colour_combo.blockSignals(False)
        self.group_check.blockSignals(True)
        self.group_check.setChecked(p.group_by_domain)
        self.group_check.blockSignals(False)
        self.snap_combo.blockSignals(True)
        self.snap_combo.setCurrentIndex(self.snap_combo.findData(self.snap.value))
        self.snap_combo.blockSignals(False)
        saved = p.filters
        if saved:  # checked against the choices: those need reading now
            models = self.filter_models
            self.filters = {k: v for k, v in saved.items() if models[k].row_of(v) >= 0}
            for kind, combo in self.toolbar.filter_combos.items():
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, models[kind].row_of(self.filters.get(kind))))
                combo.blockSignals(False)
        self.area.zoom = p.zoom
        self.zoom_buttons.button(list(Zoom).index(p.zoom)).setChecked(True)
        self._apply_filters(reload_rows=True)
        self.area.go_to(self.area.today())

    # -- navigation -----------------------------------------------------------------------------------
    def set_zoom(self, zoom: Zoom | str, keep: dt.date | None = None) -> None:
        zoom = Zoom(zoom)
        first, _last = self.area.visible_days()
        anchor = keep or first
        self.area.set_zoom(zoom, zoom.first_day(anchor))
        self.zoom_buttons.button(list(Zoom).index(zoom)).setChecked(True)
        self.prefs.zoom = zoom

    def zoom(self) -> Zoom:
        return self.area.zoom

    def go_to(self, day: dt.date) -> None:
        self.area.go_to(day)

    def today(self) -> None:
        self.area.go_to(self.area.today())

    def page(self, direction: int) -> None:
        left = self.area.zoom.first_day(self.area.left_day())
        self.area.go_to(self.area.zoom.step(left, direction))

    def visible_days(self) -> tuple[dt.date, dt.date]:
        return self.area.visible_days()

    def show_period(self, period) -> None:
        """The main window's period bar (ui.period.Period: view 'week' or 'month', first day)."""
        zoom = Zoom.MONTH if period.view == "month" else Zoom.WEEK
        if zoom is not self.area.zoom:
            self.area.set_zoom(zoom, period.first)
            self.zoom_buttons.button(list(Zoom).index(zoom)).setChecked(True)
        self.area.go_to(period.first)

    def set_navigation_visible(self, visible: bool) -> None:
        """Hide the view's own previous/today/next/date controls when the window has its own."""
        self.nav.setVisible(visible)

    def open_own(self, specialist_id: int) -> None:
        """A specialist's own view: their row, this week."""
        self.set_filter("specialist", specialist_id)
        self.set_zoom(Zoom.WEEK)
        self.today()

    def _range_changed(self, first: dt.date, last: dt.date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(first.year, first.month, first.day))
        self.date_edit.blockSignals(False)
        self._update_legend()
        self.rangeChanged.emit(first, last)

    # -- looks ---------------------------------------------------------------------------------------
    def set_colour_by(self, by: str) -> None:
        if by not in ("member", "domain"):
            raise ValueError(by)
        self.area.colour_by = by
        self.prefs.colour_by = by
        self.colour_combo.blockSignals(True)
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(by))
        self.colour_combo.blockSignals(False)
        self.area.invalidate()
        self._update_legend()

    def set_group_by_domain(self, on: bool) -> None:
        self.prefs.group_by_domain = bool(on)
        self.group_check.blockSignals(True)
        self.group_check.setChecked(bool(on))
        self.group_check.blockSignals(False)
        self._apply_filters(reload_rows=False)

    def set_snap(self, snap: Snap) -> None:
        self.snap = snap
        self.prefs.snap = snap

    def _update_legend(self) -> None:
        first, last = self.area.visible_days()
        i0, i1 = day_index(first), day_index(last) + 1
        seen: dict[str, Choice] = {}
        by = self.area.colour_by
        style = self.area.style_
        shown = {r.specialist_id for r in self.area.rows_shown}
        for sid, rb in self.data.rows.items():
            if sid not in shown:
                continue
            for placed in rb.in_range(i0, i1):
                b = placed.block
                key = b.domain_code if by == "domain" else b.member_key
                if key in seen:
                    continue
                if by == "domain":
                    label = self._domain_names.get(b.domain_code, b.domain_code) or self.tr("Sans domaine")
                    seen[key] = Choice(key, label, label, style.block_colour_key(b, by))
                else:
                    label = b.member_short or self.tr("Interne")
                    seen[key] = Choice(key, label, b.member_name or label, style.block_colour_key(b, by))
        self.legend_model.set_entries(sorted(seen.values(), key=lambda c: c.label.lower()))

    @property
    def _domain_names(self) -> dict:
        names = getattr(self, "_domain_names_cache", None)
        if names is None:
            names = self._domain_names_cache = {c.id: c.label for c in self.source.choices("domain")}
        return names

    # -- filters --------------------------------------------------------------------------------------
    def set_filter(self, kind: str, value) -> None:
        if kind not in FILTER_KINDS:
            raise ValueError(kind)
        if value is None:
            self.filters.pop(kind, None)
        else:
            self.filters[kind] = value
        combo = self.filter_combos[kind]
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, self.filter_models[kind].row_of(value)))
        combo.blockSignals(False)
        self.prefs.filters = self.filters
        self._apply_filters(reload_rows=False)

    def clear_filters(self) -> None:
        self.filters = {}
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search_text = ""
        for combo in self.toolbar.filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.prefs.filters = {}
        self._apply_filters(reload_rows=False)

    def set_search(self, text: str) -> None:
        if self.search.text() != text:
            self.search.blockSignals(True)
            self.search.setText(text)
            self.search.blockSignals(False)
        self.search_text = text.strip().casefold()
        self._apply_filters(reload_rows=False)

    def _filter_combo_changed(self, kind: str) -> None:
        self.set_filter(kind, self.filter_combos[kind].currentData(ID_ROLE))

    def shown_rows(self) -> list[RowInfo]:
        rows = [r for r in self.data.rows_all if r.active]
        sid = self.filters.get("specialist")
        if sid is not None:
            rows = [r for r in rows if r.specialist_id == sid]
        domain = self.filters.get("domain")
        if domain is not None:
            rows = [r for r in rows if domain in r.domain_codes or r.domain_code == domain]
        if self.prefs.group_by_domain:
            order = {c.id: i for i, c in enumerate(self.source.choices("domain"))}
            rows.sort(key=lambda r: (order.get(r.domain_code, len(order)), r.name.casefold()))
        else:
            rows.sort(key=lambda r: r.name.casefold())
        return rows

    def block_visible(self, b: BlockInfo) -> bool:
        f = self.filters
        if "member" in f and b.member_id != f["member"]:
            return False
        if "engagement" in f and b.engagement_id != f["engagement"]:
            return False
        status = f.get("status")
        if status == "conflict":
            if not b.conflict:
                return False
        elif status is not None and b.status != status:
            return False
        q = self.search_text
        if q:
            hay = " ".join((b.member_short, b.member_name, b.engagement_number, b.engagement_title,
                            b.location or "", b.note or "")).casefold()
            if q not in hay:
                return False
        return True

    def _apply_filters(self, reload_rows: bool) -> None:
        active = bool({"member", "engagement", "status"} & set(self.filters)) or bool(self.search_text)
        self.data.block_filter = self.block_visible if active else None
        self.data.refilter()
        self.area.set_rows(self.shown_rows(), self.prefs.group_by_domain)
        self.select_keys([k for k in self.area.selection if k in self.data.by_key])
        self._update_legend()

    # -- data -------------------------------------------------------------------------------------------
    def reload(self, days=None, rows=None) -> None:
        """Fetch again (the months holding `days`, or everything loaded; with `rows`, only those
        specialists' bookings on those days); keep scroll and selection. What changed is
        repainted: the rows touched, or everything."""
        self.data.reload(days, rows)
        self.area.selection = {k for k in self.area.selection if k in self.data.by_key}
        self.area.viewport().update()
        self._update_legend()

    def refresh_if_changed(self, stamp: object | None = None) -> bool:
        """Reload when another workstation changed something: the watcher's stamp (or, None, one
        read now) differs from the one the grid was read at. True when it did."""
        if self.controller.state is not None or not self.isVisible():
            return False                 # never pull the rug from under a drag; nothing to show hidden
        try:
            changed = self.data.changed_elsewhere() if stamp is None else stamp != self.data.token
        except Exception:  # noqa: BLE001 - a dropped connection: try again at the next tick
            return False
        if changed:
            self.data.load_rows()
            if self._choices_loaded:
                self._load_choices()
            self.area.set_rows(self.shown_rows(), self.prefs.group_by_domain)
            self.reload()
        return changed

    # -- selection ------------------------------------------------------------------------------------
    def select_keys(self, keys) -> None:
        self.area.selection = set(keys)
        self.area.viewport().update()
        self.selection_changed()

    def selected_blocks(self) -> list[BlockInfo]:
        return self.controller.selected_blocks()

    def selection_changed(self) -> None:
        self.selectionChanged.emit(self.selected_blocks())

    # -- what the controller asks -----------------------------------------------------------------------
    def commit_changes(self, kind: str, changes) -> bool:
        return self.editor.commit_changes(kind, changes)

    def request_create(self, specialist_id: int, start, end) -> bool:
        return self.editor.create(specialist_id, start, end)

    def edit_block(self, block: BlockInfo) -> bool:
        return self.editor.edit(block)

    def delete_selection(self) -> bool:
        return self.editor.delete(self.selected_blocks())

    def tell(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        """A status message: refusals (error), warnings, information — already in the user's language."""
        _text_colour(self.message, ERROR_TEXT if error else (WARNING_TEXT if warning else MUTED_TEXT))
        self.message.setText(text)
        self._message_timer.start()
        self.statusMessage.emit(text)

    def tooltip_at(self, point: QPoint) -> str:
        from crec_desktop.ui.grid.tooltips import tooltip_at
        return tooltip_at(self, point)

    def context_menu(self, global_pos, placed, row, pos) -> None:
        menu = self.build_context_menu(placed, row, pos)
        if menu is not None and not menu.isEmpty():
            menu.exec(global_pos)

    def build_context_menu(self, placed, row, pos) -> QMenu | None:
        menu = QMenu(self)
        blocks = self.selected_blocks()
        if placed is not None and blocks:
            menu.addAction(self.tr("Modifier…"), lambda: self.edit_block(placed.block)).setEnabled(len(blocks) == 1)
            menu.addAction(self.tr("Confirmer"), lambda: self.editor.set_status(blocks, CONFIRMED)).setEnabled(
                any(b.status != CONFIRMED for b in blocks))
            menu.addAction(self.tr("Rendre provisoire"), lambda: self.editor.set_status(blocks, TENTATIVE)).setEnabled(
                any(b.status != TENTATIVE for b in blocks))
            menu.addAction(self.tr("Copier"), lambda: self.editor.copy_to_clipboard(blocks))
            menu.addAction(self.tr("Supprimer"), lambda: self.editor.delete(blocks))
            menu.addSeparator()
            engagement = placed.block.engagement_id
            a = menu.addAction(self.tr("Ouvrir le mandat"), lambda: self.openEngagement.emit(engagement))
            a.setEnabled(engagement is not None)
            a = menu.addAction(self.tr("Lettre d'entente du mandat"), lambda: self.openLetter.emit(engagement))
            a.setEnabled(engagement is not None)
        elif row is not None and pos is not None:
            day = date_at(pos)
            start, end = self.controller._default_slot(row, pos)
            menu.addAction(self.tr("Nouvelle réservation…"), lambda: self.request_create(row.specialist_id, start, end))
            paste = menu.addAction(self.tr("Coller ici"), lambda: self.editor.paste(row.specialist_id, day))
            paste.setEnabled(bool(self.editor.clipboard))
        return menu

    # -- printing -----------------------------------------------------------------------------------------
    def print_to(self, printer, first: dt.date | None = None, last: dt.date | None = None) -> int:
        from crec_desktop.ui.grid.printing import print_schedule
        if first is None or last is None:
            first, last = self.area.visible_days()
        return print_schedule(self, printer, first, last)

    def export_pdf(self, path, first: dt.date | None = None, last: dt.date | None = None) -> int:
        from crec_desktop.ui.grid.printing import pdf_printer
        return self.print_to(pdf_printer(path), first, last)

    def _print_dialog(self) -> None:
        from crec_desktop.ui.grid.printing import ask_and_print
        ask_and_print(self)


def _text_colour(label: QLabel, colour: str) -> None:
    """A label's text colour through its palette (a style sheet per label slowed the first paint)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
