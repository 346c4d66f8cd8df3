"""The rules of the data (interchange/README.md), as plain Python: for imports and for every edit.

1. references resolve (against the file or what the database holds; built-in domains always);
2. a booking ends after it starts, lasts at most 24 hours, falls on whole minutes; an absence or
   an engagement ends on or after the day it starts;
3. confirmed bookings of one specialist never overlap (occurrences of series included; back to
   back is fine), tentative ones may;
4. a recurrence rule is bounded and each exception is one of its occurrences (domain.recurrence);
5. keys, engagement numbers and booking ids are unique (and so are logins, which the database
   demands too).

A problem is `(path, Message)`: path names the record and the field (`bookings[3].end`), the
message says what is wrong in the user's language. Small functions check one thing for one
record (the scheduling services use them for single edits, with their own paths); the
`check_document` function checks a whole interchange document (already valid against the JSON
schema) against what the database holds (`Known`), reporting every problem, and hands the parsed
instants and occurrences back so the importer does not compute them twice.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import operator
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

from crec_desktop.domain import recurrence
from crec_desktop.domain.formatting import format_date, format_time
from crec_desktop.domain.messages import Message, UserError, define, msg, tr
from crec_desktop.domain.timeutil import MAX_BOOKING, TZ, UTC

Problem = tuple[str, Message]
Interval = tuple[Hashable, dt.datetime, dt.datetime, Any]  # (specialist, start, end, reference)

BUILTIN_DOMAIN_CODES = ("hr", "government", "law", "ohs", "marketing", "finance", "events")
MAX_LINES = 200

define({
    "rules.unknown_specialist": ("spécialiste inconnu : « {value} »", "unknown specialist: \"{value}\""),
    "rules.unknown_member": ("membre inconnu : « {value} »", "unknown member: \"{value}\""),
    "rules.unknown_domain": ("domaine inconnu : « {value} »", "unknown domain: \"{value}\""),
    "rules.unknown_engagement": ("mandat inconnu : « {value} »", "unknown engagement: \"{value}\""),
    "rules.end_before_start": ("la réservation se termine avant de commencer", "the booking ends before it starts"),
    "rules.zero_length": ("la réservation se termine au moment où elle commence", "the booking ends when it starts"),
    "rules.too_long": ("la réservation dure plus de 24 heures", "the booking lasts more than 24 hours"),
    "rules.whole_minute": ("l'heure doit tomber sur une minute entière (sans secondes)",
                           "the time must fall on a whole minute (no seconds)"),
    "rules.occurrence_bad": ("l'occurrence du {date} ne dure pas entre une minute et 24 heures",
                             "the occurrence of {date} does not last between one minute and 24 hours"),
    "rules.exdate_not_occurrence": ("« {value} » n'est pas une occurrence de la répétition",
                                    "\"{value}\" is not an occurrence of the repetition"),
    "rules.absence_dates": ("l'absence se termine avant de commencer", "the absence ends before it starts"),
    "rules.engagement_dates": ("le mandat se termine avant de commencer", "the engagement ends before it starts"),
    "rules.duplicate": ("« {value} » est déjà utilisé par {other}", "\"{value}\" is already used by {other}"),
    "rules.duplicate_domain": ("le domaine « {value} » est déjà dans la liste", "the domain \"{value}\" is already in the list"),
    "rules.login_taken": ("l'identifiant de connexion « {value} » est déjà celui de {other}",
                          "the login \"{value}\" already belongs to {other}"),
    "rules.overlap_file": ("chevauche {other}, réservation confirmée du même spécialiste ({when})",
                           "overlaps {other}, a confirmed booking of the same specialist ({when})"),
    "rules.overlap_db": ("chevauche une réservation confirmée du même spécialiste déjà enregistrée ({when})",
                         "overlaps a confirmed booking of the same specialist already recorded ({when})"),
    "rules.slot": ("{date}, de {start} à {end}", "{date}, {start} to {end}"),
    "rules.more": ("… et {count} autres erreurs", "… and {count} more errors"),
    "rules.specialist_ref": ("le spécialiste « {value} »", "the specialist \"{value}\""),
})


class Slot(Message):
    """A local date and times, formatted when the language is known: '2 décembre 2026, de 9 h à 12 h'."""

    def text(self, lang: str = "fr") -> str:
        start, end = self.params["start"].astimezone(TZ), self.params["end"].astimezone(TZ)
        return tr("rules.slot", lang, date=format_date(start.date(), lang),
                  start=format_time(start, lang), end=format_time(end, lang))


def slot(start: dt.datetime, end: dt.datetime) -> Slot:
    return Slot("rules.slot", {"start": start, "end": end})


class LocalDate(Message):
    def text(self, lang: str = "fr") -> str:
        return format_date(self.params["date"], lang)


def render(problems: Sequence[Problem], lang: str = "fr", limit: int = MAX_LINES) -> str:
    """One line per problem, `path: message`; beyond `limit`, one line saying how many more."""
    lines = [f"{p}: {m.text(lang)}" if p else m.text(lang) for p, m in problems[:limit]]
    if len(problems) > limit:
        lines.append(tr("rules.more", lang, count=len(problems) - limit))
    return "\n".join(lines)


class RulesError(UserError):
    """Refused data: every problem found, each with its path. CLI exit status 2."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__(*(m for _, m in self.problems[:MAX_LINES]))

    def text(self, lang: str = "fr") -> str:
        return render(self.problems, lang)


