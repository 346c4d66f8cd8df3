"""Repeating bookings: RFC 5545 recurrence rules (RRULE) expanded in local wall-clock time.

A repeating booking is its first occurrence (start, end), a rule such as `FREQ=WEEKLY;COUNT=6`
(RFC 5545 RRULE value, without DTSTART: the booking's start is the DTSTART) and exceptions
(`exdates`, matched by occurrence start).

Occurrences repeat at the same LOCAL wall-clock time in America/Toronto: a weekly 09:00–12:00
booking stays 09:00–12:00 local across the March and November clock changes. Each occurrence's
end is the first occurrence's local end wall time moved by the same number of days as its start
(so real durations may differ by the hour of a clock change). Wall times that do not exist or
are ambiguous are resolved by `timeutil.at_local`. The first occurrence is always exactly the
booking's own instants, and, as RFC 5545 says, DTSTART always counts as the first occurrence
(even when the rule alone would not produce it; COUNT includes it).

Rules must be bounded: COUNT or UNTIL (not both), at most MAX_OCCURRENCES occurrences, all
within HORIZON (10 years) of the first, and repeat DAILY, WEEKLY, MONTHLY or YEARLY (a rule that
could search for centuries, or sub-daily frequencies, would let one file stall an import). UNTIL
may be a UTC date-time (`...Z`, as RFC 5545 wants), a local date-time, or a date (the whole local
day is included).

Plain Python (python-dateutil), no database. Single bookings and the common DAILY/WEEKLY rules
without BY parts take a fast path: this code runs for every booking of an import.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence

from dateutil.rrule import rrulestr

from crec_desktop.domain.messages import Message, UserError, define, msg
from crec_desktop.domain.timeutil import TZ, UTC, at_local

MAX_OCCURRENCES = 500
HORIZON = dt.timedelta(days=3653)  # ten years
HORIZON_YEARS = 10

define({
    "rrule.dtstart": ("la règle de répétition ne doit pas contenir DTSTART (le début de la réservation en tient lieu)",
                      "the repetition rule must not contain DTSTART (the booking's start is the start)"),
    "rrule.syntax": ("règle de répétition illisible : « {part} »", "unreadable repetition rule: \"{part}\""),
    "rrule.unknown_part": ("règle de répétition : partie inconnue {part}", "repetition rule: unknown part {part}"),
    "rrule.duplicate_part": ("règle de répétition : {part} est donné deux fois", "repetition rule: {part} is given twice"),
    "rrule.bad_value": ("règle de répétition : valeur invalide pour {part} : « {value} »",
                        "repetition rule: invalid value for {part}: \"{value}\""),
    "rrule.no_freq": ("règle de répétition sans FREQ", "repetition rule without FREQ"),
    "rrule.unbounded": ("la répétition doit finir : indiquez COUNT ou UNTIL",
                        "the repetition must end: give COUNT or UNTIL"),
    "rrule.count_and_until": ("la règle de répétition ne peut pas avoir à la fois COUNT et UNTIL",
                              "the repetition rule cannot have both COUNT and UNTIL"),
    "rrule.too_many": ("la répétition donne plus de {max} occurrences", "the repetition gives more than {max} occurrences"),
    "rrule.freq": ("fréquence de répétition non prise en charge : {freq} (DAILY, WEEKLY, MONTHLY ou YEARLY)",
                   "unsupported repetition frequency: {freq} (DAILY, WEEKLY, MONTHLY or YEARLY)"),
    "rrule.too_long": ("la répétition doit finir dans les {years} ans qui suivent son début",
                       "the repetition must end within {years} years of its start"),
    "rrule.count_not_reached": ("la répétition n'atteint pas ses {count} occurrences dans les {years} ans qui suivent son début",
                                "the repetition does not reach its {count} occurrences within {years} years of its start"),
})

_PARTS = frozenset({"FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
                    "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST"})
_FREQS = frozenset({"SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
_SUPPORTED_FREQS = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_POSITIVE = re.compile(r"^[1-9][0-9]{0,5}$")


class RecurrenceError(UserError):
    """A recurrence rule that cannot be used; carries one Message."""

    @property
    def message(self) -> Message:
        return self.messages[0]


@dataclasses.dataclass(frozen=True)
class Rule:
    """A parsed, checked rule. `until` is a naive LOCAL wall time, inclusive."""

    text: str
    freq: str
    count: int | None
    until: dt.datetime | None
    step_days: int | None        # DAILY/WEEKLY with nothing but INTERVAL and COUNT/UNTIL: fast path
    dateutil_text: str           # the rule without COUNT and UNTIL, for dateutil (applied here)


@functools.lru_cache(maxsize=4096)
def parse_rule(text: str) -> Rule:
    """Parse and check an RRULE value; raises RecurrenceError with the reason."""
    body = text.strip()
    if "DTSTART" in body.upper():
        raise RecurrenceError(msg("rrule.dtstart"))
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for token in body.split(";"):
        name, sep, value = token.partition("=")
        name = name.strip().upper()
        if not sep or not name or not value.strip():
            raise RecurrenceError(msg("rrule.syntax", part=token))
        if name not in _PARTS:
            raise RecurrenceError(msg("rrule.unknown_part", part=name))
        if name in parts:
            raise RecurrenceError(msg("rrule.duplicate_part", part=name))
        parts[name] = value.strip().upper()
    if "FREQ" not in parts:
        raise RecurrenceError(msg("rrule.no_freq"))
    if parts["FREQ"] not in _FREQS:
        raise RecurrenceError(msg("rrule.bad_value", part="FREQ", value=parts["FREQ"]))
    if parts["FREQ"] not in _SUPPORTED_FREQS:
        raise RecurrenceError(msg("rrule.freq", freq=parts["FREQ"]))
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError(msg("rrule.count_and_until"))
    if "COUNT" not in parts and "UNTIL" not in parts:
        raise RecurrenceError(msg("rrule.unbounded"))
    for name in ("COUNT", "INTERVAL"):
        if name in parts and not _POSITIVE.match(parts[name]):
            raise RecurrenceError(msg("rrule.bad_value", part=name, value=parts[name]))
    _check_ranges(parts)
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    if count is not None and count > MAX_OCCURRENCES:
        raise RecurrenceError(msg("rrule.too_many", max=MAX_OCCURRENCES))
    until = _parse_until(parts["UNTIL"]) if "UNTIL" in parts else None
    rest = {k: v for k, v in parts.items() if k not in ("UNTIL", "COUNT")}
    dateutil_text = ";".join(f"{k}={v}" for k, v in rest.items())
    try:  # let dateutil judge the BY parts once, with any start
        rrulestr(dateutil_text, dtstart=dt.datetime(2000, 1, 3, 9, 0), cache=False)
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        bad = next((k for k in rest if k in str(exc).upper()), None)
        raise RecurrenceError(msg("rrule.bad_value", part=bad or "RRULE", value=rest.get(bad, body))) from None
    simple = set(rest) <= {"FREQ", "COUNT", "INTERVAL", "WKST"} and parts["FREQ"] in ("DAILY", "WEEKLY")
    step = None
    if simple:
        step = int(parts.get("INTERVAL", "1")) * (7 if parts["FREQ"] == "WEEKLY" else 1)
    return Rule(text, parts["FREQ"], count, until, step, dateutil_text)


_RANGES = {"BYSECOND": (0, 59, False), "BYMINUTE": (0, 59, False), "BYHOUR": (0, 23, False),
           "BYMONTH": (1, 12, False), "BYMONTHDAY": (1, 31, True), "BYYEARDAY": (1, 366, True),
           "BYWEEKNO": (1, 53, True), "BYSETPOS": (1, 366, True)}
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_ranges(parts: dict[str, str]) -> None:
    """RFC 5545 value ranges, and day-of-month/month pairs that can never happen (30 February):
    dateutil would search until year 9999 for them."""
    values: dict[str, list[int]] = {}
    for name, (low, high, signed) in _RANGES.items():
        if name not in parts:
            continue
        try:
            nums = [int(v) for v in parts[name].split(",")]
        except ValueError:
            raise RecurrenceError(msg("rrule.bad_value", part=name, value=parts[name])) from None
        if not all(low <= (abs(n) if signed else n) <= high for n in nums):
            raise RecurrenceError(msg("rrule.bad_value", part=name, value=parts[name]))
        values[name] = nums
    if "BYMONTHDAY" in values:
        months = values.get("BYMONTH", range(1, 13))
        longest = max(_MONTH_DAYS[m - 1] for m in months)
        if all(abs(d) > longest for d in values["BYMONTHDAY"]):
            raise RecurrenceError(msg("rrule.bad_value", part="BYMONTHDAY", value=parts["BYMONTHDAY"]))


def _parse_until(value: str) -> dt.datetime:
    m = _UNTIL.match(value)
    try:
        if not m:
            raise ValueError(value)
        y, mo, d, hh, mm, ss, z = m.groups()
        if hh is None:  # a date: the whole local day
            return dt.datetime(int(y), int(mo), int(d), 23, 59, 59)
        naive = dt.datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss))
    except ValueError:
        raise RecurrenceError(msg("rrule.bad_value", part="UNTIL", value=value)) from None
    if z:
        return naive.replace(tzinfo=UTC).astimezone(TZ).replace(tzinfo=None)
    return naive


def validate_rrule(text: str, start: dt.datetime | None = None) -> Message | None:
    """Why the rule cannot be used (None if it can). With `start`, also counts its occurrences."""
    try:
        rule = parse_rule(text)
        if start is not None:
            _local_starts(rule, start.astimezone(TZ).replace(tzinfo=None))
    except RecurrenceError as exc:
        return exc.message
    return None


def _local_starts(rule: Rule, first: dt.datetime) -> list[dt.datetime]:
    """Naive local wall-clock starts of every occurrence, first included (RFC 5545: DTSTART
    always counts as the first). Raises RecurrenceError beyond MAX_OCCURRENCES or HORIZON."""
    horizon = first + HORIZON
    if rule.until is not None and rule.until > horizon:
        raise RecurrenceError(msg("rrule.too_long", years=HORIZON_YEARS))
    until = rule.until if rule.until is not None else horizon
    limit = MAX_OCCURRENCES + 1 if rule.count is None else rule.count
    if rule.step_days is not None:
        step = dt.timedelta(days=rule.step_days)
        starts = list(itertools.islice(
            itertools.takewhile(lambda d: d <= until, (first + i * step for i in itertools.count())), limit))
    else:
        # dateutil stops at `until` itself (naive, like first), so no rule searches past the
        # horizon; COUNT is applied by islice
        generated = rrulestr(rule.dateutil_text, dtstart=first, cache=False).replace(until=until)
        starts = list(itertools.islice(generated, limit))
        if not starts or starts[0] != first:
            starts.insert(0, first)
            del starts[limit:]
    if not starts:  # UNTIL before the start: the booking itself still takes place
        starts = [first]
    if len(starts) > MAX_OCCURRENCES:
        raise RecurrenceError(msg("rrule.too_many", max=MAX_OCCURRENCES))
    if rule.count is not None and len(starts) < rule.count:
        raise RecurrenceError(msg("rrule.count_not_reached", count=rule.count, years=HORIZON_YEARS))
    return starts


def _utc_at(wall: dt.datetime) -> dt.datetime:
    return at_local(wall.date(), wall.time()).astimezone(UTC)


def occurrences(start: dt.datetime, end: dt.datetime, rrule: str | None) -> list[tuple[dt.datetime, dt.datetime]]:
    """Every occurrence (UTC start, UTC end), exceptions NOT removed, in order of start."""
    first = (start.astimezone(UTC), end.astimezone(UTC))
    if not rrule:
        return [first]
    rule = parse_rule(rrule)
    local_start = start.astimezone(TZ).replace(tzinfo=None)
    local_end = end.astimezone(TZ).replace(tzinfo=None)
    out = [first]
    first_day = local_start.date()
    for wall in _local_starts(rule, local_start)[1:]:
        shift = wall.date() - first_day
        out.append((_utc_at(wall), _utc_at(local_end + shift)))
    return out


def expand(start: dt.datetime, end: dt.datetime, rrule: str | None,
           exdates: Sequence[dt.datetime] | None = None) -> list[tuple[dt.datetime, dt.datetime]]:
    """The occurrences that take place: (UTC start, UTC end), exceptions left out, by start."""
    occs = occurrences(start, end, rrule)
    if exdates:
        skip = {d.astimezone(UTC) for d in exdates}
        occs = [o for o in occs if o[0] not in skip]
    return occs


def unmatched_exdates(start: dt.datetime, end: dt.datetime, rrule: str | None,
                      exdates: Sequence[dt.datetime]) -> list[int]:
    """Positions in exdates of those that are not the start of an occurrence."""
    starts = {s for s, _ in occurrences(start, end, rrule)}
    return [i for i, d in enumerate(exdates) if d.astimezone(UTC) not in starts]


def series_end(start: dt.datetime, end: dt.datetime, rrule: str | None,
               exdates: Sequence[dt.datetime] | None = None) -> dt.datetime:
    """The end of the series' last occurrence (UTC); the booking's own end when it does not repeat
    or when every occurrence is excepted. Bounds the series in "what overlaps" queries."""
    if not rrule:
        return end.astimezone(UTC)
    occs = expand(start, end, rrule, exdates)
    return max(e for _, e in occs) if occs else end.astimezone(UTC)
