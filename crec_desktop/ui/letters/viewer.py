"""A scrolling, zoomable view of a PDF's pages, one under the other, rendered as images.

    view = PageView()
    view.set_pdf(pdf_bytes)             # or None: an empty grey area
    view.fit_width(); view.fit_page()   # zoom modes that follow the window's size
    view.zoom_in(); view.zoom_out()     # steps from 25 % to 400 % (Ctrl + wheel does the same)
    view.go_to_page(2)                  # 0-based; currentPageChanged(int) follows the scrolling
    view.page_image(0)                  # the QImage painted for page 0 at the current zoom

100 % is the page's real size on the screen (its points at the screen's logical resolution).
Only the pages in sight are rendered (a few milliseconds each), at the screen's device pixel
ratio, and a handful are kept for scrolling back.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from crec_desktop.ui.letters.pages import POINTS_PER_INCH, PdfPages

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
FIT_WIDTH, FIT_PAGE, CUSTOM = "width", "page", "custom"
MARGIN = 12   # around the pages and between them, in pixels
CACHED = 6    # page images kept


class _Canvas(QWidget):
    """The pages laid out in a column; paints only what is exposed."""

    def __init__(self, view: PageView):
        super().__init__()
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.fillRect(event.rect(), QColor("#8a8f96"))
        for index, rect in enumerate(self.view.page_rects()):
            if not rect.intersects(event.rect()):
                continue
            p.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 70))   # a shadow
            p.drawImage(rect.topLeft(), self.view.page_image(index))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.view.zoom_in()
            elif delta < 0:
                self.view.zoom_out()
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls


class PageView(QScrollArea):
    """The pages of one PDF; zoom and page signals for the dialog's controls."""

    zoomChanged = Signal(float)        # the zoom factor (1.0 = 100 %)
    currentPageChanged = Signal(int)   # 0-based
    pagesChanged = Signal(int)         # the page count of the new document

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidgetResizable(False)
        self.canvas = _Canvas(self)
        self.setWidget(self.canvas)
        self.setBackgroundRole(self.canvas.backgroundRole())
        self._pages: PdfPages | None = None
        self._mode = FIT_WIDTH
        self._zoom = 1.0
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._rects: list[QRect] = []
        self._current = 0
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # --- the document -------------------------------------------------------------------------

    def set_pdf(self, pdf: bytes | None) -> None:
        """Show pdf's pages (from the first), keeping the zoom mode."""
        self.close_document()
        if pdf is not None:
            self._pages = PdfPages(pdf)
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self._current = -1
        self._scrolled()
        self.pagesChanged.emit(self.page_count)

    def close_document(self) -> None:
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self._images.clear()

    @property
    def page_count(self) -> int:
        return self._pages.count if self._pages is not None else 0

    @property
    def current_page(self) -> int:
        return max(self._current, 0)

    # --- zoom ---------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def mode(self) -> str:
        return self._mode

    def points_to_pixels(self) -> float:
        """Logical pixels per point at 100 %."""
        return self.logicalDpiX() / POINTS_PER_INCH

    def fit_width(self) -> None:
        self._mode = FIT_WIDTH
        self._refit()

    def fit_page(self) -> None:
        self._mode = FIT_PAGE
        self._refit()

    def set_zoom(self, zoom: float) -> None:
        self._mode = CUSTOM
        self._apply_zoom(min(MAX_ZOOM, max(MIN_ZOOM, zoom)))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-3), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-3), MIN_ZOOM))

    def _fitted_zoom(self) -> float:
        if self._pages is None or not self._pages.count:
            return self._zoom
        width_pt = max(self._pages.size(i)[0] for i in range(self._pages.count))
        height_pt = max(self._pages.size(i)[1] for i in range(self._pages.count))
        scrollbar = self.verticalScrollBar().sizeHint().width()
        room_w = self.viewport().width() - 2 * MARGIN - (scrollbar if self._mode == FIT_WIDTH else 0)
        zoom = room_w / (width_pt * self.points_to_pixels())
        if self._mode == FIT_PAGE:
            room_h = self.viewport().height() - 2 * MARGIN
            zoom = min(zoom, room_h / (height_pt * self.points_to_pixels()))
        return min(MAX_ZOOM, max(MIN_ZOOM, zoom))

    def _refit(self) -> None:
        if self._mode != CUSTOM:
            self._apply_zoom(self._fitted_zoom())

    def _apply_zoom(self, zoom: float) -> None:
        bar = self.verticalScrollBar()
        anchor = self._current if self._current >= 0 else 0
        offset = 0.0
        if self._rects and anchor < len(self._rects):
            offset = (bar.value() - self._rects[anchor].top()) / max(1, self._rects[anchor].height())
        changed = abs(zoom - self._zoom) > 1e-6
        self._zoom = zoom
        if changed:
            self._images.clear()
        self._relayout()
        if self._rects and anchor < len(self._rects):   # stay on the same spot of the same page
            bar.setValue(round(self._rects[anchor].top() + offset * self._rects[anchor].height()))
        self.canvas.update()
        if changed:
            self.zoomChanged.emit(zoom)

    # --- layout and images --------------------------------------------------------------------

    def _relayout(self) -> None:
        rects: list[QRect] = []
        width = 0
        y = MARGIN
        if self._pages is not None:
            ppp = self._zoom * self.points_to_pixels()
            sizes = [QSize(max(1, round(w * ppp)), max(1, round(h * ppp)))
                     for w, h in (self._pages.size(i) for i in range(self._pages.count))]
            width = max((s.width() for s in sizes), default=0)
            for size in sizes:
                rects.append(QRect(QPoint(MARGIN + (width - size.width()) // 2, y), size))
                y += size.height() + MARGIN
        self._rects = rects
        self.canvas.resize(max(width + 2 * MARGIN, 1), max(y, 1))

    def page_rects(self) -> list[QRect]:
        """Where each page is on the canvas (logical pixels)."""
        return list(self._rects)

    def page_image(self, index: int) -> QImage:
        """Page index as painted at the current zoom (rendered now if it was not kept)."""
        image = self._images.get(index)
        if image is not None:
            self._images.move_to_end(index)
            return image
        ratio = self.devicePixelRatioF()
        rect = self._rects[index]
        width_pt = self._pages.size(index)[0]
        image = self._pages.image(index, rect.width() * ratio / width_pt)
        image.setDevicePixelRatio(ratio)
        self._images[index] = image
        while len(self._images) > CACHED:
            self._images.popitem(last=False)
        return image

    # --- navigation ---------------------------------------------------------------------------

    def go_to_page(self, index: int) -> None:
        if 0 <= index < len(self._rects):
            self.verticalScrollBar().setValue(self._rects[index].top() - MARGIN)
            self._set_current(index)

    def _scrolled(self, _value: int = 0) -> None:
        """The current page is the one covering the middle of the view (the first, at the top)."""
        if not self._rects:
            self._set_current(0)
            return
        bar = self.verticalScrollBar()
        top = bar.value()
        if top <= 0:
            self._set_current(0)
            return
        if top >= bar.maximum():   # at the bottom: the last page, even if its top cannot reach the top
            self._set_current(len(self._rects) - 1)
            return
        middle = top + self.viewport().height() // 2
        index = next((i for i, r in enumerate(self._rects) if r.bottom() + MARGIN >= middle), len(self._rects) - 1)
        self._set_current(index)

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.currentPageChanged.emit(index)

    # --- events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._refit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.canvas.wheelEvent(event)
        else:
            super().wheelEvent(event)
