"""Small helpers shared by the letter screens: the busy cursor, printers set up for letters (and
the print dialog that chooses one), PDF file names and atomic writes.
"""
from __future__ import annotations

import contextlib
import pathlib
import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from crec_desktop.files import write_bytes_atomically

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for the length of the block. Set at once and cheap: over work of a few
    milliseconds it never reaches the screen; over a long letter (100 ms and more) it does."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def letter_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer for letters: Letter paper in portrait by default (Canada); the print dialog
    offers every other size (A4…)."""
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def ask_printer(parent: QWidget, title: str, file_title: str, file_filter: str, *,
                pages: int | None = None) -> QPrinter | None:
    """The system's print dialog (titled `title`) on a letter printer, a page range among `pages`
    offered when given; printing to a PDF file not yet named asks for its name (a save dialog
    titled `file_title`, showing `file_filter`). None if the user cancels. The caller translates
    the texts."""
    printer = letter_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if pages is not None:
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and not printer.outputFileName():
        name, _ = QFileDialog.getSaveFileName(parent, file_title, "", file_filter)
        if not name:
            return None
        printer.setOutputFileName(str(with_pdf_suffix(name)))
    return printer


def pdf_printer(path: pathlib.Path | str, mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A letter printer writing a PDF file (tests, and "print to file")."""
    printer = letter_printer(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def safe_file_name(text: str) -> str:
    """text usable as a file name on Windows, macOS and Linux (engagement numbers already are)."""
    cleaned = _UNSAFE.sub("-", text).strip(" .")
    return cleaned or "lettre"


def with_pdf_suffix(path: str) -> pathlib.Path:
    result = pathlib.Path(path)
    return result if result.suffix.lower() == ".pdf" else result.with_name(result.name + ".pdf")


def write_pdf(path: pathlib.Path, pdf: bytes) -> None:
    """Write atomically (a temporary file beside it, then renamed); UserError if impossible."""
    write_bytes_atomically(path, pdf)
