"""Undo commands over the services' operations: every change the grid makes is one of these.

The operation runs *before* the command is pushed (so a refusal never reaches the stack and the
drop snaps back); the command keeps the undo data the operation returned. Undo hands that data
back to the source, which returns the data to redo, and so on. If another workstation changed
the booking meanwhile, the source refuses: the message goes to the view's status signal and
the command is made obsolete (QUndoStack drops it) rather than leaving the stack lying.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crec_desktop.domain.messages import UserError
from crec_desktop.ui.grid.data import Outcome


class OperationCommand(QUndoCommand):
    """An operation already done, with its undo data: undo() and redo() go through the source."""

    def __init__(self, text: str, outcome: Outcome, source,
                 on_done: Callable[[Outcome | None, str | None, frozenset], None], days=()):
        super().__init__(text)
        self.source = source
        self.token = outcome.undo
        self.on_done = on_done
        self.keys = outcome.keys
        self.days = frozenset(days or ())      # the days the operation touched: undo and redo touch the same
        self._first = True

    def _run(self) -> None:
        try:
            outcome = self.source.revert(self.token)
        except UserError as exc:
            self.setObsolete(True)
            self.on_done(None, exc.text(getattr(self.source, "lang", "fr")), self.days)
            return
        self.token = outcome.undo
        self.on_done(outcome, None, self.days)

    def redo(self) -> None:
        if self._first:          # the operation itself ran before the push
            self._first = False
            return
        self._run()

    def undo(self) -> None:
        self._run()


def _texts() -> tuple[dict[str, str], dict[str, str]]:
    one = {
        "move": QCoreApplication.translate("GridCommands", "déplacer la réservation %1"),
        "reassign": QCoreApplication.translate("GridCommands", "réassigner la réservation %1"),
        "resize": QCoreApplication.translate("GridCommands", "modifier la durée de la réservation %1"),
        "copy": QCoreApplication.translate("GridCommands", "copier la réservation %1"),
        "create": QCoreApplication.translate("GridCommands", "créer la réservation %1"),
        "delete": QCoreApplication.translate("GridCommands", "supprimer la réservation %1"),
        "confirm": QCoreApplication.translate("GridCommands", "confirmer la réservation %1"),
        "tentative": QCoreApplication.translate("GridCommands", "rendre provisoire la réservation %1"),
        "edit": QCoreApplication.translate("GridCommands", "modifier la réservation %1"),
    }
    many = {
        "move": QCoreApplication.translate("GridCommands", "déplacer %1 réservations"),
        "reassign": QCoreApplication.translate("GridCommands", "réassigner %1 réservations"),
        "resize": QCoreApplication.translate("GridCommands", "modifier la durée de %1 réservations"),
        "copy": QCoreApplication.translate("GridCommands", "copier %1 réservations"),
        "create": QCoreApplication.translate("GridCommands", "créer %1 réservations"),
        "delete": QCoreApplication.translate("GridCommands", "supprimer %1 réservations"),
        "confirm": QCoreApplication.translate("GridCommands", "confirmer %1 réservations"),
        "tentative": QCoreApplication.translate("GridCommands", "rendre provisoires %1 réservations"),
        "edit": QCoreApplication.translate("GridCommands", "modifier %1 réservations"),
    }
    return one, many


def describe(action: str, numbers: list[str]) -> str:
    """The undo text: « déplacer la réservation 2026-014 », « supprimer 3 réservations »."""
    one, many = _texts()
    if len(numbers) == 1:
        label = numbers[0] or QCoreApplication.translate("GridCommands", "interne")
        return one[action].replace("%1", label)
    return many[action].replace("%1", str(len(numbers)))
