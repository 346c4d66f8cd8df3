"""Printing the schedule in view, to a printer or a PDF file, on as many landscape pages as needed.

The range is cut into page columns (as many days as stay readable across a page) and the rows
into page rows (as many as fit down a page); every page repeats the specialists' names on the
left, the months, week numbers and days on top, and a title line with the range and the page
number. Each page is painted by the same painter as the screen (painter.py), so the grid — day
lines, shading, absences, load strips and blocks — is intact on paper.

Pages are painted in points: the painter is scaled to 72 units per inch whatever the printer's
resolution, and the print style's fonts are sized in those units.
"""
from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from crec_desktop.domain.formatting import format_date
from crec_desktop.ui.grid.geometry import Zoom, day_index
from crec_desktop.ui.grid.layout import RowLayout
from crec_desktop.ui.grid.painter import Frame, GridPainter
from crec_desktop.ui.grid.style import Style

NAMES_W = 130.0       # points
HEADER_H = 58.0
TITLE_H = 22.0
ROW_H = 24
MIN_DAY_W = 19.0      # a month (31 days) still fits across one landscape Letter page


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _prepare(printer: QPrinter) -> None:
    layout = QPageLayout(QPageSize(QPageSize.Letter), QPageLayout.Landscape, QMarginsF(10, 10, 10, 10),
                         QPageLayout.Millimeter)
    printer.setPageLayout(layout)


def _zoom_for(days: int) -> Zoom:
    for zoom in (Zoom.DAY, Zoom.WEEK, Zoom.TWO_WEEKS, Zoom.MONTH):
        if days <= zoom.days:
            return zoom
    return Zoom.QUARTER


def plan_pages(total_days: int, rows: list, group: bool, page_w: float, page_h: float):
    """(days per page column, list of row chunks) for a page of page_w × page_h points."""
    body_w = page_w - NAMES_W
    days_per_page = max(1, min(total_days, int(body_w // MIN_DAY_W)))
    if total_days > days_per_page:       # spread evenly: no last page with two days on it
        columns = math.ceil(total_days / days_per_page)
        days_per_page = math.ceil(total_days / columns)
    body_h = page_h - TITLE_H - HEADER_H
    chunks: list[list] = []
    current: list = []
    used = 0.0
    group_h = 20
    last_group = None
    for row in rows:
        need = ROW_H + (group_h if group and (row.domain_name != last_group or not current) else 0)
        if current and used + need > body_h:
            chunks.append(current)
            current, used = [], 0.0
            need = ROW_H + (group_h if group else 0)
        current.append(row)
        used += need
        last_group = row.domain_name
    if current or not chunks:
        chunks.append(current)
    return days_per_page, chunks


def print_schedule(view, printer: QPrinter, first: dt.date, last: dt.date) -> int:
    """Print the view's rows over first..last (inclusive); returns the number of pages."""
    _prepare(printer)
    view.data.ensure(first, last)
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = printer.resolution() / 72.0
    page_w, page_h = rect.width() / scale, rect.height() / scale
    total_days = (last - first).days + 1
    rows = view.area.rows_shown
    group = view.prefs.group_by_domain
    days_per_page, chunks = plan_pages(total_days, rows, group, page_w, page_h)
    day_w = (page_w - NAMES_W) / days_per_page
    columns = math.ceil(total_days / days_per_page)
    pages = columns * len(chunks)
    style = Style(view.area.font(), print_units=True)
    painter_ = GridPainter(style)
    title_range = QCoreApplication.translate("GridPrinting", "Planification du %1 au %2")
    title_range = title_range.replace("%1", format_date(first, view.lang)).replace("%2", format_date(last, view.lang))
    p = QPainter()
    if not p.begin(printer):
        return 0
    try:
        number = 0
        for c in range(columns):
            col_first = first + dt.timedelta(days=c * days_per_page)
            col_days = min(days_per_page, total_days - c * days_per_page)
            for chunk in chunks:
                if number:
                    printer.newPage()
                number += 1
                p.save()
                p.scale(scale, scale)
                layout = RowLayout(chunk, group=group, row_height=ROW_H)
                width = NAMES_W + col_days * day_w
                frame = Frame(int(math.ceil(width)), int(HEADER_H + layout.height), int(NAMES_W), int(HEADER_H),
                              day_index(col_first) * day_w, 0, day_w, _zoom_for(days_per_page), layout,
                              view.data, view.area.colour_by, view.lang, None, None, show_load=False)
                p.setFont(style.name_bold)
                p.setPen(style.ink_pen)
                page_text = QCoreApplication.translate("GridPrinting", "page %1 de %2")
                page_text = page_text.replace("%1", str(number)).replace("%2", str(pages))
                p.drawText(QRectF(0, 0, page_w, TITLE_H - 6), Qt.AlignLeft | Qt.AlignVCenter, title_range)
                p.setFont(style.small_font)
                p.drawText(QRectF(0, 0, page_w, TITLE_H - 6), Qt.AlignRight | Qt.AlignVCenter, page_text)
                p.translate(0, TITLE_H)
                p.setClipRect(QRectF(0, 0, frame.width, frame.height))
                painter_.paint(p, frame)
                p.setClipping(False)
                p.setPen(style.week_pen)
                p.drawRect(QRectF(0, 0, frame.width, frame.height))
                p.restore()
    finally:
        p.end()
    view.area.invalidate()
    return pages


def ask_and_print(view) -> None:
    """The Print button: the system print dialog (it offers "print to PDF" as well)."""
    printer = QPrinter(QPrinter.HighResolution)
    _prepare(printer)
    dialog = QPrintDialog(printer, view)
    dialog.setWindowTitle(QCoreApplication.translate("GridPrinting", "Imprimer la planification"))
    if dialog.exec() != QPrintDialog.Accepted:
        return
    if printer.outputFormat() == QPrinter.PdfFormat and not printer.outputFileName():
        title = QCoreApplication.translate("GridPrinting", "Enregistrer en PDF")
        path, _ = QFileDialog.getSaveFileName(view, title, "", "PDF (*.pdf)")
        if not path:
            return
        printer.setOutputFileName(path)
    pages = view.print_to(printer)
    view.tell(GridPrinting().printed(pages))


class GridPrinting(QObject):
    """Words of printing that have a plural (lupdate reads plural forms from self.tr only)."""

    def printed(self, pages: int) -> str:
        return self.tr("Planification imprimée : %n page(s).", "", pages)
