"""The letter preview dialog on a real database: pages as images, zoom, pages, language, save,
print, issue and reprint (SQLite, and PostgreSQL with CREC_TEST_DATABASE_URL)."""
from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPageSize, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from crec_desktop.services import letters
from crec_desktop.ui.letters.common import pdf_printer
from crec_desktop.ui.letters.preview import LetterPreviewDialog
from crec_desktop.ui.letters.viewer import FIT_PAGE, FIT_WIDTH
from tests.letters.records import add_engagement, change_engagement
from tests.letters.sample import pdf_text
from tests.ui.letters.conftest import COORDINATOR, MANAGER


def test_the_letter_shows_as_one_image_per_page(open_preview, number, db):
    dialog = open_preview(number)
    expected = letters.prepare_letter(db, number)
    assert dialog.pdf == expected.pdf
    assert dialog.view.page_count == len(pypdf.PdfReader(io.BytesIO(expected.pdf)).pages) == 3
    images = [dialog.view.page_image(i) for i in range(dialog.view.page_count)]
    rects = dialog.view.page_rects()
    ratio = dialog.view.devicePixelRatioF()
    for image, rect in zip(images, rects, strict=True):
        assert not image.isNull()
        assert image.width() == round(rect.width() * ratio)
        assert abs(image.height() / image.width() - 11 / 8.5) < 0.01   # Letter proportions
        assert image.pixelColor(2, 2).name() == "#ffffff"                # paper, not the grey around it
    # Rows overlap nowhere: one page under the other.
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:]))
    assert dialog.page_total.text() == "de 3" and dialog.page.maximum() == 3
    assert dialog.heading.text() == f"Mandat {number}" and dialog.title.text() == "Révision de la politique RH"


def test_the_first_page_image_is_the_letter_not_a_blank(open_preview, number):
    dialog = open_preview(number)
    dialog.view.set_zoom(1.0)
    image = dialog.view.page_image(0)
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height() // 3, 4)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 100   # letterhead and text


