"""The demo organisation behind `crec-desktop demo [--years N] [--force] [--if-empty]`.

`build_demo_document(years, today=)` describes a realistic, fictional CREC as an interchange
document (`crec-desktop/1`): the organisation, its 15 specialists, its member federations and
regional development cooperatives (CDR), engagements in every status and `years` years of
bookings up to about three months after `today` (see demo_schedule for how the calendar is made;
demo_data and demo_texts hold the names and words). Same `today` and `years`, same document.

`load_demo(db, years)` loads it through the interchange importer (`import_into`), so the demo
obeys every rule an imported file must, then fills the sections of the engagement letters that
the interchange format does not carry (context, deliverables, exclusions): all of it, and with
`--force` the erasing of what was there, in one write transaction.
"""
from __future__ import annotations

import datetime as dt
import math
import random

from sqlalchemy import bindparam, delete, exists, select, update

from crec_desktop.domain import timeutil
from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.store import demo_data as data
from crec_desktop.store import models as m
from crec_desktop.store.demo_schedule import Block, Builder, Calendar, Engagement

define({
    "demo.not_empty": ("La base de données contient déjà des données ; utilisez --force pour les remplacer "
                       "par la démonstration (tout son contenu sera effacé).",
                       "The database already holds data; use --force to replace it with the demo "
                       "(all of its content will be erased)."),
    "demo.bad_years": ("nombre d'années invalide : {years} (de 1 à 10)", "invalid number of years: {years} (1 to 10)"),
})

ACTOR = "demo"
MAX_YEARS = 10


def build_demo_document(years: int, *, today: dt.date) -> dict:
    """The demo organisation with `years` years of history, as an interchange document."""
    return _build(years, today)[0]


def _build(years: int, today: dt.date) -> tuple[dict, dict[str, tuple[str, str, str]]]:
    """The document, and the letter sections (context, deliverables, exclusions) by engagement number."""
    if not 1 <= years <= MAX_YEARS:
        raise UserError(msg("demo.bad_years", years=years))
    cal = Builder(years, today).build()
    hours = _member_usage(cal)
    doc = {
        "format": "crec-desktop/1",
        "organization": dict(data.ORGANIZATION),
        "specialists": [_specialist(s) for s in data.SPECIALISTS],
        "members": [_member(mem, hours.get(mem.key, {})) for mem in data.MEMBERS],
        "engagements": [_engagement(e, cal) for e in sorted(cal.engagements, key=_number_key)],
        "bookings": _bookings(cal),
        "absences": sorted(cal.absences, key=lambda a: (a["specialist"], a["start"])),
        "closures": [{"date": day.isoformat(), "name": name} for day, name in cal.closures],
    }
    sections = {e.number: (e.text.context.format(member=e.member.name), e.text.deliverables, e.text.exclusions)
                for e in cal.engagements}
    return doc, sections


def _number_key(eng: Engagement) -> tuple[int, int]:
    year, seq = eng.number.split("-")
    return int(year), int(seq)


def _specialist(s: data.SpecialistData) -> dict:
    return {
        "key": s.key, "name": s.name, "title": s.title, "email": f"{s.key}@crec.example",
        "phone": f"418 555-0100, poste {s.extension}", "login": s.key, "role": s.role,
        "domains": list(s.domains), "hourly_rate": s.hourly_rate, "weekly_hours": s.weekly_hours,
        "workday_start": s.workday_start, "workday_end": s.workday_end, "colour": s.colour, "active": True,
    }


def _fiscal_year(day: dt.date) -> int:
    """Fiscal years start on 1 April (the organisation's default)."""
    return day.year if day.month >= 4 else day.year - 1


def _member_usage(cal: Calendar) -> dict[str, dict[int, float]]:
    """Hours booked per member per fiscal year (occurrences of series included)."""
    usage: dict[str, dict[int, float]] = {}
    for b in cal.blocks:
        if b.engagement is None:
            continue
        days = [d for d in (b.occurrences or [b.day]) if d not in set(b.exdates or ())]
        per_member = usage.setdefault(b.engagement.member.key, {})
        for day in days:
            per_member[_fiscal_year(day)] = per_member.get(_fiscal_year(day), 0) + (b.end - b.start) / 60
    return usage


def _member(mem: data.MemberData, usage: dict[int, float]) -> dict:
    # The yearly hour bank: the busiest fiscal year's use with some room, in tens of hours.
    busiest = max(usage.values(), default=0.0)
    bank = max(40, math.ceil(busiest * 1.15 / 10) * 10)
    return {
        "key": mem.key, "name": mem.name, "short_name": mem.short_name, "kind": mem.kind, "sector": mem.sector,
        "region": mem.region, "contact_name": mem.contact_name, "contact_title": mem.contact_title,
        "email": mem.email, "phone": mem.phone, "address": mem.address, "hour_bank": bank, "active": mem.active,
    }


