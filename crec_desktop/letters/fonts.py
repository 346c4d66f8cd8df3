"""The letters' TrueType fonts (DejaVu Sans, shipped in resources/fonts), registered once.

Embedding a TrueType font makes the letter look the same on every machine and printer; only the
glyphs used are embedded (reportlab subsets TrueType fonts). Parsing a font file takes tens of
milliseconds, so it happens once per process, on the first letter. The letter itself sets text in
regular and bold only (each font embedded costs time); the oblique maps <i> for anyone else.
"""
from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crec_desktop.resources_path import resource

REGULAR = "CrecSans"
BOLD = "CrecSans-Bold"
ITALIC = "CrecSans-Oblique"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the family with reportlab (idempotent, thread-safe); <b> and <i> map onto it."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)  # no bold oblique shipped: bold reads well enough
        _done = True
