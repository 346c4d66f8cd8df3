"""PDF pages as images and on paper: sizes, and printed pages that match the letter (scaled to
the sheet, centred, seamless across render bands), whatever the printer's resolution."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter

from crec_desktop.services import letters
from crec_desktop.ui.letters import pages as pages_module
from crec_desktop.ui.letters.common import pdf_printer
from crec_desktop.ui.letters.pages import PdfPages, PrintJob, page_count


@pytest.fixture
def pdf(db, number) -> bytes:
    return letters.letter_pdf(db, number)


def _grey(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


def difference(a: QImage, b: QImage, dx: int = 0, dy: int = 0) -> float:
    """Share of sampled pixels of a that differ clearly from b shifted by (dx, dy)."""
    differ = total = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            bx, by = x + dx, y + dy
            if not (0 <= bx < b.width() and 0 <= by < b.height()):
                continue
            total += 1
            differ += abs(_grey(a, x, y) - _grey(b, bx, by)) > 96
    return differ / total


def ink(image: QImage) -> int:
    return sum(_grey(image, x, y) < 128 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_pages_count_size_and_images(pdf):
    with PdfPages(pdf) as pages:
        assert pages.count == page_count(pdf) == 3
        assert pages.size(0) == (612.0, 792.0)
        image = pages.image(0, 2.0)
        assert (image.width(), image.height()) == (1224, 1584) and image.format() == QImage.Format.Format_RGB32
        assert ink(pages.image(0, 0.5)) > 100


def _printed_page(tmp_path, pdf, size: QPageSize.PageSizeId, mode=QPrinter.PrinterMode.HighResolution) -> QImage:
    path = tmp_path / "printed.pdf"
    printer = pdf_printer(path, mode)
    printer.setPageSize(QPageSize(size))
    job = PrintJob(printer)
    assert job.begin()
    assert job.add(pdf, 1, 1) == 1
    job.end()
    with PdfPages(path.read_bytes()) as printed:
        assert printed.count == 1
        return printed.image(0, 1.0)


def test_a_letter_page_fills_a_letter_sheet_exactly_even_at_1200_dpi(tmp_path, pdf, monkeypatch):
    monkeypatch.setattr(pages_module, "BAND_BYTES", 2 * 1024 * 1024)   # many bands: seams would show
    printed = _printed_page(tmp_path, pdf, QPageSize.PageSizeId.Letter)
    with PdfPages(pdf) as source:
        original = source.image(0, 1.0)
    assert (printed.width(), printed.height()) == (612, 792)
    assert ink(printed) > 100
    assert difference(original, printed) < 0.01
    assert difference(original, printed, 0, 12) > 0.02           # the comparison does see a shift


def test_on_a4_the_page_shrinks_to_fit_and_is_centred(tmp_path, pdf):
    printed = _printed_page(tmp_path, pdf, QPageSize.PageSizeId.A4, QPrinter.PrinterMode.ScreenResolution)
    assert (printed.width(), printed.height()) == (595, 842)
    scale = 595.28 / 612
    with PdfPages(pdf) as source:
        original = source.image(0, scale)
    top = round((842 - original.height()) / 2)
    assert top > 20
    assert difference(original, printed, 0, top) < 0.03
