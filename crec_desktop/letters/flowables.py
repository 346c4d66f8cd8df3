"""A lean flowable for text in one font: wrapped, split across pages, drawn literally.

Most of a letter is plain running text in a single style. reportlab's Paragraph parses markup,
builds fragments and lays them out word by word, which makes it several times slower than
needed for that; `PlainText` breaks lines itself and draws them with one text object. Its text
is never parsed, so whatever a person typed (`<`, `&`, quotes) is printed as is. Breaks happen at
ordinary spaces only (never at a no-break space: `1 365,33 $` stays whole); typed line breaks are
kept, and so are runs of spaces; a word wider than the line is cut where it must be.
"""
from __future__ import annotations

import re

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable

_SPACES = re.compile(r"( +)")
TAB = "    "  # DejaVu has no glyph for a tab: four spaces


_WIDTHS: dict[tuple[str, str], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered per font and text at size 1: letters repeat the same words, and
    reportlab measures TrueType text character by character in Python."""
    key = (font, text)
    unit = _WIDTHS.get(key)
    if unit is None:
        if len(_WIDTHS) > 50_000:
            _WIDTHS.clear()
        unit = _WIDTHS[key] = stringWidth(text, font, 1.0)
    return unit * size


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of text set in font at size within width.

    Typed line breaks are kept, and so are the spaces typed between words (two spaces stay two)
    and at the start of a typed line, except where a line wraps; lines wrap at ordinary spaces only.
    """
    if "\n" not in text and "\r" not in text and "\t" not in text and text_width(text, font, size) <= width:
        return [text]  # the common case: it fits on one line
    lines: list[str] = []
    for typed in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", TAB).split("\n"):
        parts = _SPACES.split(typed)  # word, spaces, word, spaces, ..., word (words may be empty)
        current, used, first = "", 0.0, True
        for i in range(0, len(parts), 2):
            word = parts[i]
            if not word:
                continue
            gap = parts[i - 1] if i and (current or first) else ""
            first = False
            w, g = text_width(word, font, size), text_width(gap, font, size)
            if current and used + g + w > width:  # wrap before this word
                lines.append(current)
                current, used, gap, g = "", 0.0, "", 0.0
            if not current and g + w > width:  # alone on its line and still too wide
                gap, g = "", 0.0
                while w > width and len(word) > 1:  # a word longer than the line: cut it
                    cut = _longest_prefix(word, font, size, width)
                    lines.append(word[:cut])
                    word = word[cut:]
                    w = text_width(word, font, size)
            current += gap + word
            used += g + w
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


class PlainText(Flowable):
    """Literal text in one ParagraphStyle's font, size, leading, colour, alignment and spacing."""

    def __init__(self, text: str, style: ParagraphStyle, *, lines: list[str] | None = None,
                 first: bool = True, last: bool = True):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._first, self._last = first, last
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def __repr__(self) -> str:
        return f"PlainText({self.text[:40]!r})"

    def _width(self, avail: float) -> float:
        return avail - self.style.leftIndent - self.style.rightIndent

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self._lines is None or getattr(self, "_wrapped_width", None) != availWidth:
            st = self.style
            self._lines = break_lines(self.text, st.fontName, st.fontSize, self._width(availWidth))
            self._wrapped_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits <= 0 or fits >= len(self._lines):
            return []
        head = PlainText(self.text, self.style, lines=self._lines[:fits], first=self._first, last=False)
        tail = PlainText(self.text, self.style, lines=self._lines[fits:], first=False, last=self._last)
        for part in (head, tail):
            part._wrapped_width = availWidth
        return [head, tail]

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore if self._first else 0

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter if self._last else 0

    def draw(self):
        st = self.style
        canvas = self.canv
        canvas.setFillColor(st.textColor)
        # First baseline: one font size below the top, as Paragraph places it.
        y = self.height - st.fontSize
        if st.alignment in (TA_RIGHT, TA_CENTER):
            canvas.setFont(st.fontName, st.fontSize, st.leading)
            for line in self._lines:
                if st.alignment == TA_RIGHT:
                    canvas.drawRightString(self.width - st.rightIndent, y, line)
                else:
                    canvas.drawCentredString(self.width / 2, y, line)
                y -= st.leading
            return
        text = canvas.beginText(st.leftIndent, y)
        text.setFont(st.fontName, st.fontSize, st.leading)
        for line in self._lines:
            text.textLine(line)
        canvas.drawText(text)
