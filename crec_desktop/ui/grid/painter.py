"""Painting the planning grid: day columns, shading, absences, load strips, blocks, headers.

Why a custom-painted QAbstractScrollArea and not a scene or a table: a month view is ~500
blocks out of tens of thousands loaded; painting walks only the visible rows and, per row, a
bisected slice of a sorted list of precomputed rectangles, with colours, pens and fonts made
once (style.py) and block labels elided once per size. A QGraphicsScene needs an item per block
(0.6 s to build 50,000, and rebuilt on every reload); a QTableView calls Python `data()` per
cell per role (23 ms a frame). This painter draws a 25-row month in a few milliseconds whatever
the size of the database, and the widget caches everything but the selection and the drag
ghost in a pixmap, so a drag step only blits and draws the ghost.

The painter is a QObject only so that its words go through self.tr().
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QPainter, QRegion

from crec_desktop.domain.formatting import (
    format_hours,
    format_time,
)
from crec_desktop.ui.grid import style as st
from crec_desktop.ui.grid.cache import GridData
from crec_desktop.ui.grid.geometry import FIRST_HOUR, LAST_HOUR, ORIGIN, Zoom
from crec_desktop.ui.grid.headers import HeaderPainter
from crec_desktop.ui.grid.layout import HEAT_STRIP, RowLayout

LINE_H = 12          # one line of block text
SOLID_BELOW = 60     # day width under which blocks are solid bars (month, quarter)


@dataclasses.dataclass
class Frame:
    """Where the view is: what the painter needs to draw one frame."""

    width: int
    height: int
    names_w: int
    header_h: int
    scroll_x: float          # content pixel at the body's left edge
    scroll_y: float
    day_w: float
    zoom: Zoom
    rows: RowLayout
    data: GridData
    colour_by: str = "member"
    lang: str = "fr"
    today: dt.date | None = None
    now_pos: float | None = None
    show_load: bool = True       # booked / available hours beside the names (not on paper)

    @property
    def body(self) -> QRect:
        return QRect(self.names_w, self.header_h, self.width - self.names_w, self.height - self.header_h)

    def day_range(self) -> tuple[int, int]:
        """Day indices [first, last] at least partly visible."""
        first = math.floor(self.scroll_x / self.day_w + 1e-6)
        last = math.floor((self.scroll_x + self.width - self.names_w - 1) / self.day_w + 1e-6)
        return first, last

    def x_of(self, pos: float) -> float:
        """Widget x of a day position."""
        return self.names_w + pos * self.day_w - self.scroll_x

    def y_of(self, content_y: float) -> float:
        return self.header_h + content_y - self.scroll_y


def _fit(fm, text: str, width: int, fallback: str = "") -> str:
    """text elided to width; when too little of it would show, the fallback or a bare prefix."""
    if not text or width <= 4:
        return ""
    if fm.horizontalAdvance(text) <= width:
        return text
    if fallback and fm.horizontalAdvance(fallback) <= width:
        return fallback
    elided = fm.elidedText(text, Qt.ElideRight, width)
    if len(elided) >= 4:
        return elided
    lo, hi = 0, len(text)              # the longest prefix that fits, by bisection
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fm.horizontalAdvance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


class GridPainter(QObject):
    def __init__(self, style: st.Style, parent: QObject | None = None):
        super().__init__(parent)
        self.style = style
        self.headers = HeaderPainter(style, self)
        self._labels_cache: dict = {}

    # -- the whole static layer ------------------------------------------------------------
    def paint(self, p: QPainter, f: Frame, only: set[int] | None = None) -> None:
        """Paint the frame; with `only`, just those specialists' rows (the rest of the picture on
        `p` is left as it is). A row's band is painted exactly as a full paint would: what spans
        rows (columns, day labels, lines) is drawn again under a clip, what belongs to other rows
        is not drawn at all."""
        body = f.body
        first, last = f.day_range()
        y0, y1 = f.scroll_y, f.scroll_y + body.height()
        slots = list(f.rows.visible(y0, y1))
        mine = slots
        clip = Qt.ReplaceClip
        if only is not None:
            mine = [slot for slot in slots if slot.row is not None and slot.row.specialist_id in only]
            if not mine:
                return
            bands = QRegion()
            for slot in mine:
                bands += QRect(0, round(f.y_of(slot.y)), f.width, slot.height).intersected(
                    QRect(0, f.header_h, f.width, f.height - f.header_h))
            p.setClipRegion(bands)
            clip = Qt.IntersectClip
        p.fillRect(0, 0, f.width, f.height, Qt.white)
        p.save()
        p.setClipRect(body, clip)
        p.translate(f.names_w - f.scroll_x, f.header_h - f.scroll_y)
        self._columns(p, f, first, last, y0, y1)
        self._rows_background(p, f, mine, first, last)
        self._mark_labels(p, f, first, last, y0, y1)
        self._grid_lines(p, f, slots, first, last, y0, y1)
        self._load_strips(p, f, mine, first, last)
        self._blocks(p, f, mine, first, last)
        self._today(p, f, first, last, y0, y1)
        p.restore()
        if only is None:
            self.headers.paint(p, f, first, last, slots)
        else:
            self.headers.paint_names(p, f, first, last, slots, mine)
            p.setClipping(False)

    # -- body ------------------------------------------------------------------------------
    def _columns(self, p, f: Frame, first, last, y0, y1) -> None:
        s = self.style
        dw = f.day_w
        h = y1 - y0
        for i in range(first, last + 1):
            day = ORIGIN + dt.timedelta(days=i)
            marks = f.data.marks.get(i)
            x = round(i * dw)
            w = round((i + 1) * dw) - x
            if marks:
                colour = st.HOLIDAY_BG if any(m.kind == "holiday" for m in marks) else st.CLOSURE_BG
                p.fillRect(x, y0, w, h, colour)
            elif day.weekday() >= 5:
                p.fillRect(x, y0, w, h, st.WEEKEND_BG)
            if f.today == day:
                p.fillRect(x, y0, w, h, st.TODAY_BG)
        if f.zoom is Zoom.DAY or dw >= 400:
            hour_w = dw / (LAST_HOUR - FIRST_HOUR)
            p.setPen(s.grid_pen)
            lines = []
            for i in range(first, last + 1):
                for hr in range(1, LAST_HOUR - FIRST_HOUR):
                    x = round(i * dw + hr * hour_w)
                    lines.append((x, y0, x, y1))
            for x, a, x2, b in lines:
                p.drawLine(x, a, x2, b)

    def _mark_labels(self, p, f: Frame, first, last, y0, y1) -> None:
        """Holidays and closures named down their column (under the blocks)."""
        s = self.style
        dw = f.day_w
        for i in range(first, last + 1):
            marks = f.data.marks.get(i)
            if not marks or dw < 11:
                continue
            text = " · ".join(m.name for m in marks)
            holiday = any(m.kind == "holiday" for m in marks)
            p.save()
            p.setFont(s.header_bold)
            p.setPen(s.holiday_label if holiday else s.closure_label)
            x = round(i * dw) + min(dw / 2, 14)
            p.translate(x - 4, y0 + 8)
            p.rotate(90)
            p.drawText(0, 0, s.fm_header_bold.elidedText(text, Qt.ElideRight, y1 - y0 - 16))
            p.restore()

    def _rows_background(self, p, f: Frame, slots, first, last) -> None:
        s = self.style
        dw = f.day_w
        left = round(first * dw)
        right = round((last + 1) * dw)
        for slot in slots:
            if slot.row is None:
                p.fillRect(left, slot.y, right - left, slot.height, st.GROUP_BG)
                continue
            for i0, i1, absence in f.data.absences.get(slot.row.specialist_id, ()):
                if i1 < first or i0 > last:
                    continue
                a = max(i0, first)
                b = min(i1, last)
                x = round(a * dw)
                w = round((b + 1) * dw) - x
                y = slot.y + 1
                hh = slot.height - 1 - HEAT_STRIP
                p.fillRect(x, y, w, hh, s.absence_fill)
                p.fillRect(x, y, w, hh, s.absence_brush)
                if w > 40:
                    p.setFont(s.small_font)
                    p.setPen(s.muted_pen)
                    text = s.fm_small.elidedText(absence.label, Qt.ElideRight, w - 8)
                    p.drawText(x + 4, y + hh - 4, text)

    def _grid_lines(self, p, f: Frame, slots, first, last, y0, y1) -> None:
        s = self.style
        dw = f.day_w
        left = round(first * dw)
        right = round((last + 1) * dw)
        p.setPen(s.grid_pen)
        for i in range(first, last + 2):
            if (ORIGIN.toordinal() + i) % 7 != 1:      # Mondays are drawn below, darker
                x = round(i * dw)
                p.drawLine(x, y0, x, y1)
        p.setPen(s.row_pen)
        for slot in slots:
            bottom = slot.y + slot.height
            p.drawLine(left, bottom, right, bottom)
        p.setPen(s.week_pen)
        for i in range(first, last + 2):
            if (ORIGIN.toordinal() + i) % 7 == 1:
                x = round(i * dw)
                p.drawLine(x, y0, x, y1)

    def _load_strips(self, p, f: Frame, slots, first, last) -> None:
        """The quiet heat strip under each row: per day, or per week when days are narrow."""
        dw = f.day_w
        step = 7 if dw < 18 else 1
        start = first - ((ORIGIN.toordinal() + first - 1) % 7) if step == 7 else first
        colours = st.LOAD_COLOURS
        level_of = st.load_level
        for slot in slots:
            if slot.row is None:
                continue
            sid = slot.row.specialist_id
            booked = f.data.booked.get(sid, {})
            avail = f.data.available.get(sid, {})
            y = slot.y + slot.height - HEAT_STRIP
            run_start, run_level = start, -1
            for i in range(start, last + step + 1, step):
                if i > last:
                    level = -2
                elif step == 1:
                    level = level_of(booked.get(i, 0.0), avail.get(i, 0.0))
                else:
                    level = level_of(sum(booked.get(j, 0.0) for j in range(i, i + 7)),
                                     sum(avail.get(j, 0.0) for j in range(i, i + 7)))
                if level != run_level:
                    if run_level >= 0:
                        x = round(run_start * dw)
                        p.fillRect(x + 1, y, round(i * dw) - x - 1, HEAT_STRIP - 1, colours[run_level])
                    run_start, run_level = i, level

    def _blocks(self, p, f: Frame, slots, first, last) -> None:
        s = self.style
        dw = f.day_w
        by = f.colour_by
        colour_key = s.block_colour_key
        colours_for = s.colours_for
        ink = s.ink_pen
        p.setFont(s.block_font)
        p.setPen(ink)
        font_now = s.block_font
        solid = dw < SOLID_BELOW
        for slot in slots:
            if slot.row is None:
                continue
            rb = f.data.rows.get(slot.row.specialist_id)
            if rb is None:
                continue
            rect_key = (dw, slot.y, slot.height)
            for item in rb.in_range(first, last + 1):
                x, y, w, h = item.rect if item.rect_key == rect_key else item.rect_in(dw, slot)
                block = item.block
                if item.colours_by is not by:
                    item.colours = colours_for(colour_key(block, by))
                    item.colours_by = by
                c = item.colours
                tentative = block.status == "tentative"
                if solid or w < 10:
                    # month and quarter zooms: solid bars, white labels where they fit
                    if tentative:
                        p.fillRect(x, y, w, h, c.tentative_fill)
                        p.fillRect(x, y, w, h, c.hatch)
                        if w >= 6:
                            p.setPen(c.dash_pen)
                            p.drawRect(x, y, w - 1, h - 1)
                    else:
                        p.fillRect(x, y, w, h, c.accent)
                    if block.conflict:
                        p.setPen(s.conflict_pen)
                        p.drawRect(x, y, w, h)
                    if w >= 26 and h >= 10:
                        key = (w, h, True)
                        if item.labels_key != key:
                            item.labels = self._labels(block, w, min(h, LINE_H + 2), f.lang)[:1]
                            item.labels_key = key
                        p.setPen(ink if tentative else s.white_pen)
                        for font, text, dx, dy in item.labels:
                            if font is not font_now:
                                p.setFont(font)
                                font_now = font
                            p.drawText(x + dx - 2, y + dy, text)
                    p.setPen(ink)
                    continue
                if tentative:
                    p.fillRect(x, y, w, h, c.tentative_fill)
                    p.fillRect(x, y, w, h, c.hatch)
                    p.setPen(c.dash_pen)
                    p.drawRect(x, y, w - 1, h - 1)
                    p.setPen(ink)
                else:
                    p.fillRect(x, y, w, h, c.fill)
                    p.fillRect(x, y, 3, h, c.accent)
                if block.conflict:
                    p.setPen(s.conflict_pen)
                    p.drawRect(x + 1, y + 1, w - 2, h - 2)
                    p.setPen(ink)
                if w >= 24 and h >= 10:
                    key = (w, h, False)
                    if item.labels_key != key:
                        item.labels = self._labels(block, w, h, f.lang)
                        item.labels_key = key
                    for font, text, dx, dy in item.labels:
                        if font is not font_now:
                            p.setFont(font)
                            font_now = font
                        p.drawText(x + dx, y + dy, text)

    def _labels(self, block, w: int, h: int, lang: str) -> list:
        """The lines of text a block of this size shows, fitted to its width.

        Shared between blocks that say the same thing at the same size (a month shows the same
        member names hundreds of times), so a reload or a scroll measures few strings."""
        lines = max(1, min(3, int((h - 2) // LINE_H)))
        who = block.member_short or self.tr("Interne")
        title = (block.engagement_title or block.note or block.location) if lines >= 2 else ""
        timed = lines >= 3 or (lines == 2 and not title)
        key = (who, block.engagement_number, title, (block.start, block.end) if timed else None, w, lines, h, lang)
        found = self._labels_cache.get(key)
        if found is not None:
            return found
        if len(self._labels_cache) > 20000:
            self._labels_cache.clear()
        s = self.style
        inner = w - 7
        dy0 = min(h - 3, 10) if lines == 1 else 11
        head = f"{who} · {block.engagement_number}" if block.engagement_number else who
        out = [(s.block_bold, _fit(s.fm_bold, head, inner, who), 5, dy0)]
        if lines >= 2:
            second = title or self._time_text(block, lang)
            out.append((s.block_font, _fit(s.fm_block, second, inner), 5, dy0 + LINE_H))
        if lines >= 3:
            out.append((s.block_font, _fit(s.fm_block, self._time_text(block, lang), inner), 5, dy0 + 2 * LINE_H))
        found = self._labels_cache[key] = [line for line in out if line[1]]
        return found

    @staticmethod
    def _time_text(block, lang: str) -> str:
        hours = format_hours(round(block.hours * 4) / 4, lang)
        return f"{format_time(block.start, lang)} – {format_time(block.end, lang)} ({hours})"

    def _today(self, p, f: Frame, first, last, y0, y1) -> None:
        if f.now_pos is None or not (first <= f.now_pos <= last + 1):
            return
        x = round(f.now_pos * f.day_w)
        p.setPen(self.style.today_pen)
        p.drawLine(x, y0, x, y1)
