"""The grid's data cache: loads what is in view plus a margin, month by month, from the source.

Months are the unit: scrolling a month further loads one month (one query for occurrences, one
for absences, marks and availability) and re-places only the rows' sorted lists; months far from
the view are dropped so a long scroll does not grow memory. `reload()` refreshes what is loaded
(after an operation or a change seen on another workstation) and keeps nothing stale.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from crec_desktop.domain.timeutil import TZ
from crec_desktop.ui.grid.data import AbsenceInfo, BlockInfo, DayMark, RowInfo, Window
from crec_desktop.ui.grid.geometry import day_index
from crec_desktop.ui.grid.layout import Placed, RowBlocks, place

KEEP_MONTHS = 4          # months kept on each side of the view before being dropped


def month_of(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_bounds(month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(month // 12, month % 12 + 1, 1)
    nxt = dt.date((month + 1) // 12, (month + 1) % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


class GridData:
    """Loaded months of one source, indexed for painting and hit-testing."""

    def __init__(self, source, margin_days: int = 14):
        self.source = source
        self.margin = dt.timedelta(days=margin_days)
        self.rows_all: list[RowInfo] = []
        self._months: dict[int, Window] = {}
        self.rows: dict[int, RowBlocks] = {}
        self.by_key: dict[tuple, Placed] = {}
        self.marks: dict[int, list[DayMark]] = {}
        self.absences: dict[int, list[tuple[int, int, AbsenceInfo]]] = {}
        self.available: dict[int, dict[int, float]] = {}
        self.booked: dict[int, dict[int, float]] = {}
        self.generation = 0          # bumped whenever what is painted may have changed
        self.token = None
        self.block_filter = None     # None, or a predicate: which blocks are shown
        self._all: dict[tuple, BlockInfo] = {}

    # -- loading ---------------------------------------------------------------------------
    def load_rows(self) -> None:
        self.rows_all = list(self.source.rows())
        self.generation += 1

    def ensure(self, first: dt.date, last: dt.date) -> bool:
        """Make sure the days first..last (plus the margin) are loaded. True when data changed."""
        wanted = range(month_of(first - self.margin), month_of(last + self.margin) + 1)
        missing = [m for m in wanted if m not in self._months]
        far = [m for m in self._months if m < wanted.start - KEEP_MONTHS or m >= wanted.stop + KEEP_MONTHS]
        for m in far:
            del self._months[m]
        if not missing:
            if far:
                self._rebuild()
            return bool(far)
        if self.token is None:
            self.token = self.source.change_token()
        for start, stop in _runs(missing):
            first_day = month_bounds(start)[0]
            last_day = month_bounds(stop - 1)[1]
            window = self.source.fetch(first_day, last_day)
            for m in range(start, stop):
                self._months[m] = _slice(window, *month_bounds(m))
        self._rebuild()
        return True

    def reload(self, days: Iterable[dt.date] | None = None) -> None:
        """Fetch again the loaded months (all of them, or only those holding `days`)."""
        months = sorted(self._months) if days is None else sorted({month_of(d) for d in days} & set(self._months))
        self.token = self.source.change_token()
        for start, stop in _runs(months):
            window = self.source.fetch(month_bounds(start)[0], month_bounds(stop - 1)[1])
            for m in range(start, stop):
                self._months[m] = _slice(window, *month_bounds(m))
        self._rebuild()

    def changed_elsewhere(self) -> bool:
        """True when the source says something changed since our last load."""
        token = self.source.change_token()
        return token != self.token

    def loaded_range(self) -> tuple[dt.date, dt.date] | None:
        if not self._months:
            return None
        return month_bounds(min(self._months))[0], month_bounds(max(self._months))[1]

    # -- indexing --------------------------------------------------------------------------
    def _rebuild(self) -> None:
        blocks: dict[tuple, BlockInfo] = {}
        marks: dict[int, list[DayMark]] = {}
        absences: dict[tuple, AbsenceInfo] = {}
        available: dict[int, dict[int, float]] = {}
        for window in self._months.values():
            for b in window.blocks:
                blocks[b.key] = b
            for mark in window.marks:
                marks.setdefault(day_index(mark.day), []).append(mark)
            for a in window.absences:
                absences[(a.specialist_id, a.first, a.last, a.kind)] = a
            for sid, days in window.available.items():
                target = available.setdefault(sid, {})
                for day, hours in days.items():
                    target[day_index(day)] = hours
        self._all = blocks
        self.marks = {k: list({(m.kind, m.name): m for m in v}.values()) for k, v in marks.items()}
        self.absences = {}
        for a in absences.values():
            self.absences.setdefault(a.specialist_id, []).append((day_index(a.first), day_index(a.last), a))
        self.available = available
        booked: dict[int, dict[int, float]] = {}
        for b in blocks.values():
            per_day = booked.setdefault(b.specialist_id, {})
            day = day_index(b.start.astimezone(TZ).date())
            per_day[day] = per_day.get(day, 0.0) + b.hours
        self.booked = booked
        self.refilter()

    def refilter(self) -> None:
        """Place the blocks the filter lets through (the load strips still count them all)."""
        shown = self._all.values()
        if self.block_filter is not None:
            shown = [b for b in shown if self.block_filter(b)]
        self.rows = place(shown)
        self.by_key = {p.block.key: p for rb in self.rows.values() for p in rb.items}
        self.generation += 1

    def blocks(self) -> Iterable[BlockInfo]:
        for rb in self.rows.values():
            for p in rb.items:
                yield p.block

    def absence_on(self, specialist_id: int, index: int) -> AbsenceInfo | None:
        for i0, i1, a in self.absences.get(specialist_id, ()):
            if i0 <= index <= i1:
                return a
        return None


def _runs(months: list[int]) -> list[tuple[int, int]]:
    """Consecutive months as [start, stop) runs, so neighbours load in one query."""
    runs: list[tuple[int, int]] = []
    for m in sorted(months):
        if runs and runs[-1][1] == m:
            runs[-1] = (runs[-1][0], m + 1)
        else:
            runs.append((m, m + 1))
    return runs


def _slice(window: Window, first: dt.date, last: dt.date) -> Window:
    """The part of a window about the days first..last (blocks by their local start day)."""
    if window.first == first and window.last == last:
        return window
    blocks = [b for b in window.blocks if first <= b.start.astimezone(TZ).date() <= last]
    absences = [a for a in window.absences if a.first <= last and a.last >= first]
    marks = [m for m in window.marks if first <= m.day <= last]
    available = {sid: {d: h for d, h in days.items() if first <= d <= last} for sid, days in window.available.items()}
    return Window(first, last, blocks, absences, marks, available)
