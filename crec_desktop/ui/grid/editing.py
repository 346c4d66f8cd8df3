"""The grid's edits: every change goes to the source (services), then onto the undo stack.

`GridEditor` is what the drag controller and the view call to move, copy, resize, create,
edit, delete, confirm or make tentative. Each runs the operation first; a refusal becomes a
status message (the blocks were never moved, so the drop snaps back); a success becomes an
OperationCommand on the undo stack, the affected days of the affected rows are read again (only
those rows repainted), the produced blocks selected and the warnings shown without blocking.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import TZ
from crec_desktop.ui.grid.commands import OperationCommand, describe
from crec_desktop.ui.grid.data import (
    CONFIRMED,
    TENTATIVE,
    BlockInfo,
    BookingDraft,
    Change,
    Outcome,
)

THIS, FOLLOWING, SERIES = "this", "following", "series"


class GridEditor(QObject):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.clipboard: list[BlockInfo] = []
        # replaced by tests: (blocks, action) -> scope or None to cancel
        self.scope_chooser: Callable[[list[BlockInfo], str], str | None] = self._ask_scope
        # replaced by tests: None or a driver for BookingDialog.ask
        self.dialog_driver = None

    @property
    def source(self):
        return self.view.source

    def _lang(self) -> str:
        return self.view.lang

    # -- the common path ----------------------------------------------------------------------------
    def _allowed(self, specialist_ids) -> bool:
        for sid in specialist_ids:
            if not self.source.can_edit(sid):
                self.view.tell(self.tr("Vous ne pouvez pas modifier les réservations de ce spécialiste."), error=True)
                return False
        return True

    def run(self, action: str, numbers: list[str], operation: Callable[[], Outcome], days) -> bool:
        try:
            outcome = operation()
        except UserError as exc:
            self.view.tell(exc.text(self._lang()), error=True)
            return False
        command = OperationCommand(describe(action, numbers), outcome, self.source, self._after_undo_redo, days)
        self.view.undo_stack.push(command)
        self._after(outcome, days)
        return True

    def _after(self, outcome: Outcome, days) -> None:
        self.view.reload(days, rows=getattr(outcome, "rows", None))
        if outcome.keys:
            self.view.select_keys(outcome.keys)
        if outcome.warnings:
            self.view.tell(" ".join(outcome.warnings), warning=True)

    def _after_undo_redo(self, outcome: Outcome | None, error: str | None, days) -> None:
        if error:
            self.view.tell(error, error=True)
            self.view.reload()
            return
        self._after(outcome, days or None)

    @staticmethod
    def _days(*instants: dt.datetime) -> set[dt.date]:
        return {i.astimezone(TZ).date() for i in instants}

    def _scope(self, blocks: list[BlockInfo], action: str) -> str | None:
        if any(b.repeating for b in blocks):
            return self.scope_chooser(blocks, action)
        return THIS

    # -- operations ----------------------------------------------------------------------------------
    def commit_changes(self, kind: str, changes: list[Change]) -> bool:
        if not changes:
            return False
        if not self._allowed({c.specialist_id for c in changes} | {c.block.specialist_id for c in changes}):
            return False
        numbers = [c.block.engagement_number for c in changes]
        days = self._days(*[c.block.start for c in changes], *[c.start for c in changes])
        if kind == "copy":
            return self.run("copy", numbers, lambda: self.source.copy(changes), days)
        scope = self._scope([c.block for c in changes], kind)
        if scope is None:
            return False
        if kind == "move" and any(c.specialist_id != c.block.specialist_id for c in changes):
            kind = "reassign"
        if scope != THIS:
            days = None                      # the other occurrences of the series moved too
        return self.run(kind, numbers, lambda: self.source.move(changes, scope), days)

    def create(self, specialist_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        if not self._allowed({specialist_id}):
            return False
        draft = BookingDraft(specialist_id, start, end)
        from crec_desktop.ui.grid.dialog import BookingDialog  # noqa: PLC0415 - not needed to open the window

        draft = BookingDialog.ask(self.view, self.source, draft, title=self.tr("Nouvelle réservation"),
                                  driver=self.dialog_driver)
        if draft is None:
            return False
        number = self._number_of(draft.engagement_id)
        days = None if draft.rrule else self._days(draft.start)
        return self.run("create", [number], lambda: self.source.create(draft), days)

    def edit(self, block: BlockInfo) -> bool:
        if not self._allowed({block.specialist_id}):
            return False
        before = self.source.draft(block)
        from crec_desktop.ui.grid.dialog import BookingDialog  # noqa: PLC0415

        draft = BookingDialog.ask(self.view, self.source, before, title=self.tr("Modifier la réservation"),
                                  driver=self.dialog_driver)
        if draft is None or draft == before:
            return False
        scope = self._scope([block], "edit")
        if scope is None:
            return False
        days = None if (scope != THIS or draft.rrule != before.rrule) else self._days(block.start, draft.start)
        return self.run("edit", [block.engagement_number], lambda: self.source.update(block, draft, scope), days)

    def delete(self, blocks: list[BlockInfo]) -> bool:
        if not blocks or not self._allowed({b.specialist_id for b in blocks}):
            return False
        scope = self._scope(blocks, "delete")
        if scope is None:
            return False
        days = None if scope != THIS else self._days(*[b.start for b in blocks])
        ok = self.run("delete", [b.engagement_number for b in blocks], lambda: self.source.delete(blocks, scope), days)
        if ok:
            self.view.select_keys([])
        return ok

    def set_status(self, blocks: list[BlockInfo], status: str) -> bool:
        blocks = [b for b in blocks if b.status != status]
        if not blocks or not self._allowed({b.specialist_id for b in blocks}):
            return False
        action = "confirm" if status == CONFIRMED else "tentative"
        scope = self._scope(blocks, action)
        if scope is None:
            return False
        days = None if scope != THIS else self._days(*[b.start for b in blocks])
        return self.run(action, [b.engagement_number for b in blocks],
                        lambda: self.source.set_status(blocks, status, scope), days)

    def copy_to_clipboard(self, blocks: list[BlockInfo]) -> None:
        self.clipboard = list(blocks)
        if blocks:
            self.view.tell(self.tr("%n réservation(s) copiée(s) : clic droit sur une case, puis « Coller ici ».",
                                   "", len(blocks)))

    def paste(self, specialist_id: int, day: dt.date) -> bool:
        """Copies of the clipboard's blocks, the earliest on `day` in that row, times of day kept."""
        if not self.clipboard:
            return False
        from crec_desktop.ui.grid.geometry import shift
        earliest = min(self.clipboard, key=lambda b: b.start)
        days = (day - earliest.start.astimezone(TZ).date()).days
        rows = [r.specialist_id for r in self.view.area.rows_shown]
        offset = (rows.index(specialist_id) - rows.index(earliest.specialist_id)
                  if specialist_id in rows and earliest.specialist_id in rows else 0)
        changes = []
        for b in self.clipboard:
            index = rows.index(b.specialist_id) + offset if b.specialist_id in rows else -1
            sid = rows[index] if 0 <= index < len(rows) else specialist_id
            start = shift(b.start, days, 0)
            changes.append(Change(b, start, start + (b.end - b.start), sid))
        return self.commit_changes("copy", changes)

    def _number_of(self, engagement_id) -> str:
        if engagement_id is None:
            return ""
        for choice in self.source.choices("engagement"):
            if choice.id == engagement_id:
                return choice.label
        return ""

    # -- asking which occurrences --------------------------------------------------------------------
    def _ask_scope(self, blocks: list[BlockInfo], action: str) -> str | None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        box = QMessageBox(self.view if isinstance(self.view, QWidget) else None)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(self.tr("Réservation répétée"))
        box.setText(self.tr("Cette réservation fait partie d'une série. Que voulez-vous changer ?"))
        this = box.addButton(self.tr("Cette occurrence"), QMessageBox.AcceptRole)
        following = box.addButton(self.tr("Celle-ci et les suivantes"), QMessageBox.AcceptRole)
        series = box.addButton(self.tr("Toute la série"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        return {this: THIS, following: FOLLOWING, series: SERIES}.get(box.clickedButton())


__all__ = ["GridEditor", "THIS", "FOLLOWING", "SERIES", "CONFIRMED", "TENTATIVE"]
