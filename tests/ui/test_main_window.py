"""The main window shell, as a user sees it: menus, status bar, About, the central overview,
undo/redo wiring, navigation and remembered geometry — in French and in English."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialogButtonBox

from crec_desktop import __version__
from crec_desktop.config import display_url
from crec_desktop.services.users import CurrentUser, resolve_user
from crec_desktop.ui.main_window import MainWindow
from crec_desktop.ui.period import Period
from tests.ui.sample import add_sample


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_menus_in_french(make_window):
    window = make_window("fr")
    assert menu_titles(window) == ["Fichier", "Édition", "Affichage", "Mandats", "Rapports", "Aide"]
    assert window.action_quit.text().replace("&", "") == "Quitter"
    assert window.action_about.text().replace("&", "") == "À propos de crec-desktop"
    assert window.central.action_week.text().replace("&", "") == "Semaine"


def test_menus_in_english(make_window):
    window = make_window("en")
    assert menu_titles(window) == ["File", "Edit", "View", "Engagements", "Reports", "Help"]
    assert window.action_quit.text().replace("&", "") == "Quit"
    assert window.action_undo.text() == "Undo"
    assert window.central.action_month.text().replace("&", "") == "Month"
    assert window.central.title.text() == "Week 48, November 23 – 29, 2026"


@pytest.mark.parametrize(("lang", "close"), [("fr", "Fermer"), ("en", "Close")])
def test_qt_own_dialog_buttons_follow_the_language(use_lang, qtbot, lang, close):
    """qtbase_<lang> is installed: Qt's standard buttons speak the user's language."""
    use_lang(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == close


def test_every_action_in_the_menus_does_something_or_is_disabled(make_window):
    window = make_window("fr")
    for menu in (window.menu_file, window.menu_edit, window.menu_view, window.menu_engagements,
                 window.menu_reports, window.menu_help):
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.isEnabled():
                assert action.receivers("2triggered(bool)") > 0, action.text()
            else:
                assert action in (window.action_undo, window.action_redo) or action.statusTip(), action.text()
    assert not window.action_new_engagement.isEnabled()  # no user: read only (records menu)
    assert window.action_new_engagement.statusTip() == "Utilisateur inconnu : consultation seulement."


def test_status_bar_names_the_database_and_the_user(make_window, db):
    add_sample(db)
    window = make_window("fr", user=resolve_user(db, "MTremblay"))
    assert window.database_label.text() == f"Base de données : {display_url(db.url)}"
    assert window.user_label.text() == "Utilisateur : Marie Tremblay (MTremblay) — coordination"


def test_status_bar_hides_the_database_password_and_reads_unknown_users(make_window, db):
    secret = dataclasses.replace(db, url="postgresql+psycopg://crec:s3cret@db.crec.local:5432/crec")
    window = make_window("en", user=CurrentUser(login="visitor", role="read_only"), database=secret)
    assert window.database_label.text() == "Database: postgresql+psycopg://crec:***@db.crec.local:5432/crec"
    assert "s3cret" not in window.database_label.text()
    assert window.user_label.text() == "User: visitor — read only"


@pytest.mark.parametrize(("lang", "title"), [("fr", "À propos de crec-desktop"), ("en", "About crec-desktop")])
def test_about_shows_the_version(make_window, lang, title):
    window = make_window(lang)
    about = window.about_dialog()
    assert about.windowTitle() == title
    assert f"Version {__version__}" in about.title.text()
    assert display_url(window.db.url) in about.details.text()


def test_overview_of_an_empty_database(make_window):
    window = make_window("fr")
    view = window.overview
    assert view.body.currentWidget() is view.empty
    assert "La base de données est vide" in view.empty.text()
    assert view.figures["specialists"].value.text() == "0"


def test_overview_shows_the_week(make_window, db, qtmodeltester):
    add_sample(db)
    window = make_window("fr")
    view = window.overview
    assert window.central.title.text() == "Semaine 48, du 23 au 29 novembre 2026"
    assert view.body.currentWidget() is view.table
    assert view.figures["specialists"].value.text() == "2"
    assert view.figures["engagements"].value.text() == "2"
    assert view.figures["engagements"].caption.text() == "mandats ouverts (sur 3)"
    assert view.figures["bookings"].value.text() == "5"
    assert view.figures["hours"].value.text() == "15\u00a0h"
    model = view.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    marie = rows["Marie Tremblay"]
    assert model.index(marie, model.column("domain")).data() == "Ressources humaines"
    assert model.index(marie, model.column("confirmed")).data() == "7\u00a0h"
    assert model.index(marie, model.column("tentative")).data() == "3\u00a0h"
    assert model.index(marie, model.column("load")).data() == "29\u00a0%"
    luc_tip = model.index(rows["Luc Gagnon"], model.column("load")).data(Qt.ItemDataRole.ToolTipRole)
    assert "4\u00a0h réservées sur 18\u00a0h disponibles" in luc_tip and "2 jours ouvrables" in luc_tip


def test_overview_in_english(make_window, db):
    add_sample(db)
    window = make_window("en")
    model = window.overview.model
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == [
        "Specialist", "Domain", "Confirmed", "Tentative", "Capacity", "Load"]
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["Marie Tremblay"], model.column("domain")).data() == "Human resources"
    assert model.index(rows["Marie Tremblay"], model.column("load")).data() == "29%"
    luc_tip = model.index(rows["Luc Gagnon"], model.column("load")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Absences: 2 working days" in luc_tip


def test_view_menu_moves_the_period(make_window, db):
    add_sample(db)
    window = make_window("fr")
    c = window.central
    c.action_next.trigger()
    assert (c.period.first, c.period.last) == (dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert window.overview.figures["bookings"].value.text() == "2"  # b6, and b4 across Sunday midnight
    c.action_month.trigger()
    assert c.period.view == "month" and c.title.text() == "Novembre 2026"
    c.action_previous.trigger()
    assert c.title.text() == "Octobre 2026"
    c.action_week.trigger()
    assert c.period.view == "week" and c.period.first == dt.date(2026, 9, 28)
    c.action_today.trigger()
    assert window.db.clock.today() in c.period
    assert c.action_week.isChecked() and not c.action_month.isChecked()


class _Move(QUndoCommand):
    def __init__(self, log: list):
        super().__init__("déplacer la réservation 2026-001")
        self.log = log

    def redo(self):
        self.log.append("redo")

    def undo(self):
        self.log.append("undo")


def test_undo_and_redo_act_on_the_undo_stack(make_window):
    window = make_window("fr")
    assert not window.action_undo.isEnabled() and not window.action_redo.isEnabled()
    log: list[str] = []
    window.undo_stack.push(_Move(log))
    assert log == ["redo"]
    assert window.action_undo.isEnabled()
    assert window.action_undo.text() == "Annuler : déplacer la réservation 2026-001"
    window.action_undo.trigger()
    assert log == ["redo", "undo"]
    assert window.action_undo.text() == "Annuler" and not window.action_undo.isEnabled()
    assert window.action_redo.text() == "Rétablir : déplacer la réservation 2026-001"
    window.action_redo.trigger()
    assert log == ["redo", "undo", "redo"]


def test_geometry_and_view_are_remembered(make_window, settings, qtbot):
    window = make_window("fr", settings=settings, period=None)
    window.restore_geometry()  # nothing saved yet: the default size
    assert (window.width(), window.height()) == (1280, 800)
    window.show()
    window.resize(700, 520)  # within the offscreen screen (800 × 600)
    window.central.action_month.trigger()
    window.close()
    assert settings.view == "month"
    again = make_window("fr", settings=settings, period=None)
    again.restore_geometry()
    again.show()
    assert (again.width(), again.height()) == (700, 520)
    assert again.central.period.view == "month" and again.central.action_month.isChecked()


def test_a_period_can_be_given(make_window):
    window = make_window("fr", period=Period.containing(dt.date(2027, 2, 10), "month"))
    assert window.central.title.text() == "Février 2027"
