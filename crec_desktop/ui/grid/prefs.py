"""What the grid remembers between sessions: zoom, colouring, grouping, snap, filters.

A small typed wrapper over a QSettings store (the main window's settings file when it passes
its store), under the `grid/` group. Without a store (a screenshot, a test) the choices live in
memory only: nothing leaks into the user's real settings. A value that
cannot be read as its type, or is not an allowed choice, reads as the default.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from crec_desktop.ui.grid.geometry import Snap, Zoom

ZOOMS = tuple(z.value for z in Zoom)
SNAPS = tuple(s.value for s in Snap)
FILTER_KINDS = ("specialist", "domain", "member", "engagement", "status")


class MemoryStore:
    """The part of QSettings the grid uses, kept in a dict."""

    def __init__(self):
        self.values: dict[str, object] = {}

    def value(self, key: str, default=None):
        return self.values.get(key, default)

    def setValue(self, key: str, value) -> None:  # noqa: N802 - QSettings' name
        self.values[key] = value

    def sync(self) -> None:
        pass


class GridPrefs:
    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else MemoryStore()

    def _get(self, key: str, default, choices=None):
        raw = self.store.value(f"grid/{key}")
        if raw is None:
            return default
        value = type(default)(raw) if not isinstance(default, bool) else str(raw).lower() in ("true", "1")
        if choices is not None and value not in choices:
            return default
        return value

    def _set(self, key: str, value) -> None:
        self.store.setValue(f"grid/{key}", value)

    @property
    def zoom(self) -> Zoom:
        return Zoom(self._get("zoom", Zoom.WEEK.value, ZOOMS))

    @zoom.setter
    def zoom(self, value: Zoom) -> None:
        self._set("zoom", value.value)

    @property
    def colour_by(self) -> str:
        return self._get("colour_by", "member", ("member", "domain"))

    @colour_by.setter
    def colour_by(self, value: str) -> None:
        self._set("colour_by", value)

    @property
    def group_by_domain(self) -> bool:
        return self._get("group_by_domain", True)

    @group_by_domain.setter
    def group_by_domain(self, value: bool) -> None:
        self._set("group_by_domain", bool(value))

    @property
    def snap(self) -> Snap:
        return Snap(self._get("snap", Snap.HALF_DAY.value, SNAPS))

    @snap.setter
    def snap(self, value: Snap) -> None:
        self._set("snap", value.value)

    @property
    def filters(self) -> dict:
        """{kind: id} for the filters in use; ids are ints or strings as the choices give them."""
        try:
            raw = json.loads(self._get("filters", "{}"))
        except (TypeError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {k: v for k, v in raw.items() if k in FILTER_KINDS and isinstance(v, (int, str))}

    @filters.setter
    def filters(self, value: dict) -> None:
        self._set("filters", json.dumps({k: v for k, v in value.items() if v is not None}))

    def sync(self) -> None:
        self.store.sync()
