"""Painting the grid's frozen headers: months, ISO weeks and days (or hours) across the top, the
specialists' names and their booked / available hours down the left, and the corner.

Drawn by the same painter pass as the body (painter.py), in widget coordinates, so they stay in
place while the body scrolls under them — on screen and on every printed page.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QRectF, Qt

from crec_desktop.domain.formatting import (
    MONTHS_EN,
    MONTHS_FR,
    format_date,
    format_hours,
    format_time,
)
from crec_desktop.ui.grid import style as st
from crec_desktop.ui.grid.geometry import FIRST_HOUR, LAST_HOUR, ORIGIN, Zoom, date_at
from crec_desktop.ui.grid.layout import GROUP_HEADER

if TYPE_CHECKING:
    from crec_desktop.ui.grid.painter import Frame

WEEKDAYS_FR_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
WEEKDAYS_EN_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_LETTERS = {"fr": "LMMJVSD", "en": "MTWTFSS"}


class HeaderPainter(QObject):
    def __init__(self, style: st.Style, parent: QObject | None = None):
        super().__init__(parent)
        self.style = style
        self._names_cache: dict = {}

    def paint(self, p, f, first: int, last: int, slots) -> None:
        self._header(p, f, first, last)
        self._names(p, f, slots, first, last)
        self._corner(p, f, first)

    def paint_names(self, p, f, first: int, last: int, slots, mine) -> None:
        """Only the names of the rows `mine` (of the visible `slots`), under the painter's clip:
        a partial repaint after an edit (the top header and the corner did not change)."""
        self._names(p, f, slots, first, last, mine=mine, clip=Qt.IntersectClip)

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
                holiday = any(m.kind == "holiday" for m in marks)
                p.fillRect(x, top, w, height, st.HOLIDAY_BG if holiday else st.CLOSURE_BG)
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
            if w > 4:
                p.setPen(s.grid_pen)
                p.drawLine(x, top, x, f.header_h)
            if text:
                p.setFont(s.header_bold if is_today else s.header_font)
                p.setPen(st.TODAY if is_today else (s.holiday_text.color() if marks else st.INK))
                tw = s.fm_header.horizontalAdvance(text)
                p.drawText(x + max(2, (w - tw) // 2), top + 16, text)
            elif day.weekday() == 0:
                # days too narrow to number (quarter): the Mondays' dates, left-aligned on their week
                p.setFont(s.header_font)
                p.setPen(st.INK)
                p.drawText(x + 3, top + 16, f"{day.day}")

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
        text = format_date(day, lang, weekday=True)
        return text[0].upper() + text[1:]

    def _names(self, p, f: Frame, slots, first, last, *, mine=None, clip=Qt.ReplaceClip) -> None:
        s = self.style
        p.save()
        p.setClipRect(QRect(0, f.header_h, f.names_w, f.height - f.header_h), clip)
        p.fillRect(0, f.header_h, f.names_w, f.height - f.header_h, st.NAMES_BG)
        p.translate(0, f.header_h - f.scroll_y)
        width = f.names_w
        for slot in slots:
            if mine is not None and slot not in mine:       # outside the clip but for its bottom line
                if slot.row is not None:
                    p.setPen(s.row_pen)
                    p.drawLine(0, slot.y + slot.height, width, slot.y + slot.height)
                continue
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
        name = s.fm_name.elidedText(row.name, Qt.ElideRight, width - 18 - (0 if two_lines else load_w + 14))
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
