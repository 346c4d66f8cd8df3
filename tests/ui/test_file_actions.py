"""Fichier → Importer…, Exporter…, Sauvegarder une copie… from the window (file dialogs and
message boxes replaced so that nothing blocks)."""
from __future__ import annotations

import json
import pathlib

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crec_desktop.services.users import CurrentUser
from tests.ui.sample import add_sample


@pytest.fixture
def dialogs(monkeypatch):
    """answers['open'] / answers['save']: the file the dialog 'chooses'; shown: message boxes."""
    answers: dict[str, str] = {}
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (answers.get("open", ""), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (answers.get("save", ""), "")))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            staticmethod(lambda parent, title, text, *a, _k=kind, **k: shown.append((_k, title, text))))
    return answers, shown


def test_file_actions_are_enabled_when_the_store_offers_them(make_window):
    window = make_window("fr")
    assert window.action_import.isEnabled() and window.action_export.isEnabled() and window.action_backup.isEnabled()


def test_export_then_import_into_an_empty_database(make_window, make_db, db, dialogs, tmp_path):
    answers, shown = dialogs
    add_sample(db)
    source = make_window("fr")
    answers["save"] = str(tmp_path / "export.json")
    source.action_export.trigger()
    document = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert {s["key"] for s in document["specialists"]} == {"mtremblay", "lgagnon", "aroy"}
    assert "export.json" in source.statusBar().currentMessage()

    empty = make_db()
    target = make_window("fr", database=empty, user=CurrentUser.system("tester"))
    assert target.overview.figures["specialists"].value.text() == "0"
    answers["open"] = str(tmp_path / "export.json")
    target.action_import.trigger()
    assert shown and shown[-1][0] == "information" and shown[-1][1] == "Importation terminée"
    assert target.overview.figures["specialists"].value.text() == "2"  # refreshed after the import
    assert target.overview.figures["bookings"].value.text() == "5"


def test_a_refused_import_says_why_and_changes_nothing(make_window, db, dialogs, tmp_path):
    answers, shown = dialogs
    bad = tmp_path / "bad.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    window = make_window("en", user=CurrentUser.system("tester"))
    answers["open"] = str(bad)
    window.action_import.trigger()
    assert shown[-1][0] == "warning" and shown[-1][1] == "Import refused"
    assert "bad.json" in shown[-1][2] or "JSON" in shown[-1][2], shown[-1][2]
    assert window.overview.figures["specialists"].value.text() == "0"


def test_cancelled_dialogs_do_nothing(make_window, dialogs, tmp_path):
    _answers, shown = dialogs
    window = make_window("fr")
    for action in (window.action_import, window.action_export, window.action_backup):
        action.trigger()
    assert shown == []
    assert window.statusBar().currentMessage() == ""


def test_backup_copy(make_window, db, dialogs, tmp_path):
    answers, _shown = dialogs
    add_sample(db)
    window = make_window("fr")
    answers["save"] = str(tmp_path / "copie.sqlite3")
    window.action_backup.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Copie de sauvegarde : ")
    assert pathlib.Path(message.split(" : ", 1)[1]).exists()
