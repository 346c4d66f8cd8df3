"""Member colours: thirty members stay apart, a member keeps its colour when others are added,
and the colours are the same whatever order the members are given in."""
from __future__ import annotations

import itertools
import math

from crec_desktop.domain.palette import MEMBER_PALETTE, NEUTRAL, member_colours, nth_colour


def lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour: the distance people see."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047
    y = r * 0.2126 + g * 0.7152 + b * 0.0722
    z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_thirty_members_stay_apart():
    colours = [nth_colour(i) for i in range(30)]
    closest = min(math.dist(lab(a), lab(b)) for a, b in itertools.combinations(colours, 2))
    assert closest >= 25, closest
    assert all(math.dist(lab(c), lab(NEUTRAL)) >= 25 for c in colours)  # never mistaken for internal time


def test_beyond_the_palette_colours_go_on():
    extra = [nth_colour(i) for i in range(len(MEMBER_PALETTE), len(MEMBER_PALETTE) + 12)]
    assert len(set(extra)) == 12 and all(c.startswith("#") and len(c) == 7 for c in extra)


def test_a_member_keeps_its_colour_when_others_are_added_and_order_does_not_matter():
    before = member_colours([(3, "c"), (1, "a"), (2, "b")])
    after = member_colours([(1, "a"), (2, "b"), (3, "c"), (4, "d")])
    assert {k: after[k] for k in before} == before
    assert before == {"a": MEMBER_PALETTE[0], "b": MEMBER_PALETTE[1], "c": MEMBER_PALETTE[2]}
