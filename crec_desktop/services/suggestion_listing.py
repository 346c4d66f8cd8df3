"""Suggestions as the `suggest` command prints them, and booking the slots of one of them.

Text for people (the user's language, Quebec formats: « lundi 30 novembre 2026, 9 h 30 – 12 h
(2,5 h) »), or JSON for scripts: an array of objects, best first, each with `specialist`,
`specialist_name`, `score`, `reasons` (texts in the user's language), `score_parts`
(`points` and `reason`), `free_hours`, `soft_hours`, `utilisation`, `recent_utilisation`,
`slot_hours` and `slots` ([{`start`, `end`, `hours`, `soft`}], instants local with their offset).
Nobody fits → an explaining sentence, or `[]`.

    print(listing_text(result, "fr")); print(listing_json(result, "en"))
    outcome = book_slots(db, user, suggestion, engagement_id=12)   # tentative bookings, one undo
"""
from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy.orm import Session

from crec_desktop.domain.formatting import format_date, format_hours, format_time
from crec_desktop.domain.messages import define, tr
from crec_desktop.domain.timeutil import format_instant, to_local
from crec_desktop.services.booking_kind import BOOKINGS
from crec_desktop.services.changes import BookingState, Outcome, new_uid
from crec_desktop.services.suggestions import Result, Slot, Suggestion
from crec_desktop.services.users import CurrentUser
from crec_desktop.services.writer import Plan, apply, run
from crec_desktop.store.db import Database

define({
    "suggest.heading": ("Qui pourrait faire {hours} en {domain} pour {member}, du {first} au {last} :",
                        "Who could do {hours} of {domain} for {member}, from {first} to {last}:"),
    "suggest.nobody_in_domain": ("Personne ne peut être proposé : aucun spécialiste actif n'a le domaine « {domain} ».",
                                 "Nobody can be suggested: no active specialist has the domain \"{domain}\"."),
    "suggest.nobody_free": ("Personne ne peut être proposé : aucun spécialiste du domaine « {domain} » n'a de temps "
                            "libre du {first} au {last}.",
                            "Nobody can be suggested: no specialist of the domain \"{domain}\" has free time from "
                            "{first} to {last}."),
    "suggest.line": ("{rank}. {name} — score {score}/100 — {free} libres", "{rank}. {name} — score {score}/100 — {free} free"),
    "suggest.slots": ("Créneaux proposés ({hours}) :", "Proposed slots ({hours}):"),
    "suggest.no_slots": ("Aucun créneau d'au moins une heure.", "No slot of an hour or more."),
    "suggest.soft": ("sur une réservation provisoire", "over a tentative booking"),
    "suggest.booked_note": ("Proposé par « Suggérer une ressource »", "Proposed by \"Suggest a specialist\""),
})


def slot_json(slot: Slot) -> dict:
    return {"start": format_instant(slot.start), "end": format_instant(slot.end), "hours": float(slot.hours),
            "soft": slot.soft}


def suggestion_json(s: Suggestion, lang: str = "fr") -> dict:
    return {
        "specialist": s.specialist_key,
        "specialist_name": s.specialist_name,
        "score": s.score,
        "reasons": [r.text(lang) for r in s.reasons],
        "score_parts": [{"points": r.points, "reason": r.text(lang)} for r in s.reasons],
        "free_hours": float(s.free_hours),
        "soft_hours": float(s.soft_hours),
        "utilisation": None if s.utilisation is None else float(s.utilisation),
        "recent_utilisation": None if s.recent_utilisation is None else float(s.recent_utilisation),
        "slot_hours": float(s.slot_hours),
        "slots": [slot_json(slot) for slot in s.slots],
    }


def listing_json(result: Result, lang: str = "fr") -> str:
    return json.dumps([suggestion_json(s, lang) for s in result.suggestions], ensure_ascii=False, indent=2)


def slot_text(slot: Slot, lang: str = "fr") -> str:
    """« lundi 30 novembre 2026, 9 h 30 – 12 h (2,5 h) »"""
    start, end = to_local(slot.start), to_local(slot.end)
    text = (f"{format_date(start.date(), lang, weekday=True)}, {format_time(start, lang)} – {format_time(end, lang)}"
            f" ({format_hours(slot.hours, lang)})")
    return f"{text} — {tr('suggest.soft', lang)}" if slot.soft else text


def nobody_text(result: Result, lang: str = "fr") -> str:
    r = result.request
    if not result.candidates:
        return tr("suggest.nobody_in_domain", lang, domain=r.domain_name(lang))
    return tr("suggest.nobody_free", lang, domain=r.domain_name(lang), first=format_date(r.first, lang),
              last=format_date(r.last, lang))


def listing_text(result: Result, lang: str = "fr") -> str:
    if not result.suggestions:
        return nobody_text(result, lang)
    r = result.request
    domain = r.domain_name(lang)
    lines = [tr("suggest.heading", lang, hours=format_hours(r.hours, lang),
                domain=domain.lower() if lang == "fr" else domain, member=r.member_name,
                first=format_date(r.first, lang), last=format_date(r.last, lang)), ""]
    for rank, s in enumerate(result.suggestions, start=1):
        lines.append(tr("suggest.line", lang, rank=rank, name=s.specialist_name, score=s.score,
                        free=format_hours(s.free_hours, lang)))
        width = max(len(f"+{reason.points}") for reason in s.reasons)
        lines += [f"   {('+' + str(reason.points)):>{width}}  {reason.text(lang)}" for reason in s.reasons]
        if s.slots:
            lines.append("   " + tr("suggest.slots", lang, hours=format_hours(s.slot_hours, lang)))
            lines += [f"     • {slot_text(slot, lang)}" for slot in s.slots]
        else:
            lines.append("   " + tr("suggest.no_slots", lang))
        lines.append("")
    return "\n".join(lines).rstrip()


def book_slots(db: Database, user: CurrentUser, suggestion: Suggestion, slots: Sequence[Slot] | None = None, *,
               engagement_id: int | None = None, note: str | None = None, lang: str = "fr") -> Outcome:
    """Tentative bookings for the slots (default: all of the suggestion's), in one transaction
    through the scheduling write path (permissions, rules, warnings, audit), with one undo."""
    chosen = list(suggestion.slots if slots is None else slots)
    states = [BookingState(uid=new_uid(), specialist_id=suggestion.specialist_id, engagement_id=engagement_id,
                           start=slot.start, end=slot.end, status="tentative",
                           note=note if note is not None else tr("suggest.booked_note", lang))
              for slot in chosen]

    def work(session: Session) -> Outcome:
        return apply(session, user, BOOKINGS, "booking.create", [Plan(None, None, s) for s in states])

    return run(db, work)


__all__ = ["book_slots", "listing_json", "listing_text", "nobody_text", "slot_json", "slot_text", "suggestion_json"]
