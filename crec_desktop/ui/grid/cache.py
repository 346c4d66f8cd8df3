"""The grid's data cache: loads what is in view plus a margin, month by month, from the source.

Months are the unit of loading and of placing: each loaded month keeps its blocks (those whose
local start day falls in it) already placed per specialist — positions, lanes, sorted — with its
booked hours, absences, holidays and available hours. Before the view's first paint only the
days in view are read (`ensure(..., margin=False)`: a month may then hold only part of its days,
from the day before the view, whose evening blocks may reach into it); once painted, the months
are read whole. Scrolling a month further fetches and
places one month, then only concatenates each row's sorted month lists; months far from the
view are dropped, so a long scroll does not grow memory. After an edit, `reload(days, rows)`
fetches just the bookings of the rows touched on the days touched (and the day before each:
a block from the evening before may overlap) and re-places only those rows; `reload(days)`
fetches the days for every row; `reload()` refreshes everything loaded (a change seen on
another workstation).

`generation` moves on with every change of what is painted; `rows_changed_since(generation)`
tells the view which rows changed since it last painted (None: anything may have), so after an
edit only the rows touched are repainted.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from crec_desktop.ui.grid.data import AbsenceInfo, BlockInfo, DayMark, RowInfo, Window
from crec_desktop.ui.grid.geometry import date_at, day_index, position_day
from crec_desktop.ui.grid.layout import Placed, RowBlocks, place_rows

KEEP_MONTHS = 4          # months kept on each side of the view before being dropped
ONE_DAY = dt.timedelta(days=1)


def month_of(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_bounds(month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(month // 12, month % 12 + 1, 1)
    nxt = dt.date((month + 1) // 12, (month + 1) % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def start_day(block: BlockInfo) -> dt.date:
    return date_at(position_day(block.start))


@dataclasses.dataclass
class Month:
    """One loaded month: its window (blocks by local start day) and those blocks placed."""

    window: Window
    placed: dict[int, list[Placed]] = dataclasses.field(default_factory=dict)
    booked: dict[int, dict[int, float]] = dataclasses.field(default_factory=dict)
    available: dict[int, dict[int, float]] = dataclasses.field(default_factory=dict)   # by day index

    @classmethod
    def build(cls, window: Window) -> Month:
        month = cls(window)
        month._place(window.blocks)
        month._index()
        return month

    def _index(self) -> None:
        """The window's available hours by day index, as GridData merges them."""
        self.available = {sid: {day_index(d): hours for d, hours in days.items()}
                          for sid, days in self.window.available.items()}

    def _place(self, blocks: list[BlockInfo]) -> set[int]:
        """(Re)place these blocks' rows; returns the specialists placed."""
        placed = place_rows(blocks)
        booked: dict[int, dict[int, float]] = {}
        for b in blocks:
            per_day = booked.setdefault(b.specialist_id, {})
            index = position_day(b.start)
            per_day[index] = per_day.get(index, 0.0) + b.hours
        self.placed.update(placed)
        self.booked.update(booked)
        return set(placed)

    def patch(self, part: Window) -> set[int]:
        """Replace the days of `part`; only the rows whose blocks changed are placed again.
        Returns those specialists."""
        first, last = part.first, part.last
        before: dict[int, set] = {}
        for b in self.window.blocks:
            if first <= start_day(b) <= last:
                before.setdefault(b.specialist_id, set()).add(_signature(b))
        after: dict[int, set] = {}
        for b in part.blocks:
            after.setdefault(b.specialist_id, set()).add(_signature(b))
        touched = {sid for sid in before.keys() | after.keys() if before.get(sid) != after.get(sid)}
        keep = {sid for sid in before if sid not in touched}      # unchanged rows keep their placed blocks
        part = Window(part.first, part.last, [b for b in part.blocks if b.specialist_id not in keep],
                      part.absences, part.marks, part.available)
        kept = [b for b in self.window.blocks if b.specialist_id in keep and first <= start_day(b) <= last]
        self.window = _patch(self.window, part)
        self.window.blocks.extend(kept)
        for sid in touched:
            self.placed.pop(sid, None)
            self.booked.pop(sid, None)
        self._place([b for b in self.window.blocks if b.specialist_id in touched])
        self._index()
        return touched


    def replace_rows(self, first: dt.date, last: dt.date, rows: set[int], blocks: list[BlockInfo]) -> set[int]:
        """Those rows' blocks starting on the days first..last become `blocks` (their blocks
        starting on these days, as read again); only those rows are placed again."""
        fresh: dict[int, list[BlockInfo]] = {}
        for b in blocks:
            if b.specialist_id in rows and first <= start_day(b) <= last:
                fresh.setdefault(b.specialist_id, []).append(b)
        changed = set()
        for sid in rows:
            old = [p.block for p in self.placed.get(sid, ())]
            kept = [b for b in old if not first <= start_day(b) <= last]
            new = fresh.get(sid, [])
            if len(kept) + len(new) == len(old) and \
                    {_signature(b) for b in new} == {_signature(b) for b in old if first <= start_day(b) <= last}:
                continue                  # as it was: the row keeps its placed blocks
            self.placed.pop(sid, None)
            self.booked.pop(sid, None)
            self._place(kept + new)
            changed.add(sid)
        if changed:
            self.window.blocks = [b for b in self.window.blocks if b.specialist_id not in changed] + \
                [p.block for sid in changed for p in self.placed.get(sid, ())]
        return changed


