"""What the planning grid shows, as plain values: rows, blocks, day marks, absences, load.

These are the shapes the grid's source (`source.py`) turns service results into, and what the
layout and the painter read. No Qt, no SQL: a test can build them by hand, and an in-memory fake
source can serve them as the services would.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

TENTATIVE = "tentative"
CONFIRMED = "confirmed"


@dataclasses.dataclass(frozen=True, slots=True)
class RowInfo:
    """One specialist: a row of the grid."""

    specialist_id: int
    key: str
    name: str
    title: str = ""
    domain_code: str = ""          # first domain (the group the row is shown in)
    domain_name: str = ""
    domain_codes: tuple[str, ...] = ()
    colour: str | None = None
    weekly_hours: float = 35.0
    workday_start: dt.time = dt.time(8, 30)
    workday_end: dt.time = dt.time(16, 30)
    active: bool = True
    login: str | None = None


@dataclasses.dataclass(slots=True)
class BlockInfo:
    """One occurrence of a booking, as drawn: identity, time, who, for what, and its state."""

    booking_id: int
    uid: str
    specialist_id: int
    start: dt.datetime                 # aware (UTC)
    end: dt.datetime
    status: str = CONFIRMED
    occurrence_start: dt.datetime | None = None   # set for an occurrence of a repeating booking
    engagement_id: int | None = None
    engagement_number: str = ""
    engagement_title: str = ""
    member_id: int | None = None
    member_key: str = ""
    member_short: str = ""
    member_name: str = ""
    domain_code: str = ""
    location: str = ""
    note: str = ""
    repeating: bool = False
    version: int = 1
    conflict: str = ""                 # why it is in conflict (localised), empty when not
    extra: Any = None                  # whatever the source needs to act on it

    @property
    def key(self) -> tuple[str, dt.datetime | None]:
        """Stable identity of this occurrence across reloads (selection survives a refresh)."""
        return (self.uid, self.occurrence_start if self.repeating else None)

    @property
    def tentative(self) -> bool:
        return self.status == TENTATIVE

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600.0


@dataclasses.dataclass(frozen=True, slots=True)
class DayMark:
    """A statutory holiday or a closure of the organisation."""

    day: dt.date
    kind: str            # "holiday" or "closure"
    name: str


@dataclasses.dataclass(frozen=True, slots=True)
class AbsenceInfo:
    specialist_id: int
    first: dt.date
    last: dt.date        # inclusive
    kind: str
    label: str           # localised kind, e.g. "Vacances"
    note: str = ""


@dataclasses.dataclass(slots=True)
class Window:
    """Everything the grid needs for the days first..last (inclusive)."""

    first: dt.date
    last: dt.date
    blocks: list[BlockInfo]
    absences: list[AbsenceInfo] = dataclasses.field(default_factory=list)
    marks: list[DayMark] = dataclasses.field(default_factory=list)
    # available working hours per specialist and day (holidays, closures, absences removed)
    available: dict[int, dict[dt.date, float]] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, slots=True)
class Choice:
    """An entry of a filter or of a dialog's combo box."""

    id: int | str | None
    label: str
    detail: str = ""
    colour: str | None = None


@dataclasses.dataclass(slots=True)
class BookingDraft:
    """What the booking dialog edits, and what create / edit operations take."""

    specialist_id: int
    start: dt.datetime
    end: dt.datetime
    engagement_id: int | None = None
    status: str = CONFIRMED
    location: str = ""
    note: str = ""
    rrule: str | None = None


@dataclasses.dataclass(slots=True)
class Change:
    """One block moved, resized, reassigned or copied: where it goes."""

    block: BlockInfo
    start: dt.datetime
    end: dt.datetime
    specialist_id: int


@dataclasses.dataclass(slots=True)
class Outcome:
    """What an operation did: warnings to show (localised), and how to undo it.

    `undo` is opaque to the grid: the source gives it back to `source.revert(undo)`, which
    returns another Outcome whose `undo` redoes. `keys` are the blocks the operation produced
    (the grid selects them). `rows`: the specialists whose bookings it changed (before and
    after), when the source knows — the grid then re-reads and repaints only those rows.
    """

    warnings: list[str]
    undo: Any
    keys: list[tuple] = dataclasses.field(default_factory=list)
    rows: frozenset[int] | None = None
