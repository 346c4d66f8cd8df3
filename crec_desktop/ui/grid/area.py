"""The grid's scroll area: scrolling over any range of dates, the cached static layer, overlays.

The scroll bars are in content pixels (day position × day width across, row layout down). Every
paint blits a pixmap of the static layer (painter.py), re-rendered only when the view moved or
the data, rows, zoom or colouring changed — after an edit, only the rows it touched — then
draws the overlays: selection outlines, the drag ghosts and the rubber band. A drag step
therefore costs a blit and a few rectangles.

Mouse and keyboard go to the interaction controller (interaction.py); this class answers its
questions: what is under a point, where a block would be drawn.
"""
from __future__ import annotations

import datetime as dt
import logging
import math

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from crec_desktop.domain.clock import Clock
from crec_desktop.domain.messages import UserError
from crec_desktop.ui.grid import style as st
from crec_desktop.ui.grid.cache import GridData
from crec_desktop.ui.grid.data import RowInfo
from crec_desktop.ui.grid.geometry import (
    FIRST_HOUR,
    LAST_DAY,
    LAST_HOUR,
    Zoom,
    date_at,
    day_index,
    position,
    span,
)
from crec_desktop.ui.grid.layout import HEAT_STRIP, ROW_PAD, RowLayout
from crec_desktop.ui.grid.painter import Frame, GridPainter

log = logging.getLogger(__name__)

NAMES_W = 240  # a name and its "booked / available" hours side by side, both readable
HEADER_H = 58
MIN_ROW = 28
MAX_ROW = {Zoom.DAY: 96, Zoom.WEEK: 72, Zoom.TWO_WEEKS: 60, Zoom.MONTH: 52, Zoom.QUARTER: 44}