class GridData:
    """Loaded months of one source, indexed for painting and hit-testing."""

    def __init__(self, source, margin_days: int = 14):
        self.source = source
        self.margin = dt.timedelta(days=margin_days)
        self.rows_all: list[RowInfo] = []
        self._months: dict[int, Month] = {}
        self.rows: dict[int, RowBlocks] = {}
        self.by_key: dict[tuple, Placed] = {}
        self.marks: dict[int, list[DayMark]] = {}
        self.absences: dict[int, list[tuple[int, int, AbsenceInfo]]] = {}
        self.available: dict[int, dict[int, float]] = {}
        self.booked: dict[int, dict[int, float]] = {}
        self.generation = 0          # bumped whenever what is painted may have changed
        self._changes: list[tuple[int, frozenset[int] | None]] = []   # (generation, rows changed or None)
        self.token = None
        self.block_filter = None     # None, or a predicate: which blocks are shown

    # -- loading ---------------------------------------------------------------------------
    def load_rows(self) -> None:
        if self.token is None:   # before the first read: what is read next is as of this token
            self.token = self.source.change_token()
        self.rows_all = list(self.source.rows())
        self._bump(None)

    def _bump(self, rows: set[int] | None) -> None:
        self.generation += 1
        self._changes.append((self.generation, None if rows is None else frozenset(rows)))
        del self._changes[:-32]

    def rows_changed_since(self, generation: int) -> frozenset[int] | None:
        """The specialists whose painted content changed since that generation (an empty set:
        nothing changed); None when anything may have changed."""
        if generation == self.generation:
            return frozenset()
        changes = [rows for g, rows in self._changes if g > generation]
        if len(changes) != self.generation - generation or any(rows is None for rows in changes):
            return None
        return frozenset().union(*changes)

    def ensure(self, first: dt.date, last: dt.date, *, margin: bool = True) -> bool:
        """Make sure the days first..last are loaded: with margin (the usual), their months and
        those of the margin around, whole; with margin=False (the view's first paint), just
        those days and the day before. True when data changed."""
        if margin:
            wanted = range(month_of(first - self.margin), month_of(last + self.margin) + 1)
            parts = {m: month_bounds(m) for m in wanted if not self._complete(m)}
        else:
            wanted = range(month_of(first - ONE_DAY), month_of(last) + 1)
            parts = self._parts_missing(first - ONE_DAY, last)
        far = []
        if len(self._months) + len(parts) > len(wanted) + 2 * KEEP_MONTHS:     # drop only when many are kept
            far = [m for m in self._months if m < wanted.start - KEEP_MONTHS or m >= wanted.stop + KEEP_MONTHS]
        for m in far:
            del self._months[m]
        if not parts:
            if far:
                self._merge()
            return bool(far)
        if self.token is None:
            self.token = self.source.change_token()
        self._fetch_parts(parts)
        self._merge()
        return True

    def _complete(self, m: int) -> bool:
        month = self._months.get(m)
        return month is not None and (month.window.first, month.window.last) == month_bounds(m)

    def _parts_missing(self, first: dt.date, last: dt.date) -> dict[int, tuple[dt.date, dt.date]]:
        """{month: (first, last) day to read} so that the days first..last are all loaded (a
        part already loaded and the days missing next to it are read again together)."""
        parts = {}
        for m in range(month_of(first), month_of(last) + 1):
            lo, hi = month_bounds(m)
            need = (max(lo, first), min(hi, last))
            month = self._months.get(m)
            if month is not None:
                have = (month.window.first, month.window.last)
                if have[0] <= need[0] and need[1] <= have[1]:
                    continue
                need = (min(need[0], have[0]), max(need[1], have[1]))
            parts[m] = need
        return parts

    def _fetch_parts(self, parts: dict[int, tuple[dt.date, dt.date]]) -> None:
        """Read these days of these months (whole months, or parts), neighbours in one query."""
        runs: list[tuple[dt.date, dt.date, list[int]]] = []
        for m in sorted(parts):
            lo, hi = parts[m]
            if runs and runs[-1][2][-1] == m - 1 and runs[-1][1] + ONE_DAY == lo:
                runs[-1] = (runs[-1][0], hi, runs[-1][2] + [m])
            else:
                runs.append((lo, hi, [m]))
        for lo, hi, months in runs:
            window = self.source.fetch(lo, hi)
            for m in months:
                self._months[m] = Month.build(_slice(window, *parts[m]))

    def _fetch_months(self, months: list[int]) -> None:
        """Read these months again: the days of each that were loaded (whole, or the part)."""
        self._fetch_parts({m: (self._months[m].window.first, self._months[m].window.last) if m in self._months
                           else month_bounds(m) for m in months})

    def loaded_days(self, day: dt.date) -> bool:
        """Whether that day is loaded."""
        month = self._months.get(month_of(day))
        return month is not None and month.window.first <= day <= month.window.last

    def reload(self, days: Iterable[dt.date] | None = None, rows: Iterable[int] | None = None) -> None:
        """Fetch again the loaded months, or only the given days (and re-place their months), or
        only the given rows' bookings on the given days (an edit of ours, when the source can)."""
        self.token = self.source.change_token()
        if days is None:
            self._fetch_months(sorted(self._months))
            self._merge()
            return
        fetch_blocks = getattr(self.source, "fetch_blocks", None)
        if rows is not None and fetch_blocks is not None:
            self._reload_rows(days, set(rows), fetch_blocks)
            return
        wanted = sorted({d for d in days if self.loaded_days(d)})
        touched: set[int] = set()
        for first, last in _day_runs(wanted):
            fresh = self.source.fetch(first, last)
            for m in range(month_of(first), month_of(last) + 1):
                lo, hi = month_bounds(m)
                touched |= self._months[m].patch(_slice(fresh, max(lo, first), min(hi, last)))
        self._merge(touched)

    def _reload_rows(self, days: Iterable[dt.date], rows: set[int], fetch_blocks) -> None:
        around = {d + dt.timedelta(days=k) for d in days for k in (-1, 0)}
        wanted = sorted(d for d in around if self.loaded_days(d))
        touched: set[int] = set()
        for first, last in _day_runs(wanted):
            blocks = fetch_blocks(first, last, rows) if rows else []
            for m in range(month_of(first), month_of(last) + 1):
                lo, hi = month_bounds(m)
                touched |= self._months[m].replace_rows(max(lo, first), min(hi, last), rows, blocks)
        self._merge(touched)

    def changed_elsewhere(self) -> bool:
        """True when the source says something changed since our last load."""
        return self.source.change_token() != self.token

    def loaded_range(self) -> tuple[dt.date, dt.date] | None:
        if not self._months:
            return None
        return self._months[min(self._months)].window.first, self._months[max(self._months)].window.last

    # -- indexing --------------------------------------------------------------------------
    def _merge(self, rows: set[int] | None = None) -> None:
        """Merge the months' indexes; with `rows`, only those specialists' bookings changed (an edit
        of ours: absences, holidays and available hours are as they were)."""
        if rows is not None:
            for sid in rows:
                merged: dict[int, float] = {}
                for m in sorted(self._months):
                    merged.update(self._months[m].booked.get(sid, {}))
                self.booked[sid] = merged
            self.refilter(rows)
            return
        marks: dict[int, list[DayMark]] = {}
        absences: dict[tuple, AbsenceInfo] = {}
        available: dict[int, dict[int, float]] = {}
        booked: dict[int, dict[int, float]] = {}
        for m in sorted(self._months):
            month = self._months[m]
            window = month.window
            for mark in window.marks:
                marks.setdefault(day_index(mark.day), []).append(mark)
            for a in window.absences:
                absences[(a.specialist_id, a.first, a.last, a.kind)] = a
            for sid, days in month.available.items():
                available.setdefault(sid, {}).update(days)
            for sid, days in month.booked.items():
                booked.setdefault(sid, {}).update(days)
        self.marks = {k: list({(m.kind, m.name): m for m in v}.values()) for k, v in marks.items()}
        self.absences = {}
        for a in absences.values():
            self.absences.setdefault(a.specialist_id, []).append((day_index(a.first), day_index(a.last), a))
        self.available = available
        self.booked = booked
        self.refilter(rows)

    def refilter(self, rows: set[int] | None = None) -> None:
        """Rows of the blocks the filter lets through (the load strips still count them all);
        with `rows`, only those specialists' rows are rebuilt."""
        keep = self.block_filter
        per_row: dict[int, list[Placed]] = {}
        for m in sorted(self._months):
            for sid, items in self._months[m].placed.items():
                if rows is not None and sid not in rows:
                    continue
                chosen = items if keep is None else [p for p in items if keep(p.block)]
                per_row.setdefault(sid, []).extend(chosen)
        if rows is None:
            self.rows = {sid: RowBlocks(items) for sid, items in per_row.items()}
            self.by_key = {p.key: p for items in per_row.values() for p in items}
        else:
            for sid in rows:
                old = self.rows.pop(sid, None)
                if old is not None:
                    for p in old.items:
                        if self.by_key.get(p.key) is p:
                            del self.by_key[p.key]
                if sid in per_row:
                    self.rows[sid] = RowBlocks(per_row[sid])
                    self.by_key.update((p.key, p) for p in per_row[sid])
        self._bump(rows)

    def blocks(self) -> Iterable[BlockInfo]:
        for rb in self.rows.values():
            for p in rb.items:
                yield p.block

    def absence_on(self, specialist_id: int, index: int) -> AbsenceInfo | None:
        for i0, i1, a in self.absences.get(specialist_id, ()):
            if i0 <= index <= i1:
                return a
        return None


