"""Several letters at once: the checkable list, saving one PDF per engagement, one print job,
failures reported at the end without stopping the others, cancelling; the engagement chooser."""
from __future__ import annotations

from decimal import Decimal

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from crec_desktop.domain.timeutil import local
from crec_desktop.services import letters
from crec_desktop.ui.letters.batch import LetterBatchDialog, open_letter_batch
from crec_desktop.ui.letters.chooser import EngagementChooserDialog, choose_engagement
from crec_desktop.ui.letters.common import pdf_printer
from crec_desktop.ui.letters.models import EngagementFilter, EngagementListModel
from crec_desktop.ui.letters.pages import page_count
from tests.letters.records import add_engagement


@pytest.fixture
def numbers(db) -> list[str]:
    """Three engagements: two members, one in English and without sessions."""
    return [add_engagement(db, "2026-014"),
            add_engagement(db, "2026-015", title="Plan de relève", language="en", sessions=[]),
            add_engagement(db, "2026-016", title="Médiation", member_name="Coopérative funéraire de l'Outaouais",
                           sessions=[(local(2027, 1, 12, 9), Decimal("3"), "marc", "confirmed", "Gatineau")])]


@pytest.fixture
def batch(qtbot, db, numbers, use_lang):
    use_lang("fr")
    dialog = LetterBatchDialog(db, "fr")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_list_is_newest_first_and_counts_what_is_checked(batch, numbers):
    model = batch.model
    assert [model.engagement(r).number for r in range(model.rowCount())] == list(reversed(numbers))
    assert batch.count.text() == "0 mandat coché" and not batch.save_button.isEnabled()
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert batch.checked_numbers() == ["2026-016"] and batch.count.text() == "1 mandat coché"
    assert batch.save_button.isEnabled() and batch.print_button.isEnabled()
    batch.filter.setText("outaouais")
    assert batch.proxy.visible_numbers() == ["2026-016"]
    batch.filter.setText("")
    batch.model.set_checked(batch.proxy.visible_numbers())
    assert batch.checked_numbers() == list(reversed(numbers)) and batch.count.text() == "3 mandats cochés"


def test_saving_writes_one_pdf_per_engagement_named_by_number(batch, db, numbers, tmp_path):
    result = batch.save_to_folder(tmp_path, numbers)
    assert result.done == numbers and not result.failed and not result.cancelled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-014.pdf", "2026-015.pdf", "2026-016.pdf"]
    for number in numbers:
        assert (tmp_path / f"{number}.pdf").read_bytes() == letters.letter_pdf(db, number)
    assert isinstance(batch.progress, QProgressDialog)
    assert (batch.progress.maximum(), batch.progress.value()) == (3, 3)
    assert batch.report_box.icon() == QMessageBox.Icon.Information
    assert batch.report_box.text() == f"3 lettres enregistrées dans {tmp_path}."


def test_the_chosen_language_applies_to_every_letter(batch, db, numbers, tmp_path):
    batch.language.setCurrentIndex(batch.language.findData("en"))
    batch.save_to_folder(tmp_path, numbers)
    assert (tmp_path / "2026-014.pdf").read_bytes() == letters.letter_pdf(db, "2026-014", lang="en")


def test_failures_are_reported_at_the_end_without_stopping_the_others(batch, db, numbers, tmp_path):
    (tmp_path / "2026-016.pdf").mkdir()                 # cannot be written over
    asked = ["2026-014", "9999-999", "2026-015", "2026-016"]
    result = batch.save_to_folder(tmp_path, asked)
    assert result.done == ["2026-014", "2026-015"]
    assert [n for n, _ in result.failed] == ["9999-999", "2026-016"]
    assert "Aucun mandat ne porte le numéro « 9999-999 »" in result.failed[0][1]
    assert (tmp_path / "2026-015.pdf").read_bytes() == letters.letter_pdf(db, "2026-015")
    assert batch.progress.value() == 4
    text = batch.report_box.text()
    assert batch.report_box.icon() == QMessageBox.Icon.Warning
    assert text.startswith("2 lettres enregistrées dans ") and "2 lettres n'ont pas pu être produites :" in text
    assert "9999-999 : Aucun mandat" in text and "2026-016 : " in text


