"""Quebec's 17 administrative regions, by their official two-digit codes (Member.region).

Their names are proper nouns, written the same way in French and in English.

    region_name("03")   # 'Capitale-Nationale'
    REGIONS             # (('01', 'Bas-Saint-Laurent'), …, ('17', 'Centre-du-Québec'))
"""
from __future__ import annotations

REGIONS: tuple[tuple[str, str], ...] = (
    ("01", "Bas-Saint-Laurent"),
    ("02", "Saguenay–Lac-Saint-Jean"),
    ("03", "Capitale-Nationale"),
    ("04", "Mauricie"),
    ("05", "Estrie"),
    ("06", "Montréal"),
    ("07", "Outaouais"),
    ("08", "Abitibi-Témiscamingue"),
    ("09", "Côte-Nord"),
    ("10", "Nord-du-Québec"),
    ("11", "Gaspésie–Îles-de-la-Madeleine"),
    ("12", "Chaudière-Appalaches"),
    ("13", "Laval"),
    ("14", "Lanaudière"),
    ("15", "Laurentides"),
    ("16", "Montérégie"),
    ("17", "Centre-du-Québec"),
)
CODES = tuple(code for code, _ in REGIONS)
_NAMES = dict(REGIONS)


def region_name(code: str | None) -> str:
    """The region's name ('' for none; an unknown code is shown as it is)."""
    if not code:
        return ""
    return _NAMES.get(code, code)


def region_label(code: str | None) -> str:
    """'03 – Capitale-Nationale', for lists where the code helps."""
    return f"{code} – {_NAMES[code]}" if code in _NAMES else region_name(code)
