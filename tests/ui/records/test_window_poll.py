"""The records window follows what others save: the list in view reads again at the next poll
(another workstation's edit, a booking placed on the grid), keeping selection and scroll; a
hidden window reads nothing; its own saves are not read twice."""
from __future__ import annotations

from crec_desktop.domain.timeutil import local
from crec_desktop.services import members as M
from crec_desktop.services import scheduling as S
from crec_desktop.ui.records.window import RecordsWindow


def opened(qtbot, ctx, name: str) -> RecordsWindow:
    window = RecordsWindow(ctx, poll_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.show_list(name)
    return window


def test_the_window_polls_like_the_grid(org, make_ctx, qtbot):
    window = RecordsWindow(make_ctx("marc"))
    qtbot.addWidget(window)
    assert window.watcher.active and window.watcher.timer.interval() == 2500


def test_another_workstations_edit_shows_at_the_next_poll(org, make_ctx, qtbot):
    window = opened(qtbot, make_ctx("marc"), "members")
    members = window.lists["members"]
    assert members.select(lambda r: r.key == "fcsdsq")
    assert window.refresh_if_changed() is False  # nothing changed yet
    row = members.selected_row()
    M.update_member(org.db, org.user("alice"), "fcsdsq", row.version, name="Fédération renommée ailleurs")
    assert window.refresh_if_changed() is True
    assert members.selected_row().state.name == "Fédération renommée ailleurs"  # read again, still selected
    assert window.refresh_if_changed() is False


def test_a_booking_placed_on_the_grid_updates_the_engagements_hours(org, make_ctx, qtbot):
    window = opened(qtbot, make_ctx("marc"), "engagements")
    engagements = window.lists["engagements"]
    planned = {r.number: r.planned_hours for r in engagements.model.rows()}
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=local(2026, 12, 1, 9),
                     end=local(2026, 12, 1, 12), engagement_id=org.engagements["2026-002"])
    assert window.refresh_if_changed() is True
    after = {r.number: r.planned_hours for r in engagements.model.rows()}
    assert after["2026-002"] == planned["2026-002"] + 3


def test_a_hidden_window_reads_nothing_and_catches_up_when_shown(org, make_ctx, qtbot):
    window = opened(qtbot, make_ctx("marc"), "members")
    window.hide()
    row = window.lists["members"].model.rows()[0]
    M.update_member(org.db, org.user("alice"), row.key, row.version, name="Nom changé pendant l'absence")
    assert window.refresh_if_changed() is False
    assert window.lists["members"].model.rows()[0].state.name != "Nom changé pendant l'absence"
    window.show()
    assert window.refresh_if_changed() is True
    assert window.lists["members"].model.rows()[0].state.name == "Nom changé pendant l'absence"


def test_its_own_save_is_not_read_twice(org, make_ctx, qtbot, boxes):
    window = opened(qtbot, make_ctx("alice"), "members")
    members = window.lists["members"]
    members.filter.setCurrentIndex(members.filter.findData("all"))
    members.select(lambda r: True)
    members.active_button.click()  # saved from the list: read once, by the list itself
    assert not members.selected_row().state.active
    assert window.refresh_if_changed() is False


def test_reading_again_keeps_the_scroll_away_from_the_selected_row(org, make_ctx, qtbot):
    for i in range(80):
        M.create_member(org.db, org.user("alice"), M.MemberState(f"m{i:02d}", f"Membre numéro {i:02d}", "other"))
    window = opened(qtbot, make_ctx("marc"), "members")
    members = window.lists["members"]
    window.resize(900, 400)
    qtbot.waitUntil(lambda: members.table.verticalScrollBar().maximum() > 20)
    assert members.select(lambda r: r.key == "m00")  # near the top
    bar = members.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # the user scrolled down to read the end of the list
    M.update_member(org.db, org.user("alice"), "m79", 1, name="Dernier membre renommé")
    assert window.refresh_if_changed() is True
    qtbot.wait(50)  # the table lays its rows out again
    assert bar.value() == bar.maximum() and members.selected_row().key == "m00"