# --- one record -----------------------------------------------------------------------------

def booking_instants(start: dt.datetime, end: dt.datetime) -> list[Problem]:
    """Rule 2 for a booking's own instants. Paths are the field names ('start', 'end')."""
    out: list[Problem] = []
    if start.second or start.microsecond:
        out.append(("start", msg("rules.whole_minute")))
    if end.second or end.microsecond:
        out.append(("end", msg("rules.whole_minute")))
    length = end - start
    if length < dt.timedelta(0):
        out.append(("end", msg("rules.end_before_start")))
    elif not length:
        out.append(("end", msg("rules.zero_length")))
    elif length > MAX_BOOKING:
        out.append(("end", msg("rules.too_long")))
    return out


def booking_series(start: dt.datetime, end: dt.datetime, rrule: str | None,
                   exdates: Sequence[dt.datetime] = ()) -> tuple[list[tuple[dt.datetime, dt.datetime]], list[Problem]]:
    """Rule 4 (and rule 2 for each occurrence) for a booking whose own instants are fine.

    Returns the occurrences that take place (UTC, exceptions left out) and the problems, with
    paths 'rrule' and 'exdates[i]'. Occurrences are [] when the rule is unusable.
    """
    if not rrule and not exdates:
        return [(start.astimezone(UTC), end.astimezone(UTC))], []
    out: list[Problem] = []
    try:
        occs = recurrence.occurrences(start, end, rrule)
    except recurrence.RecurrenceError as exc:
        return [], [("rrule", exc.message)]
    for s, e in occs:
        if not dt.timedelta(minutes=1) <= e - s <= MAX_BOOKING or s.second or e.second:
            out.append(("rrule", msg("rules.occurrence_bad", date=LocalDate("date", {"date": s.astimezone(TZ).date()}))))
            break
    starts = {s for s, _ in occs}
    skip = set()
    for i, d in enumerate(exdates):
        u = d.astimezone(UTC)
        if u not in starts:
            out.append((f"exdates[{i}]", msg("rules.exdate_not_occurrence", value=d.astimezone(TZ).isoformat())))
        skip.add(u)
    return [o for o in occs if o[0] not in skip], out


def date_range(start: dt.date | None, end: dt.date | None, key: str = "rules.absence_dates") -> Message | None:
    """Rule 2 for whole-day ranges (end inclusive): None when fine or open-ended."""
    if start is not None and end is not None and end < start:
        return msg(key)
    return None


def find_overlaps(intervals: Iterable[Interval]) -> list[tuple[Interval, Interval]]:
    """Pairs (earlier, later) of intervals of one specialist that overlap (half-open: back to
    back is fine). Sorted sweep: O(n log n). Each overlapping interval appears at least once as
    `later`, paired with the interval reaching furthest before it."""
    ordered = sorted(intervals, key=operator.itemgetter(0, 1, 2))
    found = []
    group, reach = object(), None
    for iv in ordered:
        if iv[0] != group:
            group, reach = iv[0], iv
            continue
        if iv[1] < reach[2]:
            found.append((reach, iv))
        if iv[2] > reach[2]:
            reach = iv
    return found


