"""Dragging on the grid, through the real services: move, reassign, resize, copy, create, refuse —
and the undo and redo of each, with the Edit menu's wording."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from crec_desktop.services import scheduling
from crec_desktop.ui.grid.area import NAMES_W
from crec_desktop.ui.grid.geometry import day_index
from tests.ui.grid.conftest import at, block_of, centre_of, day, drag, row_centre_y


def day_width(view) -> int:
    return round(view.area.day_w)


def state(plan, label):
    found = plan.booking(label)
    assert found is not None, label
    return found[0]


def test_drag_moves_a_booking_one_day_and_undo_redo(view, plan):
    start = centre_of(view, plan.uids["anne_mon"])
    drag(view, start, start + QPoint(day_width(view), 0))
    moved = state(plan, "anne_mon")
    assert (moved.start, moved.end) == (at(day(1), 9), at(day(1), 12))
    stack = view.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "déplacer la réservation 2026-014"
    assert block_of(view, plan.uids["anne_mon"]).block.start == at(day(1), 9)   # the grid shows it there
    assert view.selected_blocks()[0].uid == plan.uids["anne_mon"]
    stack.undo()
    assert state(plan, "anne_mon").start == at(day(0), 9)
    assert block_of(view, plan.uids["anne_mon"]).block.start == at(day(0), 9)
    stack.redo()
    assert state(plan, "anne_mon").start == at(day(1), 9)


def test_drag_to_another_row_reassigns(view, plan):
    start = centre_of(view, plan.uids["anne_wed"])
    target_y = row_centre_y(view, plan.people["carole"])
    drag(view, start, QPoint(start.x(), target_y))
    assert state(plan, "anne_wed").specialist_id == plan.people["carole"]
    assert state(plan, "anne_wed").start == at(day(2), 9)
    assert view.undo_stack.undoText() == "réassigner la réservation 2026-014"
    view.undo_stack.undo()
    assert state(plan, "anne_wed").specialist_id == plan.people["anne"]
    view.undo_stack.redo()
    assert state(plan, "anne_wed").specialist_id == plan.people["carole"]


def test_drag_the_right_edge_resizes(view, plan):
    placed = block_of(view, plan.uids["bruno_wed"])
    rect = view.area.widget_rect(placed.x0, placed.x1, placed.block.specialist_id)
    edge = QPoint(rect.right() - 1, rect.center().y())
    hour = view.area.day_w / 10          # the day column shows 08:00-18:00
    drag(view, edge, edge + QPoint(round(hour), 0))
    resized = state(plan, "bruno_wed")
    assert resized.start == at(day(2), 13)
    assert resized.end == at(day(2), 17)
    assert view.undo_stack.undoText() == "modifier la durée de la réservation 2026-021"
    view.undo_stack.undo()
    assert state(plan, "bruno_wed").end == at(day(2), 16)
    view.undo_stack.redo()
    assert state(plan, "bruno_wed").end == at(day(2), 17)


def test_ctrl_drag_copies(view, plan, db):
    start = centre_of(view, plan.uids["bruno_mon"])
    drag(view, start, start + QPoint(3 * day_width(view), 0), mods=Qt.ControlModifier)
    assert state(plan, "bruno_mon").start == at(day(0), 9)                # the original stays
    copies = [b for b in view.data.by_key.values()
              if b.block.specialist_id == plan.people["bruno"] and b.block.start == at(day(3), 9)]
    assert len(copies) == 1 and copies[0].block.engagement_number == "2026-021"
    copy_uid = copies[0].block.uid
    assert view.undo_stack.undoText() == "copier la réservation 2026-021"
    view.undo_stack.undo()
    assert scheduling.get_booking(db, copy_uid) is None
    view.undo_stack.redo()
    assert scheduling.get_booking(db, copy_uid) is not None


def test_drag_in_empty_space_creates_through_the_dialog(view, plan, db):
    seen = {}

    def fill(dialog):
        seen["start"], seen["end"] = dialog.draft().start, dialog.draft().end
        dialog.engagement.setCurrentIndex(dialog.engagement.model().row_of(plan.engagements["2026-021"]))
        dialog.location.setText("Lévis")
        return True

    view.editor.dialog_driver = fill
    y = row_centre_y(view, plan.people["bruno"])
    # Tuesday 09:00 to 11:00 in bruno's row (the column shows 08:00-18:00)
    index = day_index(day(1))
    left = view.area.widget_rect(index + 0.1, index + 0.2, plan.people["bruno"]).left()
    right = view.area.widget_rect(index + 0.3, index + 0.4, plan.people["bruno"]).left()
    drag(view, QPoint(left + 1, y), QPoint(right + 1, y))
    assert (seen["start"], seen["end"]) == (at(day(1), 9), at(day(1), 11))
    created = [p.block for p in view.data.by_key.values()
               if p.block.specialist_id == plan.people["bruno"] and p.block.start == at(day(1), 9)]
    assert len(created) == 1 and created[0].location == "Lévis" and created[0].engagement_number == "2026-021"
    assert view.undo_stack.undoText() == "créer la réservation 2026-021"
    view.undo_stack.undo()
    assert scheduling.get_booking(db, created[0].uid) is None
    view.undo_stack.redo()
    assert scheduling.get_booking(db, created[0].uid) is not None


def test_cancelling_the_dialog_creates_nothing(view, plan):
    view.editor.dialog_driver = lambda dialog: False
    before = len(view.data.by_key)
    y = row_centre_y(view, plan.people["bruno"])
    start = QPoint(centre_of(view, plan.uids["bruno_wed"]).x(), y)
    view.area.controller.double_click(_FakeEvent(QPoint(start.x() + 2 * day_width(view), y)))
    assert len(view.data.by_key) == before
    assert view.undo_stack.count() == 0


def test_refused_drop_snaps_back_and_says_why(view, plan, qtbot):
    messages = []
    view.statusMessage.connect(messages.append)
    start = centre_of(view, plan.uids["anne_mon"])
    target = centre_of(view, plan.uids["anne_wed"])                     # onto another confirmed booking
    drag(view, start, QPoint(target.x(), start.y()))
    assert state(plan, "anne_mon").start == at(day(0), 9)                # nothing changed
    assert view.undo_stack.count() == 0
    assert view.area.ghosts == []                                        # no ghost left: it snapped back
    assert block_of(view, plan.uids["anne_mon"]).block.start == at(day(0), 9)
    assert messages and "Anne Tremblay a déjà une réservation confirmée" in messages[-1]
    assert view.message.text() == messages[-1]


def test_moving_several_at_once_is_one_undo(view, plan):
    a = centre_of(view, plan.uids["anne_mon"])
    b = centre_of(view, plan.uids["bruno_mon"])
    from tests.ui.grid.conftest import click
    click(view, a)
    click(view, b, mods=Qt.ControlModifier)
    assert {blk.uid for blk in view.selected_blocks()} == {plan.uids["anne_mon"], plan.uids["bruno_mon"]}
    drag(view, b, b + QPoint(day_width(view), 0))
    assert state(plan, "anne_mon").start == at(day(1), 9)
    assert state(plan, "bruno_mon").start == at(day(1), 9)
    assert view.undo_stack.count() == 1
    assert view.undo_stack.undoText() == "déplacer 2 réservations"
    view.undo_stack.undo()
    assert state(plan, "anne_mon").start == at(day(0), 9)
    assert state(plan, "bruno_mon").start == at(day(0), 9)


def test_rubber_band_selects(view, plan):
    a = centre_of(view, plan.uids["anne_mon"])
    b = centre_of(view, plan.uids["bruno_mon"])
    top_left = QPoint(max(a.x() - 40, NAMES_W + 2), a.y() - 30)  # from inside the days, left of the blocks
    bottom_right = QPoint(b.x() + 40, b.y() + 10)
    drag(view, QPoint(top_left.x(), top_left.y()), bottom_right, mods=Qt.ShiftModifier)
    selected = {blk.uid for blk in view.selected_blocks()}
    assert {plan.uids["anne_mon"], plan.uids["bruno_mon"]} <= selected
    assert plan.uids["anne_wed"] not in selected


def test_moving_one_occurrence_of_a_series(view, plan):
    uid = plan.uids["carole_weekly"]
    start = centre_of(view, uid)
    asked = []
    view.editor.scope_chooser = lambda blocks, action: asked.append(action) or "this"
    drag(view, start, start + QPoint(day_width(view), 0))
    assert asked == ["move"]
    series = state(plan, "carole_weekly")
    assert series.rrule and len(series.exdates) == 1                     # the series lost that occurrence
    moved = [p.block for p in view.data.by_key.values()
             if p.block.specialist_id == plan.people["carole"] and p.block.start == at(day(1), 13)]
    assert len(moved) == 1 and not moved[0].repeating


def test_a_cancelled_scope_question_changes_nothing(view, plan):
    uid = plan.uids["carole_weekly"]
    start = centre_of(view, uid)
    view.editor.scope_chooser = lambda blocks, action: None
    drag(view, start, start + QPoint(day_width(view), 0))
    assert not state(plan, "carole_weekly").exdates
    assert view.undo_stack.count() == 0


class _FakeEvent:
    def __init__(self, pos: QPoint):
        self._pos = pos

    def position(self):
        return self._pos.toPointF()


def test_double_click_on_a_block_edits_it(view, plan):
    def change(dialog):
        dialog.status.setCurrentIndex(1)                                 # Provisoire
        dialog.note.setPlainText("à confirmer avec la fédération")
        return True

    view.editor.dialog_driver = change
    view.area.controller.double_click(_FakeEvent(centre_of(view, plan.uids["bruno_wed"])))
    edited = state(plan, "bruno_wed")
    assert edited.status == "tentative" and edited.note == "à confirmer avec la fédération"
    assert view.undo_stack.undoText() == "modifier la réservation 2026-021"
    view.undo_stack.undo()
    assert state(plan, "bruno_wed").status == "confirmed"


def test_drag_step_shows_a_ghost_without_writing(view, plan):
    from PySide6.QtCore import QEvent

    from tests.ui.grid.conftest import send
    start = centre_of(view, plan.uids["anne_mon"])
    send(view, QEvent.MouseButtonPress, start)
    send(view, QEvent.MouseMove, start + QPoint(10, 0), button=Qt.NoButton)
    send(view, QEvent.MouseMove, start + QPoint(day_width(view), 0), button=Qt.NoButton)
    assert len(view.area.ghosts) == 1 and not view.area.ghosts[0][1]
    assert state(plan, "anne_mon").start == at(day(0), 9)
    target = centre_of(view, plan.uids["anne_wed"])
    send(view, QEvent.MouseMove, QPoint(target.x(), start.y()), button=Qt.NoButton)
    assert view.area.ghosts[0][1]                                         # red: a confirmed overlap
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(view.area, QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert view.area.ghosts == [] and view.area.controller.state is None
    send(view, QEvent.MouseButtonRelease, QPoint(target.x(), start.y()), buttons=Qt.NoButton)
    assert view.undo_stack.count() == 0
    assert dt.timedelta(0) == state(plan, "anne_mon").start - at(day(0), 9)
