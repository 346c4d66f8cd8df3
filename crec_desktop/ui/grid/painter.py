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

from PySide6.QtCore import QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter

from crec_desktop.domain.formatting import MONTHS_EN, MONTHS_FR, format_hours, format_time
from crec_desktop.ui.grid import style as st
from crec_desktop.ui.grid.cache import GridData
from crec_desktop.ui.grid.geometry import FIRST_HOUR, LAST_HOUR, ORIGIN, Zoom, date_at
from crec_desktop.ui.grid.layout import GROUP_HEADER, HEAT_STRIP, RowLayout

WEEKDAYS_FR_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
WEEKDAYS_EN_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_LETTERS = {"fr": "LMMJVSD", "en": "MTWTFSS"}
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
        self._names_cache: dict = {}
        self._labels_cache: dict = {}

    # -- the whole static layer ------------------------------------------------------------
    def paint(self, p: QPainter, f: Frame) -> None:
        p.fillRect(0, 0, f.width, f.height, Qt.white)
        body = f.body
        p.save()
        p.setClipRect(body)
        p.translate(f.names_w - f.scroll_x, f.header_h - f.scroll_y)
        first, last = f.day_range()
        y0, y1 = f.scroll_y, f.scroll_y + body.height()
        slots = list(f.rows.visible(y0, y1))
        self._columns(p, f, first, last, y0, y1)
        self._rows_background(p, f, slots, first, last)
        self._mark_labels(p, f, first, last, y0, y1)
        self._grid_lines(p, f, slots, first, last, y0, y1)
        self._load_strips(p, f, slots, first, last)
        self._blocks(p, f, slots, first, last)
        self._today(p, f, first, last, y0, y1)
        p.restore()
        self._header(p, f, first, last)
        self._names(p, f, slots, first, last)
        self._corner(p, f, first)

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
                if w >= 16 and h >= 10:
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

    # -- frozen headers ----------------------------------------------------------------------
    def _header(self, p, f: Frame, first, last) -> None:
        s = self.style
        dw = f.day_w
        p.save()
        p.setClipRect(QRect(f.names_w, 0, f.width - f.names_w, f.header_h))
        p.fillRect(f.names_w, 0, f.width - f.names_w, f.header_h, st.HEADER_BG)
        p.translate(f.names_w - f.scroll_x, 0)
        band1, band2 = 18, 34
        left_edge = f.scroll_x
        months = MONTHS_EN if f.lang == "en" else MONTHS_FR
        p.setFont(s.header_bold)
        p.setPen(s.ink_pen)
        # month band (day zoom: the full date), the label stays visible at the left edge
        i = first
        while i <= last:
            day = date_at(i)
            if f.zoom is Zoom.DAY:
                end = i + 1
                label = self._long_date(day, f.lang)
            else:
                nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
                end = i + (nxt - day).days
                label = f"{months[day.month - 1]} {day.year}"
                label = label[0].upper() + label[1:]
            x0 = round(i * dw)
            x1 = round(end * dw)
            p.setPen(s.week_pen)
            p.drawLine(x0, 0, x0, band1)
            p.setPen(s.ink_pen)
            tx = max(x0, left_edge) + 6
            if tx + s.fm_header.horizontalAdvance(label) < x1 - 2:
                p.drawText(tx, 13, label)
            i = end
        # week band: ISO week numbers
        p.setFont(s.header_font)
        p.setPen(s.muted_pen)
        start = first - ((ORIGIN.toordinal() + first - 1) % 7)
        word = self.tr("sem.")
        for w0 in range(start, last + 1, 7):
            day = date_at(w0)
            x0 = round(w0 * dw)
            x1 = round((w0 + 7) * dw)
            width = x1 - x0
            week = day.isocalendar()[1]
            text = f"{word} {week}" if width > 50 else str(week)
            tx = max(x0, left_edge) + 4
            if width >= 14 and tx + s.fm_header.horizontalAdvance(text) < x1 - 2:
                p.drawText(tx, band1 + 12, text)
            p.setPen(s.week_pen)
            p.drawLine(x0, band1, x0, f.header_h)
            p.setPen(s.muted_pen)
        p.setPen(s.grid_pen)
        p.drawLine(left_edge, band1, left_edge + f.width, band1)
        p.drawLine(left_edge, band2, left_edge + f.width, band2)
        # day band (day zoom: hours)
        if f.zoom is Zoom.DAY or dw >= 400:
            self._hours_band(p, f, first, last, band2)
        else:
            self._days_band(p, f, first, last, band2)
        p.setPen(s.week_pen)
        p.drawLine(left_edge, f.header_h - 1, left_edge + f.width, f.header_h - 1)
        p.restore()

    def _days_band(self, p, f: Frame, first, last, top) -> None:
        s = self.style
        dw = f.day_w
        names = WEEKDAYS_EN_SHORT if f.lang == "en" else WEEKDAYS_FR_SHORT
        letters = WEEKDAY_LETTERS["en" if f.lang == "en" else "fr"]
        height = f.header_h - top
        for i in range(first, last + 1):
            day = date_at(i)
            x = round(i * dw)
            w = round((i + 1) * dw) - x
            marks = f.data.marks.get(i)
            if marks:
                p.fillRect(x, top, w, height, st.HOLIDAY_BG if any(m.kind == "holiday" for m in marks) else st.CLOSURE_BG)
            elif day.weekday() >= 5:
                p.fillRect(x, top, w, height, st.WEEKEND_BG)
            is_today = day == f.today
            if is_today:
                p.fillRect(x, f.header_h - 3, w, 3, st.TODAY)
            if w >= s.day_label_long:
                text = f"{names[day.weekday()]} {day.day}"
            elif w >= s.day_label_short:
                text = f"{letters[day.weekday()]} {day.day}"
            elif w >= s.day_label_number:
                text = str(day.day)
            else:
                text = ""
            p.setPen(s.grid_pen)
            p.drawLine(x, top, x, f.header_h)
            if text:
                p.setFont(s.header_bold if is_today else s.header_font)
                p.setPen(st.TODAY if is_today else (s.holiday_text.color() if marks else st.INK))
                tw = s.fm_header.horizontalAdvance(text)
                p.drawText(x + max(2, (w - tw) // 2), top + 16, text)

    def _hours_band(self, p, f: Frame, first, last, top) -> None:
        s = self.style
        dw = f.day_w
        hour_w = dw / (LAST_HOUR - FIRST_HOUR)
        p.setFont(s.header_font)
        for i in range(first, last + 1):
            for hr in range(LAST_HOUR - FIRST_HOUR):
                x = round(i * dw + hr * hour_w)
                p.setPen(s.grid_pen)
                p.drawLine(x, top, x, f.header_h)
                p.setPen(s.ink_pen)
                p.drawText(x + 4, top + 16, format_time(dt.time(FIRST_HOUR + hr), f.lang))

    def _long_date(self, day: dt.date, lang: str) -> str:
        from crec_desktop.domain.formatting import format_date
        text = format_date(day, lang, weekday=True)
        return text[0].upper() + text[1:]

    def _names(self, p, f: Frame, slots, first, last) -> None:
        s = self.style
        p.save()
        p.setClipRect(QRect(0, f.header_h, f.names_w, f.height - f.header_h))
        p.fillRect(0, f.header_h, f.names_w, f.height - f.header_h, st.NAMES_BG)
        p.translate(0, f.header_h - f.scroll_y)
        width = f.names_w
        for slot in slots:
            if slot.row is None:
                p.fillRect(0, slot.y, width, slot.height, st.GROUP_BG)
                p.setFont(s.header_bold)
                p.setPen(s.muted_pen)
                label = s.fm_header_bold.elidedText(slot.group.upper(), Qt.ElideRight, width - 16)
                p.drawText(10, slot.y + GROUP_HEADER - 6, label)
                continue
            name, sub, load, load_w, two_lines = self._name_texts(f, slot, first, last)
            p.setFont(s.name_bold)
            p.setPen(s.ink_pen)
            name_y = slot.y + (slot.height // 2 - 2 if two_lines else slot.height // 2 + 4)
            p.drawText(10, name_y, name)
            p.setFont(s.small_font)
            p.setPen(s.muted_pen)
            if two_lines:
                p.drawText(10, name_y + 14, sub)
                p.drawText(width - 8 - load_w, name_y + 14, load)
            else:
                p.drawText(width - 8 - load_w, name_y, load)
            p.setPen(s.row_pen)
            p.drawLine(0, slot.y + slot.height, width, slot.y + slot.height)
        p.restore()
        p.setPen(s.week_pen)
        p.drawLine(f.names_w - 1, 0, f.names_w - 1, f.height)

    def _name_texts(self, f: Frame, slot, first, last):
        """A row's name, subtitle and booked/available hours in view, elided; cached per view."""
        row = slot.row
        key = (row, slot.height, f.names_w, first, last, f.data.generation, f.lang, f.show_load)
        cache = self._names_cache
        found = cache.get(key)
        if found is not None:
            return found
        if len(cache) > 2000:
            cache.clear()
        s = self.style
        sid = row.specialist_id
        booked_days = f.data.booked.get(sid, {})
        avail_days = f.data.available.get(sid, {})
        booked = sum(booked_days.get(i, 0.0) for i in range(first, last + 1))
        avail = sum(avail_days.get(i, 0.0) for i in range(first, last + 1))
        load = f"{format_hours(round(booked * 2) / 2, f.lang)} / {format_hours(round(avail * 2) / 2, f.lang)}"
        if not f.show_load:
            load = ""
        load_w = s.fm_small.horizontalAdvance(load) if load else -6
        two_lines = slot.height >= 34
        width = f.names_w
        name = s.fm_name.elidedText(row.name, Qt.ElideRight, width - 16 - (0 if two_lines else load_w + 6))
        sub = s.fm_small.elidedText(row.title or row.domain_name, Qt.ElideRight, width - 24 - load_w)
        found = cache[key] = (name, sub, load, load_w, two_lines)
        return found

    def _corner(self, p, f: Frame, first) -> None:
        s = self.style
        p.fillRect(0, 0, f.names_w - 1, f.header_h - 1, st.HEADER_BG)
        p.setPen(s.week_pen)
        p.drawLine(0, f.header_h - 1, f.names_w, f.header_h - 1)
        p.setFont(s.header_bold)
        p.setPen(s.ink_pen)
        p.drawText(QRectF(10, 0, f.names_w - 20, f.header_h - 20), Qt.AlignLeft | Qt.AlignVCenter, self.tr("Spécialistes"))
        p.setFont(s.small_font)
        p.setPen(s.muted_pen)
        if f.show_load:
            p.drawText(QRectF(10, f.header_h - 22, f.names_w - 20, 18), Qt.AlignLeft | Qt.AlignVCenter,
                       self.tr("heures réservées / disponibles"))