def overlapping(others: Sequence[tuple[dt.datetime, dt.datetime, Any]], start: dt.datetime,
                end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime, Any]]:
    """Those of `others` (start, end, ref), SORTED BY START, that overlap [start, end)."""
    hi = bisect.bisect_left(others, end, key=lambda o: o[0])
    return [o for o in others[:hi] if o[1] > start]


# --- a whole document -----------------------------------------------------------------------

@dataclasses.dataclass
class Known:
    """What the database holds that a document may refer to or collide with."""

    specialists: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset(BUILTIN_DOMAIN_CODES)
    engagements: frozenset[str] = frozenset()
    logins: Mapping[str, str] = dataclasses.field(default_factory=dict)   # specialist key -> login
    # confirmed occurrences: (specialist key, UTC start, UTC end, booking uid); those of bookings
    # the document replaces (same id) are ignored
    confirmed: Sequence[tuple[str, dt.datetime, dt.datetime, str]] = ()


@dataclasses.dataclass
class CheckedDocument:
    problems: list[Problem]
    # per doc["bookings"][i]: (UTC start, UTC end, [UTC exdates], [occurrences]) or None if broken
    bookings: list[tuple | None]


def parse_instant(text: str) -> dt.datetime:
    """An RFC 3339 instant (already checked by the schema) as an aware UTC datetime."""
    if "t" in text or "z" in text:
        text = text.upper()
    return dt.datetime.fromisoformat(text).astimezone(UTC)


def _unique(records: list[dict], field: str, section: str, out: list[Problem]) -> None:
    seen: dict[Any, int] = {}
    for i, rec in enumerate(records):
        value = rec.get(field)
        if value is None or value == "":
            continue
        if value in seen:
            out.append((f"{section}[{i}].{field}", msg("rules.duplicate", value=value, other=f"{section}[{seen[value]}]")))
        else:
            seen[value] = i


def check_document(doc: Mapping[str, Any], known: Known = Known()) -> CheckedDocument:
    """Every rule of the interchange README over a schema-valid document. See module doc."""
    out: list[Problem] = []
    specialists = doc.get("specialists", [])
    members = doc.get("members", [])
    domains = doc.get("domains", [])
    engagements = doc.get("engagements", [])
    bookings = doc.get("bookings", [])
    absences = doc.get("absences", [])

    for section, records, field in (("domains", domains, "code"), ("specialists", specialists, "key"),
                                    ("members", members, "key"), ("engagements", engagements, "number"),
                                    ("bookings", bookings, "id")):
        _unique(records, field, section, out)

    spec_keys = known.specialists | {r["key"] for r in specialists}
    member_keys = known.members | {r["key"] for r in members}
    domain_codes = known.domains | set(BUILTIN_DOMAIN_CODES) | {r["code"] for r in domains}
    numbers = known.engagements | {r["number"] for r in engagements}

    # specialists: domains resolve, no domain twice, logins unique over the resulting database
    in_file = {rec["key"]: i for i, rec in enumerate(specialists)}
    owner = {login: key for key, login in sorted(known.logins.items()) if key not in in_file}
    for i, rec in enumerate(specialists):
        seen = set()
        for j, code in enumerate(rec.get("domains", ())):
            if code not in domain_codes:
                out.append((f"specialists[{i}].domains[{j}]", msg("rules.unknown_domain", value=code)))
            elif code in seen:
                out.append((f"specialists[{i}].domains[{j}]", msg("rules.duplicate_domain", value=code)))
            seen.add(code)
        login = rec.get("login")
        if login and in_file[rec["key"]] == i:
            other = owner.setdefault(login, rec["key"])
            if other != rec["key"]:
                where = f"specialists[{in_file[other]}]" if other in in_file else msg("rules.specialist_ref", value=other)
                out.append((f"specialists[{i}].login", msg("rules.login_taken", value=login, other=where)))

    for i, rec in enumerate(engagements):
        p = f"engagements[{i}]"
        if rec["member"] not in member_keys:
            out.append((f"{p}.member", msg("rules.unknown_member", value=rec["member"])))
        if rec["domain"] not in domain_codes:
            out.append((f"{p}.domain", msg("rules.unknown_domain", value=rec["domain"])))
        if "lead" in rec and rec["lead"] not in spec_keys:
            out.append((f"{p}.lead", msg("rules.unknown_specialist", value=rec["lead"])))
        start, end = rec.get("start_date"), rec.get("end_date")
        if start and end and date_range(dt.date.fromisoformat(start), dt.date.fromisoformat(end),
                                        "rules.engagement_dates"):
            out.append((f"{p}.end_date", msg("rules.engagement_dates")))

    for i, rec in enumerate(absences):
        p = f"absences[{i}]"
        if rec["specialist"] not in spec_keys:
            out.append((f"{p}.specialist", msg("rules.unknown_specialist", value=rec["specialist"])))
        if date_range(dt.date.fromisoformat(rec["start"]), dt.date.fromisoformat(rec["end"])):
            out.append((f"{p}.end", msg("rules.absence_dates")))

    parsed, confirmed = _check_bookings(bookings, spec_keys, numbers, out)

    replaced = {b["id"] for b in bookings if b.get("id")}
    file_specialists = {b["specialist"] for b in bookings}
    for key, start, end, uid in known.confirmed:
        if uid not in replaced and key in file_specialists:
            confirmed.append((key, start, end, ("db", uid)))
    reported = set()
    for earlier, later in find_overlaps(confirmed):
        a, b = earlier[3], later[3]
        if a[0] == "db" and b[0] == "db":
            continue  # the database's own business
        if b[0] == "db" or (a[0] != "db" and a[1] > b[1]):
            a, b, earlier, later = b, a, later, earlier
        pair = (a, b[1])
        if pair in reported:
            continue
        reported.add(pair)
        when = slot(earlier[1], earlier[2])
        if a[0] == "db":
            out.append((f"bookings[{b[1]}].start", msg("rules.overlap_db", when=when)))
        else:
            out.append((f"bookings[{b[1]}].start", msg("rules.overlap_file", other=f"bookings[{a[1]}]", when=when)))

    out.sort(key=_problem_order)
    return CheckedDocument(out, parsed)


