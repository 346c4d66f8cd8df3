"""Keyboard and context menu on the grid: arrows move the selection, Enter edits, Delete deletes,
Ctrl+Z / Ctrl+Y undo and redo, Tab walks; the context menu confirms, copies, pastes, deletes and
asks for the engagement or its letter."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from crec_desktop.services import scheduling
from tests.ui.grid.conftest import at, block_of, centre_of, click, day


def key(view, k, mods=Qt.NoModifier) -> None:
    QApplication.sendEvent(view.area, QKeyEvent(QEvent.KeyPress, k, mods))


def state(plan, label):
    return plan.booking(label)[0]


def test_arrows_move_the_selection_and_ctrl_z_y_undo_redo(view, plan):
    click(view, centre_of(view, plan.uids["bruno_wed"]))
    key(view, Qt.Key_Right)
    assert state(plan, "bruno_wed").start == at(day(3), 13)
    key(view, Qt.Key_Up)                                   # the row above (rows: hr anne, carole; law bruno)
    assert state(plan, "bruno_wed").specialist_id == plan.people["carole"]
    assert view.undo_stack.count() == 2
    key(view, Qt.Key_Z, Qt.ControlModifier)
    assert state(plan, "bruno_wed").specialist_id == plan.people["bruno"]
    key(view, Qt.Key_Z, Qt.ControlModifier)
    assert state(plan, "bruno_wed").start == at(day(2), 13)
    key(view, Qt.Key_Y, Qt.ControlModifier)
    assert state(plan, "bruno_wed").start == at(day(3), 13)
    assert [b.uid for b in view.selected_blocks()] == [plan.uids["bruno_wed"]]   # the selection follows


def test_left_at_day_zoom_moves_by_a_quarter_hour(make_view, plan):
    from crec_desktop.ui.grid.geometry import Zoom
    view = make_view(zoom=Zoom.DAY, start=day(0))
    click(view, centre_of(view, plan.uids["anne_mon"]))
    key(view, Qt.Key_Left)
    assert state(plan, "anne_mon").start == at(day(0), 8, 45)


def test_up_from_the_first_row_does_nothing(view, plan):
    click(view, centre_of(view, plan.uids["anne_mon"]))
    first = view.area.rows_shown[0].specialist_id
    assert first == plan.people["anne"]
    key(view, Qt.Key_Up)
    assert view.undo_stack.count() == 0


def test_delete_key_deletes_and_undo_restores(view, plan, db):
    click(view, centre_of(view, plan.uids["anne_tue"]))
    key(view, Qt.Key_Delete)
    assert scheduling.get_booking(db, plan.uids["anne_tue"]) is None
    assert view.undo_stack.undoText() == "supprimer la réservation 2026-021"
    assert view.selected_blocks() == []
    view.undo_stack.undo()
    assert scheduling.get_booking(db, plan.uids["anne_tue"]) is not None
    assert block_of(view, plan.uids["anne_tue"]).block.tentative


def test_enter_edits_the_selected_block(view, plan):
    opened = []
    view.editor.dialog_driver = lambda dialog: opened.append(dialog.draft()) or False
    click(view, centre_of(view, plan.uids["anne_mon"]))
    key(view, Qt.Key_Return)
    assert len(opened) == 1 and opened[0].start == at(day(0), 9) and opened[0].engagement_id == plan.engagements["2026-014"]


def test_tab_walks_through_the_blocks_and_escape_clears(view, plan):
    key(view, Qt.Key_Tab)
    first = view.selected_blocks()
    assert len(first) == 1
    key(view, Qt.Key_Tab)
    second = view.selected_blocks()
    assert len(second) == 1 and second[0].key != first[0].key
    key(view, Qt.Key_Escape)
    assert view.selected_blocks() == []


def test_context_menu_confirms_a_tentative_booking(view, plan):
    placed = block_of(view, plan.uids["anne_tue"])
    click(view, centre_of(view, plan.uids["anne_tue"]))
    menu = view.build_context_menu(placed, None, None)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Modifier…", "Confirmer", "Rendre provisoire", "Copier", "Supprimer", "Ouvrir le mandat",
            "Lettre d'entente du mandat"} <= set(actions)
    assert not actions["Rendre provisoire"].isEnabled()
    actions["Confirmer"].trigger()
    assert state(plan, "anne_tue").status == "confirmed"
    assert view.undo_stack.undoText() == "confirmer la réservation 2026-021"
    view.undo_stack.undo()
    assert state(plan, "anne_tue").status == "tentative"


def test_context_menu_asks_for_the_engagement_and_its_letter(view, plan):
    placed = block_of(view, plan.uids["anne_mon"])
    click(view, centre_of(view, plan.uids["anne_mon"]))
    engagements, letters = [], []
    view.openEngagement.connect(engagements.append)
    view.openLetter.connect(letters.append)
    menu = view.build_context_menu(placed, None, None)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    actions["Ouvrir le mandat"].trigger()
    actions["Lettre d'entente du mandat"].trigger()
    assert engagements == [plan.engagements["2026-014"]] and letters == [plan.engagements["2026-014"]]


def test_copy_then_paste_in_another_row(view, plan):
    placed = block_of(view, plan.uids["anne_mon"])
    click(view, centre_of(view, plan.uids["anne_mon"]))
    menu = view.build_context_menu(placed, None, None)
    next(a for a in menu.actions() if a.text() == "Copier").trigger()
    rows = {r.specialist_id: r for r in view.area.rows_shown}
    from crec_desktop.ui.grid.geometry import day_index
    empty = view.build_context_menu(None, rows[plan.people["carole"]], day_index(day(1)) + 0.5)
    paste = next(a for a in empty.actions() if a.text() == "Coller ici")
    assert paste.isEnabled()
    paste.trigger()
    pasted = [p.block for p in view.data.by_key.values()
              if p.block.specialist_id == plan.people["carole"] and p.block.start == at(day(1), 9)]
    assert len(pasted) == 1 and pasted[0].engagement_number == "2026-014"
    assert view.undo_stack.undoText() == "copier la réservation 2026-014"


def test_a_specialist_may_not_move_a_colleagues_booking(make_view, plan):
    from crec_desktop.services.users import resolve_user
    from crec_desktop.ui.grid.source import ServiceSource
    anne = resolve_user(plan.db, "anne")
    view = make_view(source=ServiceSource(plan.db, anne, "fr"))
    messages = []
    view.statusMessage.connect(messages.append)
    click(view, centre_of(view, plan.uids["bruno_wed"]))
    key(view, Qt.Key_Right)
    assert state(plan, "bruno_wed").start == at(day(2), 13)
    assert messages and "ne pouvez pas" in messages[-1]
    click(view, centre_of(view, plan.uids["anne_mon"]))      # her own: allowed
    key(view, Qt.Key_Right)
    assert state(plan, "anne_mon").start == at(day(1), 9)


def test_open_own_shows_the_specialists_row_and_week(view, plan):
    view.open_own(plan.people["bruno"])
    assert [r.specialist_id for r in view.area.rows_shown] == [plan.people["bruno"]]
    first, last = view.visible_days()
    assert first.weekday() == 0 and (last - first).days == 6
