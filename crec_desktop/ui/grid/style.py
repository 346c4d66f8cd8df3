"""The grid's look, created once: colours, pens, brushes and fonts, and the colour of each block.

Painting creates no QColor, QPen, QBrush or QFont: everything it needs is built here when the
view is made (or the colouring changes) and looked up by key.
"""
from __future__ import annotations

import colorsys
import functools
import zlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen

# Built-in domains keep fixed, distinguishable colours; members take one from a wheel of hues.
DOMAIN_COLOURS = {
    "hr": "#2f6fd6",
    "government": "#7b4fd0",
    "law": "#9a6a1c",
    "ohs": "#e0671b",
    "marketing": "#cc3f8a",
    "finance": "#1d9a6c",
    "events": "#1592ad",
}
MEMBER_HUES = 18
NEUTRAL = "#6b7280"

INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
GRID_LINE = QColor("#e4e7eb")
WEEK_LINE = QColor("#c3c9d1")
ROW_LINE = QColor("#e4e7eb")
HEADER_BG = QColor("#f5f6f8")
NAMES_BG = QColor("#fafbfc")
GROUP_BG = QColor("#eceff3")
WEEKEND_BG = QColor("#f2f3f5")
HOLIDAY_BG = QColor("#fdeeee")
CLOSURE_BG = QColor("#efeefb")
TODAY = QColor("#d92d20")
TODAY_BG = QColor(255, 244, 214, 110)
SELECTION = QColor("#1553b6")
CONFLICT = QColor("#d11a1a")
ABSENCE = QColor("#9aa5b1")
RUBBER = QColor(21, 83, 182, 40)

# load strip: under-booked, comfortable, full, over-booked
LOAD_COLOURS = (QColor("#d7e6fb"), QColor("#cdebd6"), QColor("#f7dd9c"), QColor("#f4a9a3"))


def load_level(booked: float, available: float) -> int:
    """0 under half, 1 comfortable, 2 full, 3 over-booked (or booked on a day off). -1: nothing."""
    if available <= 0:
        return 3 if booked > 0 else -1
    ratio = booked / available
    if ratio < 0.5:
        return 0
    if ratio < 0.9:
        return 1
    if ratio <= 1.05:
        return 2
    return 3


@functools.lru_cache(maxsize=4096)
def member_colour(key: str) -> str:
    hue = (zlib.crc32(key.encode()) % MEMBER_HUES) / MEMBER_HUES
    r, g, b = colorsys.hsv_to_rgb(hue, 0.62, 0.78)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


class BlockColours:
    """The fill, accent, hatch and text of blocks of one colour (member or domain)."""

    __slots__ = ("accent", "fill", "fill_selected", "hatch", "tentative_fill", "border_pen", "dash_pen")

    def __init__(self, hex_colour: str):
        accent = QColor(hex_colour)
        self.accent = accent
        h, s, v, _ = accent.getHsvF()
        self.fill = QColor.fromHsvF(h, min(s, 1.0) * 0.28, 0.98)
        self.fill_selected = QColor.fromHsvF(h, min(s, 1.0) * 0.45, 0.95)
        self.tentative_fill = QColor.fromHsvF(h, min(s, 1.0) * 0.10, 1.0)
        hatch = QColor(accent)
        hatch.setAlpha(90)
        self.hatch = QBrush(hatch, Qt.BDiagPattern)
        self.border_pen = QPen(accent.darker(115), 1)
        self.dash_pen = QPen(accent, 1, Qt.DashLine)


class Style:
    """Everything the painter draws with, made once."""

    def __init__(self, base_font: QFont | None = None, *, print_units: bool = False):
        """print_units: font sizes in the painter's units (points on a page scaled to 72 per inch)."""
        font = QFont(base_font) if base_font is not None else QFont()

        def sized(size: float, bold: bool = False) -> QFont:
            f = QFont(font)
            if print_units:
                f.setPixelSize(round(size * 1.0))
            else:
                f.setPointSizeF(size)
            f.setBold(bold)
            return f

        self.block_font = sized(8)
        self.block_bold = sized(8, True)
        self.name_font = sized(9)
        self.name_bold = sized(9, True)
        self.small_font = sized(7.5)
        self.header_font = sized(7 if print_units else 8)
        self.header_bold = sized(7 if print_units else 8, True)
        self.fm_block = QFontMetrics(self.block_font)
        self.fm_bold = QFontMetrics(self.block_bold)
        self.fm_name = QFontMetrics(self.name_font)
        self.fm_small = QFontMetrics(self.small_font)
        self.fm_header = QFontMetrics(self.header_font)
        bold_header = self.fm_header_bold = QFontMetrics(self.header_bold)
        # the widest day labels, so a column shows the longest label that fits
        self.day_label_long = bold_header.horizontalAdvance("mer. 30") + 8
        self.day_label_short = bold_header.horizontalAdvance("M 30") + 4
        self.day_label_number = bold_header.horizontalAdvance("30") + 3

        self.ink_pen = QPen(INK)
        self.white_pen = QPen(Qt.white)
        self.muted_pen = QPen(MUTED)
        self.grid_pen = QPen(GRID_LINE, 1)
        self.week_pen = QPen(WEEK_LINE, 1)
        self.row_pen = QPen(ROW_LINE, 1)
        self.today_pen = QPen(TODAY, 2)
        self.selection_pen = QPen(SELECTION, 2)
        self.conflict_pen = QPen(CONFLICT, 2)
        self.ghost_pen = QPen(SELECTION, 1, Qt.DashLine)
        self.refused_pen = QPen(CONFLICT, 2, Qt.DashLine)
        self.absence_brush = QBrush(QColor(154, 165, 177, 70), Qt.FDiagPattern)
        self.absence_fill = QColor(236, 238, 241)
        self.holiday_text = QPen(QColor("#b42318"))
        self.holiday_label = QPen(QColor(180, 35, 24, 150))
        self.closure_label = QPen(QColor(75, 63, 181, 150))
        self.closure_text = QPen(QColor("#4b3fb5"))
        self.rubber_brush = QBrush(RUBBER)
        self.rubber_pen = QPen(SELECTION, 1)
        self._colours: dict[str, BlockColours] = {}
        self.neutral = self.colours_for(NEUTRAL)

    def colours_for(self, hex_colour: str) -> BlockColours:
        found = self._colours.get(hex_colour)
        if found is None:
            found = self._colours[hex_colour] = BlockColours(hex_colour)
        return found

    def block_colour_key(self, block, by: str) -> str:
        if by == "domain":
            return DOMAIN_COLOURS.get(block.domain_code, NEUTRAL)
        return member_colour(block.member_key) if block.member_key else NEUTRAL
