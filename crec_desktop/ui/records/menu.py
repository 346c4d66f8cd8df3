"""The records' entries in the main window's Mandats menu, and what they open.

    records = install_records_menu(window)   # in MainWindow._build_menus, after the Mandats menu

Adds: Nouveau mandat… (the window's own action, enabled here), Mandats…, Membres…, Spécialistes…,
Absences… (the records window, on that list) and Paramètres de l'organisation…. The screens are
imported when first opened, so that start-up does not pay for them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

ENGAGEMENT_EDIT = "engagement.edit"  # services.permissions.ENGAGEMENT_EDIT (imported late: start-up)


class RecordsMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.records_window = None
        menu = window.menu_engagements
        self.action_engagements = self._action(self.tr("&Mandats…"), lambda: self.show_list("engagements"),
                                               "Ctrl+Shift+M", self.tr("La liste des mandats, leurs heures et leur statut."))
        self.action_members = self._action(self.tr("Mem&bres…"), lambda: self.show_list("members"), None,
                                           self.tr("Les organisations membres et leurs banques d'heures."))
        self.action_specialists = self._action(self.tr("&Spécialistes…"), lambda: self.show_list("specialists"), None,
                                               self.tr("Les spécialistes, leurs domaines, leurs taux et leur charge."))
        self.action_absences = self._action(self.tr("A&bsences…"), lambda: self.show_list("absences"), None,
                                            self.tr("Les absences des spécialistes."))
        self.action_settings = self._action(self.tr("&Paramètres de l'organisation…"), self.show_settings, None,
                                            self.tr("Coordonnées, taxes, logo, exercice, report des heures, fermetures."))
        new = window.action_new_engagement
        new.triggered.connect(self.new_engagement)
        known = window.user is not None and not window.user.read_only
        new.setEnabled(known)
        new.setStatusTip(self.tr("Ouvrir un mandat (brouillon).") if known
                         else self.tr("Utilisateur inconnu : consultation seulement."))
        menu.aboutToShow.connect(self.update_actions)
        menu.addSeparator()
        menu.addActions([self.action_engagements, self.action_members, self.action_specialists, self.action_absences])
        menu.addSeparator()
        menu.addAction(self.action_settings)

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def update_actions(self) -> None:
        """Nouveau mandat… for those whose role allows it (asked when the menu opens: the
        permissions module is not loaded during start-up)."""
        from crec_desktop.services import permissions  # noqa: PLC0415

        user, new = self.window.user, self.window.action_new_engagement
        if user is None:
            new.setEnabled(False)
            return
        reason = permissions.refusal(user, ENGAGEMENT_EDIT)
        new.setEnabled(reason is None)
        new.setStatusTip(self.tr("Ouvrir un mandat (brouillon).") if reason is None else reason.text(self.window.lang))

    def context(self):
        from crec_desktop.ui.records.context import RecordsContext  # noqa: PLC0415

        settings = self.window.settings
        return RecordsContext(self.window.db, self.window.user, self.window.lang,
                              store=settings.store if settings is not None else None)

    def records(self):
        """The records window (made on first use, then brought forward)."""
        if self.records_window is None:
            from crec_desktop.ui.records.window import RecordsWindow  # noqa: PLC0415

            self.records_window = RecordsWindow(self.context(), self.window, watcher=self.window.grid.watcher)
            self.records_window.changed.connect(self.window.refresh)
        return self.records_window

    def show_list(self, name: str):
        records = self.records()
        records.show_list(name)
        records.show()
        records.raise_()
        records.activateWindow()
        return records

    def new_engagement(self):
        from crec_desktop.ui.records.engagement_dialog import EngagementDialog  # noqa: PLC0415

        self.update_actions()
        if not self.window.action_new_engagement.isEnabled():
            return None
        outcome = EngagementDialog.ask(self.window, self.context(), None)
        if outcome is not None:
            self.window.refresh()
            if self.records_window is not None:
                self.records_window.lists["engagements"].saved(outcome)
        return outcome

    def show_settings(self):
        from crec_desktop.ui.records.settings_dialog import SettingsDialog  # noqa: PLC0415

        outcome = SettingsDialog.ask(self.window, self.context())
        if outcome is not None:
            self.window.refresh()
            if self.records_window is not None:
                self.records_window.refresh()
        return outcome


def install_records_menu(window) -> RecordsMenu:
    return RecordsMenu(window)
