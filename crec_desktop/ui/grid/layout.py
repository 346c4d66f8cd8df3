"""The grid's layout: which row is where (groups, heights) and where each block sits in its row.

Rows are laid out top to bottom, optionally under domain group headers. Blocks are placed once
per load in *day positions* (see geometry.py) with a lane when they overlap in time; pixel
rectangles are derived lazily per (day width, row layout) and kept, so painting is a loop over a
flat, sorted list — no per-paint arithmetic beyond a bisect to find what is in view.
"""
from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator

from crec_desktop.ui.grid.data import BlockInfo, RowInfo
from crec_desktop.ui.grid.geometry import span

GROUP_HEADER = 20
ROW_PAD = 3            # space above and below the blocks in a row
HEAT_STRIP = 4         # the load strip at the bottom of each row


@dataclasses.dataclass(slots=True)
class RowSlot:
    """A line of the grid: a specialist's row, or a domain group's header."""

    y: int
    height: int
    row: RowInfo | None = None       # None for a group header
    group: str = ""


class RowLayout:
    """Rows in display order with their y and height; group headers when grouping by domain."""

    def __init__(self, rows: list[RowInfo], *, group: bool, row_height: int):
        self.rows = rows
        self.row_height = row_height
        self.slots: list[RowSlot] = []
        self.by_specialist: dict[int, RowSlot] = {}
        y = 0
        current = None
        for row in rows:
            if group and row.domain_name != current:
                current = row.domain_name
                self.slots.append(RowSlot(y, GROUP_HEADER, None, current))
                y += GROUP_HEADER
            slot = RowSlot(y, row_height, row)
            self.slots.append(slot)
            self.by_specialist[row.specialist_id] = slot
            y += row_height
        self.height = y
        self._tops = [s.y for s in self.slots]

    def slot_at(self, y: float) -> RowSlot | None:
        i = bisect.bisect_right(self._tops, y) - 1
        if 0 <= i < len(self.slots) and y < self.slots[i].y + self.slots[i].height:
            return self.slots[i]
        return None

    def row_at(self, y: float) -> RowInfo | None:
        slot = self.slot_at(y)
        return slot.row if slot else None

    def visible(self, y0: float, y1: float) -> Iterator[RowSlot]:
        i = max(0, bisect.bisect_right(self._tops, y0) - 1)
        for slot in self.slots[i:]:
            if slot.y >= y1:
                break
            yield slot

    def index_of(self, specialist_id: int) -> int:
        order = [r.specialist_id for r in self.rows]
        return order.index(specialist_id) if specialist_id in order else -1


class Placed:
    """A block with its day positions and lane; its pixel rectangle is computed when first drawn."""

    __slots__ = ("block", "key", "x0", "x1", "lane", "lanes", "rect", "rect_key", "labels", "labels_key",
                 "colours", "colours_by")

    def __init__(self, block: BlockInfo, x0: float, x1: float):
        self.block = block
        self.key = block.key
        self.x0 = x0
        self.x1 = x1
        self.lane = 0
        self.lanes = 1
        self.rect = None          # (x, y, w, h) in content pixels, for rect_key (day width, row y, height)
        self.rect_key = None
        self.labels = None        # painter's cache of the text drawn in the block
        self.labels_key = None
        self.colours = None       # painter's cache of the block's colours, for colours_by
        self.colours_by = None

    def rect_in(self, day_width: float, slot: RowSlot) -> tuple[int, int, int, int]:
        """Pixel rectangle in content coordinates for this day width and row slot (cached)."""
        key = (day_width, slot.y, slot.height)
        if self.rect_key != key:
            avail = slot.height - 2 * ROW_PAD - HEAT_STRIP
            lane_h = avail / self.lanes
            x = round(self.x0 * day_width)
            w = max(2, round(self.x1 * day_width) - x - 1)
            y = round(slot.y + ROW_PAD + self.lane * lane_h)
            self.rect = (x, y, w, max(3, round(lane_h) - 1))
            self.rect_key = key
        return self.rect


def assign_lanes(items: list[Placed]) -> None:
    """Overlapping blocks of one row share its height: each gets a lane, clusters a lane count.
    `items` must be sorted by start."""
    cluster: list[Placed] = []
    lane_ends: list = []
    cluster_end = None
    for item in items:
        b = item.block
        if cluster and b.start >= cluster_end:
            for c in cluster:
                c.lanes = len(lane_ends)
            cluster, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= b.start:
                lane_ends[lane] = b.end
                item.lane = lane
                break
        else:
            item.lane = len(lane_ends)
            lane_ends.append(b.end)
        cluster.append(item)
        cluster_end = b.end if cluster_end is None or len(cluster) == 1 else max(cluster_end, b.end)
    for c in cluster:
        c.lanes = max(1, len(lane_ends))


class RowBlocks:
    """The blocks of one specialist, sorted by position, with a bisectable index of positions."""

    MAX_SPAN = 1.05      # no occurrence covers more than a day position (24 h bookings at most)

    def __init__(self, items: list[Placed]):
        """items: already placed (lanes) and sorted by x0."""
        self.items = items
        self.starts = [p.x0 for p in items]

    def in_range(self, x0: float, x1: float) -> Iterable[Placed]:
        """Blocks that may intersect day positions [x0, x1)."""
        lo = bisect.bisect_left(self.starts, x0 - self.MAX_SPAN)
        hi = bisect.bisect_left(self.starts, x1)
        for p in self.items[lo:hi]:
            if p.x1 > x0:
                yield p


def place_rows(blocks: Iterable[BlockInfo]) -> dict[int, list[Placed]]:
    """Blocks placed per specialist: positions, lanes (overlaps), sorted by position."""
    per_row: dict[int, list[Placed]] = {}
    for b in blocks:
        x0, x1 = span(b.start, b.end)
        per_row.setdefault(b.specialist_id, []).append(Placed(b, x0, x1))
    for items in per_row.values():
        items.sort(key=lambda p: (p.block.start, p.block.end))
        assign_lanes(items)
        items.sort(key=lambda p: p.x0)
    return per_row


def place(blocks: Iterable[BlockInfo]) -> dict[int, RowBlocks]:
    """Group blocks by specialist and place them."""
    return {sid: RowBlocks(items) for sid, items in place_rows(blocks).items()}
