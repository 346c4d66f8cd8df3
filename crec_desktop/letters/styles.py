"""Colours, page geometry and paragraph styles of the engagement letter."""
from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from crec_desktop.letters.fonts import BOLD, REGULAR, register_fonts

BRAND = colors.HexColor("#1F4E79")  # CREC blue
GREEN = colors.HexColor("#7CC58E")
GOLD = colors.HexColor("#F2C14E")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#B8C4D0")
ROW_TINT = colors.HexColor("#EEF3F8")

PAGE = LETTER  # Canada prints on Letter paper
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.2 * cm
LETTERHEAD_HEIGHT = 3.4 * cm  # first page: logo and the organisation's coordinates
MARGIN_BOTTOM = 2.0 * cm
TEXT_WIDTH = PAGE[0] - 2 * MARGIN_X


class Styles:
    """The paragraph styles, built once (after the fonts are registered)."""

    def __init__(self) -> None:
        body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.6, spaceAfter=6)
        self.body = body
        self.tight = ParagraphStyle("tight", parent=body, spaceAfter=0)
        self.tight_bold = ParagraphStyle("tight_bold", parent=self.tight, fontName=BOLD)
        self.right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
        self.subject = ParagraphStyle("subject", parent=body, fontName=BOLD, spaceAfter=10)
        self.heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11, leading=14,
                                      textColor=BRAND, spaceBefore=9, spaceAfter=4, keepWithNext=1)
        self.label = ParagraphStyle("label", parent=body, fontName=BOLD, spaceAfter=0, keepWithNext=1)
        # A list of people: the name in bold, the details indented below it.
        self.item_name = ParagraphStyle("item_name", parent=body, fontName=BOLD, leftIndent=12,
                                        spaceAfter=0, keepWithNext=1)
        self.item_name_last = ParagraphStyle("item_name_last", parent=self.item_name, spaceAfter=5, keepWithNext=0)
        self.item = ParagraphStyle("item", parent=body, leftIndent=12, spaceAfter=5)
        self.note = ParagraphStyle("note", parent=body, fontName=REGULAR, fontSize=8.8, leading=11.5,
                                   textColor=GREY)
        self.cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.2, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=BOLD)
        self.sign = ParagraphStyle("sign", parent=body, fontSize=9.5, leading=13, spaceAfter=0)
        self.sign_bold = ParagraphStyle("sign_bold", parent=self.sign, fontName=BOLD)


@functools.cache
def styles() -> Styles:
    register_fonts()
    return Styles()
