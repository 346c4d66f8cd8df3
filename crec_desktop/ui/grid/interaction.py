"""Mouse and keyboard on the grid: select, drag to move / reassign / copy, resize, create.

- press on a block selects it (Ctrl toggles, Shift adds); dragging moves the selection, to
  another row reassigns it, with Ctrl held copies it; dragging a block's edge resizes it;
- dragging in empty space creates a booking over that span (the dialog opens, filled in);
  Shift- or Ctrl-dragging in empty space draws a rubber band that selects;
- double-click edits a block, or creates one on the half day (hour, at day zoom) clicked;
- keys: arrows move the selection (a day, or the snap step at day zoom; up and down change the
  specialist), Tab walks through the blocks, Enter edits, Delete deletes, Escape cancels.

While dragging, each mouse move computes the snapped target of every dragged block and shows
ghosts (red when a confirmed overlap is already visible); nothing is written until the drop,
which goes through the view (services, undo stack). A refused drop simply loses its ghosts:
the blocks never moved, so they "snap back".
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from crec_desktop.domain.timeutil import MAX_BOOKING, UTC, at_local
from crec_desktop.ui.grid.area import NAMES_W
from crec_desktop.ui.grid.data import Change
from crec_desktop.ui.grid.geometry import (
    Zoom,
    date_at,
    day_index,
    instant_at,
    move_delta,
    resize_minutes,
    shift,
    snap_minutes,
    span,
)

MIN_LENGTH = dt.timedelta(minutes=15)
AUTOSCROLL_MARGIN = 24


class DragController(QObject):
    def __init__(self, area, view):
        super().__init__(area)
        self.area = area
        self.view = view
        self.state: str | None = None
        self.press_point = QPoint()
        self.press_pos = 0.0
        self.press_row = None
        self.pressed = None          # the Placed block under the press
        self.edge = None
        self.copying = False
        self.changes: list[Change] = []
        self.create_span = None
        self._last_point = QPoint()
        self._autoscroll = QTimer(self, interval=40, timeout=self._autoscroll_step)

    # -- helpers ---------------------------------------------------------------------------
    @property
    def selection(self) -> set:
        return self.area.selection

    def _set_selection(self, keys) -> None:
        self.area.selection = set(keys)
        self.area.viewport().update()
        self.view.selection_changed()

    def _rows(self) -> list:
        return self.area.rows_shown

    def _row_index(self, specialist_id: int) -> int:
        for i, row in enumerate(self._rows()):
            if row.specialist_id == specialist_id:
                return i
        return -1

    def selected_blocks(self) -> list:
        by_key = self.area.data.by_key
        return [by_key[k].block for k in self.selection if k in by_key]

    # -- mouse -----------------------------------------------------------------------------
    def press(self, event) -> None:
        self.area.setFocus()
        if event.button() != Qt.LeftButton:
            if event.button() == Qt.RightButton:
                placed, _e, _r, _p = self.area.hit(event.position().toPoint())
                if placed is not None and placed.block.key not in self.selection:
                    self._set_selection({placed.block.key})
            return
        point = event.position().toPoint()
        placed, edge, row, pos = self.area.hit(point)
        mods = event.modifiers()
        self.press_point = point
        self.press_pos = pos
        self.press_row = row
        self.pressed = placed
        self.edge = edge
        if placed is not None:
            key = placed.block.key
            if mods & Qt.ShiftModifier:
                self._set_selection(self.selection | {key})
            elif not (mods & Qt.ControlModifier) and key not in self.selection:
                self._set_selection({key})
            self.state = "press"
        elif row is not None:
            if not mods & (Qt.ShiftModifier | Qt.ControlModifier):
                if self.selection:
                    self._set_selection(set())
            self.state = "press_empty"
        else:
            self.state = None

    def move(self, event) -> None:
        point = event.position().toPoint()
        self._last_point = point
        if self.state is None:
            self._hover(point)
            return
        if self.state in ("press", "press_empty"):
            if (point - self.press_point).manhattanLength() < QApplication.startDragDistance():
                return
            self._start_drag(event)
        self._drag_to(point, event.modifiers())
        self._update_autoscroll(point)

    def _start_drag(self, event) -> None:
        mods = event.modifiers()
        if self.state == "press":
            block = self.pressed.block
            if self.edge and len(self.selection) <= 1:
                self.state = "resize"
            else:
                self.state = "move"
                if block.key not in self.selection:
                    self._set_selection(self.selection | {block.key})
            self.copying = bool(mods & Qt.ControlModifier) and self.state == "move"
        else:
            self.state = "rubber" if mods & (Qt.ShiftModifier | Qt.ControlModifier) else "create"

    def _drag_to(self, point: QPoint, mods) -> None:
        if self.state == "move":
            self.copying = bool(mods & Qt.ControlModifier)
            self.changes = self._move_changes(point)
            self._show_ghosts()
        elif self.state == "resize":
            self.changes = self._resize_change(point)
            self._show_ghosts()
        elif self.state == "create":
            self.create_span = self._create_span(point)
            ghosts = []
            if self.create_span is not None:
                sid, start, end = self.create_span
                rect = self.area.block_widget_rect(start, end, sid)
                if rect is not None:
                    ghosts.append((rect, False))
            self.area.set_ghosts(ghosts)
        elif self.state == "rubber":
            self.area.set_rubber(QRect(self.press_point, point).normalized())

    def release(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return
        self._autoscroll.stop()
        state, self.state = self.state, None
        if state == "press" and self.pressed is not None and event.modifiers() & Qt.ControlModifier:
            key = self.pressed.block.key
            self._set_selection(self.selection ^ {key})
        elif state in ("move", "resize"):
            changes, self.changes = self.changes, []
            real = [c for c in changes if (c.start, c.end, c.specialist_id) !=
                    (c.block.start, c.block.end, c.block.specialist_id)]
            if real or (state == "move" and self.copying and changes):
                kind = "resize" if state == "resize" else ("copy" if self.copying else "move")
                self.view.commit_changes(kind, real if kind != "copy" else changes)
            self.area.set_ghosts([])
        elif state == "create":
            span_, self.create_span = self.create_span, None
            self.area.set_ghosts([])
            if span_ is not None:
                self.view.request_create(*span_)
        elif state == "rubber":
            rect = self.area.rubber
            self.area.set_rubber(None)
            if rect is not None:
                self._select_in(rect, add=True)
        self.pressed = None

    def double_click(self, event) -> None:
        point = event.position().toPoint()
        placed, _edge, row, pos = self.area.hit(point)
        self.state = None
        if placed is not None:
            self._set_selection({placed.block.key})
            self.view.edit_block(placed.block)
        elif row is not None and pos is not None:
            start, end = self._default_slot(row, pos)
            self.view.request_create(row.specialist_id, start, end)

    def cancel(self) -> None:
        self.state = None
        self.changes = []
        self.create_span = None
        self._autoscroll.stop()
        self.area.set_ghosts([])
        self.area.set_rubber(None)

    # -- computing targets -----------------------------------------------------------------------
    def _move_changes(self, point: QPoint) -> list[Change]:
        area = self.area
        pos = area.pos_at(point.x())
        anchor = self.pressed
        days, minutes = move_delta(anchor.x0, anchor.x0 + (pos - self.press_pos),
                                   snap_minutes(area.zoom, self.view.snap))
        row = area.layout_rows.row_at(area.content_y(point.y())) or self.press_row
        rows = self._rows()
        delta_rows = self._row_index(row.specialist_id) - self._row_index(anchor.block.specialist_id) if row else 0
        changes = []
        for block in self.selected_blocks():
            start = shift(block.start, days, minutes)
            end = start + (block.end - block.start)
            index = self._row_index(block.specialist_id) + delta_rows
            sid = rows[min(max(index, 0), len(rows) - 1)].specialist_id if rows else block.specialist_id
            changes.append(Change(block, start, end, sid))
        return changes

    def _resize_change(self, point: QPoint) -> list[Change]:
        block = self.pressed.block
        step = resize_minutes(self.area.zoom, self.view.snap)
        at = instant_at(self.area.pos_at(point.x()), step)
        if self.edge == "right":
            end = max(at, block.start + MIN_LENGTH)
            end = min(end, block.start + MAX_BOOKING)
            return [Change(block, block.start, end, block.specialist_id)]
        start = min(at, block.end - MIN_LENGTH)
        start = max(start, block.end - MAX_BOOKING)
        return [Change(block, start, block.end, block.specialist_id)]

    def _create_span(self, point: QPoint):
        row = self.press_row
        if row is None:
            return None
        step = resize_minutes(self.area.zoom, self.view.snap)
        a = self.press_pos
        b = self.area.pos_at(point.x())
        day = int(a // 1)
        lo, hi = sorted((a, b))
        lo, hi = max(lo, day), min(hi, day + 1.0)        # one booking stays within one day
        start, end = instant_at(lo, step), instant_at(hi, step)
        if end - start < MIN_LENGTH:
            return None
        return row.specialist_id, start, end

    def _default_slot(self, row, pos: float):
        """The slot a double-click in empty space proposes: an hour (day zoom) or a half day
        (the specialist's morning or afternoon: the working day less a lunch hour, halved)."""
        if self.area.zoom is Zoom.DAY:
            start = instant_at(pos, 30)
            return start, start + dt.timedelta(hours=1)
        date = date_at(int(pos // 1))
        day_start = at_local(date, row.workday_start).astimezone(UTC)
        day_end = at_local(date, row.workday_end).astimezone(UTC)
        half = max(dt.timedelta(hours=1), (day_end - day_start - dt.timedelta(hours=1)) / 2)
        if pos - int(pos // 1) < 0.5:
            return day_start, day_start + half
        return day_end - half, day_end

    def _show_ghosts(self) -> None:
        area = self.area
        ghosts = []
        moving = {c.block.key for c in self.changes} if not self.copying else set()
        for c in self.changes:
            rect = area.block_widget_rect(c.start, c.end, c.specialist_id)
            if rect is None:
                continue
            refused = c.block.status == "confirmed" and self._overlaps(c, moving)
            ghosts.append((rect, refused))
        area.set_ghosts(ghosts)

    def _overlaps(self, change: Change, ignore: set) -> bool:
        """A confirmed block already loaded in the target row overlaps (what the services refuse)."""
        rb = self.area.data.rows.get(change.specialist_id)
        if rb is None:
            return False
        x0, x1 = span(change.start, change.end)
        for placed in rb.in_range(x0, x1):
            b = placed.block
            if b.key in ignore or b.status != "confirmed":
                continue
            if b.start < change.end and change.start < b.end:
                return True
        return False

    def _select_in(self, rect: QRect, add: bool) -> None:
        area = self.area
        keys = set(self.selection) if add else set()
        first = area.pos_at(rect.left())
        last = area.pos_at(rect.right())
        for slot in area.layout_rows.visible(area.content_y(rect.top()), area.content_y(rect.bottom())):
            if slot.row is None:
                continue
            rb = area.data.rows.get(slot.row.specialist_id)
            if rb is None:
                continue
            for placed in rb.in_range(first, last):
                r = area.widget_rect(placed.x0, placed.x1, placed.block.specialist_id, placed.lane, placed.lanes)
                if r is not None and r.intersects(rect):
                    keys.add(placed.block.key)
        self._set_selection(keys)

    # -- hover, autoscroll -------------------------------------------------------------------------
    def _hover(self, point: QPoint) -> None:
        placed, edge, _row, _pos = self.area.hit(point)
        vp = self.area.viewport()
        if placed is not None and edge:
            vp.setCursor(Qt.SizeHorCursor)
        elif placed is not None:
            vp.setCursor(Qt.OpenHandCursor)
        else:
            vp.unsetCursor()

    def _update_autoscroll(self, point: QPoint) -> None:
        vp = self.area.viewport()
        near = (point.x() > vp.width() - AUTOSCROLL_MARGIN or
                (point.x() < NAMES_W + AUTOSCROLL_MARGIN and point.x() > 0) or
                point.y() > vp.height() - AUTOSCROLL_MARGIN)
        if near and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not near:
            self._autoscroll.stop()

    def _autoscroll_step(self) -> None:
        if self.state not in ("move", "resize", "create", "rubber"):
            self._autoscroll.stop()
            return
        point = self._last_point
        vp = self.area.viewport()
        hbar = self.area.horizontalScrollBar()
        step = max(4, round(self.area.day_w / 6))
        if point.x() > vp.width() - AUTOSCROLL_MARGIN:
            hbar.setValue(hbar.value() + step)
        elif point.x() < NAMES_W + AUTOSCROLL_MARGIN:
            hbar.setValue(hbar.value() - step)
        vbar = self.area.verticalScrollBar()
        if point.y() > vp.height() - AUTOSCROLL_MARGIN:
            vbar.setValue(vbar.value() + 8)
        self._drag_to(point, QApplication.keyboardModifiers())

    # -- keyboard ------------------------------------------------------------------------------------
    def key(self, event) -> bool:
        k = event.key()
        if event.matches(QKeySequence.Undo):
            self.view.undo_stack.undo()
            return True
        if event.matches(QKeySequence.Redo) or (k == Qt.Key_Y and event.modifiers() & Qt.ControlModifier):
            self.view.undo_stack.redo()
            return True
        if k == Qt.Key_Escape:
            if self.state:
                self.cancel()
            else:
                self._set_selection(set())
            return True
        if k in (Qt.Key_Delete, Qt.Key_Backspace) and self.selection:
            self.view.delete_selection()
            return True
        if k in (Qt.Key_Return, Qt.Key_Enter):
            blocks = self.selected_blocks()
            if len(blocks) == 1:
                self.view.edit_block(blocks[0])
            return True
        if k in (Qt.Key_Tab, Qt.Key_Backtab) and event.modifiers() & Qt.ControlModifier:
            self.area.leave_focus(not (k == Qt.Key_Backtab or event.modifiers() & Qt.ShiftModifier))
            return True
        if k in (Qt.Key_Tab, Qt.Key_Backtab):
            self._walk(-1 if k == Qt.Key_Backtab or event.modifiers() & Qt.ShiftModifier else 1)
            return True
        if k in (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down) and self.selection:
            self._keyboard_move(k)
            return True
        return False

    def _keyboard_move(self, k) -> None:
        zoom = self.area.zoom
        days = minutes = rows = 0
        if k in (Qt.Key_Left, Qt.Key_Right):
            sign = -1 if k == Qt.Key_Left else 1
            if zoom is Zoom.DAY:
                minutes = sign * 15
            else:
                days = sign
        else:
            rows = -1 if k == Qt.Key_Up else 1
        shown = self._rows()
        changes = []
        for block in self.selected_blocks():
            index = self._row_index(block.specialist_id) + rows
            if not 0 <= index < len(shown):
                return
            start = shift(block.start, days, minutes)
            changes.append(Change(block, start, start + (block.end - block.start), shown[index].specialist_id))
        if changes:
            self.view.commit_changes("move", changes)

    def _walk(self, direction: int) -> None:
        """Select the next (or previous) block, row by row, in time order."""
        area = self.area
        first, last = area.visible_days()
        blocks = []
        for row in self._rows():
            rb = area.data.rows.get(row.specialist_id)
            if rb is not None:
                blocks.extend(p.block.key for p in rb.in_range(day_index(first), day_index(last) + 1))
        if not blocks:
            return
        current = next(iter(self.selection)) if len(self.selection) == 1 else None
        i = blocks.index(current) + direction if current in blocks else (0 if direction > 0 else -1)
        self._set_selection({blocks[i % len(blocks)]})

    # -- tooltips and menus --------------------------------------------------------------------------
    def tooltip(self, point: QPoint) -> str:
        return self.view.tooltip_at(point)

    def context_menu(self, event) -> None:
        placed, _edge, row, pos = self.area.hit(event.pos())
        self.view.context_menu(event.globalPos(), placed, row, pos)
