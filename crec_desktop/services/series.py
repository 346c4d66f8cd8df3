"""Repeating bookings: the arithmetic of "this occurrence", "this and following", "whole series".

Pure functions over `BookingState` (no database). The occurrences themselves always come from
`domain.recurrence`; this module only rewrites a series' start, rule and exceptions so that it
produces exactly the occurrences wanted, and checks that it does:

- `detach`: one occurrence leaves the series (an exception is added) and becomes a single booking;
- `split`: the series stops before an occurrence and a new series carries on from it;
- `reshape`: every occurrence moves by the same local wall-clock amount (a weekly 09:00 booking
  moved to 10:00 stays at 10:00 across the clock changes), the rule's weekdays, UNTIL and the
  exceptions following;
- `apply_edit`: what the user changed (times, specialist, engagement, status, place, note, rule)
  applied to a single booking or to a series.

Each rewrite is verified by expanding the result and comparing it with the occurrences the user
expects; a rule that cannot be rewritten exactly (say, "the last Friday of the month" moved by a
day) is refused with a message suggesting to change only that occurrence.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from crec_desktop.domain import recurrence
from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.domain.timeutil import TZ, UTC, at_local
from crec_desktop.services.changes import BookingState

define({
    "series.no_occurrence": ("cette occurrence ne fait pas partie de la série (elle a peut-être déjà été modifiée)",
                             "this occurrence is not part of the series (it may have been changed already)"),
    "series.cannot_reshape": ("cette modification ne peut pas s'appliquer à toute la série sans en changer la règle ; "
                              "modifiez seulement cette occurrence",
                              "this change cannot apply to the whole series without changing its rule; "
                              "change only this occurrence"),
    "series.cannot_split": ("la série ne peut pas être coupée à cette occurrence ; modifiez seulement cette occurrence",
                            "the series cannot be split at this occurrence; change only this occurrence"),
})

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_KEEP = object()


def wall(instant: dt.datetime) -> dt.datetime:
    """The naive local wall-clock time of an instant."""
    return instant.astimezone(TZ).replace(tzinfo=None)


def from_wall(value: dt.datetime) -> dt.datetime:
    """The UTC instant of a naive local wall-clock time."""
    return at_local(value.date(), value.time()).astimezone(UTC)


def _parts(rrule: str) -> list[tuple[str, str]]:
    body = rrule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    return [(n.strip().upper(), v.strip().upper()) for n, _, v in (p.partition("=") for p in body.split(";") if p.strip())]


def _join(parts: list[tuple[str, str]]) -> str:
    return ";".join(f"{n}={v}" for n, v in parts)


def _with_count(rrule: str, count: int) -> str:
    return _join([(n, v) for n, v in _parts(rrule) if n not in ("COUNT", "UNTIL")] + [("COUNT", str(count))])


def generated(state: BookingState) -> list[tuple[dt.datetime, dt.datetime]]:
    """Every occurrence the rule generates, exceptions included (UTC start, end)."""
    return recurrence.occurrences(state.start, state.end, state.rrule)


def expanded(state: BookingState | None) -> list[tuple[dt.datetime, dt.datetime]]:
    """The occurrences that take place (exceptions left out)."""
    if state is None:
        return []
    return recurrence.expand(state.start, state.end, state.rrule, state.exdates)


def occurrence_of(state: BookingState, start: dt.datetime | None) -> tuple[int, tuple[dt.datetime, dt.datetime]]:
    """Position among the generated occurrences, and (start, end), of the occurrence starting at start
    (None: the first). Refused when it is not an occurrence that takes place."""
    if start is None:
        start = state.start
    start = start.astimezone(UTC)
    if start in {d.astimezone(UTC) for d in state.exdates}:
        raise UserError(msg("series.no_occurrence"))
    for i, occ in enumerate(generated(state)):
        if occ[0] == start:
            return i, occ
    raise UserError(msg("series.no_occurrence"))


def _simplified(state: BookingState, generated_count: int) -> BookingState | None:
    """A series part with one generated occurrence becomes a single booking; an empty one, None."""
    if not expanded(state):
        return None
    if generated_count == 1:
        return state.replace(rrule=None, exdates=())
    return state


def detach(state: BookingState, occurrence_start: dt.datetime | None,
           new_uid: str) -> tuple[BookingState | None, BookingState]:
    """(the series without that occurrence — None if none is left, the occurrence as a single booking)."""
    _, (start, end) = occurrence_of(state, occurrence_start)
    single = state.replace(uid=new_uid, start=start, end=end, rrule=None, exdates=())
    if not state.rrule:
        return None, single
    rest = state.replace(exdates=state.exdates + (start,))
    return (rest if expanded(rest) else None), single


def split(state: BookingState, occurrence_start: dt.datetime | None,
          new_uid: str) -> tuple[BookingState | None, BookingState]:
    """(the occurrences before — None if none, the series from that occurrence on, under new_uid).

    Splitting at the first occurrence gives (None, the whole series under its own uid)."""
    index, (start, end) = occurrence_of(state, occurrence_start)
    if index == 0 or not state.rrule:
        return None, state
    occs = generated(state)
    rule = recurrence.parse_rule(state.rrule)
    head = state.replace(rrule=_with_count(state.rrule, index),
                         exdates=tuple(d for d in state.exdates if d.astimezone(UTC) < start))
    tail_rule = _with_count(state.rrule, rule.count - index) if rule.count is not None else state.rrule
    tail = state.replace(uid=new_uid, start=start, end=end, rrule=tail_rule,
                         exdates=tuple(d for d in state.exdates if d.astimezone(UTC) >= start))
    head = _simplified(head, index)
    tail = _simplified(tail, len(occs) - index)
    if tail is None or expanded(head) + expanded(tail) != expanded(state):
        raise UserError(msg("series.cannot_split"))
    return head, tail


def _shift_until(value: str, delta: dt.timedelta) -> str:
    until = recurrence.parse_rule(f"FREQ=DAILY;UNTIL={value}").until  # naive local wall time
    return (from_wall(until + delta)).strftime("%Y%m%dT%H%M%SZ")


def _shift_byday(value: str, days: int) -> str:
    out = []
    for item in value.split(","):
        prefix, code = item[:-2], item[-2:]
        out.append(prefix + _WEEKDAYS[(_WEEKDAYS.index(code) + days) % 7])
    return ",".join(out)


def reshape(state: BookingState, start_delta: dt.timedelta, end_delta: dt.timedelta) -> BookingState:
    """Every occurrence's local start moved by start_delta and local end by end_delta."""
    new_start = from_wall(wall(state.start) + start_delta)
    new_end = from_wall(wall(state.end) + end_delta)
    if not state.rrule:
        return state.replace(start=new_start, end=new_end)
    day_shift = (wall(new_start).date() - wall(state.start).date()).days
    parts = []
    for name, value in _parts(state.rrule):
        if name == "BYDAY" and day_shift % 7:
            value = _shift_byday(value, day_shift)
        elif name == "UNTIL" and start_delta:
            value = _shift_until(value, start_delta)
        parts.append((name, value))
    moved = state.replace(start=new_start, end=new_end, rrule=_join(parts),
                          exdates=tuple(from_wall(wall(d) + start_delta) for d in state.exdates))
    expected = [(from_wall(wall(s) + start_delta), from_wall(wall(e) + end_delta)) for s, e in generated(state)]
    try:
        ok = generated(moved) == expected
    except recurrence.RecurrenceError:
        ok = False
    if not ok:
        raise UserError(msg("series.cannot_reshape"))
    return moved


