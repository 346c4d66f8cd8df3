"""Where things are on the planning grid: days and instants to positions and back, snapping.

The horizontal axis is a *day position*: day number since ORIGIN plus the fraction of that
day's display window (08:00–18:00 local time) — so a 09:00–12:00 booking covers
[d + 1/10, d + 4/10] at every zoom, and blocks are sized by their hours. Pixels are day
positions times the zoom's day width; nothing in here knows Qt.

Moves keep wall-clock time: a block dragged by one day keeps its 09:00 start across a clock
change, and its duration stays real elapsed time.
"""
from __future__ import annotations

import datetime as dt
import enum
import math

from crec_desktop.domain.timeutil import TZ, UTC, at_local

ORIGIN = dt.date(2000, 1, 1)          # day 0 of the content (scrolling starts here)
LAST_DAY = dt.date(2079, 12, 31)      # the scrollable range ends here
FIRST_HOUR = 8
LAST_HOUR = 18
WINDOW_MINUTES = (LAST_HOUR - FIRST_HOUR) * 60
HALF_DAY_MINUTES = 270                # 08:30–12:00 ↔ 13:00–16:30: half a working day and the lunch hour
MIN_BLOCK = 0.02                      # narrowest block, in days (a clamped night booking stays visible)


class Zoom(enum.Enum):
    """Zoom levels and how many days each shows across the viewport."""

    DAY = "day"
    WEEK = "week"
    TWO_WEEKS = "two_weeks"
    MONTH = "month"
    QUARTER = "quarter"

    @property
    def days(self) -> int:
        return {"day": 1, "week": 7, "two_weeks": 14, "month": 31, "quarter": 91}[self.value]

    @property
    def wide(self) -> bool:
        return self is not Zoom.DAY

    def first_day(self, day: dt.date) -> dt.date:
        """The day shown at the left edge when jumping to `day`."""
        if self is Zoom.DAY:
            return day
        if self in (Zoom.WEEK, Zoom.TWO_WEEKS):
            return day - dt.timedelta(days=day.weekday())
        if self is Zoom.MONTH:
            return day.replace(day=1)
        return day.replace(day=1, month=(day.month - 1) // 3 * 3 + 1)

    def step(self, day: dt.date, direction: int) -> dt.date:
        """The left edge one page earlier (-1) or later (+1)."""
        if self in (Zoom.MONTH, Zoom.QUARTER):
            months = direction * (1 if self is Zoom.MONTH else 3)
            index = day.year * 12 + day.month - 1 + months
            return dt.date(index // 12, index % 12 + 1, 1)
        return day + dt.timedelta(days=direction * self.days)


class Snap(enum.Enum):
    """How moves snap at the wide zooms (the day zoom always snaps to 15 minutes)."""

    QUARTER_HOUR = "15min"
    HALF_HOUR = "30min"
    HOUR = "1h"
    HALF_DAY = "half_day"
    DAY = "day"

    @property
    def minutes(self) -> int:
        return {"15min": 15, "30min": 30, "1h": 60, "half_day": HALF_DAY_MINUTES, "day": 0}[self.value]


def day_index(day: dt.date) -> int:
    return (day - ORIGIN).days


def date_at(index: float) -> dt.date:
    return ORIGIN + dt.timedelta(days=math.floor(index))


_ORIGIN_ORDINAL = ORIGIN.toordinal()
_PLACES: dict[dt.datetime, tuple[float, int]] = {}
_REMEMBERED = 20_000     # a month holds a few thousand distinct instants


def _place_of(instant: dt.datetime) -> tuple[float, int]:
    """(day position, day number) of an instant. Remembered: laying out a month places each of
    its blocks' instants several times (and instants read from the database are shared objects,
    whose hash Python keeps)."""
    found = _PLACES.get(instant)
    if found is None:
        local = instant.astimezone(TZ)
        day = local.toordinal() - _ORIGIN_ORDINAL
        minutes = local.hour * 60 + local.minute - FIRST_HOUR * 60
        if len(_PLACES) >= _REMEMBERED:
            _PLACES.clear()
        found = _PLACES[instant] = (day + min(max(minutes / WINDOW_MINUTES, 0.0), 1.0), day)
    return found


def position(instant: dt.datetime) -> float:
    """Day position of an instant (clamped into its day's display window)."""
    return _place_of(instant)[0]


def span(start: dt.datetime, end: dt.datetime) -> tuple[float, float]:
    """Day positions [x0, x1] of a block, at least MIN_BLOCK wide and kept inside its day.

    A booking ending at midnight ends at its day's right edge (d + 1.0); one entirely outside
    the display window (an evening meeting) becomes a sliver at the nearest edge.
    """
    x0 = position(start)
    x1 = position(end)
    if x1 - x0 < MIN_BLOCK:
        day = math.floor(x0 - 1e-9) if x0 == math.floor(x0) and x0 > position_day(start) else math.floor(x0)
        if x0 >= day + 1 - MIN_BLOCK:
            x0, x1 = day + 1 - MIN_BLOCK, day + 1.0
        else:
            x1 = x0 + MIN_BLOCK
    return x0, x1


def position_day(instant: dt.datetime) -> int:
    """Day number of an instant's local date."""
    return _place_of(instant)[1]


def instant_at(pos: float, snap_minutes: int = 15) -> dt.datetime:
    """The instant at a day position, its minutes snapped (0 = the start of the window)."""
    day = date_at(pos)
    minutes = (pos - math.floor(pos)) * WINDOW_MINUTES
    if snap_minutes:
        minutes = round(minutes / snap_minutes) * snap_minutes
    else:
        minutes = 0
    minutes = int(min(max(minutes, 0), WINDOW_MINUTES))
    local = dt.datetime.combine(day, dt.time(FIRST_HOUR)) + dt.timedelta(minutes=minutes)
    return at_local(local.date(), local.time()).astimezone(UTC)


def shift(instant: dt.datetime, days: int, minutes: int) -> dt.datetime:
    """Move an instant by whole local days and wall-clock minutes (keeps 09:00 at 09:00)."""
    local = instant.astimezone(TZ).replace(tzinfo=None)
    moved = local + dt.timedelta(days=days, minutes=minutes)
    return at_local(moved.date(), moved.time()).astimezone(UTC)


def move_delta(origin_pos: float, target_pos: float, snap_minutes: int) -> tuple[int, int]:
    """(days, minutes) that bring a block starting at origin_pos under the pointer at target_pos.

    Days come from the day columns crossed; minutes from the difference of the positions within
    the display window, snapped to `snap_minutes` (0: whole days only).
    """
    days = math.floor(target_pos) - math.floor(origin_pos)
    within = (target_pos - math.floor(target_pos)) - (origin_pos - math.floor(origin_pos))
    minutes = within * WINDOW_MINUTES
    minutes = round(minutes / snap_minutes) * snap_minutes if snap_minutes else 0
    return days, int(minutes)


def snap_minutes(zoom: Zoom, snap: Snap) -> int:
    return 15 if zoom is Zoom.DAY else snap.minutes


def resize_minutes(zoom: Zoom, snap: Snap) -> int:
    """Resizing stays finer than moving: half days are a place, not a length."""
    if zoom is Zoom.DAY:
        return 15
    return min(snap.minutes or 60, 60)


def snap_instant(instant: dt.datetime, minutes: int) -> dt.datetime:
    """Round an instant's local wall-clock time to `minutes`."""
    if not minutes:
        return instant
    local = instant.astimezone(TZ).replace(tzinfo=None)
    midnight = dt.datetime.combine(local.date(), dt.time())
    offset = round((local - midnight).total_seconds() / 60 / minutes) * minutes
    moved = midnight + dt.timedelta(minutes=offset)
    return at_local(moved.date(), moved.time()).astimezone(UTC)
