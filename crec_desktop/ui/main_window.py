"""The main window: menus, the planning grid (and the overview beside it), the status bar.

The central area is a pair of tabs: « Planification », the planning grid (ui.grid.PlanningView,
the heart of the application), and « Vue d'ensemble », the overview of the period (ui.central).
The Affichage menu drives the grid. Menus hold only actions that work now, or that are visibly
disabled with a status tip saying why. Édition's Annuler / Rétablir act on `undo_stack`, the
one QUndoStack every editing view (the planning grid first) pushes its commands on.

Import, export and backup go through services.datafiles, as the command line does; the window
itself never touches the store or SQL.
"""
from __future__ import annotations

import logging
import pathlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from crec_desktop.config import Paths, display_url
from crec_desktop.domain.messages import UserError
from crec_desktop.ui.central import CentralArea
from crec_desktop.ui.grid.geometry import Zoom
from crec_desktop.ui.grid.view import PlanningView
from crec_desktop.ui.period import Period

if TYPE_CHECKING:  # what the first paint does not need is imported when used (start-up time)
    from PySide6.QtGui import QCloseEvent

    from crec_desktop.store.db import Database  # the services' business: the window only passes it on
    from crec_desktop.ui.about import AboutDialog
    from crec_desktop.ui.overview_view import OverviewView
    from crec_desktop.ui.settings import Settings

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, lang: str, paths: Paths, user=None,
                 settings: Settings | None = None, period: Period | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.paths = paths
        self.user = user  # services.users.CurrentUser, or None when unknown
        self.settings = settings  # None: remember nothing (screenshot)
        self.undo_stack = QUndoStack(self)
        explicit_period = period is not None
        self.setWindowTitle(self.tr("crec-desktop — planification du CREC"))
        self.setMinimumSize(320, 240)

        if period is None:
            period = Period.containing(db.clock.today(), settings.view if settings is not None else "week")
        self.central = CentralArea(db.clock, lang, period, self)
        self._overview: OverviewView | None = None  # made when first shown (start-up: the grid only)
        for action in (self.central.action_week, self.central.action_month, self.central.action_today,
                       self.central.action_previous, self.central.action_next, self.central.action_refresh):
            action.setShortcut(QKeySequence())  # the Affichage menu's shortcuts drive the grid
        self.grid = PlanningView.for_database(db, user, self.undo_stack, lang=lang,
                                              settings_store=settings.store if settings is not None else None,
                                              parent=self)
        self.grid.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.grid.openEngagement.connect(self.open_engagement)
        self.grid.openLetter.connect(self.open_engagement_letter)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.grid, self.tr("Planification"))
        self.tabs.addTab(self.central, self.tr("Vue d'ensemble"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        if explicit_period:
            self.grid.show_period(period)
        elif user is not None and user.role == "specialist" and user.specialist_id is not None:
            self.grid.open_own(user.specialist_id)  # a specialist opens on their own row and week
        self._build_menus()
        self._build_status_bar()

    # --- menus --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable | None = None, shortcut=None, *,
                enabled: bool = True, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        coming = self.tr("Pas encore offert dans cette version.")

        self.menu_file = bar.addMenu(self.tr("&Fichier"))
        self.action_import = self._action(self.tr("&Importer…"), self.import_file, "Ctrl+I",
                                          tip=self.tr("Charger un fichier d'échange (tout ou rien)."))
        self.action_export = self._action(self.tr("&Exporter…"), self.export_file, "Ctrl+E",
                                          tip=self.tr("Écrire tous les enregistrements dans un fichier d'échange."))
        self.action_backup = self._action(self.tr("&Sauvegarder une copie…"), self.backup_copy,
                                          tip=self.tr("Copie cohérente de la base de données."))
        self.action_quit = self._action(self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.menu_file.addActions([self.action_import, self.action_export, self.action_backup])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)

        self.menu_edit = bar.addMenu(self.tr("&Édition"))
        self.action_undo = self._action(self.tr("Annuler"), self.undo_stack.undo, QKeySequence.StandardKey.Undo,
                                        enabled=False)
        self.action_redo = self._action(self.tr("Rétablir"), self.undo_stack.redo, QKeySequence.StandardKey.Redo,
                                        enabled=False)
        # Ctrl+Y too, where the platform's Redo is Ctrl+Shift+Z (Linux): what Quebec offices expect
        self.action_redo.setShortcuts(list(dict.fromkeys(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) + [QKeySequence("Ctrl+Y")])))
        self.undo_stack.canUndoChanged.connect(self.action_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self.menu_edit.addActions([self.action_undo, self.action_redo])

        self.menu_view = bar.addMenu(self.tr("&Affichage"))
        self.zoom_actions: dict[Zoom, QAction] = {}
        zoom_texts = ((Zoom.DAY, self.tr("&Jour")), (Zoom.WEEK, self.tr("&Semaine")),
                      (Zoom.TWO_WEEKS, self.tr("&Deux semaines")), (Zoom.MONTH, self.tr("&Mois")),
                      (Zoom.QUARTER, self.tr("&Trimestre")))
        for number, (zoom, text) in enumerate(zoom_texts, start=1):
            action = self._action(text, lambda _c=False, z=zoom: self.show_zoom(z), f"Ctrl+{number}")
            self.zoom_actions[zoom] = action
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.action_today = self._action(self.tr("Au&jourd'hui"), self.show_today, "Ctrl+T")
        self.action_previous = self._action(self.tr("Période &précédente"), lambda: self.show_page(-1), "Alt+Left")
        self.action_next = self._action(self.tr("Période &suivante"), lambda: self.show_page(1), "Alt+Right")
        self.action_go_to = self._action(self.tr("&Aller à la date…"), self.focus_date, "Ctrl+G")
        self.menu_view.addActions([self.action_today, self.action_previous, self.action_next, self.action_go_to])
        self.menu_view.addSeparator()
        own = self.user is not None and self.user.specialist_id is not None
        self.action_own = self._action(self.tr("&Mon horaire"), self.show_own, "Ctrl+Shift+H", enabled=own,
                                       tip=self.tr("Ma ligne de la grille, cette semaine."))
        self.action_overview = self._action(self.tr("&Vue d'ensemble"), lambda: self.tabs.setCurrentWidget(self.central),
                                            "Ctrl+Shift+O")
        self.action_planning = self._action(self.tr("&Planification"), lambda: self.tabs.setCurrentWidget(self.grid),
                                            "Ctrl+Shift+P")
        self.menu_view.addActions([self.action_own, self.action_planning, self.action_overview])
        self.menu_view.addSeparator()
        self.action_refresh = self._action(self.tr("&Actualiser"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.menu_view.addAction(self.action_refresh)

        self.menu_engagements = bar.addMenu(self.tr("&Mandats"))
        self.action_new_engagement = self._action(self.tr("&Nouveau mandat…"), enabled=False, tip=coming)
        self.action_letter = self._action(self.tr("&Lettre d'entente…"), self.open_letter,
                                          tip=self.tr("Voir, imprimer, enregistrer ou émettre la lettre d'un mandat."))
        self.action_letters = self._action(self.tr("&Imprimer des lettres d'entente…"), self.open_letters,
                                           tip=self.tr("Imprimer ou enregistrer les lettres de plusieurs mandats."))
        self.menu_engagements.addActions([self.action_new_engagement, self.action_letter, self.action_letters])
        from crec_desktop.ui.records.menu import install_records_menu  # noqa: PLC0415 - records' lists, settings

        self.records_menu = install_records_menu(self)

        self.menu_reports = bar.addMenu(self.tr("&Rapports"))
        from crec_desktop.ui.reports.menu import install_reports_menu  # noqa: PLC0415 - hours report, suggestions

        self.reports_menu = install_reports_menu(self)

        self.menu_help = bar.addMenu(self.tr("&Aide"))
        self.action_log = self._action(self.tr("Ouvrir le dossier du &journal"), self.open_log_folder)
        self.action_about = self._action(self.tr("À &propos de crec-desktop"), self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_qt = self._action(self.tr("À propos de &Qt"), QApplication.aboutQt)
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.menu_help.addAction(self.action_log)
        self.menu_help.addSeparator()
        self.menu_help.addActions([self.action_about, self.action_about_qt])

    def _undo_text(self, text: str) -> None:
        """« Annuler : déplacer la réservation… » — the Edit menu says what will be undone."""
        self.action_undo.setText(self.tr("Annuler : %1").replace("%1", text) if text else self.tr("Annuler"))

    def _redo_text(self, text: str) -> None:
        self.action_redo.setText(self.tr("Rétablir : %1").replace("%1", text) if text else self.tr("Rétablir"))

    # --- views --------------------------------------------------------------------------------

    def show_zoom(self, zoom: Zoom) -> None:
        self.tabs.setCurrentWidget(self.grid)
        self.grid.set_zoom(zoom)

    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.grid)
        self.grid.today()

    def show_page(self, direction: int) -> None:
        if self.tabs.currentWidget() is self.central:
            self.central.set_period(self.central.period.shifted(direction))
        else:
            self.grid.page(direction)

    def focus_date(self) -> None:
        self.tabs.setCurrentWidget(self.grid)
        self.grid.date_edit.setFocus()
        self.grid.date_edit.selectAll()

    def show_own(self) -> None:
        if self.user is not None and self.user.specialist_id is not None:
            self.tabs.setCurrentWidget(self.grid)
            self.grid.open_own(self.user.specialist_id)

    def refresh(self) -> None:
        """After a change made here outside the grid (records, import) or on demand (F5)."""
        self.grid.reload()
        if self._overview is not None:
            self.central.refresh()

    @property
    def overview(self) -> OverviewView:
        if self._overview is None:
            from crec_desktop.ui.overview_view import OverviewView  # noqa: PLC0415 - made when first shown

            self._overview = OverviewView(self.db, self.lang)
            self.central.add_view(self._overview)
        return self._overview

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.central:
            self.overview  # noqa: B018 - made on first view
            first, _last = self.grid.visible_days()
            self.central.go_to(first)

    def _engagement_number(self, engagement_id: int) -> str | None:
        from crec_desktop.services import planning  # noqa: PLC0415

        return next((e.number for e in planning.engagements(self.db) if e.id == engagement_id), None)

    def open_engagement(self, engagement_id: int):
        """The grid's « ouvrir le mandat »: the engagement's form."""
        number = self._engagement_number(engagement_id)
        if number is None:
            return None
        from crec_desktop.ui.records.engagement_dialog import EngagementDialog  # noqa: PLC0415

        outcome = EngagementDialog.ask(self, self.records_menu.context(), number)
        if outcome is not None:
            self.refresh()
        return outcome

    def open_engagement_letter(self, engagement_id: int):
        """The grid's « lettre d'entente du mandat »: the letter's preview."""
        number = self._engagement_number(engagement_id)
        if number is None:
            return None
        from crec_desktop.ui.letters.preview import open_letter_preview  # noqa: PLC0415

        return open_letter_preview(self, self.db, self.user, number, self.lang)

    # --- status bar ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("Base de données : %1").replace("%1", display_url(self.db.url)))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_label = QLabel(self.tr("Utilisateur : %1").replace("%1", self.user_text()))
        status = self.statusBar()
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.user_label)

    def user_text(self) -> str:
        if self.user is None:
            return "?"
        roles = {
            "specialist": self.tr("spécialiste"),
            "coordinator": self.tr("coordination"),
            "manager": self.tr("gestion"),
            "admin": self.tr("administration"),
            "read_only": self.tr("lecture seule"),
        }
        role = roles.get(self.user.role, self.user.role)
        name = self.user.display_name
        if self.user.specialist_name and self.user.specialist_name != self.user.login:
            name = f"{self.user.specialist_name} ({self.user.login})"
        return f"{name} — {role}"

    # --- file actions -------------------------------------------------------------------------

    def _refused(self, title: str, error: UserError) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - dialogs are imported when used

        QMessageBox.warning(self, title, error.text(self.lang))

    def _busy(self, work: Callable):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QApplication.restoreOverrideCursor()

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: PLC0415

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Importer un fichier d'échange"), "",
                                              self.tr("Fichiers d'échange (*.json);;Tous les fichiers (*)"))
        if not name:
            return
        from crec_desktop.services import datafiles  # noqa: PLC0415 - the importer, only when importing
        from crec_desktop.services.users import CurrentUser  # noqa: PLC0415

        user = self.user or CurrentUser(login="unknown", role="read_only")
        try:
            summary = self._busy(lambda: datafiles.import_file(self.db, user, pathlib.Path(name), lang=self.lang))
        except UserError as exc:
            from crec_desktop.ui.records.import_errors import show_refusal  # noqa: PLC0415 - every problem listed

            show_refusal(self, self.tr("Importation refusée"), exc, self.lang)
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Importation terminée"),
                                self.tr("Importé : %1 ajouts, %2 mises à jour.")
                                .replace("%1", str(summary.added)).replace("%2", str(summary.updated)))

    def export_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter vers un fichier d'échange"),
                                              "crec-export.json", self.tr("Fichiers d'échange (*.json)"))
        if not name:
            return
        from crec_desktop.services import datafiles  # noqa: PLC0415 - the exporter, only when exporting

        try:
            self._busy(lambda: datafiles.export_file(self.db, pathlib.Path(name)))
        except UserError as exc:
            self._refused(self.tr("Exportation impossible"), exc)
            return
        self.statusBar().showMessage(self.tr("Exporté dans %1").replace("%1", name), 8000)

    def backup_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Sauvegarder une copie de la base"), "",
                                              self.tr("Tous les fichiers (*)"))
        if not name:
            return
        from crec_desktop.services import datafiles  # noqa: PLC0415 - only when copying

        try:
            path = self._busy(lambda: datafiles.backup_copy(self.db, pathlib.Path(name)))
        except UserError as exc:
            self._refused(self.tr("Copie impossible"), exc)
            return
        self.statusBar().showMessage(self.tr("Copie de sauvegarde : %1").replace("%1", str(path)), 8000)

    # --- letters ------------------------------------------------------------------------------

    def open_letter(self) -> None:
        """Mandats › Lettre d'entente…: choose an engagement, preview its letter."""
        from crec_desktop.ui.letters.chooser import choose_engagement  # noqa: PLC0415 - pypdfium2 when used
        from crec_desktop.ui.letters.preview import open_letter_preview  # noqa: PLC0415

        number = choose_engagement(self, self.db)
        if number:
            open_letter_preview(self, self.db, self.user, number, self.lang)

    def open_letters(self) -> None:
        """Mandats › Imprimer des lettres d'entente…: several engagements' letters at once."""
        from crec_desktop.ui.letters.batch import open_letter_batch  # noqa: PLC0415

        open_letter_batch(self, self.db, self.lang)

    # --- help ---------------------------------------------------------------------------------

    def about_dialog(self) -> AboutDialog:
        from crec_desktop.ui.about import AboutDialog  # noqa: PLC0415

        return AboutDialog(display_url(self.db.url), self)

    def show_about(self) -> None:
        self.about_dialog().exec()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl  # noqa: PLC0415
        from PySide6.QtGui import QDesktopServices  # noqa: PLC0415

        self.paths.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_dir)))

    # --- geometry -----------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        """Put the window back where the user left it (or a sensible default size)."""
        if self.settings is not None and not self.settings.window_geometry.isEmpty():
            self.restoreGeometry(self.settings.window_geometry)
            if not self.settings.window_state.isEmpty():
                self.restoreState(self.settings.window_state)
        else:
            self.resize(1280, 800)

    def save_geometry(self) -> None:
        if self.settings is None:
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.view = self.central.period.view
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        super().closeEvent(event)