def _hours(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _engagement(eng: Engagement, cal: Calendar) -> dict:
    rng = random.Random(f"budget:{eng.number}")
    stop = eng.stop or eng.end
    span = (stop - eng.start).days + 1
    inside = (min(stop, cal.last) - max(eng.start, cal.first)).days + 1
    planned_span = (eng.end - eng.start).days + 1
    if eng.minutes and inside > 0:
        # Bookings exist only inside the window: scale up for the part outside, and for the
        # part a cancellation cut off, then leave the usual margin of an estimate.
        hours = eng.minutes / 60 * span / inside * planned_span / span
        budget = math.ceil(hours * rng.uniform(1.03, 1.2) * 2) / 2
    else:
        budget = planned_span // 7 * rng.choice((4, 5, 6, 8))
    return {
        "number": eng.number, "member": eng.member.key, "domain": eng.domain,
        "title": eng.text.title, "scope": eng.text.scope, "lead": eng.lead.key,
        "budget_hours": _hours(max(budget, 3)), "hourly_rate": eng.lead.hourly_rate, "taxable": eng.taxable,
        "language": eng.language, "status": eng.status,
        "start_date": eng.start.isoformat(), "end_date": eng.end.isoformat(),
    }


def _instant(day: dt.date, minute: int) -> dt.datetime:
    return timeutil.at_local(day, dt.time(minute // 60, minute % 60))


def _bookings(cal: Calendar) -> list[dict]:
    rows = []
    for b in sorted(cal.blocks, key=lambda b: (b.day, b.start, b.specialist, b.end)):
        row = {
            "id": "",
            "specialist": b.specialist,
            "engagement": b.engagement.number if b.engagement else None,
            "start": timeutil.format_instant(_instant(b.day, b.start)),
            "end": timeutil.format_instant(_instant(b.day, b.end)),
            "status": b.status,
            "location": b.location,
            "note": b.note,
        }
        if b.occurrences:
            row["rrule"] = _rrule(b)
            if b.exdates:
                row["exdates"] = [timeutil.format_instant(_instant(d, b.start)) for d in b.exdates]
        rows.append(row)
    for i, row in enumerate(rows, 1):
        row["id"] = f"demo-{i:06d}"
    return rows


def _rrule(b: Block) -> str:
    if b.use_until:
        until = _instant(b.occurrences[-1], b.start).astimezone(timeutil.UTC)
        return f"FREQ=WEEKLY;UNTIL={until:%Y%m%dT%H%M%SZ}"
    return f"FREQ=WEEKLY;COUNT={len(b.occurrences)}"


# --- the database -------------------------------------------------------------------------------

_CONTENT = (m.Booking, m.Engagement, m.Member, m.Specialist, m.Absence, m.Closure, m.IssuedLetter)


def _has_content(session) -> bool:
    return any(session.execute(select(exists().select_from(model))).scalar() for model in _CONTENT)


def is_empty(db) -> bool:
    """True when the database holds no records yet (only the built-in domains and settings)."""
    with db.read() as session:
        return not _has_content(session)


def _clear(session) -> None:
    """Erase all content, keeping the organisation row and the built-in domains."""
    for model in (m.Occurrence, m.Booking, m.IssuedLetter, m.Engagement, m.Absence, m.Closure, m.Member):
        session.execute(delete(model))
    session.execute(delete(m.specialist_domain))
    session.execute(delete(m.Specialist))
    session.execute(delete(m.AuditEntry))
    session.execute(delete(m.DomainOfExpertise).where(m.DomainOfExpertise.code.not_in(m.BUILTIN_DOMAINS)))


def load_demo(db, years: int = 1, force: bool = False, *, today: dt.date | None = None,
              actor: str = ACTOR, lang: str = "fr", admin_login: str | None = None) -> dict:
    """Fill the database with the demo; refuses a non-empty one unless `force` (then replaces it).

    admin_login: the login given to the demo's administrator, so that whoever tries the demo on
    their own workstation (their OS login) may do everything in it; ignored when it is already
    the login of another demo specialist.

    One write transaction does it all: the emptiness check, the erasing (with `force`), the
    import (every rule checked) and the letter sections; so whatever fails, the database is left
    as it was. Returns the counts: specialists, members, engagements, bookings.
    """
    from crec_desktop.store import interchange  # noqa: PLC0415 - the importer is heavy

    doc, sections = _build(years, today or db.clock.today())
    if admin_login:
        doc = _with_admin_login(doc, admin_login)
    with db.write() as session:
        if _has_content(session):
            if not force:
                raise UserError(msg("demo.not_empty"))
            _clear(session)
        interchange.import_into(session, doc, actor=actor, lang=lang)
        _fill_letter_sections(session, sections)
    return {"specialists": len(doc["specialists"]), "members": len(doc["members"]),
            "engagements": len(doc["engagements"]), "bookings": len(doc["bookings"])}


def _with_admin_login(doc: dict, login: str) -> dict:
    people = doc["specialists"]
    if any(p.get("login", "").casefold() == login.casefold() for p in people):
        return doc
    admin = next(i for i, p in enumerate(people) if p.get("role") == "admin")
    people = [dict(p, login=login) if i == admin else p for i, p in enumerate(people)]
    return dict(doc, specialists=people)


def admin_of(db) -> tuple[str, str | None]:
    """The demo administrator's name and login (what `demo` tells the person who loaded it)."""
    with db.read() as session:
        row = session.execute(select(m.Specialist.name, m.Specialist.login)
                              .where(m.Specialist.role == "admin").order_by(m.Specialist.id)).first()
    return (row.name, row.login) if row else ("", None)


def _fill_letter_sections(session, sections: dict[str, tuple[str, str, str]]) -> None:
    table = m.Engagement.__table__
    statement = (update(table).where(table.c.number == bindparam("b_number"))
                 .values(context=bindparam("b_context"), deliverables=bindparam("b_deliverables"),
                         exclusions=bindparam("b_exclusions")))
    rows = [{"b_number": number, "b_context": c, "b_deliverables": d, "b_exclusions": x}
            for number, (c, d, x) in sections.items()]
    session.connection().execute(statement, rows)
