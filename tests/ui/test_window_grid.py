"""The planning grid inside the main window: it is the first thing shown, the Affichage menu
drives it, its messages reach the status bar, and a specialist opens on their own row."""
from __future__ import annotations

import datetime as dt

from crec_desktop.services.users import resolve_user
from crec_desktop.ui.grid.geometry import Zoom
from crec_desktop.ui.grid.view import PlanningView
from tests.ui.sample import add_sample


def test_the_grid_is_the_central_view_and_the_overview_is_beside_it(make_window, db):
    add_sample(db)
    window = make_window("fr")
    assert isinstance(window.tabs.widget(0), PlanningView)
    assert window.tabs.currentWidget() is window.grid
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Planification", "Vue d'ensemble"]
    first, last = window.grid.visible_days()
    assert first <= dt.date(2026, 11, 25) <= last  # the period asked for (the sample's week)
    names = {row.name for row in window.grid.shown_rows()}
    assert {"Marie Tremblay", "Luc Gagnon"} <= names and "Anne Roy" not in names  # inactive hidden


def test_the_tabs_are_in_english_too(make_window, db):
    window = make_window("en")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Planning", "Overview"]
    assert window.zoom_actions[Zoom.TWO_WEEKS].text().replace("&", "") == "Two weeks"


def test_view_menu_zooms_and_pages_the_grid(make_window, db):
    add_sample(db)
    window = make_window("fr")
    window.tabs.setCurrentWidget(window.central)
    window.zoom_actions[Zoom.MONTH].trigger()
    assert window.tabs.currentWidget() is window.grid and window.grid.zoom() is Zoom.MONTH
    first, _ = window.grid.visible_days()
    window.action_next.trigger()
    assert window.grid.visible_days()[0] > first
    window.action_previous.trigger()
    assert window.grid.visible_days()[0] == first
    window.zoom_actions[Zoom.DAY].trigger()
    assert window.grid.zoom() is Zoom.DAY
    window.action_today.trigger()
    assert window.grid.visible_days()[0] <= window.db.clock.today() + dt.timedelta(days=1)


def test_the_overview_follows_the_grid_when_shown(make_window, db):
    add_sample(db)
    window = make_window("fr")
    window.grid.go_to(dt.date(2027, 2, 10))
    window.action_overview.trigger()
    assert window.tabs.currentWidget() is window.central
    assert window.central.period.first <= window.grid.visible_days()[0] <= window.central.period.last
    window.action_planning.trigger()
    assert window.tabs.currentWidget() is window.grid


def test_grid_messages_reach_the_status_bar(make_window, db):
    window = make_window("fr")
    window.grid.statusMessage.emit("Déplacement refusé : chevauchement")
    assert window.statusBar().currentMessage() == "Déplacement refusé : chevauchement"


def test_a_specialist_opens_on_their_own_row_and_week(make_window, db, monkeypatch):
    add_sample(db)
    monkeypatch.setenv("CREC_LOGIN", "lgagnon")
    user = resolve_user(db)
    assert user.role == "specialist"
    window = make_window("fr", user=user, period=None)
    assert [row.name for row in window.grid.shown_rows()] == ["Luc Gagnon"]
    assert window.grid.zoom() is Zoom.WEEK
    assert window.action_own.isEnabled()


def test_my_schedule_needs_a_specialist(make_window, db):
    window = make_window("fr", user=None)
    assert not window.action_own.isEnabled()


def test_undo_and_redo_shortcuts(make_window):
    from PySide6.QtGui import QKeySequence
    window = make_window("fr")
    assert QKeySequence("Ctrl+Z") in window.action_undo.shortcuts()
    assert QKeySequence("Ctrl+Y") in window.action_redo.shortcuts()
