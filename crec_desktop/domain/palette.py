"""The colours that stand for members and domains, the same on every screen and page.

A member keeps one colour everywhere it is drawn (the grid's blocks and legend, the reports'
charts, the printed grid and the board report). Thirty-odd members must stay apart, so members
take colours from a qualitative palette of well-separated hues and lightnesses in the order
they were created (their database id): a new member takes the next free colour and nobody
else's changes. Beyond the palette, colours are spread around the hue wheel by the golden
angle.

    colours = member_colours([(1, "fcsdsq"), (2, "cdr-qc")])   # {"fcsdsq": "#1f5fbf", ...}
    DOMAIN_COLOURS["hr"]
"""
from __future__ import annotations

import colorsys
from collections.abc import Iterable

# Built-in domains keep fixed, distinguishable colours.
DOMAIN_COLOURS = {
    "hr": "#2f6fd6",
    "government": "#7b4fd0",
    "law": "#9a6a1c",
    "ohs": "#e0671b",
    "marketing": "#cc3f8a",
    "finance": "#1d9a6c",
    "events": "#1592ad",
}

# Internal time and anything without a member.
NEUTRAL = "#6b7280"

# 32 accents, each readable as a block edge and as a chart fill on white (CIE L* 32–68, chroma
# ≥ 35; none grey, which is internal time's), picked greedily so that each is as far as possible
# (CIE76 ΔE) from those before it: any two of the first 30 differ by ΔE ≥ 26, and an
# organisation with fewer members gets the most distinct ones.
MEMBER_PALETTE = (
    "#1d5ebf", "#00bf00", "#f20000", "#735d22", "#f200f2", "#a60058", "#00b3bf", "#0020f2",
    "#008c4b", "#f27f6d", "#d99000", "#90a600", "#7719a6", "#f26dd8", "#f20051", "#8c2f00",
    "#24aef2", "#733473", "#8c3f44", "#245bf2", "#f26924", "#527311", "#f26d99", "#f20091",
    "#b46df2", "#1c8c00", "#a024f2", "#bf7839", "#a6a04b", "#00548c", "#a6198a", "#a6002c",
)

GOLDEN_ANGLE = 0.381966


def nth_colour(index: int) -> str:
    """The index-th member colour (0-based): the palette, then golden-angle hues."""
    if index < len(MEMBER_PALETTE):
        return MEMBER_PALETTE[index]
    extra = index - len(MEMBER_PALETTE)
    hue = (extra * GOLDEN_ANGLE) % 1.0
    value = (0.72, 0.58, 0.84)[extra % 3]
    r, g, b = colorsys.hsv_to_rgb(hue, 0.7, value)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def member_colours(members: Iterable[tuple[int, str]]) -> dict[str, str]:
    """{member key: colour} for the organisation's members given as (id, key), every one of
    them (active or not, so that history keeps its colours)."""
    return {key: nth_colour(i) for i, (_id, key) in enumerate(sorted(members))}
