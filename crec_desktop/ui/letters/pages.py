"""PDF pages as Qt images, and PDF pages onto a printer, through pypdfium2 (PySide6-Essentials
has no QtPdf module).

    with PdfPages(pdf_bytes) as pages:      # a pdfium document over the bytes
        pages.count, pages.size(0)          # the page count; a page's size in points (1/72 in)
        image = pages.image(0, 2.0)         # page 0 as a QImage, 2 pixels per point

    job = PrintJob(printer)                 # one print job, any number of letters
    if job.begin():
        job.add(pdf_a); job.add(pdf_b)      # every page on its own sheet
        job.end()                           # or job.abort()

Printing paints each page as an image at the printer's resolution (600 dpi at most: a 1200 dpi
device, such as Qt's PDF writer, gets 600 dpi images drawn at twice the size), fitted to the
sheet with its proportions kept and centred: a Letter page fills a Letter sheet exactly and
shrinks to 97 % on A4. Pages are rendered in overlapping horizontal bands of a few megabytes,
so memory stays small whatever the resolution. pdfium is not thread-safe: call all of this from the GUI
thread.
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 600
BAND_BYTES = 16 * 1024 * 1024   # one band of a printed page: about this much pixel memory (1 inch at least)
# Each band reaches this many rows into the next one, which is painted over it: where a PDF
# viewer or a print filter scales the page at an odd ratio, the edges of adjacent images do not
# show as hairlines through the text.
BAND_OVERLAP = 16
_FLAGS = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER


def _qimage(bitmap: pdfium.PdfBitmap) -> QImage:
    """An RGBx pdfium bitmap as a QImage that owns its pixels (RGB32, the fast format to paint)."""
    view = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
    return view.convertToFormat(QImage.Format.Format_RGB32)


class PdfPages:
    """A PDF document opened for rendering; close() it (or use it as a context manager)."""

    def __init__(self, pdf: bytes):
        self.pdf = pdf
        self._doc = pdfium.PdfDocument(pdf)
        self._sizes = [self._doc.get_page_size(i) for i in range(len(self._doc))]

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None

    @property
    def count(self) -> int:
        return len(self._sizes)

    def size(self, index: int) -> tuple[float, float]:
        """(width, height) of page index in points."""
        return self._sizes[index]

    def image(self, index: int, scale: float) -> QImage:
        """Page index rendered at scale pixels per point (1.0 = 72 dpi), white background."""
        page = self._doc[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            try:
                return _qimage(bitmap)
            finally:
                bitmap.close()
        finally:
            page.close()

    def paint_band(self, index: int, scale: float, width: int, top: int, height: int) -> QImage:
        """Rows top .. top+height of page index rendered at scale into an image width pixels wide
        (bands of one page rendered this way join without a seam)."""
        page = self._doc[index]
        bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True)
        try:
            bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, height)
            matrix = pdfium_c.FS_MATRIX(scale, 0, 0, scale, 0, -top)
            clip = pdfium_c.FS_RECTF(0, 0, width, height)
            pdfium_c.FPDF_RenderPageBitmapWithMatrix(bitmap.raw, page.raw, matrix, clip, _FLAGS)
            return _qimage(bitmap)
        finally:
            bitmap.close()
            page.close()


def page_count(pdf: bytes) -> int:
    with PdfPages(pdf) as pages:
        return pages.count


class PrintJob:
    """Pages of PDFs onto a QPrinter, one page per sheet, in one job."""

    def __init__(self, printer: QPrinter):
        self.printer = printer
        self.painter = QPainter()
        self.pages = 0

    def begin(self) -> bool:
        """Start the job (False: the printer refused, nothing started)."""
        self.printer.setFullPage(True)  # we place the page on the sheet ourselves
        return self.painter.begin(self.printer)

    def add(self, pdf: bytes, first: int = 1, last: int | None = None) -> int:
        """Print pages first..last (1-based, inclusive; all by default); returns how many."""
        printed = 0
        with PdfPages(pdf) as pages:
            last = pages.count if last is None else min(last, pages.count)
            for index in range(max(first, 1) - 1, last):
                if self.pages:
                    self.printer.newPage()
                self._paint(pages, index)
                self.pages += 1
                printed += 1
        return printed

    def end(self) -> None:
        if self.painter.isActive():
            self.painter.end()

    def abort(self) -> None:
        self.printer.abort()
        self.end()

    def _paint(self, pages: PdfPages, index: int) -> None:
        dpi = self.printer.resolution()
        render_dpi = min(dpi, MAX_PRINT_DPI)
        magnify = dpi / render_dpi                     # 1 unless the device is finer than 600 dpi
        sheet = self.printer.paperRect(QPrinter.Unit.DevicePixel)
        width_pt, height_pt = pages.size(index)
        # Render pixels per point: the page fits the sheet, proportions kept.
        scale = min(sheet.width() / width_pt, sheet.height() / height_pt) / magnify
        width, height = max(1, round(width_pt * scale)), max(1, round(height_pt * scale))
        left = (sheet.width() / magnify - width) / 2
        top = (sheet.height() / magnify - height) / 2
        # Whole inches per band: band edges fall between pixels at any whole resolution a PDF
        # viewer or a print filter resamples to, where they cannot show.
        band = max(1, BAND_BYTES // (4 * width * render_dpi)) * render_dpi
        p = self.painter
        p.save()
        try:
            p.scale(magnify, magnify)
            p.translate(round(left), round(top))
            for y in range(0, height, band):
                rows = min(band + BAND_OVERLAP, height - y)   # the next band covers the overlap again
                p.drawImage(QPoint(0, y), pages.paint_band(index, scale, width, y, rows))
        finally:
            p.restore()