def _check_bookings(bookings: list[dict], spec_keys: frozenset[str], numbers: frozenset[str],
                    out: list[Problem]) -> tuple[list[tuple | None], list]:
    parsed: list[tuple | None] = []
    confirmed: list = []
    one_minute, longest = dt.timedelta(minutes=1), MAX_BOOKING
    seen: dict[str, dt.datetime] = {}  # the same instants come back for many specialists

    def parse(text: str) -> dt.datetime:
        try:
            return seen[text]
        except KeyError:
            value = seen[text] = parse_instant(text)
            return value

    for i, rec in enumerate(bookings):
        if rec["specialist"] not in spec_keys:
            out.append((f"bookings[{i}].specialist", msg("rules.unknown_specialist", value=rec["specialist"])))
        engagement = rec.get("engagement")
        if engagement is not None and engagement not in numbers:
            out.append((f"bookings[{i}].engagement", msg("rules.unknown_engagement", value=engagement)))
        start, end = parse(rec["start"]), parse(rec["end"])
        length = end - start
        if start.second or end.second or start.microsecond or end.microsecond or not one_minute <= length <= longest:
            # (on whole minutes, a positive length is at least a minute)
            out.extend((f"bookings[{i}].{f}", m) for f, m in booking_instants(start, end))
            parsed.append(None)
            continue
        rrule, ex_text = rec.get("rrule"), rec.get("exdates")
        exdates = [parse(x) for x in ex_text] if ex_text else []
        if rrule or exdates:
            occs, problems = booking_series(start, end, rrule, exdates)
            if problems:
                out.extend((f"bookings[{i}].{f}", m) for f, m in problems)
                parsed.append(None)
                continue
        else:
            occs = [(start, end)]
        parsed.append((start, end, exdates, occs))
        if rec.get("status", "confirmed") == "confirmed":
            key, ref = rec["specialist"], ("file", i)
            if len(occs) == 1:
                confirmed.append((key, start, end, ref))
            else:
                confirmed.extend([(key, s, e, ref) for s, e in occs])
    return parsed, confirmed


_SECTIONS = {s: n for n, s in enumerate(("format", "organization", "domains", "specialists", "members",
                                         "engagements", "bookings", "absences", "closures"))}


def _problem_order(problem: Problem) -> tuple:
    """Problems in the order of the file: section, then record number, then as found."""
    path = problem[0]
    head, _, rest = path.partition("[")
    index = int(rest.split("]", 1)[0]) if rest else -1
    return (_SECTIONS.get(head.split(".")[0], 99), index)
