"""The agenda as the `agenda` command prints it: text for people (Quebec formats, the user's
language) or JSON for scripts (instants local with their offset).

    text = listing_text(items, first, last, "fr")
    data = listing_json(items)       # a JSON array: specialist, engagement, start, end, status, conflict…
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from crec_desktop.domain.formatting import format_date, format_hours, format_time
from crec_desktop.domain.messages import define, tr
from crec_desktop.domain.timeutil import format_instant, to_local
from crec_desktop.services.agenda import AgendaItem

define({
    "agenda.none": ("Aucune réservation du {first} au {last}.", "No bookings from {first} to {last}."),
    "agenda.internal": ("Travail interne", "Internal work"),
    "agenda.confirmed": ("confirmée", "confirmed"),
    "agenda.tentative": ("provisoire", "tentative"),
    "agenda.conflict": ("CONFLIT", "CONFLICT"),
    "agenda.next_day": ("lendemain", "next day"),
    "agenda.total": ("{count} {count|réservation|réservations}, {hours} au total.",
                    "{count} {count|booking|bookings}, {hours} in all."),
})


def item_json(item: AgendaItem) -> dict:
    return {
        "specialist": item.specialist_key,
        "specialist_name": item.specialist_name,
        "engagement": item.engagement_number,
        "engagement_title": item.engagement_title,
        "member": item.member_key,
        "start": format_instant(item.start),
        "end": format_instant(item.end),
        "hours": float(item.hours),
        "status": item.status,
        "conflict": item.conflict,
        "booking": item.uid,
        "repeats": item.repeats,
        "location": item.location,
        "note": item.note,
    }


def _by_time(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    return sorted(items, key=lambda i: (i.start, i.specialist_name, i.end, i.uid))


def listing_json(items: Sequence[AgendaItem]) -> str:
    """A JSON array of the occurrences, by start time."""
    return json.dumps([item_json(i) for i in _by_time(items)], ensure_ascii=False, indent=2)


def _what(item: AgendaItem, lang: str) -> str:
    if item.engagement_number is None:
        return tr("agenda.internal", lang)
    member = f" ({item.member_name})" if item.member_name else ""
    return f"{item.engagement_number} {item.engagement_title}{member}"


def listing_text(items: Sequence[AgendaItem], first: dt.date, last: dt.date, lang: str = "fr") -> str:
    """Occurrences grouped by local day: times, specialist, engagement, status, conflicts flagged."""
    if not items:
        return tr("agenda.none", lang, first=format_date(first, lang), last=format_date(last, lang))
    lines: list[str] = []
    rows: list[tuple[str, str, str, str, dt.date]] = []
    for item in _by_time(items):
        start, end = to_local(item.start), to_local(item.end)
        when = f"{format_time(start, lang)} – {format_time(end, lang)}"
        if end.date() != start.date() and end.time() != dt.time(0):
            when += f" ({tr('agenda.next_day', lang)})"
        status = tr(f"agenda.{item.status}", lang)
        if item.conflict:
            status += f"  ⚠ {tr('agenda.conflict', lang)}"
        rows.append((when, item.specialist_name, _what(item, lang), status, start.date()))
    width_when = max(len(r[0]) for r in rows)
    width_name = max(len(r[1]) for r in rows)
    width_what = max(len(r[2]) for r in rows)
    day = None
    for when, name, what, status, on in rows:
        if on != day:
            if day is not None:
                lines.append("")
            lines.append(format_date(on, lang, weekday=True).capitalize() if lang == "fr" else format_date(on, lang, weekday=True))
            day = on
        lines.append(f"  {when:<{width_when}}  {name:<{width_name}}  {what:<{width_what}}  {status}".rstrip())
    total = sum((i.hours for i in items), start=0)
    lines.append("")
    lines.append(tr("agenda.total", lang, count=len(items), hours=format_hours(total, lang)))
    return "\n".join(lines)