class GridArea(QAbstractScrollArea):
    rangeChanged = Signal(object, object)   # first and last day in view
    loadFailed = Signal(str)
    firstPainted = Signal()                  # once, after the first paint: time for what can wait

    def __init__(self, data: GridData, lang: str, clock: Clock, parent=None):
        super().__init__(parent)
        self.clock = clock  # today's column and the now line
        # A viewport made here rather than the one Qt made: handing Qt's own to Python the first
        # time costs PySide6 ten milliseconds of type discovery (a tenth of the window's opening).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.data = data
        self.lang = lang
        self.style_ = st.Style(self.font())
        self.painter = GridPainter(self.style_, self)
        self.zoom = Zoom.WEEK
        self.colour_by = "member"
        self.group_by_domain = True
        self.rows_shown: list[RowInfo] = []
        self.layout_rows = RowLayout([], group=True, row_height=40)
        self.selection: set[tuple] = set()
        self.ghosts: list[tuple[QRect, bool]] = []      # (widget rect, refused)
        self.rubber: QRect | None = None
        self.controller = None                           # set by the view
        self._cache: QPixmap | None = None
        self._cache_key = None
        self._cache_generation = -1
        self._rows_gen = 0
        self._painted = False                            # until the first paint, read only the months in view
        self._left_pos = float(day_index(clock.today()))   # day position at the left edge
        self.setFocusPolicy(Qt.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WA_OpaquePaintEvent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self._now_timer = QTimer(self, interval=60_000, timeout=self.invalidate)
        self._now_timer.start()
        # once scrolling pauses, the neighbouring months are loaded too, so the next page is instant
        self._prefetch_timer = QTimer(self, singleShot=True, interval=250, timeout=self._prefetch)

    # -- geometry -------------------------------------------------------------------------------
    @property
    def body_width(self) -> int:
        return max(50, self.viewport().width() - NAMES_W)

    @property
    def body_height(self) -> int:
        return max(20, self.viewport().height() - HEADER_H)

    @property
    def day_w(self) -> float:
        return self.body_width / self.zoom.days

    def scroll_x(self) -> int:
        return self.horizontalScrollBar().value()

    def scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    def left_day(self) -> dt.date:
        return self.visible_days()[0]

    def visible_days(self) -> tuple[dt.date, dt.date]:
        """First and last day in view (a day less than a pixel in view does not count)."""
        dw = self.day_w
        first = (self.scroll_x() + 1) / dw
        last = (self.scroll_x() + self.body_width - 2) / dw
        return date_at(first), date_at(last)

    def pos_at(self, x: float) -> float:
        """Day position under widget x."""
        return (x - NAMES_W + self.scroll_x()) / self.day_w

    def content_y(self, y: float) -> float:
        return y - HEADER_H + self.scroll_y()

    def widget_rect(self, x0: float, x1: float, specialist_id: int, lane: int = 0, lanes: int = 1) -> QRect | None:
        slot = self.layout_rows.by_specialist.get(specialist_id)
        if slot is None:
            return None
        avail = slot.height - 2 * ROW_PAD - HEAT_STRIP
        lane_h = avail / lanes
        x = NAMES_W + x0 * self.day_w - self.scroll_x()
        y = HEADER_H + slot.y + ROW_PAD + lane * lane_h - self.scroll_y()
        return QRect(round(x), round(y), max(2, round((x1 - x0) * self.day_w) - 1), max(3, round(lane_h) - 1))

    def block_widget_rect(self, start, end, specialist_id) -> QRect | None:
        x0, x1 = span(start, end)
        return self.widget_rect(x0, x1, specialist_id)

    # -- state changes ---------------------------------------------------------------------------
    def set_rows(self, rows: list[RowInfo], group_by_domain: bool) -> None:
        self.rows_shown = rows
        self.group_by_domain = group_by_domain
        self._relayout_rows()

    def _relayout_rows(self) -> None:
        rows = self.rows_shown
        groups = len({r.domain_name for r in rows}) if self.group_by_domain else 0
        from crec_desktop.ui.grid.layout import GROUP_HEADER
        free = self.body_height - groups * GROUP_HEADER
        height = max(MIN_ROW, min(MAX_ROW[self.zoom], int(free / max(1, len(rows)))))
        self.layout_rows = RowLayout(rows, group=self.group_by_domain, row_height=height)
        self._rows_gen += 1
        vbar = self.verticalScrollBar()
        vbar.setRange(0, max(0, self.layout_rows.height - self.body_height))
        vbar.setPageStep(self.body_height)
        vbar.setSingleStep(height)
        self.invalidate()

    def set_zoom(self, zoom: Zoom, left: dt.date | None = None) -> None:
        keep = self._left_pos if left is None else float(day_index(left))
        self.zoom = zoom
        self._relayout_rows()
        self._update_hbar(keep)

    def go_to(self, day: dt.date) -> None:
        self._update_hbar(float(day_index(self.zoom.first_day(day))))

    def _update_hbar(self, left_pos: float) -> None:
        """Scroll bar range and steps for the zoom and width; the left edge at left_pos."""
        self._left_pos = left_pos
        bar = self.horizontalScrollBar()
        dw = self.day_w
        bar.blockSignals(True)
        bar.setRange(0, int(day_index(LAST_DAY) * dw - self.body_width))
        bar.setPageStep(self.body_width)
        bar.setSingleStep(max(1, int(dw if dw < 200 else dw / 12)))
        bar.setValue(round(left_pos * dw))
        bar.blockSignals(False)
        self._moved()

    def _scrolled(self, value: int) -> None:
        self._left_pos = value / self.day_w
        self._moved()

    def _moved(self) -> None:
        first, last = self.visible_days()
        try:
            if self._painted:
                self.data.ensure(first, last)
            else:  # before the first paint, only the zoom's days from the left edge (the viewport
                # may not have its size yet: its pixels would round to other days)
                left = date_at(self._left_pos + 0.01)
                self.data.ensure(left, left + dt.timedelta(days=self.zoom.days - 1), margin=False)
        except Exception as exc:      # the database went away, or a year the calendar cannot do
            log.exception("loading %s..%s failed", first, last)
            text = exc.text(self.lang) if isinstance(exc, UserError) else str(exc)
            self.loadFailed.emit(text)
        self.viewport().update()
        self._prefetch_timer.start()
        self.rangeChanged.emit(first, last)

    def _prefetch(self) -> None:
        """While the user pauses: load the neighbouring pages and lay their blocks out."""
        first, last = self.visible_days()
        span_ = dt.timedelta(days=max(31, (last - first).days + 1))
        try:
            if self.data.ensure(first - span_, last + span_):
                self.viewport().update()
        except Exception:             # reported when the view itself gets there
            log.debug("prefetch failed", exc_info=True)
            return
        dw = self.day_w
        lo, hi = day_index(first - span_), day_index(last + span_) + 1
        for slot in self.layout_rows.visible(self.scroll_y(), self.scroll_y() + self.body_height):
            rb = self.data.rows.get(slot.row.specialist_id) if slot.row else None
            if rb is not None:
                for placed in rb.in_range(lo, hi):
                    placed.rect_in(dw, slot)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout_rows()
        self._update_hbar(self._left_pos)

    def invalidate(self) -> None:
        self._cache_key = None
        self.viewport().update()

    # -- painting --------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock.today()

    def frame(self, width: int | None = None, height: int | None = None) -> Frame:
        now = self.clock.local_now()
        today = now.date()
        now_pos = None
        if today == now.date() and self.zoom in (Zoom.DAY, Zoom.WEEK, Zoom.TWO_WEEKS) \
                and FIRST_HOUR <= now.hour < LAST_HOUR:
            now_pos = position(now)
        return Frame(width or self.viewport().width(), height or self.viewport().height(), NAMES_W, HEADER_H,
                     self.scroll_x(), self.scroll_y(), self.day_w, self.zoom, self.layout_rows, self.data,
                     self.colour_by, self.lang, today, now_pos)

    def render_static(self) -> QPixmap:
        """The static layer, re-rendered when the view moved or the looks changed; when only
        some rows' data changed (an edit of ours), only those rows are painted again."""
        vp = self.viewport()
        ratio = vp.devicePixelRatioF()
        key = (self.scroll_x(), self.scroll_y(), vp.width(), vp.height(), ratio, self.zoom, self.colour_by,
               self._rows_gen, self.today())
        generation = self.data.generation
        if self._cache is not None and key == self._cache_key:
            if generation == self._cache_generation:
                return self._cache
            rows = self.data.rows_changed_since(self._cache_generation)
            if rows is not None:
                if rows:
                    p = QPainter(self._cache)
                    self.painter.paint(p, self.frame(), only=rows)
                    p.end()
                self._cache_generation = generation
                return self._cache
        size = vp.size() * ratio
        if self._cache is None or self._cache.size() != size:
            self._cache = QPixmap(size)
            self._cache.setDevicePixelRatio(ratio)
        p = QPainter(self._cache)
        self.painter.paint(p, self.frame())
        p.end()
        self._cache_key = key
        self._cache_generation = generation
        return self._cache

    def paintEvent(self, event) -> None:
        cache = self.render_static()
        p = QPainter(self.viewport())
        rect = event.rect()
        ratio = cache.devicePixelRatio()
        p.drawPixmap(rect, cache, QRect(rect.topLeft() * ratio, rect.size() * ratio))
        self._paint_overlays(p)
        p.end()
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def _paint_overlays(self, p: QPainter) -> None:
        s = self.style_
        p.setClipRect(QRect(NAMES_W, HEADER_H, self.body_width, self.body_height))
        if self.selection:
            p.setPen(s.selection_pen)
            p.setBrush(Qt.NoBrush)
            first, last = self.visible_days()
            i0, i1 = day_index(first), day_index(last) + 1
            for key in self.selection:
                placed = self.data.by_key.get(key)
                if placed is None or placed.x1 < i0 or placed.x0 > i1:
                    continue
                r = self.widget_rect(placed.x0, placed.x1, placed.block.specialist_id, placed.lane, placed.lanes)
                if r is not None:
                    p.drawRect(r.adjusted(0, 0, -1, -1))
        for rect, refused in self.ghosts:
            p.fillRect(rect, st.RUBBER if not refused else st.HOLIDAY_BG)
            p.setPen(s.refused_pen if refused else s.ghost_pen)
            p.drawRect(rect.adjusted(0, 0, -1, -1))
        if self.rubber is not None:
            p.fillRect(self.rubber, s.rubber_brush)
            p.setPen(s.rubber_pen)
            p.drawRect(self.rubber.adjusted(0, 0, -1, -1))

    def set_ghosts(self, ghosts: list[tuple[QRect, bool]]) -> None:
        """Replace the drag ghosts, repainting only where they were and where they are."""
        vp = self.viewport()
        for rect, _ in self.ghosts:
            vp.update(rect.adjusted(-2, -2, 2, 2))
        self.ghosts = ghosts
        for rect, _ in ghosts:
            vp.update(rect.adjusted(-2, -2, 2, 2))

    def set_rubber(self, rect: QRect | None) -> None:
        vp = self.viewport()
        if self.rubber is not None:
            vp.update(self.rubber.adjusted(-2, -2, 2, 2))
        self.rubber = rect
        if rect is not None:
            vp.update(rect.adjusted(-2, -2, 2, 2))

    # -- hit testing ----------------------------------------------------------------------------
    def hit(self, point: QPoint):
        """(placed block or None, edge 'left'/'right'/None, row or None, day position)."""
        x, y = point.x(), point.y()
        if x < NAMES_W or y < HEADER_H:
            return None, None, None, None
        pos = self.pos_at(x)
        cy = self.content_y(y)
        slot = self.layout_rows.slot_at(cy)
        if slot is None or slot.row is None:
            return None, None, None, pos
        rb = self.data.rows.get(slot.row.specialist_id)
        if rb is not None:
            cx = x - NAMES_W + self.scroll_x()
            dw = self.day_w
            for placed in rb.in_range(pos - 0.01, pos + 0.01):
                bx, by, bw, bh = placed.rect_in(dw, slot)
                if bx - 2 <= cx <= bx + bw + 2 and by <= cy <= by + bh:
                    edge = None
                    if bw >= 12:
                        if cx <= bx + 4:
                            edge = "left"
                        elif cx >= bx + bw - 4:
                            edge = "right"
                    return placed, edge, slot.row, pos
        return None, None, slot.row, pos

    # -- events go to the controller ---------------------------------------------------------------
    def viewportEvent(self, event):
        if event.type() == event.Type.ToolTip and self.controller is not None:
            text = self.controller.tooltip(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event):
        if self.controller:
            self.controller.press(event)

    def mouseMoveEvent(self, event):
        if self.controller:
            self.controller.move(event)

    def mouseReleaseEvent(self, event):
        if self.controller:
            self.controller.release(event)

    def mouseDoubleClickEvent(self, event):
        if self.controller:
            self.controller.double_click(event)

    def keyPressEvent(self, event):
        if self.controller and self.controller.key(event):
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab walks through the blocks (the controller); Ctrl+Tab leaves the grid
        return False

    def leave_focus(self, forward: bool) -> None:
        super().focusNextPrevChild(forward)

    def contextMenuEvent(self, event):
        if self.controller:
            self.controller.context_menu(event)

    def wheelEvent(self, event):
        # wheel scrolls rows; Shift+wheel (or a horizontal wheel) scrolls days
        delta = event.angleDelta()
        if event.modifiers() & Qt.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            steps = (delta.x() or delta.y()) / 120
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(steps * max(self.day_w, 20)))
            event.accept()
            return
        super().wheelEvent(event)


def ceil_div(a: float, b: float) -> int:
    return int(math.ceil(a / b))
