"""The « Suggérer une ressource » dialog: ranked specialists with reasons and slots (qtmodeltester),
booking the slots as tentative bookings after confirmation, with permissions and undo."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from crec_desktop.domain.timeutil import local
from crec_desktop.services import agenda
from crec_desktop.ui.reports.models import SORT_ROLE
from crec_desktop.ui.reports.suggest_dialog import SuggestDialog
from tests.services.report_sample import build_planned

BEFORE = local(2026, 11, 1, 8)
FIRST, LAST = dt.date(2026, 11, 2), dt.date(2026, 11, 6)


@pytest.fixture
def planned(db):
    return build_planned(db)


@pytest.fixture
def open_dialog(qtbot, planned, use_lang):
    def open_(login="chloe", lang="fr", stack=None):
        use_lang(lang)
        planned.db.clock.set(BEFORE)
        dialog = SuggestDialog(planned.db, planned.org.user(login), lang, undo_stack=stack)
        qtbot.addWidget(dialog)
        dialog.set_request("fcsdsq", "hr", 5, FIRST, LAST)
        dialog.search()
        return dialog
    return open_


def test_ranking_reasons_and_slots(open_dialog, qtmodeltester):
    dialog = open_dialog()
    model = dialog.ranking_model
    qtmodeltester.check(model)
    assert [model.index(r, model.column("name")).data() for r in range(model.rowCount())] == ["Sophie Tremblay",
                                                                                              "Jean Côté"]
    assert model.index(0, model.column("score")).data() == "90/100"
    assert model.index(0, model.column("free_hours")).data() == "32\u00a0h"
    assert dialog.status.text() == "2 spécialistes proposés, du plus indiqué au moins indiqué."
    assert dialog.reasons.item(0).text().startswith("+40  peut faire les 5\u00a0h demandées")
    slots = dialog.slot_model
    qtmodeltester.check(slots)
    assert [slots.index(r, slots.column("day")).data() for r in range(slots.rowCount())] == [
        "lundi 2 novembre 2026", "mardi 3 novembre 2026"]
    assert slots.index(0, slots.column("start")).data() == "13\u00a0h"
    assert slots.index(1, slots.column("end")).data() == "10\u00a0h"
    assert slots.index(1, slots.column("hours")).data(SORT_ROLE) == 1.5
    assert dialog.engagement.itemText(0).startswith("2026-001") and dialog.engagement.itemData(
        dialog.engagement.count() - 1) is None
    dialog.ranking.selectRow(1)
    assert dialog.reasons.item(4).text() == "+0  Ressources humaines est un de ses autres domaines"


def test_english(open_dialog):
    dialog = open_dialog(lang="en")
    assert dialog.windowTitle() == "Suggest a specialist" and dialog.book_button.text() == "&Book these slots"
    assert dialog.slot_model.index(0, 0).data() == "Monday, November 2, 2026"
    assert dialog.reasons.item(4).text() == "+5  Human resources is their main domain"


def test_book_the_slots_with_confirmation_and_undo(open_dialog, planned):
    stack = QUndoStack()
    dialog = open_dialog(stack=stack)
    sophie = planned.org.ids["sophie"]

    def mine():
        return [(i.start, i.end, i.status, i.engagement_number) for i in agenda.agenda(planned.db, FIRST, LAST, [sophie])
                if i.note == "Proposé par « Suggérer une ressource »"]

    asked = []
    dialog.confirm = lambda text: asked.append(text) or False
    assert not dialog.book() and not mine()
    assert asked == ["Réserver 2 créneaux, 5\u00a0h en tout, pour Sophie Tremblay ? "
                     "Ce seront des réservations provisoires."]
    dialog.confirm = lambda text: True
    expected = [(s.start, s.end) for s in dialog.selected().slots]
    assert dialog.book()
    assert [(s, e) for s, e, _, _ in mine()] == expected
    assert {(st, n) for _, _, st, n in mine()} == {("tentative", "2026-001")}
    assert dialog.status.text().startswith("2 créneaux réservés pour Sophie Tremblay.")
    assert stack.count() == 1 and stack.undoText() == "réserver 2 créneaux pour Sophie Tremblay"
    stack.undo()
    assert not mine()
    stack.redo()
    assert len(mine()) == 2


def test_permissions(open_dialog):
    jean = open_dialog(login="jean")              # a specialist: only their own time
    assert jean.selected().specialist_key == "sophie" and not jean.book_button.isEnabled()
    assert "Votre rôle ne permet pas" in jean.book_button.toolTip()
    jean.ranking.selectRow(1)
    assert jean.selected().specialist_key == "jean" and jean.book_button.isEnabled()
    nobody = open_dialog(login="nobody")
    assert not nobody.book_button.isEnabled()


def test_nobody_and_bad_input(open_dialog):
    dialog = open_dialog()
    dialog.set_request("fcsdsq", "events", 5, FIRST, LAST)
    dialog.search()
    assert dialog.ranking_model.rowCount() == 0 and not dialog.book_button.isEnabled()
    assert dialog.status.text().startswith("Personne ne peut être proposé")
    dialog.set_request("fcsdsq", "hr", 5, LAST, FIRST)
    dialog.search()
    assert "la période se termine avant de commencer" in dialog.status.text()
