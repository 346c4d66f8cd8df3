"""The engagement's form through the real dialog: create, edit, the workflow buttons one step at
a time, the hours bar, its sessions and issued letters, the letter preview, read-only forms."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from crec_desktop.domain import workflow as W
from crec_desktop.domain.timeutil import local
from crec_desktop.services import engagements as E
from crec_desktop.services import letters as L
from crec_desktop.services import scheduling as S
from crec_desktop.ui.records import engagement_dialog
from crec_desktop.ui.records.engagement_dialog import EngagementDialog
from tests.ui.records.helpers import says, shown, type_into


def test_create_an_engagement_through_the_dialog(org, make_ctx, qtbot):
    def fill(d: EngagementDialog) -> bool:
        assert d.number_edit.text() == "2026-003"  # the next number of the year
        type_into(qtbot, d.title_edit, "Plan de relève")
        d.member.setCurrentIndex(d.member.findData(org.member_id))
        d.domain.setCurrentIndex(1)
        d.lead.setCurrentIndex(d.lead.findData(org.ids["sophie"]))
        type_into(qtbot, d.budget, "24,5")
        type_into(qtbot, d.rate, "95")
        d.start.set_date(dt.date(2026, 12, 1))
        d.end.set_date(dt.date(2027, 3, 31))
        type_into(qtbot, d.scope, "Un plan de relève pour la direction.")
        return True

    outcome = EngagementDialog.ask(None, make_ctx("marc"), None, driver=fill)
    assert outcome is not None and outcome.main.key == "2026-003"
    state = E.engagement_record(org.db, "2026-003").state
    assert (state.title, state.status, state.budget_hours, state.hourly_rate, state.lead_id) == (
        "Plan de relève", W.DRAFT, "24.50", "95.00", org.ids["sophie"])
    assert (state.start_date, state.end_date, state.scope) == (
        dt.date(2026, 12, 1), dt.date(2027, 3, 31), "Un plan de relève pour la direction.")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_messages_of_the_engagement_form(org, make_ctx, qtbot, lang):
    dialog = EngagementDialog(make_ctx("marc", lang), None)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.number_edit, "26-3")
    assert shown(dialog, "number") == says("valid.number", lang)
    type_into(qtbot, dialog.budget, "beaucoup")
    assert shown(dialog, "budget_hours") == says("valid.hours", lang)
    type_into(qtbot, dialog.rate, "95,999")
    assert shown(dialog, "hourly_rate") == says("valid.money_cents", lang)
    dialog.start.set_date(dt.date(2027, 2, 1))
    dialog.end.set_date(dt.date(2027, 1, 1))
    assert shown(dialog, "end_date") == says("valid.dates_order", lang)
    assert not dialog.try_save()
    assert shown(dialog, "title") == says("valid.required", lang)
    assert shown(dialog, "member_id") == says("valid.required", lang)
    assert [r.number for r in E.list_engagements(org.db)] == ["2026-002", "2026-001"]


def test_the_workflow_buttons_take_one_step_each(org, make_ctx, qtbot, boxes):
    dialog = EngagementDialog(make_ctx("marc"), "2026-001")
    qtbot.addWidget(dialog)
    visible = lambda: [s for s, b in dialog.step_buttons.items() if not b.isHidden()]  # noqa: E731
    assert dialog.status_label.text() == "brouillon" and visible() == [W.SEND, W.CANCEL]
    dialog.step_buttons[W.SEND].click()
    assert E.engagement_record(org.db, "2026-001").state.status == W.SENT
    assert dialog.status_label.text() == "envoyé" and visible() == [W.SIGN, W.CANCEL]
    dialog.step_buttons[W.SIGN].click()
    dialog.step_buttons[W.START].click()
    assert visible() == [W.COMPLETE, W.CANCEL]
    boxes.answers.append(QMessageBox.StandardButton.No)
    dialog.step_buttons[W.CANCEL].click()  # asked first; the answer is no
    assert E.engagement_record(org.db, "2026-001").state.status == W.IN_PROGRESS
    assert boxes[-1][0] == "question" and "2026-001" in boxes[-1][2]
    dialog.step_buttons[W.CANCEL].click()  # yes
    assert E.engagement_record(org.db, "2026-001").state.status == W.CANCELLED and visible() == []
    dialog.reject()
    assert dialog.stepped


def test_steps_wait_for_unsaved_changes(org, make_ctx, qtbot):
    dialog = EngagementDialog(make_ctx("marc"), "2026-001")
    qtbot.addWidget(dialog)
    assert dialog.step_buttons[W.SEND].isEnabled()
    type_into(qtbot, dialog.title_edit, "Politique RH révisée")
    assert not dialog.step_buttons[W.SEND].isEnabled()
    assert dialog.step_buttons[W.SEND].toolTip() == "Enregistrez d'abord vos modifications."
    type_into(qtbot, dialog.title_edit, "Politique RH")
    assert dialog.step_buttons[W.SEND].isEnabled()


def test_a_stale_step_offers_to_reload(org, make_ctx, qtbot):
    dialog = EngagementDialog(make_ctx("marc"), "2026-001")
    qtbot.addWidget(dialog)
    E.send_engagement(org.db, org.user("alice"), "2026-001", E.engagement_record(org.db, "2026-001").version)
    asked = []
    dialog.ask_reload = lambda text: asked.append(text) or True
    assert not dialog.take_step(W.SEND)
    assert "Alice Admin (alice)" in asked[0]
    assert dialog.status_label.text() == "envoyé"  # reloaded


def test_hours_sessions_and_letters(org, make_ctx, qtbot, monkeypatch):
    sophie, number = org.ids["sophie"], "2026-001"
    S.create_booking(org.db, org.user("chloe"), specialist_id=sophie, engagement_id=org.engagements[number],
                     start=local(2026, 11, 2, 9), end=local(2026, 11, 2, 12), location="Lévis")
    S.create_booking(org.db, org.user("chloe"), specialist_id=sophie, engagement_id=org.engagements[number],
                     start=local(2026, 12, 2, 9), end=local(2026, 12, 2, 18), status="tentative")
    L.issue_letter(org.db, number, org.user("marc"))
    dialog = EngagementDialog(make_ctx("marc"), number)
    qtbot.addWidget(dialog)
    assert dialog.hours_label.text() == "3\u00a0h faites, 12\u00a0h planifiées sur 10\u00a0h au budget — dépassement de 2\u00a0h"
    bar = dialog.hours_bar
    assert (bar.budget, bar.planned, bar.done) == (Decimal("10.00"), Decimal("12.00"), Decimal("3.00"))
    assert dialog.sessions_model.rowCount() == 2
    assert [dialog.sessions_model.index(0, c).data() for c in range(4)] == [
        "2026-11-02", "9\u00a0h – 12\u00a0h", "3\u00a0h", "Sophie Tremblay"]
    assert dialog.issued_model.rowCount() == 1 and dialog.issued_model.index(0, 0).data() == "1"
    assert dialog.no_letter.isHidden()
    assert dialog.preview_button is not None  # ui.letters is installed
    opened = []
    from crec_desktop.ui.letters import preview

    monkeypatch.setattr(preview, "open_letter_preview", lambda *a, **k: opened.append(a))
    dialog.preview_button.click()
    assert opened and opened[0][2:] == (org.user("marc"), number, "fr")


def test_no_preview_button_without_the_letters_screen(org, make_ctx, qtbot, monkeypatch):
    monkeypatch.setattr(engagement_dialog, "letters_screen_available", lambda: False)
    dialog = EngagementDialog(make_ctx("marc"), "2026-001")
    qtbot.addWidget(dialog)
    assert dialog.preview_button is None and not dialog.no_letter.isHidden()


@pytest.mark.parametrize(("login", "lang"), [("chloe", "fr"), ("sophie", "en")])
def test_read_only_for_coordinators_and_specialists(org, make_ctx, qtbot, login, lang):
    dialog = EngagementDialog(make_ctx(login, lang), "2026-001")
    qtbot.addWidget(dialog)
    assert dialog.read_only and dialog.title_edit.isReadOnly() and not dialog.member.isEnabled()
    assert all(not b.isEnabled() for b in dialog.step_buttons.values())
    why = ("Seuls les gestionnaires et les administrateurs" if lang == "fr"
           else "Only managers and administrators may change engagements")
    assert why in dialog.banner.text()
    assert not dialog.take_step(W.SEND)
    assert E.engagement_record(org.db, "2026-001").state.status == W.DRAFT


def test_english_workflow_buttons(org, make_ctx, qtbot):
    dialog = EngagementDialog(make_ctx("marc", "en"), "2026-001")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Engagement 2026-001"
    assert dialog.step_buttons[W.SEND].text() == "Mark as sent"
    assert dialog.status_label.text() == "draft"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Engagement", "Letter texts", "Sessions", "Issued letters"]
