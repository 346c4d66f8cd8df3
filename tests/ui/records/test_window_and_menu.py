"""The records from the main window: the Mandats menu's entries, the records window and its
lists, new engagement and settings from the menu, and a refused import listing every problem."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from crec_desktop.services import engagements as E
from crec_desktop.services.users import resolve_user
from crec_desktop.ui.records import engagement_dialog, settings_dialog
from crec_desktop.ui.records.import_errors import ImportErrorsDialog, problem_lines
from tests.conftest import FIXTURES
from tests.ui.records.helpers import type_into


def entries(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menu_engagements.actions() if not a.isSeparator()]


def test_the_mandats_menu_lists_the_records(org, make_window):
    window = make_window("fr", user=resolve_user(org.db, "alice"))
    names = entries(window)
    for wanted in ("Nouveau mandat…", "Mandats…", "Membres…", "Spécialistes…", "Absences…",
                   "Paramètres de l'organisation…"):
        assert wanted in names, names
    english = make_window("en", user=resolve_user(org.db, "alice"))
    assert {"New engagement…", "Engagements…", "Members…", "Specialists…", "Absences…",
            "Organisation settings…"} <= set(entries(english))


def test_the_records_window_opens_on_the_list_asked_for(org, make_window, qtbot):
    window = make_window("fr", user=resolve_user(org.db, "marc"))
    window.records_menu.action_members.trigger()
    records = window.records_menu.records_window
    qtbot.addWidget(records)
    assert records.isVisible() and records.current_list() is records.lists["members"]
    assert [r.key for r in records.lists["members"].model.rows()] == ["fcsdsq"]
    window.records_menu.action_engagements.trigger()
    assert records.current_list() is records.lists["engagements"]
    assert records.lists["engagements"].model.rowCount() == 2
    assert window.records_menu.records() is records  # one window, brought forward


def test_new_engagement_follows_the_role(org, make_window, qtbot, monkeypatch):
    coordinator = make_window("fr", user=resolve_user(org.db, "chloe"))
    coordinator.records_menu.update_actions()
    assert not coordinator.action_new_engagement.isEnabled()
    assert coordinator.action_new_engagement.statusTip().startswith("Seuls les gestionnaires")

    manager = make_window("fr", user=resolve_user(org.db, "marc"))
    manager.records_menu.update_actions()
    assert manager.action_new_engagement.isEnabled()
    original = engagement_dialog.EngagementDialog.ask.__func__

    def drive(cls, parent, ctx, number, driver=None):
        def fill(d):
            type_into(qtbot, d.title_edit, "Mandat du menu")
            d.member.setCurrentIndex(d.member.findData(org.member_id))
            d.domain.setCurrentIndex(1)
            return True
        return original(cls, parent, ctx, number, driver=fill)

    monkeypatch.setattr(engagement_dialog.EngagementDialog, "ask", classmethod(drive))
    outcome = manager.records_menu.new_engagement()
    assert outcome is not None and E.engagement_record(org.db, outcome.main.key).state.title == "Mandat du menu"


def test_settings_from_the_menu(org, make_window, monkeypatch):
    window = make_window("fr", user=resolve_user(org.db, "alice"))
    opened = []
    monkeypatch.setattr(settings_dialog.SettingsDialog, "ask",
                        classmethod(lambda cls, parent, ctx, driver=None: opened.append(ctx) or None))
    window.records_menu.action_settings.trigger()
    assert opened and opened[0].user.login == "alice" and opened[0].lang == "fr"


def test_a_refused_import_lists_every_problem(org, make_window, qtbot, tmp_path, monkeypatch):
    doc = json.loads((FIXTURES / "interchange" / "valid-base.json").read_text(encoding="utf-8"))
    doc["absences"][0]["end"] = "2027-04-01"             # before its start
    doc["bookings"][0]["specialist"] = "personne"         # unknown specialist
    doc["bookings"][1]["end"] = doc["bookings"][1]["start"]  # ends when it starts
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: boxes.append(a)))
    window = make_window("fr", user=resolve_user(org.db, "alice"))
    window.action_import.trigger()
    dialogs = window.findChildren(ImportErrorsDialog)
    assert dialogs and not boxes
    dialog = dialogs[-1]
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(lines) == 3 and dialog.windowTitle() == "Importation refusée"
    assert dialog.summary.text().startswith("Le fichier n'a pas été importé : 3 problèmes")
    assert any(line.startswith("absences[0].end : ") and "l'absence se termine avant de commencer" in line
               for line in lines), lines
    assert any("personne" in line for line in lines)
    dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "\n".join(lines)
    assert len(E.list_engagements(org.db)) == 2  # nothing imported


def test_one_problem_stays_a_message_box(org):
    from crec_desktop.domain.messages import UserError, msg

    error = UserError(msg("records.conflict"))
    assert problem_lines(error, "en") == [error.text("en")]
