"""Small helpers shared by the letter screens: the busy cursor, printers set up for letters,
PDF file names and atomic writes.
"""
from __future__ import annotations

import contextlib
import pathlib
import re
from typing import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

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
    from crec_desktop.commands import write_bytes_atomically  # noqa: PLC0415 - the CLI's own helper

    write_bytes_atomically(path, pdf)