def test_zoom_changes_the_image_size(open_preview, number):
    dialog = open_preview(number)
    dialog.view.set_zoom(1.0)
    base = dialog.view.page_image(0).width()
    assert dialog.zoom_label.text() == "100\u00a0%"
    dialog.zoom_in_button.click()
    bigger = dialog.view.page_image(0).width()
    assert dialog.view.zoom == pytest.approx(1.1) and bigger == pytest.approx(base * 1.1, abs=2)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.page_image(0).width() == pytest.approx(base * 0.9, abs=2)
    assert dialog.zoom_label.text() == "90\u00a0%"
    for _ in range(30):
        dialog.view.zoom_in()
    assert dialog.view.zoom == 4.0                   # no further than 400 %


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(open_preview, number):
    dialog = open_preview(number)
    dialog.view.set_zoom(1.0)
    canvas = dialog.view.canvas

    def wheel(delta: int, modifiers) -> None:
        event = QWheelEvent(QPointF(50, 50), QPointF(canvas.mapToGlobal(QPoint(50, 50))), QPoint(0, 0),
                            QPoint(0, delta), Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(canvas, event)

    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoom == pytest.approx(1.1)
    wheel(-120, Qt.KeyboardModifier.ControlModifier)
    wheel(-120, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoom == pytest.approx(0.9)
    bar = dialog.view.verticalScrollBar()
    wheel(-120, Qt.KeyboardModifier.NoModifier)
    assert dialog.view.zoom == pytest.approx(0.9) and bar.value() > 0


def test_fit_width_and_fit_page_follow_the_window(open_preview, number):
    dialog = open_preview(number)
    view = dialog.view
    dialog.fit_page_button.click()
    assert view.mode == FIT_PAGE and dialog.fit_page_button.isChecked() and not dialog.fit_width_button.isChecked()
    first = view.page_rects()[0]
    assert first.height() <= view.viewport().height()          # the whole page in sight
    dialog.fit_width_button.click()
    assert view.mode == FIT_WIDTH and dialog.fit_width_button.isChecked()
    wide = view.page_rects()[0].width()
    assert wide > first.width() and wide <= view.viewport().width()
    dialog.resize(dialog.width() - 200, dialog.height())
    QApplication.processEvents()
    assert view.page_rects()[0].width() < wide                   # still the width of the window


def test_page_navigation_scrolls_and_follows_the_scrolling(open_preview, number):
    dialog = open_preview(number)
    dialog.view.set_zoom(1.0)
    assert dialog.page.value() == 1 and not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.view.current_page == 1 and dialog.page.value() == 2
    bar = dialog.view.verticalScrollBar()
    assert bar.value() == dialog.view.page_rects()[1].top() - 12
    dialog.page.setValue(3)
    assert dialog.view.current_page == 2 and not dialog.next_button.isEnabled()
    bar.setValue(0)
    assert dialog.page.value() == 1


def test_language_switch_renders_the_english_letter(open_preview, number, db):
    dialog = open_preview(number)
    assert dialog.language.currentData() == "fr"
    french = dialog.pdf
    before = dialog.view.page_image(0)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    assert dialog.letter_lang == "en" and dialog.pdf != french
    assert dialog.pdf == letters.prepare_letter(db, number, lang="en").pdf
    assert "Page 1 of 3" in pdf_text(dialog.pdf) and "Page 1 de 3" not in pdf_text(dialog.pdf)
    assert dialog.view.page_image(0) != before


def test_an_english_engagement_opens_in_english(open_preview, db):
    number = add_engagement(db, number="2026-030", language="en")
    dialog = open_preview(number)
    assert dialog.language.currentData() == "en" and "Page 1 of" in pdf_text(dialog.pdf)
    other = open_preview(number, letter_lang="fr")
    assert other.language.currentData() == "fr" and "Page 1 de" in pdf_text(other.pdf)


def test_save_as_pdf_writes_the_bytes_the_service_gives(open_preview, number, db, tmp_path):
    dialog = open_preview(number)
    path = tmp_path / "lettre.pdf"
    assert dialog.save_to(path)
    assert path.read_bytes() == letters.prepare_letter(db, number).pdf
    assert not list(tmp_path.glob(".*.tmp"))                      # written atomically, nothing left over
    assert str(path) in dialog.notice.text() and dialog.notice.isVisibleTo(dialog)
    assert dialog.default_file_name() == "lettre-entente-2026-014-v1.pdf"


def test_save_into_a_missing_folder_says_why_and_writes_nothing(open_preview, number, tmp_path, warnings):
    dialog = open_preview(number)
    path = tmp_path / "absent" / "lettre.pdf"
    assert not dialog.save_to(path)
    assert not path.exists() and len(warnings) == 1 and str(path) in warnings[0]


def test_issue_makes_version_1_and_the_dialog_shows_it_issued(open_preview, number, db, monkeypatch):
    dialog = open_preview(number)
    assert not dialog.is_issued and dialog.version == 1 and dialog.issue_button.isEnabled()
    assert "pas encore émise" in dialog.state.text()
    assert dialog.no_versions.isVisibleTo(dialog) and not dialog.versions_view.isVisibleTo(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    info = dialog.issue()
    assert info.version == 1 and info.created and "version 1" in asked[0]
    assert [v.version for v in letters.issued_letters(db, number)] == [1]
    assert dialog.is_issued and not dialog.issue_button.isEnabled()
    assert dialog.state.text().startswith("Version 1, émise le ") and "par mgestion" in dialog.state.text()
    assert dialog.notice.text() == "Lettre émise : version 1."
    assert dialog.versions.rowCount() == 1 and dialog.versions_view.isVisibleTo(dialog)
    assert dialog.versions.index(0, 3).data() == "mgestion"
    # A reprint is the stored bytes.
    assert dialog.pdf == letters.issued_pdf(db, number, 1)


def test_cancelling_the_confirmation_issues_nothing(open_preview, number, db, monkeypatch):
    dialog = open_preview(number)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert dialog.issue() is None
    assert letters.issued_letters(db, number) == [] and not dialog.is_issued


def test_a_changed_engagement_shows_version_2_and_version_1_stays_readable(open_preview, number, db):
    letters.issue_letter(db, number, MANAGER)
    v1 = letters.issued_pdf(db, number, 1)
    change_engagement(db, number, scope="Portée élargie aux cadres intermédiaires.")
    dialog = open_preview(number)
    assert dialog.version == 2 and not dialog.is_issued and dialog.issue_button.isEnabled()
    assert "Portée élargie" in pdf_text(dialog.pdf)
    dialog.versions_view.activated.emit(dialog.versions.index(0, 0))
    assert dialog.pdf == v1 and dialog.version == 1 and dialog.is_issued
    assert "telle qu'elle a été émise" in dialog.state.text() and not dialog.issue_button.isEnabled()
    assert dialog.current_button.isVisibleTo(dialog)
    dialog.current_button.click()
    assert dialog.version == 2 and "Portée élargie" in pdf_text(dialog.pdf)


def test_printing_to_a_pdf_file_gives_one_page_per_page(open_preview, number, tmp_path):
    dialog = open_preview(number)
    path = tmp_path / "printed.pdf"
    printer = pdf_printer(path, QPrinter.PrinterMode.ScreenResolution)
    assert dialog.print_to(printer) == 3
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)   # Letter by default


def test_printing_a_page_range_on_a4(open_preview, number, tmp_path):
    dialog = open_preview(number)
    path = tmp_path / "a4.pdf"
    printer = pdf_printer(path, QPrinter.PrinterMode.ScreenResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_who_may_not_issue_sees_why(open_preview, number):
    dialog = open_preview(number, user=COORDINATOR)
    assert not dialog.issue_button.isEnabled() and "gestionnaires" in dialog.issue_button.toolTip()
    assert dialog.issue() is None
    unknown = open_preview(number, user=None)
    assert not unknown.issue_button.isEnabled() and dialog.print_button.isEnabled()


def test_a_refusal_from_the_service_is_shown_and_nothing_changes(open_preview, number, db, monkeypatch, warnings):
    dialog = open_preview(number)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.user = COORDINATOR
    monkeypatch.setattr(dialog, "issue_refusal", lambda: None)   # the window thinks yes; the service says no
    assert dialog.issue() is None
    assert warnings and "gestionnaires" in warnings[0] and letters.issued_letters(db, number) == []


def test_an_unknown_engagement_is_refused_clearly(open_preview, warnings):
    assert open_preview("9999-999") is None
    assert warnings == ["Lettre d'entente: Aucun mandat ne porte le numéro « 9999-999 »."]


def test_english_interface(open_preview, number, warnings):
    dialog = open_preview(number, lang="en")
    assert dialog.windowTitle() == f"Engagement letter — engagement {number}"
    assert dialog.print_button.text() == "&Print…" and dialog.page_total.text() == "of 3"
    assert dialog.state.text().startswith("Version 1, not issued yet")
    dialog.view.set_zoom(1.0)
    assert dialog.zoom_label.text() == "100%"
    assert open_preview("9999-999", lang="en") is None
    assert warnings == ['Engagement letter: No engagement has the number "9999-999".']


def test_the_issued_versions_model(qtmodeltester, open_preview, number, db):
    letters.issue_letter(db, number, MANAGER)
    letters.issue_letter(db, number, MANAGER, lang="en")
    dialog = open_preview(number)
    model = dialog.versions
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.index(r, 1).data() for r in range(2)] == ["Français", "Anglais"]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Émise le"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("SHA-256 : ")


def test_the_dialog_is_a_dialog_others_can_make(qtbot, db, number):
    dialog = LetterPreviewDialog(db, MANAGER, number, "fr")
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.view.page_count == 3
