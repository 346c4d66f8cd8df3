"""A lean table flowable for the letter's sessions and fees: literal text, wrapped cells, rules,
and the header row repeated when the table continues on the next page.

reportlab's Table handles every case and pays for it cell by cell (styles, spans, a canvas state
per cell); a letter's twenty sessions cost it more than the rest of the letter. `Grid` lays out
rows of plain strings in one font per row, breaks long cells over several lines (PlainText's
line breaking: never at a no-break space), and draws each row with one text object. A cell whose
right neighbours are empty may run into them (the total's label spans the first columns).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from crec_desktop.letters.flowables import break_lines, text_width

LEFT, RIGHT = "left", "right"


@dataclasses.dataclass
class Row:
    cells: Sequence[str]
    font: str
    colour: colors.Color = colors.black
    cell_colours: dict[int, colors.Color] | None = None  # column -> text colour
    background: colors.Color | None = None
    rule_above: tuple[float, colors.Color] | None = None
    rule_below: tuple[float, colors.Color] | None = None


class Grid(Flowable):
    """Rows of text in columns of fixed widths; `header` is drawn again on each page."""

    def __init__(self, widths: Sequence[float], rows: Sequence[Row], *, header: Row | None = None,
                 aligns: Sequence[str] | None = None, size: float = 9, leading: float = 11.2,
                 pad_x: float = 6, pad_top: float = 3, pad_bottom: float = 3):
        super().__init__()
        self.widths = list(widths)
        self.rows = list(rows)
        self.header = header
        self.aligns = list(aligns or [LEFT] * len(self.widths))
        self.size, self.leading = size, leading
        self.pad_x, self.pad_top, self.pad_bottom = pad_x, pad_top, pad_bottom
        self._laid: list[tuple[Row, list[list[str]], float]] | None = None
        self._head: tuple[Row, list[list[str]], float] | None = None

    # --- layout ---------------------------------------------------------------------------------

    def _lay_out(self, row: Row) -> tuple[Row, list[list[str]], float]:
        lines_per_cell = []
        n = len(self.widths)
        for c, text in enumerate(row.cells):
            width = self.widths[c]
            if self.aligns[c] == LEFT:  # run into empty neighbours on the right
                k = c + 1
                while k < n and not row.cells[k]:
                    width += self.widths[k]
                    k += 1
            lines_per_cell.append(break_lines(text, row.font, self.size, width - 2 * self.pad_x) if text else [])
        height = max([len(lines) for lines in lines_per_cell] + [1]) * self.leading + self.pad_top + self.pad_bottom
        return row, lines_per_cell, height

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        if self._laid is None:
            self._laid = [self._lay_out(r) for r in self.rows]
            self._head = self._lay_out(self.header) if self.header else None
        self.width = sum(self.widths)
        self.height = sum(h for _, _, h in self._laid) + (self._head[2] if self._head else 0)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        used = self._head[2] if self._head else 0
        fits = 0
        for _, _, h in self._laid:
            if used + h > availHeight:
                break
            used += h
            fits += 1
        if fits == 0 or fits == len(self._laid):
            return []
        parts = []
        for chunk in (self._laid[:fits], self._laid[fits:]):
            part = Grid(self.widths, [r for r, _, _ in chunk], header=self.header, aligns=self.aligns,
                        size=self.size, leading=self.leading, pad_x=self.pad_x, pad_top=self.pad_top,
                        pad_bottom=self.pad_bottom)
            part._laid, part._head = chunk, self._head
            parts.append(part)
        return parts

    # --- drawing --------------------------------------------------------------------------------

    def draw(self):
        canvas = self.canv
        top = self.height
        laid = ([self._head] if self._head else []) + self._laid
        for row, lines_per_cell, height in laid:
            bottom = top - height
            if row.background is not None:
                canvas.setFillColor(row.background)
                canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
            for rule, y in ((row.rule_above, top), (row.rule_below, bottom)):
                if rule:
                    canvas.setLineWidth(rule[0])
                    canvas.setStrokeColor(rule[1])
                    canvas.line(0, y, self.width, y)
            self._draw_text(row, lines_per_cell, top)
            top = bottom

    def _draw_text(self, row: Row, lines_per_cell: list[list[str]], top: float) -> None:
        canvas = self.canv
        text = canvas.beginText()
        text.setFont(row.font, self.size, self.leading)
        current = row.colour
        text.setFillColor(current)
        x = 0.0
        first_baseline = top - self.pad_top - self.size
        for c, lines in enumerate(lines_per_cell):
            colour = (row.cell_colours or {}).get(c, row.colour)
            if colour != current:
                text.setFillColor(colour)
                current = colour
            for k, line in enumerate(lines):
                if self.aligns[c] == RIGHT:
                    left = x + self.widths[c] - self.pad_x - text_width(line, row.font, self.size)
                else:
                    left = x + self.pad_x
                text.setTextOrigin(left, first_baseline - k * self.leading)
                text.textOut(line)
            x += self.widths[c]
        canvas.drawText(text)
