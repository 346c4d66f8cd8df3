"""The CREC logo, drawn as vectors: a blue tile, three linked rings (the members, cooperating)
and the letters CREC.

Drawn straight onto the letter's canvas it stays sharp on any printer and costs nothing to
embed. resources/logo/crec-logo.png is this same drawing rasterised once (see `python -m
crec_desktop.letters.logo OUT.pdf` and resources/logo/README.md) for places that need a bitmap.
An organisation may replace it with its own PNG (Organization.logo_png).
"""
from __future__ import annotations

import io
import sys

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crec_desktop.letters.fonts import BOLD, register_fonts
from crec_desktop.letters.styles import BRAND, GOLD, GREEN

WORD = "CREC"


def draw_logo(canvas: Canvas, x: float, y: float, size: float) -> None:
    """Draw the logo in the square whose lower-left corner is (x, y)."""
    register_fonts()
    s = size
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setFillColor(BRAND)
    canvas.roundRect(0, 0, s, s, 0.17 * s, stroke=0, fill=1)
    canvas.setLineWidth(0.05 * s)
    radius = 0.135 * s
    rings = ((0.385, 0.515, GREEN), (0.615, 0.515, GOLD), (0.5, 0.71, colors.white))
    for cx, cy, colour in rings:
        canvas.setStrokeColor(colour)
        canvas.circle(cx * s, cy * s, radius, stroke=1, fill=0)
    font_size = 0.25 * s
    width = stringWidth(WORD, BOLD, font_size)
    if width > 0.8 * s:
        font_size *= 0.8 * s / width
        width = stringWidth(WORD, BOLD, font_size)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, font_size)
    canvas.drawString((s - width) / 2, 0.1 * s, WORD)
    canvas.restoreState()


def logo_pdf(size: float = 256) -> bytes:
    """The logo alone on a page of its size (to rasterise into the PNG asset)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(size, size), invariant=1)
    draw_logo(canvas, 0, 0, size)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


if __name__ == "__main__":  # python -m crec_desktop.letters.logo logo.pdf
    with open(sys.argv[1], "wb") as fh:
        fh.write(logo_pdf())