def _signature(b: BlockInfo) -> tuple:
    return (b.key, b.specialist_id, b.start, b.end, b.status, b.version, b.conflict, b.engagement_id,
            b.location, b.note)


def _day_runs(days: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    runs: list[tuple[dt.date, dt.date]] = []
    for d in days:
        if runs and runs[-1][1] + dt.timedelta(days=1) == d:
            runs[-1] = (runs[-1][0], d)
        elif not runs or runs[-1][1] != d:
            runs.append((d, d))
    return runs


def _slice(window: Window, first: dt.date, last: dt.date) -> Window:
    """The part of a window about the days first..last (blocks by their local start day)."""
    lo, hi = day_index(first), day_index(last)
    blocks = [b for b in window.blocks if lo <= position_day(b.start) <= hi]
    absences = [a for a in window.absences if a.first <= last and a.last >= first]
    marks = [m for m in window.marks if first <= m.day <= last]
    available = {sid: {d: h for d, h in days.items() if first <= d <= last} for sid, days in window.available.items()}
    return Window(first, last, blocks, absences, marks, available)


def _patch(window: Window, part: Window) -> Window:
    """window with the days of `part` replaced by part's content."""
    first, last = part.first, part.last
    blocks = [b for b in window.blocks if not first <= start_day(b) <= last] + part.blocks
    absences = {(a.specialist_id, a.first, a.last, a.kind): a for a in window.absences
                if not (a.first <= last and a.last >= first)}
    for a in part.absences:
        absences[(a.specialist_id, a.first, a.last, a.kind)] = a
    marks = [m for m in window.marks if not first <= m.day <= last] + part.marks
    available = {sid: dict(days) for sid, days in window.available.items()}
    for sid, days in part.available.items():
        available.setdefault(sid, {}).update(days)
    return Window(window.first, window.last, blocks, list(absences.values()), marks, available)
