"""The hours report dialog: periods, the views as tables (qtmodeltester), Quebec formats in
French and English, saving as XLSX/CSV through the same service code, and the Rapports menu."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from crec_desktop.domain.messages import UserError
from crec_desktop.ui.reports.models import SORT_ROLE
from crec_desktop.ui.reports.report_dialog import HoursReportDialog
from tests.services.report_sample import FIRST, LAST, NOW, build_planned


@pytest.fixture
def planned(db):
    return build_planned(db)


@pytest.fixture
def open_dialog(qtbot, planned, use_lang):
    def open_(lang="fr"):
        use_lang(lang)
        planned.db.clock.set(NOW)
        dialog = HoursReportDialog(planned.db, lang)
        qtbot.addWidget(dialog)
        dialog.set_period(FIRST, LAST)
        return dialog
    return open_


def row_of(model, key):
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(SORT_ROLE) == key)


def test_views_as_tables(open_dialog, qtmodeltester):
    dialog = open_dialog("fr")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Spécialistes", "Membres", "Spécialiste × membre (h)", "Spécialiste × membre (%)", "Mandats"]
    assert dialog.title.text() == "CREC — heures du 2 novembre 2026 au 13 novembre 2026"
    for model in dialog.models.values():
        qtmodeltester.check(model)
    model = dialog.models["specialists"]
    assert model.column_names()[:3] == ["key", "name", "expected"]
    sophie = row_of(model, "sophie")
    assert model.index(sophie, model.column("expected")).data() == "63,00"
    assert model.index(sophie, model.column("utilisation")).data() == "15,1\u00a0%"
    assert model.index(sophie, model.column("expected")).data(SORT_ROLE) == Decimal(63)
    total = model.rowCount() - 1
    assert model.index(total, 0).data() == "Total" and model.index(total, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(total, model.column("booked")).data() == "14,00"
    money = dialog.models["engagements"]
    assert money.index(row_of(money, "2026-001"), money.column("value_done")).data() == "855,00\u00a0$"
    assert dialog.note.text().startswith("Heures attendues")
    dialog.tabs.setCurrentIndex(1)
    assert "exercice du 1er avril 2026 au 31 mars 2027" in dialog.note.text()


def test_english(open_dialog):
    dialog = open_dialog("en")
    assert dialog.windowTitle() == "Hours by specialist, member and engagement"
    assert dialog.tabs.tabText(0) == "Specialists" and dialog.save_button.text() == "&Save…"
    model = dialog.models["engagements"]
    assert model.index(row_of(model, "2026-001"), model.column("value_done")).data() == "$855.00"
    assert model.headerData(model.column("left"), Qt.Orientation.Horizontal) == "Left"


def test_presets_and_bad_custom_range(open_dialog):
    dialog = open_dialog("fr")
    dialog.set_preset("last_month")
    assert dialog.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    dialog.set_preset("this_fiscal_year")
    assert dialog.period() == (dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    dialog.set_preset("this_month")
    assert dialog.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert dialog.report.last == dt.date(2026, 11, 30)
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(-1))   # typed by hand: custom, refused
    assert dialog.preset.currentData() == "custom"
    assert "la période se termine avant de commencer" in dialog.title.text()
    assert not dialog.save_button.isEnabled() and dialog.tabs.count() == 0


def test_save_as_xlsx_and_csv(open_dialog, tmp_path):
    dialog = open_dialog("fr")
    dialog.save_to(tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    rows = {r[0].value: r for r in book["Spécialistes"].iter_rows(min_row=5)}
    assert rows["sophie"][2].value == 63 and rows["Total"][5].value == pytest.approx(14)
    dialog.save_to(tmp_path / "r.csv")
    assert "sophie;Sophie Tremblay;63,00;6,00;3,50;9,50" in (tmp_path / "r.csv").read_bytes().decode("utf-8-sig")
    with pytest.raises(UserError):
        dialog.save_to(tmp_path / "r.ods")
    assert dialog.default_file_name() == "heures-2026-11-02-2026-11-13.xlsx"


def test_the_reports_menu_opens_both_dialogs(make_window, db, monkeypatch):
    from crec_desktop.ui.reports.suggest_dialog import SuggestDialog

    window = make_window("fr")
    actions = [a for a in window.menu_reports.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&Heures par spécialiste, membre et mandat…", "&Suggérer une ressource…"]
    assert all(a.isEnabled() and a.statusTip() for a in actions)
    report = window.reports_menu.open_hours_report()
    assert isinstance(report, HoursReportDialog) and report.isVisible()
    report.close()
    suggest = window.reports_menu.open_suggest()
    assert isinstance(suggest, SuggestDialog) and not suggest.book_button.isEnabled()  # no user: read only
    suggest.close()
    english = make_window("en")
    assert [a.text() for a in english.menu_reports.actions()] == ["&Hours by specialist, member and engagement…",
                                                                   "&Suggest a specialist…"]
