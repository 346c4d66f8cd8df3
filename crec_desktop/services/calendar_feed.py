"""A specialist's calendar as an RFC 5545 iCalendar file, for Outlook or any calendar client.

What the feed holds:

- one VEVENT per booking, UID `<booking uid>@crec-desktop`, in local time with
  `TZID=America/Toronto` (the VTIMEZONE is included); a repeating booking is one VEVENT with its
  RRULE (UNTIL written in UTC, as RFC 5545 wants with a TZID start) and EXDATE for its
  exceptions, so that a weekly 09:00 booking stays at 09:00 across the clock changes in the
  client too. When the client's reading of the rule could differ from ours (a first occurrence
  the rule itself would not produce, or an occurrence whose real duration differs from the
  first one's because it spans a clock change) the series is written as one VEVENT per
  occurrence (UID `<uid>-<UTC start>@crec-desktop`) instead;
- SUMMARY: member short name — engagement number and title, or « Temps interne »; LOCATION;
  DESCRIPTION (the booking's note); STATUS TENTATIVE or CONFIRMED; TRANSP OPAQUE; SEQUENCE from
  the record's version;
- the specialist's absences as all-day events (DTEND is the day after the last day);
- statutory holidays and the organisation's closures as all-day events (for the years the
  bookings and absences cover; `holidays=False` leaves them out).

The output is deterministic: DTSTAMP and LAST-MODIFIED come from each record's `updated_at`
(not the current time), so the same data always gives the same bytes.

    data = specialist_calendar(db, "stremblay", lang="fr")       # bytes, CRLF, folded
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from dateutil.rrule import rrulestr
from sqlalchemy import select
from sqlalchemy.orm import Session

from crec_desktop.domain import ics
from crec_desktop.domain.holidays import holidays_between
from crec_desktop.domain.messages import UserError, define, msg, tr
from crec_desktop.domain.recurrence import expand, occurrences, parse_rule
from crec_desktop.domain.timeutil import TZ, UTC, at_local
from crec_desktop.services.availability import easter_setting
from crec_desktop.store.db import Database
from crec_desktop.store.models import Absence, Booking, Closure, Engagement, Member, Organization, Specialist

DOMAIN = "crec-desktop"

define({
    "feed.unknown_specialist": ("aucun spécialiste n'a la clé « {value} »", "no specialist has the key \"{value}\""),
    "feed.calname": ("{name} — {org}", "{name} — {org}"),
    "feed.internal": ("Temps interne", "Internal time"),
    "feed.absence": ("Absence — {kind}", "Absence — {kind}"),
    "feed.absence.vacation": ("vacances", "vacation"),
    "feed.absence.sick": ("maladie", "sick leave"),
    "feed.absence.training": ("formation", "training"),
    "feed.absence.personal": ("congé personnel", "personal leave"),
    "feed.absence.other": ("autre", "other"),
    "feed.closure": ("Fermeture — {name}", "Closure — {name}"),
})


def _dtstamp(updated_at: dt.datetime | None, fallback: dt.datetime) -> str:
    return ics.utc_stamp(updated_at or fallback)


def _ics_rule(rrule: str) -> str:
    """The stored rule for a calendar file: UNTIL (kept by us as a local wall time) in UTC."""
    rule = parse_rule(rrule)
    body = rrule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts = [p for p in body.split(";") if p.split("=", 1)[0].strip().upper() != "UNTIL"]
    if rule.until is not None:
        until = at_local(rule.until.date(), rule.until.time())
        parts.append(f"UNTIL={ics.utc_stamp(until)}")
    return ";".join(p.strip().upper() for p in parts)


def _client_reads_it_as_we_do(start: dt.datetime, end: dt.datetime, rrule: str, ics_rule: str) -> bool:
    """Whether a client expanding DTSTART + RRULE (in local time, DTEND as the first occurrence's
    exact duration) finds exactly our occurrences."""
    ours = occurrences(start, end, rrule)
    theirs = rrulestr(ics_rule, dtstart=start.astimezone(TZ), cache=False)  # wall-clock times in Toronto
    if [s for s, _ in ours] != [s.astimezone(UTC) for s in theirs]:
        return False
    length = end - start
    return all(e - s == length for s, e in ours)


def _summary(row, lang: str) -> str:
    if row.number is None:
        return tr("feed.internal", lang)
    member = row.short_name or row.member_name
    return f"{member} — {row.number} {row.title}" if member else f"{row.number} {row.title}"


def _event_body(row, lang: str) -> list[str]:
    lines = [ics.text("SUMMARY", _summary(row, lang))]
    if row.location:
        lines.append(ics.text("LOCATION", row.location))
    if row.note:
        lines.append(ics.text("DESCRIPTION", row.note))
    lines += [ics.prop("STATUS", "TENTATIVE" if row.status == "tentative" else "CONFIRMED"),
              ics.prop("TRANSP", "OPAQUE"), ics.prop("SEQUENCE", str(max(0, (row.version or 1) - 1)))]
    return lines


def _booking_events(row, lang: str) -> Iterator[list[str]]:
    stamp = _dtstamp(row.updated_at, row.start)
    modified = [ics.prop("LAST-MODIFIED", ics.utc_stamp(row.updated_at))] if row.updated_at else []
    if row.rrule:
        rule = _ics_rule(row.rrule)
        if _client_reads_it_as_we_do(row.start, row.end, row.rrule, rule):
            starts = {s for s, _ in occurrences(row.start, row.end, row.rrule)}
            excepted = sorted(d.astimezone(UTC) for d in (row.exdates or ()) if d.astimezone(UTC) in starts)
            yield [*ics.begin("VEVENT"), ics.prop("UID", f"{row.uid}@{DOMAIN}"), ics.prop("DTSTAMP", stamp), *modified,
                   ics.local_time("DTSTART", row.start), ics.local_time("DTEND", row.end), ics.prop("RRULE", rule),
                   *([ics.local_times("EXDATE", excepted)] if excepted else []), *_event_body(row, lang),
                   *ics.end("VEVENT")]
            return
        for start, end in expand(row.start, row.end, row.rrule, row.exdates or ()):
            yield [*ics.begin("VEVENT"), ics.prop("UID", f"{row.uid}-{ics.utc_stamp(start)}@{DOMAIN}"),
                   ics.prop("DTSTAMP", stamp), *modified, ics.local_time("DTSTART", start),
                   ics.local_time("DTEND", end), *_event_body(row, lang), *ics.end("VEVENT")]
        return
    yield [*ics.begin("VEVENT"), ics.prop("UID", f"{row.uid}@{DOMAIN}"), ics.prop("DTSTAMP", stamp), *modified,
           ics.local_time("DTSTART", row.start), ics.local_time("DTEND", row.end), *_event_body(row, lang),
           *ics.end("VEVENT")]


def _all_day(uid: str, stamp: str, first: dt.date, last: dt.date, summary: str, note: str | None = None) -> list[str]:
    lines = [*ics.begin("VEVENT"), ics.prop("UID", f"{uid}@{DOMAIN}"), ics.prop("DTSTAMP", stamp),
             ics.all_day("DTSTART", first), ics.all_day("DTEND", last + dt.timedelta(days=1)),
             ics.text("SUMMARY", summary)]
    if note:
        lines.append(ics.text("DESCRIPTION", note))
    return lines + [ics.prop("TRANSP", "OPAQUE"), *ics.end("VEVENT")]


def _midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), UTC)


def read_calendar(session: Session, key: str, *, lang: str = "fr", holidays: bool = True) -> bytes:
    person = session.execute(select(Specialist.id, Specialist.name).where(Specialist.key == key)).first()
    if person is None:
        raise UserError(msg("feed.unknown_specialist", value=key))
    org = session.execute(select(Organization.name, Organization.short_name, Organization.updated_at)
                          .where(Organization.id == 1)).first()
    org_name = (org.short_name or org.name) if org is not None and (org.short_name or org.name) else "CREC"
    b = Booking
    bookings = session.execute(
        select(b.uid, b.start, b.end, b.series_end, b.status, b.location, b.note, b.rrule, b.exdates, b.version, b.updated_at,
               Engagement.number, Engagement.title, Member.short_name, Member.name.label("member_name"))
        .outerjoin(Engagement, Engagement.id == b.engagement_id).outerjoin(Member, Member.id == Engagement.member_id)
        .where(b.specialist_id == person.id).order_by(b.start, b.uid)).all()
    absences = session.execute(
        select(Absence.id, Absence.start_date, Absence.end_date, Absence.kind, Absence.note, Absence.updated_at)
        .where(Absence.specialist_id == person.id).order_by(Absence.start_date, Absence.id)).all()

    lines = [*ics.begin("VCALENDAR"), ics.prop("VERSION", "2.0"),
             ics.prop("PRODID", f"-//CREC//crec-desktop//{lang.upper()}"), ics.prop("CALSCALE", "GREGORIAN"),
             ics.prop("METHOD", "PUBLISH"), ics.text("X-WR-CALNAME", tr("feed.calname", lang, name=person.name, org=org_name)),
             ics.prop("X-WR-TIMEZONE", ics.TZID), *ics.VTIMEZONE]
    for row in bookings:
        for event in _booking_events(row, lang):
            lines += event
    for a in absences:
        kind = tr(f"feed.absence.{a.kind}", lang)
        lines += _all_day(f"absence-{a.id}", _dtstamp(a.updated_at, _midnight_utc(a.start_date)), a.start_date,
                          a.end_date, tr("feed.absence", lang, kind=kind), a.note)
    if holidays:
        lines += _days_off(session, bookings, absences, org, lang)
    lines += ics.end("VCALENDAR")
    return ics.serialise(lines)


def _days_off(session: Session, bookings, absences, org, lang: str) -> list[str]:
    """Statutory holidays and closures over the whole years the bookings and absences cover."""
    days = [r.start.astimezone(TZ).date() for r in bookings] + [r.series_end.astimezone(TZ).date() for r in bookings]
    days += [a.start_date for a in absences] + [a.end_date for a in absences]
    if not days:
        return []
    first, last = dt.date(min(days).year, 1, 1), dt.date(max(days).year, 12, 31)
    lines: list[str] = []
    org_stamp = org.updated_at if org is not None else None
    for day, holiday in sorted(holidays_between(first, last, easter_setting(session.connection())).items()):
        lines += _all_day(f"holiday-{ics.date_stamp(day)}", _dtstamp(org_stamp, _midnight_utc(day)), day, day,
                          holiday.name(lang))
    closures = session.execute(select(Closure.id, Closure.date, Closure.name, Closure.updated_at)
                               .where(Closure.date >= first, Closure.date <= last).order_by(Closure.date, Closure.id))
    for c in closures:
        lines += _all_day(f"closure-{c.id}", _dtstamp(c.updated_at, _midnight_utc(c.date)), c.date, c.date,
                          tr("feed.closure", lang, name=c.name))
    return lines


def specialist_calendar(db: Database, key: str, *, lang: str = "fr", holidays: bool = True) -> bytes:
    """The iCalendar bytes of specialist `key` (UserError when no specialist has that key)."""
    with db.read() as session:
        return read_calendar(session, key, lang=lang, holidays=holidays)


__all__ = ["specialist_calendar", "read_calendar"]
