"""Loose text comparison: what a search box compares, so that `cote` finds Côté.

`fold("Côté")` gives "cote": ligatures spelled out (œ → oe), the text decomposed (NFKD), its
accents dropped and its case folded; typographic dashes and apostrophes become plain ones.
"""
from __future__ import annotations

import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "–": "-", "—": "-", "’": "'"})


def fold(text: str | None) -> str:
    """Text for loose comparison: no accents, no case, ligatures spelled out."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