@dataclasses.dataclass(frozen=True)
class Edit:
    """What the user changes. Times are the new start/end of the occurrence acted on (for a series,
    every occurrence moves by the same local wall-clock amount); `keep_duration` makes the end
    follow the start (a move). Fields left at their default are not changed."""

    start: dt.datetime | None = None
    end: dt.datetime | None = None
    keep_duration: bool = False
    specialist_id: object = _KEEP
    engagement_id: object = _KEEP
    status: object = _KEEP
    location: object = _KEEP
    note: object = _KEEP
    rrule: object = _KEEP

    def field_changes(self) -> dict[str, object]:
        names = ("specialist_id", "engagement_id", "status", "location", "note")
        return {n: getattr(self, n) for n in names if getattr(self, n) is not _KEEP}

    @property
    def changes_rule(self) -> bool:
        return self.rrule is not _KEEP

    @property
    def changes_times(self) -> bool:
        return self.start is not None or self.end is not None


def apply_edit(state: BookingState, edit: Edit, anchor: tuple[dt.datetime, dt.datetime] | None = None) -> BookingState:
    """state with edit applied; for a series, anchor is the occurrence the times refer to."""
    new = state
    if edit.changes_times:
        if not state.rrule:
            start = edit.start or state.start
            end = start + (state.end - state.start) if edit.keep_duration else (edit.end or state.end)
            new = state.replace(start=start, end=end)
        else:
            a_start, a_end = anchor or (state.start, state.end)
            start_delta = wall(edit.start) - wall(a_start) if edit.start else dt.timedelta(0)
            end_delta = start_delta if edit.keep_duration else (wall(edit.end) - wall(a_end) if edit.end else dt.timedelta(0))
            if start_delta or end_delta:
                new = reshape(state, start_delta, end_delta)
    fields = edit.field_changes()
    if fields:
        new = new.replace(**fields)
    if edit.changes_rule:
        rrule = edit.rrule or None
        keep = ()
        if rrule and new.exdates:
            starts = {s for s, _ in recurrence.occurrences(new.start, new.end, rrule)}
            keep = tuple(d for d in new.exdates if d.astimezone(UTC) in starts)
        new = new.replace(rrule=rrule, exdates=keep)
    return new