def test_a_letter_that_fails_to_render_does_not_stop_the_batch(batch, numbers, tmp_path, monkeypatch):
    from crec_desktop.services import letters as service

    real = service._render

    def render(data):
        if data.number == "2026-015":
            raise ValueError("police introuvable")
        return real(data)

    monkeypatch.setattr(service, "_render", render)
    result = batch.save_to_folder(tmp_path, numbers)
    assert result.done == ["2026-014", "2026-016"]
    assert result.failed == [("2026-015", "Erreur inattendue : police introuvable")]


def test_cancel_keeps_what_is_saved_and_stops(batch, numbers, tmp_path, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)   # Annuler, during the first letter
    result = batch.save_to_folder(tmp_path, numbers)
    assert result.cancelled and result.done == ["2026-014"]
    assert [p.name for p in tmp_path.iterdir()] == ["2026-014.pdf"]
    assert "Interrompu avant la fin : 2 lettres non traitées." in batch.report_box.text()


def test_printing_is_one_job_with_every_page(batch, db, numbers, tmp_path):
    path = tmp_path / "all.pdf"
    result = batch.print_to(pdf_printer(path, QPrinter.PrinterMode.ScreenResolution), numbers)
    expected = sum(page_count(letters.letter_pdf(db, n)) for n in numbers)
    assert result.done == numbers and result.pages == expected
    assert len(pypdf.PdfReader(str(path)).pages) == expected
    assert batch.report_box.text() == f"3 lettres imprimées — {expected} pages."


def test_a_cancelled_print_job_prints_nothing(batch, numbers, tmp_path, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    path = tmp_path / "cancelled.pdf"
    result = batch.print_to(pdf_printer(path, QPrinter.PrinterMode.ScreenResolution), numbers)
    assert result.cancelled and result.done == []
    assert batch.report_box.text() == "Impression annulée : rien n'a été imprimé."


def test_the_batch_opens_with_engagements_checked(qtbot, db, numbers, use_lang):
    use_lang("en")
    dialog = open_letter_batch(None, db, "en", checked=["2026-015"])
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.checked_numbers() == ["2026-015"]
    assert dialog.windowTitle() == "Letters of several engagements" and dialog.count.text() == "1 engagement checked"
    assert dialog.model.index(1, 3).data() == "Signed"


def test_engagement_models_pass_the_model_tester(qtmodeltester, batch, numbers):
    qtmodeltester.check(batch.model)
    qtmodeltester.check(batch.proxy)
    plain = EngagementListModel(batch.model._rows)
    qtmodeltester.check(plain)
    assert plain.flags(plain.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag.NoItemFlags
    assert not plain.setData(plain.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    proxy = EngagementFilter()
    proxy.setSourceModel(plain)
    proxy.set_text("MEDIATION 2026")        # every word, case and accents ignored
    qtmodeltester.check(proxy)
    assert proxy.visible_numbers() == ["2026-016"]


def test_the_chooser_filters_and_picks_one(qtbot, db, numbers, use_lang, monkeypatch):
    use_lang("fr")
    from crec_desktop.services import planning

    chooser = EngagementChooserDialog(planning.engagements(db))
    qtbot.addWidget(chooser)
    chooser.show()
    assert chooser.chosen() == "2026-014"                 # the first row, selected
    chooser.filter.setText("relève")
    assert chooser.proxy.rowCount() == 1 and chooser.chosen() == "2026-015"
    chooser.filter.setText("2026")
    assert chooser.choose("2026-014") and chooser.chosen() == "2026-014"
    QApplication.sendEvent(chooser.filter, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                     Qt.KeyboardModifier.NoModifier))
    assert chooser.chosen() == "2026-015"
    chooser.filter.setText("rien de tel")
    assert chooser.chosen() is None and not chooser.buttons.button(chooser.buttons.StandardButton.Ok).isEnabled()
    chooser.accept()
    assert chooser.result() == 0                           # nothing to accept


def test_choose_engagement_returns_the_number_or_none(db, numbers, use_lang, monkeypatch):
    use_lang("fr")
    monkeypatch.setattr(EngagementChooserDialog, "exec", lambda self: 1 if self.choose("2026-015") else 0)
    assert choose_engagement(None, db) == "2026-015"
    monkeypatch.setattr(EngagementChooserDialog, "exec", lambda self: 0)
    assert choose_engagement(None, db) is None
